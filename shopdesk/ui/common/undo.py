"""Undo and redo for grids and editors: each step is one service call (one transaction, audited).

`ServiceEdit` is the one undo command: its redo and its undo each call the
service once, through the operation runner (`ui.common.ops.Op`: busy cursor,
the change set announced, an unexpected error shown with its report).
Pushing it onto a `QUndoStack` writes it; when the service refuses, the
command makes itself obsolete (the stack drops it) and the page is told why. `undo_actions` makes the "Undo …" / "Redo …" actions that name
the step; `edit_menu` gives a dialog its own Edit menu with Ctrl+Z /
Ctrl+Shift+Z (the main window has one for its pages).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoGroup, QUndoStack
from PySide6.QtWidgets import QBoxLayout, QMenu, QMenuBar, QToolButton, QWidget

from shopdesk.domain.errors import ShopDeskError
from shopdesk.ui.common.ops import Change, Op

if TYPE_CHECKING:
    from shopdesk.ui.common.context import AppContext


class ServiceEdit(QUndoCommand):
    """One undo step: `forward()` writes it, `back()` takes it back; each is one service call.

    `failed(error)` hears a refusal (the step is then dropped); `done()` runs
    after each write that went through (e.g. to re-read the page). With `ctx`,
    each write announces `changes` so the other pages showing them refresh.
    """

    def __init__(self, text: str, forward: Callable[[], Any], back: Callable[[], Any], *,
                 failed: Callable[[ShopDeskError], None] | None = None,
                 done: Callable[[], None] | None = None,
                 ctx: AppContext | None = None, changes: Change = Change.NONE) -> None:
        super().__init__(text)
        self._forward, self._back = forward, back
        self.failed, self.done = failed, done
        self.ctx, self.changes = ctx, changes
        self.error: ShopDeskError | None = None

    def write_forward(self) -> None:
        self._forward()

    def write_back(self) -> None:
        self._back()

    def _refused(self, error: ShopDeskError) -> None:
        self.error = error
        if self.failed is not None:
            self.failed(error)
        else:
            from shopdesk.ui.common.ops import show_error

            show_error(None, error)

    def _run(self, write: Callable[[], None]) -> None:
        self.error = None
        if not Op(None, self.ctx, write, changes=self.changes).failure(self._refused).run():
            self.setObsolete(True)  # refused (or failed unexpectedly): the stack drops the step at once
            if self.error is None:
                self.error = ShopDeskError("unexpected error")
            return
        if self.done is not None:
            self.done()

    def redo(self) -> None:
        self._run(self.write_forward)

    def undo(self) -> None:
        self._run(self.write_back)


def push(stack: QUndoStack, command: ServiceEdit) -> bool:
    """Write `command` as a new undo step; False (and nothing on the stack) when it was refused."""
    stack.push(command)
    return command.error is None


def undo_actions(parent: QWidget, stack: QUndoStack | QUndoGroup, *,
                 shortcuts: bool = False) -> tuple[QAction, QAction]:
    """"Undo <step>" and "Redo <step>" for `stack`, with Ctrl+Z / Ctrl+Shift+Z when asked."""
    undo = stack.createUndoAction(parent, QCoreApplication.translate("Undo", "Undo"))
    redo = stack.createRedoAction(parent, QCoreApplication.translate("Undo", "Redo"))
    if shortcuts:
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        # Ctrl+Shift+Z everywhere (as Excel's Ctrl+Y too), whatever the platform's own redo key.
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (undo, redo):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    return undo, redo


def tool_buttons(row: QBoxLayout, actions: Iterable[QAction]) -> None:
    """A tool button per action (Undo / Redo beside a grid), showing the step each names."""
    for action in actions:
        button = QToolButton()
        button.setDefaultAction(action)
        row.addWidget(button)


def edit_menu(window: QWidget, stack: QUndoStack) -> tuple[QMenu, QAction, QAction]:
    """A dialog's own Edit menu (in a menu bar atop its layout): Undo and Redo with their shortcuts."""
    bar = QMenuBar(window)
    menu = bar.addMenu(QCoreApplication.translate("Undo", "&Edit"))
    undo, redo = undo_actions(window, stack, shortcuts=True)
    menu.addAction(undo)
    menu.addAction(redo)
    layout = window.layout()
    if layout is not None:
        layout.setMenuBar(bar)
    return menu, undo, redo


__all__ = ["ServiceEdit", "edit_menu", "push", "tool_buttons", "undo_actions"]
