"""The main window's Edit menu and the page shortcuts: Undo/Redo, Find, Export, Print.

Undo and Redo act on the undo stack of the page in view (a page offers one as
`undo_stack`): the menu names the step ("Undo paste 12 figures"). Find
(Ctrl+F), Export (Ctrl+E) and Print (Ctrl+P) do what the page in view offers
(`find_text()`, its `export_button`, its `print_button`) and are greyed where
the page has none.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup, QUndoStack
from PySide6.QtWidgets import QAbstractButton, QApplication, QMainWindow, QMenu, QTabWidget, QWidget
from shiboken6 import isValid

from shopdesk.ui.common.undo import undo_actions


def _stack_of(widget: QWidget) -> QUndoStack | None:
    stack = getattr(widget, "undo_stack", None)
    return stack if isinstance(stack, QUndoStack) else None


def _button(name: str) -> Callable[[QWidget], QAbstractButton | None]:
    def find(widget: QWidget) -> QAbstractButton | None:
        button = getattr(widget, name, None)
        return button if isinstance(button, QAbstractButton) and button.isVisible() else None
    return find


def _finder(widget: QWidget) -> Callable[[], None] | None:
    find = getattr(widget, "find_text", None)
    return find if callable(find) else None


class EditActions(QObject):
    """Built by the main window; `refresh()` follows the page in view."""

    def __init__(self, window: QMainWindow, tabs: QTabWidget, before: QAction) -> None:
        super().__init__(window)
        self.window, self.tabs = window, tabs
        self.group = QUndoGroup(self)
        self.undo_action, self.redo_action = undo_actions(window, self.group, shortcuts=True)
        self.menu = QMenu(self.tr("&Edit"), window)
        window.menuBar().insertMenu(before, self.menu)
        self.menu.addAction(self.undo_action)
        self.menu.addAction(self.redo_action)
        self.menu.addSeparator()
        self.find_action = self._action(self.tr("&Find…"), QKeySequence.StandardKey.Find, self.find)
        self.menu.addAction(self.find_action)
        self.export_action = self._action(self.tr("&Export…"), QKeySequence("Ctrl+E"), self.export)
        self.print_action = self._action(self.tr("&Print…"), QKeySequence.StandardKey.Print, self.print_page)
        self.menu.aboutToShow.connect(self.refresh)
        # After the new page has shown itself (a lazy page shows what it built from the event loop).
        tabs.currentChanged.connect(lambda _i: QTimer.singleShot(0, self, self.refresh))
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)
        self.refresh()

    def _action(self, text: str, keys: QKeySequence | QKeySequence.StandardKey, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(keys)
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)  # the shortcut works with the menu closed
        return action

    def add_to_file_menu(self, menu: QMenu, before: QAction) -> None:
        menu.insertAction(before, self.export_action)
        menu.insertAction(before, self.print_action)
        menu.insertSeparator(before)

    # ------------------------------------------------------------ the page in view

    def _in_view(self) -> list[QWidget]:
        """The widgets of the page in view that may offer something: the focus's ancestors first."""
        out: list[QWidget] = []
        focus = QApplication.focusWidget()
        while focus is not None and focus.window() is self.window:
            out.append(focus)
            focus = focus.parentWidget()
        page = self.tabs.currentWidget()
        if page is not None:
            out.append(page)
            out += [w for w in page.findChildren(QWidget) if w.isVisible()]
        return out

    def _first(self, pick: Callable[[QWidget], object]) -> object:
        for widget in self._in_view():
            found = pick(widget)
            if found is not None:
                return found
        return None

    def _focus_moved(self, _old: QWidget | None, _new: QWidget | None) -> None:
        if isValid(self) and isValid(self.window) and self.window.isActiveWindow():
            self.refresh()

    def refresh(self) -> None:
        stack = self._first(_stack_of)
        if isinstance(stack, QUndoStack):
            if stack not in self.group.stacks():
                self.group.addStack(stack)
            self.group.setActiveStack(stack)
        else:
            self.group.setActiveStack(None)  # type: ignore[arg-type]  # Qt accepts None: no stack
        self.find_action.setEnabled(self._first(_finder) is not None)
        self.export_action.setEnabled(self._first(_button("export_button")) is not None)
        self.print_action.setEnabled(self._first(_button("print_button")) is not None)

    def find(self) -> None:
        find = self._first(_finder)
        if callable(find):
            find()

    def export(self) -> None:
        button = self._first(_button("export_button"))
        if isinstance(button, QAbstractButton):
            button.click()

    def print_page(self) -> None:
        button = self._first(_button("print_button"))
        if isinstance(button, QAbstractButton):
            button.click()
