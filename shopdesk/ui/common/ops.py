"""The one way a page runs a use case (in the manner of Anki's `CollectionOp`).

    Op(page, ctx, lambda: payroll.approve(db, actor, month), changes=Change.PAYROLL)
        .success(lambda run: ...)
        .run_in_background()

An `Op` calls the service, on the UI thread with a busy cursor (`run`) or on a
worker thread with a progress dialog (`run_in_background`, for what may take
long: approval, import, export, backup, restore, demo). An expected problem
(`ShopDeskError`) becomes the one friendly message, unless the page shows it
itself with `.failure(...)` (e.g. at the field); anything else goes to the
exception dialog with its report. When the call succeeds, the typed change set
is announced on `ctx.bus` and every page that shows those data refreshes
(now if visible, else when next shown: see `ui/common/refresh.py`).
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from shopdesk.domain.errors import ShopDeskError

if TYPE_CHECKING:
    from shopdesk.ui.common.context import AppContext

T = TypeVar("T")
Report = Callable[[int, int], None]


class Change(enum.Flag):
    """What a use case changed; pages name the changes they show."""

    NONE = 0
    STAFF = enum.auto()
    FIGURES = enum.auto()
    TARGETS = enum.auto()
    TASKS = enum.auto()
    REPORTS = enum.auto()
    APPRAISAL = enum.auto()
    PAYROLL = enum.auto()
    RULES = enum.auto()
    SETTINGS = enum.auto()
    # A restore or an import of a whole workbook: everything may differ.
    ALL = STAFF | FIGURES | TARGETS | TASKS | REPORTS | APPRAISAL | PAYROLL | RULES | SETTINGS


def show_error(parent: QWidget | None, error: ShopDeskError) -> None:
    """The one friendly message for an expected problem."""
    from shopdesk.ui.common.text import error_text

    QMessageBox.warning(parent, QCoreApplication.translate("ErrorDialog", "ShopDesk"), error_text(error))


def _unexpected(error: BaseException) -> None:
    from shopdesk.ui.common.error_dialog import handle_exception

    handle_exception(type(error), error, error.__traceback__)


class Op(Generic[T]):
    """One service call from a page, with its error handling and change set."""

    def __init__(self, parent: QWidget | None, ctx: AppContext | None, op: Callable[[], T], *,
                 changes: Change = Change.NONE) -> None:
        self._parent = parent
        self._ctx = ctx
        self._op: Callable[..., T] = op
        self._changes = changes
        self._on_success: Callable[[T], None] | None = None
        self._on_failure: Callable[[ShopDeskError], None] | None = None
        self._progress_label: str | None = None

    def success(self, fn: Callable[[T], None]) -> Op[T]:
        self._on_success = fn
        return self

    def failure(self, fn: Callable[[ShopDeskError], None]) -> Op[T]:
        """Show an expected problem in the page instead of the message box."""
        self._on_failure = fn
        return self

    def with_progress(self, label: str, op: Callable[[Report], T]) -> Op[T]:
        """Run `op(report)` instead, with a progress dialog that `report(done, total)` moves."""
        self._progress_label = label
        self._op = op
        return self

    # ------------------------------------------------------------ running

    def run(self) -> bool:
        """On the UI thread with a busy cursor, for quick calls. True when it succeeded."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = self._op(lambda _done, _total: None) if self._progress_label else self._op()
        except ShopDeskError as error:
            QApplication.restoreOverrideCursor()
            self._failed(error)
            return False
        except Exception as error:  # shown with its report, never swallowed
            QApplication.restoreOverrideCursor()
            _unexpected(error)
            return False
        QApplication.restoreOverrideCursor()
        self._succeeded(result)
        return True

    def run_in_background(self, label: str | None = None) -> None:
        """On a worker thread; the window stays responsive, a progress dialog shows."""
        from shopdesk.ui.common.worker import run_in_background

        text = label or self._progress_label or QCoreApplication.translate("Op", "Working…")
        dialog = QProgressDialog(text, "", 0, 0, self._parent)
        dialog.setCancelButton(None)  # Qt accepts None: no cancel button
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)  # quick calls never flash a dialog
        self.dialog = dialog

        def progress(done: int, total: int) -> None:
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total))

        def done(result: Any) -> None:
            dialog.reset()
            dialog.deleteLater()
            self._succeeded(result)

        def failed(error: BaseException) -> None:
            dialog.reset()
            dialog.deleteLater()
            if isinstance(error, ShopDeskError):
                self._failed(error)
            else:
                _unexpected(error)

        _running.add(self)
        run_in_background(self._op, self._finish(done), self._finish(failed),
                          progress if self._progress_label else None)

    def _finish(self, fn: Callable[[Any], None]) -> Callable[[Any], None]:
        def handler(value: Any) -> None:
            _running.discard(self)
            fn(value)
        return handler

    def _failed(self, error: ShopDeskError) -> None:
        if self._on_failure is not None:
            self._on_failure(error)
        else:
            show_error(self._parent, error)

    def _succeeded(self, result: T) -> None:
        if self._changes and self._ctx is not None:  # no context yet: before log-in
            self._ctx.bus.changed.emit(self._changes)
        if self._on_success is not None:
            self._on_success(result)


def fetch(parent: QWidget | None, ctx: AppContext | None, op: Callable[[], T],
          failed: Callable[[ShopDeskError], None] | None = None) -> tuple[bool, T | None]:
    """A quick read for a page: (True, its result), or (False, None) when it was refused.

    The refusal is shown by `failed` (e.g. in the page's message line), else as the
    one friendly message.
    """
    box: list[T] = []
    runner = Op(parent, ctx, op).success(box.append)
    if failed is not None:
        runner.failure(failed)
    return (True, box[0]) if runner.run() else (False, None)


# Ops running on a worker keep themselves alive until they report back.
_running: set[Op[Any]] = set()


def running_ops() -> int:
    """How many background operations have not reported back (tests wait for 0)."""
    return len(_running)


__all__ = ["Change", "Op", "fetch", "running_ops", "show_error"]
