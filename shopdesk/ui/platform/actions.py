"""File → Import platform files…, and platform files dropped onto the main window."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QMainWindow, QMenu

from shopdesk.ui.common.context import AppContext

if TYPE_CHECKING:
    from shopdesk.ui.platform.import_dialog import PlatformImportDialog

SUFFIXES = (".csv", ".xls", ".xlsx")


def dropped_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    """The local spreadsheet files being dragged or dropped."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if p.suffix.lower() in SUFFIXES]


class PlatformActions(QObject):
    def __init__(self, window: QMainWindow, ctx: AppContext, menu: QMenu, before: QAction | None = None) -> None:
        super().__init__(window)
        self.window, self.ctx = window, ctx
        self.dialog: PlatformImportDialog | None = None
        self.import_action = QAction(self.tr("Import &platform files…"), window)
        self.import_action.setObjectName("import_platform_action")
        self.import_action.triggered.connect(lambda: self.open_dialog([]))
        menu.insertAction(before, self.import_action) if before else menu.addAction(self.import_action)
        ctx.actor_changed.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.import_action.setVisible(self.ctx.actor.is_owner)
        self.window.setAcceptDrops(self.ctx.actor.is_owner)

    def open_dialog(self, paths: list[Path]) -> PlatformImportDialog:
        from shopdesk.ui.platform.import_dialog import PlatformImportDialog

        dialog = PlatformImportDialog(self.ctx, paths, self.window)
        self.dialog = dialog
        dialog.setModal(True)
        dialog.show()
        if not paths:
            dialog.choose_files()
        return dialog

    def drag_enter(self, event: QDragEnterEvent) -> None:
        if self.ctx.actor.is_owner and dropped_files(event):
            event.acceptProposedAction()

    def drop(self, event: QDropEvent) -> None:
        paths = dropped_files(event)
        if self.ctx.actor.is_owner and paths:
            event.acceptProposedAction()
            self.open_dialog(paths)
