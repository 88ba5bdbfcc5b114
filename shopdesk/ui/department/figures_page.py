"""Entering a day's figures for a department: keyboard first, paste from Excel, one save."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shopdesk.domain.departments import Department
from shopdesk.domain.errors import ShopDeskError
from shopdesk.services.figures.entry import bad_row, day_figures, save_figures
from shopdesk.services.figures.registry import load_registry
from shopdesk.services.staff.people import list_staff
from shopdesk.store.models.core import SHOP_SCOPE, dept_scope, staff_scope
from shopdesk.ui.common.context import AppContext
from shopdesk.ui.common.grid import PasteTable
from shopdesk.ui.common.ops import Change, Op
from shopdesk.ui.common.text import department_name, error_text
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
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Undo changes"))
        self.revert_button.clicked.connect(self.load)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Day")))
        top.addWidget(self.day)
        top.addStretch(1)
        top.addWidget(self.revert_button)
        top.addWidget(self.save_button)
        self.model = FiguresModel(self)
        self.table = FiguresTable()
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(90)
        self.hint = QLabel(self.tr(
            "Tab and Enter move between cells; paste a block copied from Excel with Ctrl+V. "
            "Percentages as 65 or 65%, money as 1234.50."))
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

    def load(self) -> None:
        registry = load_registry(self.ctx.db)
        metrics = [m for m in registry if m.entered and m.department is self.department]
        rows = self._rows()
        d: date = self.day.date().toPython()  # type: ignore[assignment]  # QDate.toPython() gives a date
        values = day_figures(self.ctx.db, self.ctx.actor, d, [r.scope for r in rows])
        from shopdesk.services.platform.sources import day_sources

        sources = day_sources(self.ctx.db, self.ctx.actor, d, [r.scope for r in rows])
        self.model.reset(rows, metrics, values, sources)
        self.message.setText("")

    def save(self) -> bool:
        """Save every changed cell in one go; on a bad cell select it and say why."""
        self.table.setFocus()  # commit an open editor first
        inputs, where = self.model.changes()
        if not inputs:
            self.message.setText(self.tr("Nothing to save"))
            return True
        def refused(exc: ShopDeskError) -> None:
            row = bad_row(exc)
            if row is not None:
                r, c = where[row - 1]
                self.model.mark_bad((r, c))
                self.table.setCurrentIndex(self.model.index(r, c))
                who = self.model.rows[r].label
                self.message.setText(self.tr("{who}, {metric}: {error}").format(
                    who=who, metric=self.model.headerData(c, Qt.Orientation.Horizontal), error=error_text(exc)))
            else:
                self.message.setText(error_text(exc))
            self.message.setStyleSheet("color: #d23c3c;")

        def saved(n: int) -> None:
            self.load()
            self.message.setStyleSheet("")
            self.message.setText(self.tr("{n} figures saved").format(n=n))

        day: date = self.day.date().toPython()  # type: ignore[assignment]  # QDate → date
        return Op(self, self.ctx, lambda: save_figures(self.ctx.db, self.ctx.actor, day, inputs, self.ctx.today()),
                  changes=Change.FIGURES).success(saved).failure(refused).run()
