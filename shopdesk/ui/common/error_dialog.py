"""Unexpected errors: logged, then shown in a friendly dialog with a report to copy.

Expected problems (ShopDeskError) get their plain message instead of a report.
"""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from shopdesk.domain.errors import ShopDeskError

log = logging.getLogger("shopdesk.errors")


def build_report(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> str:
    from shopdesk import __version__

    lines = [f"ShopDesk {__version__}", f"Python {platform.python_version()} on {platform.platform()}", ""]
    lines += traceback.format_exception(kind, value, tb)
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


class ErrorDialog(QDialog):
    def __init__(self, report: str, log_path: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Something went wrong"))
        self.resize(620, 420)
        layout = QVBoxLayout(self)
        text = self.tr("ShopDesk ran into an unexpected problem. Everything you saved before this "
                       "moment is safe in the database. If it happens again, copy the report below "
                       "and send it to whoever looks after ShopDesk for you.")
        if log_path:
            text += "\n" + self.tr("The log file is {path}").format(path=log_path)
        intro = QLabel(text)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.report = QPlainTextEdit(report)
        self.report.setReadOnly(True)
        layout.addWidget(self.report, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(self.tr("Copy report"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report.toPlainText())


_showing = False


def handle_exception(kind: type[BaseException], value: BaseException, tb: TracebackType | None,
                     log_path: str = "") -> None:
    global _showing
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    app = QApplication.instance()
    if isinstance(value, ShopDeskError):
        log.info("refused: %s", value)
        if app is not None:
            from shopdesk.ui.common.text import error_text

            QMessageBox.warning(QApplication.activeWindow(), QCoreApplication.translate("ErrorDialog", "ShopDesk"),
                                error_text(value))
        return
    report = build_report(kind, value, tb)
    log.error("unexpected error\n%s", report)
    if app is None or _showing:  # never stack dialogs when errors repeat
        return
    _showing = True
    try:
        ErrorDialog(report, log_path, QApplication.activeWindow()).exec()
    finally:
        _showing = False


def install_excepthook(log_path: str = "") -> None:
    sys.excepthook = lambda kind, value, tb: handle_exception(kind, value, tb, log_path)
