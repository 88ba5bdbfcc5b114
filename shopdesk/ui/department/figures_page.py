"""Entering a day's figures for a department: keyboard first, paste from Excel, undo and redo.

Every edit is written at once as one undo step (one service call, one
transaction, audited): a typed cell, a pasted block, the cleared selection.
A bad cell is selected and named, and nothing of that step is written.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from shopdesk.domain.departments import Department
from shopdesk.domain.errors import ShopDeskError
from shopdesk.services.figures.entry import FigureInput, bad_row, day_figures, save_figures
from shopdesk.services.figures.registry import load_registry
from shopdesk.services.staff.people import list_staff
from shopdesk.store.models.core import SHOP_SCOPE, dept_scope, staff_scope
from shopdesk.ui.common.context import AppContext
from shopdesk.ui.common.grid import PasteTable
from shopdesk.ui.common.ops import Change
from shopdesk.ui.common.text import department_name, error_text
from shopdesk.ui.common.undo import ServiceEdit, push, tool_buttons, undo_actions
from shopdesk.ui.department.figures_model import FigureRow, FiguresModel


class FiguresTable(PasteTable):
    """Tab moves right, Enter moves down; Ctrl+V pastes a block, Delete clears (PasteTable)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabKeyNavigation(True)

    def move_down(self) -> None:
        index = self.currentIndex()
        if index.isValid() and index.row() + 1 < self.model().rowCount():
            self.setCurrentIndex(index.sibling(index.row() + 1, index.column()))

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:  # noqa: N802
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:  # Enter in the editor
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self.move_down()
            return
        super().closeEditor(editor, hint)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != self.State.EditingState:
            self.move_down()
            return
        super().keyPressEvent(event)


class FiguresPage(QWidget):
    def __init__(self, ctx: AppContext, department: Department, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.department = department
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        today = ctx.today()
        self.day.setMaximumDate(QDate(today.year, today.month, today.day))
        self.day.setDate(QDate(today.year, today.month, today.day))
        self.day.dateChanged.connect(self.load)
        # Ctrl+Z / Ctrl+Shift+Z come from the window's Edit menu; the buttons name the step too.
        self.undo_stack = QUndoStack(self)
        self.undo_action, self.redo_action = undo_actions(self, self.undo_stack)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Day")))
        top.addWidget(self.day)
        top.addStretch(1)
        tool_buttons(top, (self.undo_action, self.redo_action))
        self.model = FiguresModel(self)
        self.model.writer = self.write
        self.table = FiguresTable()
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(90)
        self.hint = QLabel(self.tr(
            "Tab and Enter move between cells; paste a block copied from Excel with Ctrl+V. "
            "Percentages as 65 or 65%, money as 1234.50. Each change is saved at once; Ctrl+Z takes it back."))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(mid);")
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.message)
        self.load()

    def _rows(self) -> list[FigureRow]:
        rows: list[FigureRow] = []
        actor = self.ctx.actor
        if actor.is_owner and self.department is Department.OPERATIONS:
            rows.append(FigureRow(SHOP_SCOPE, self.tr("Whole shop")))
        if actor.can_manage(self.department.value):
            rows.append(FigureRow(dept_scope(self.department.value),
                                  self.tr("{department} (team)").format(department=department_name(self.department))))
        people = list_staff(self.ctx.db, actor, self.department.value)
        rows += [FigureRow(staff_scope(p.id), p.name) for p in people]
        return rows

    @property
    def shown_day(self) -> date:
        return self.day.date().toPython()  # type: ignore[return-value]  # QDate.toPython() gives a date

    def _stored(self, d: date) -> tuple[dict[str, dict[str, Decimal]], dict[tuple[str, str], Any]]:
        from shopdesk.services.platform.sources import day_sources

        scopes = [r.scope for r in self.model.rows]
        return (day_figures(self.ctx.db, self.ctx.actor, d, scopes),
                day_sources(self.ctx.db, self.ctx.actor, d, scopes))

    def load(self) -> None:
        registry = load_registry(self.ctx.db)
        metrics = [m for m in registry if m.entered and m.department is self.department]
        rows = self._rows()
        d = self.shown_day
        values = day_figures(self.ctx.db, self.ctx.actor, d, [r.scope for r in rows])
        from shopdesk.services.platform.sources import day_sources

        sources = day_sources(self.ctx.db, self.ctx.actor, d, [r.scope for r in rows])
        self.model.reset(rows, metrics, values, sources)
        self.message.setText("")

    def write(self, cells: list[tuple[int, int, str]], kind: str) -> bool:
        """One edit of the grid as one undo step: written now, taken back by Ctrl+Z."""
        day = self.shown_day
        after = [self.model.cell_input((r, c), text) for r, c, text in cells]
        before = [self.model.cell_input((r, c), self.model.saved.get((r, c), "")) for r, c, _text in cells]
        if kind == "paste":
            text = self.tr("paste 1 figure") if len(cells) == 1 else self.tr("paste {n} figures").format(n=len(cells))
        elif kind == "clear":
            text = self.tr("clear 1 figure") if len(cells) == 1 else self.tr("clear {n} figures").format(n=len(cells))
        else:
            r, c, _ = cells[0]
            text = self.tr("edit {metric} for {who}").format(metric=self.model.headerData(
                c, Qt.Orientation.Horizontal), who=self.model.rows[r].label)

        def save(inputs: list[FigureInput]) -> int:
            return save_figures(self.ctx.db, self.ctx.actor, day, inputs, self.ctx.today())

        command = ServiceEdit(text, lambda: save(after), lambda: save(before),
                              failed=lambda error: self._refused(error, cells, day), done=lambda: self._written(day),
                              ctx=self.ctx, changes=Change.FIGURES)
        return push(self.undo_stack, command)

    def _written(self, day: date) -> None:
        """After each write, undo or redo: show what is stored (the step's own day)."""
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Saved"))
        if day != self.shown_day:
            self.day.setDate(QDate(day.year, day.month, day.day))  # re-reads the grid
            return
        self.model.show_values(*self._stored(day))

    def _refused(self, error: ShopDeskError, cells: list[tuple[int, int, str]], day: date) -> None:
        """Nothing was written: select the bad cell and say where and why."""
        self.message.setStyleSheet("color: #d23c3c;")
        row = bad_row(error)
        if row is None or day != self.shown_day or not 0 < row <= len(cells):
            self.message.setText(error_text(error))
            return
        r, c, _text = cells[row - 1]
        self.model.show_values(*self._stored(day))
        self.table.setCurrentIndex(self.model.mark_bad(r, c))
        self.message.setText(self.tr("{who}, {metric}: {error}").format(
            who=self.model.rows[r].label, metric=self.model.headerData(c, Qt.Orientation.Horizontal),
            error=error_text(error)))
