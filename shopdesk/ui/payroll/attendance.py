"""A month's attendance in the Payroll tab: people × (unpaid days, late arrivals), paste from Excel.

Each edit is written at once as one undo step (one service call, one
transaction, audited): a typed cell, a pasted block, the cleared selection;
Ctrl+Z / Ctrl+Shift+Z (the dialog's Edit menu) take it back and put it again.
A bad cell is selected and named, and nothing of that step is written. A
钉钉 / 企业微信 monthly summary can be imported in its place.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shopdesk.domain.departments import Department
from shopdesk.domain.errors import ShopDeskError
from shopdesk.services.payroll.attendance import (
    AttendanceEntry,
    AttendanceError,
    AttendanceRow,
    MonthAttendance,
    month_attendance,
    set_attendance,
)
from shopdesk.ui.common.context import AppContext
from shopdesk.ui.common.grid import PasteTable, WrittenAtOnce
from shopdesk.ui.common.ops import Change, Op, fetch
from shopdesk.ui.common.text import department_name, error_text
from shopdesk.ui.common.undo import ServiceEdit, edit_menu, push, tool_buttons

Index = QModelIndex | QPersistentModelIndex
BAD = QBrush(QColor("#f8d7da"))
CHANGED = QBrush(QColor("#fff3cd"))
COLUMNS = ("unpaid_days", "late")


class AttendanceModel(WrittenAtOnce):
    """Name, department (read only), then the two columns the owner types."""

    first = 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.month: MonthAttendance | None = None

    def typed_columns(self) -> int:
        return len(COLUMNS)

    def reset(self, month: MonthAttendance) -> None:
        self.beginResetModel()
        self._take(month)
        self.endResetModel()

    def show(self, month: MonthAttendance) -> None:
        """What is stored now; the same people keep their rows (no reset: the current cell stays)."""
        if [r.staff_id for r in month.rows] != [r.staff_id for r in self.rows]:
            self.reset(month)
            return
        self._take(month)
        self.typed_changed()

    def _take(self, month: MonthAttendance) -> None:
        self.month = month
        self.saved = {}
        for r, row in enumerate(month.rows):
            self.saved[(r, 0)] = f"{row.unpaid_days.normalize():f}" if row.unpaid_days else ""
            self.saved[(r, 1)] = str(row.late) if row.late else ""
        self.cells = dict(self.saved)
        self.bad = None

    @property
    def rows(self) -> tuple[AttendanceRow, ...]:
        return self.month.rows if self.month else ()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Name"), self.tr("Department"), self.tr("Unpaid days"), self.tr("Late arrivals"))[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():  # the root is no cell
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() >= 2 else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if index.column() == 0:
                return row.name
            if index.column() == 1:
                return department_name(Department(row.department))
            return self.cells.get((index.row(), index.column() - 2), "")
        if role == Qt.ItemDataRole.BackgroundRole and index.column() >= 2:
            cell = (index.row(), index.column() - 2)
            if cell == self.bad:
                return BAD
            if self.cells.get(cell, "") != self.saved.get(cell, ""):
                return CHANGED
        return None

    def entries(self, cells: list[tuple[int, int, str]], *, saved: bool = False) -> list[AttendanceEntry]:
        """The people these cells touch, each with both values: as stored, or with the cells applied."""
        rows = sorted({r for r, _c, _t in cells})
        values = {(r, c): self.saved.get((r, c), "") for r in rows for c in (0, 1)}
        if not saved:
            values.update({(r, c): text for r, c, text in cells})
        return [AttendanceEntry(self.rows[r].staff_id, values[(r, 0)], values[(r, 1)]) for r in rows]

    def mark_refused(self, staff_id: int, column: str) -> QModelIndex:
        r = next((i for i, row in enumerate(self.rows) if row.staff_id == staff_id), 0)
        return self.mark_bad(r, COLUMNS.index(column) if column in COLUMNS else 0)


class AttendanceDialog(QDialog):
    def __init__(self, ctx: AppContext, month: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.month = ctx, month
        self.setWindowTitle(self.tr("Attendance {month}").format(month=month))
        self.setMinimumSize(520, 420)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.model = AttendanceModel(self)
        self.table = PasteTable()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b02a2a")
        self.undo_stack = QUndoStack(self)
        self.model.writer = self.write
        self.import_button = QPushButton(self.tr("Import 钉钉 / 企业微信 summary…"))
        self.import_button.clicked.connect(self.import_file)
        layout = QVBoxLayout(self)
        # Ctrl+Z / Ctrl+Shift+Z, and the step's name, in the dialog's own Edit menu and beside the grid.
        self.edit_menu, self.undo_action, self.redo_action = edit_menu(self, self.undo_stack)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        tool_buttons(buttons, (self.undo_action, self.redo_action))
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addWidget(self.info)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        ok, got = fetch(self, self.ctx, lambda: month_attendance(self.ctx.db, self.ctx.actor, self.month),
                        lambda error: self.message.setText(error_text(error)))
        if not ok or got is None:
            return
        self.model.show(got)
        self.info.setText(self.tr(
            "{due} working days due. Type or paste (Ctrl+V from Excel) unpaid days (事假/旷工, in half days "
            "such as 1.5) and late arrivals. Each change is saved at once; Ctrl+Z takes it back, Delete clears "
            "the selected cells.").format(due=got.days_due))

    def _failed(self, error: ShopDeskError) -> None:
        if isinstance(error, AttendanceError):
            self.table.setCurrentIndex(self.model.mark_refused(error.staff_id, error.column))
            self.message.setText(f"{error.person}: {error_text(error)}")
            return
        self.message.setText(error_text(error))

    def write(self, cells: list[tuple[int, int, str]], kind: str) -> bool:
        """One edit of the grid as one undo step: written now, taken back by Ctrl+Z."""
        after, before = self.model.entries(cells), self.model.entries(cells, saved=True)
        if kind == "paste":
            text = self.tr("paste 1 cell") if len(cells) == 1 else self.tr("paste {n} cells").format(n=len(cells))
        elif kind == "clear":
            text = self.tr("clear 1 cell") if len(cells) == 1 else self.tr("clear {n} cells").format(n=len(cells))
        else:
            r, c, _ = cells[0]
            text = self.tr("edit {column} for {who}").format(
                column=self.model.headerData(c + 2, Qt.Orientation.Horizontal), who=self.model.rows[r].name)

        def save(entries: list[AttendanceEntry]) -> object:
            return set_attendance(self.ctx.db, self.ctx.actor, self.month, entries)

        command = ServiceEdit(text, lambda: save(after), lambda: save(before), failed=self._failed,
                              done=self._written, ctx=self.ctx, changes=Change.PAYROLL)
        return push(self.undo_stack, command)

    def _written(self) -> None:
        self.message.setText("")
        self.reload()

    def import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import attendance summary"), "",
                                              self.tr("Attendance summaries (*.xlsx *.xls *.csv)"))
        if path:
            self.import_path(path)

    def import_path(self, path: str) -> bool:
        from pathlib import Path

        from shopdesk.services.payroll.attendance import import_attendance_file

        def done(count: int) -> None:
            # The summary replaced the month: earlier steps would now put back what it overwrote.
            self.undo_stack.clear()
            self.message.setText(self.tr("{n} people's attendance imported.").format(n=count))
            self.reload()

        return Op(self, self.ctx, lambda: import_attendance_file(self.ctx.db, self.ctx.actor, self.month, Path(path)),
                  changes=Change.PAYROLL).success(done).failure(
            lambda error: self.message.setText(error_text(error))).run()
