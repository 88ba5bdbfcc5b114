"""A month's attendance in the Payroll tab: people × (unpaid days, late arrivals), paste from Excel, one save.

Saving writes every row in one transaction (or nothing, with the bad cell
selected and named); "Undo" puts back what was there before the last save.
A 钉钉 / 企业微信 monthly summary can be imported in its place.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
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
from shopdesk.ui.common.grid import PasteTable, clipboard_block
from shopdesk.ui.common.ops import Change, Op, fetch
from shopdesk.ui.common.text import department_name, error_text

Index = QModelIndex | QPersistentModelIndex
BAD = QBrush(QColor("#f8d7da"))
CHANGED = QBrush(QColor("#fff3cd"))
COLUMNS = ("unpaid_days", "late")


class AttendanceModel(QAbstractTableModel):
    """Name, department (read only), then the two columns the owner types."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.month: MonthAttendance | None = None
        self.cells: dict[tuple[int, int], str] = {}
        self.saved: dict[tuple[int, int], str] = {}
        self.bad: tuple[int, int] | None = None

    def reset(self, month: MonthAttendance) -> None:
        self.beginResetModel()
        self.month = month
        self.saved = {}
        for r, row in enumerate(month.rows):
            self.saved[(r, 0)] = f"{row.unpaid_days.normalize():f}" if row.unpaid_days else ""
            self.saved[(r, 1)] = str(row.late) if row.late else ""
        self.cells = dict(self.saved)
        self.bad = None
        self.endResetModel()

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

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() < 2:
            return False
        self.cells[(index.row(), index.column() - 2)] = str(value if value is not None else "").strip()
        self.dataChanged.emit(index, index)
        return True

    def paste(self, top: int, left: int, text: str) -> int:
        """A tab-separated block as Excel copies it, from (top, left) of the typed columns; returns cells filled."""
        filled = 0
        first = max(0, left - 2)
        for dr, line in enumerate(clipboard_block(text)):
            for dc, cell in enumerate(line):
                r, c = top + dr, first + dc
                if r < len(self.rows) and c < 2:
                    self.cells[(r, c)] = cell
                    filled += 1
        if filled:
            self.dataChanged.emit(self.index(top, 2), self.index(len(self.rows) - 1, 3))
        return filled

    def entries(self) -> list[AttendanceEntry]:
        return [AttendanceEntry(row.staff_id, self.cells.get((r, 0), ""), self.cells.get((r, 1), ""))
                for r, row in enumerate(self.rows)]

    def mark_bad(self, staff_id: int, column: str) -> QModelIndex:
        r = next((i for i, row in enumerate(self.rows) if row.staff_id == staff_id), 0)
        c = COLUMNS.index(column) if column in COLUMNS else 0
        self.bad = (r, c)
        index = self.index(r, c + 2)
        self.dataChanged.emit(index, index)
        return index


class AttendanceDialog(QDialog):
    def __init__(self, ctx: AppContext, month: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.month = ctx, month
        self.undo_entries: list[AttendanceEntry] | None = None
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
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        self.undo_button = QPushButton(self.tr("Undo last save"))
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo)
        self.import_button = QPushButton(self.tr("Import 钉钉 / 企业微信 summary…"))
        self.import_button.clicked.connect(self.import_file)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for b in (self.save_button, self.undo_button, self.import_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
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
        self.model.reset(got)
        self.info.setText(self.tr(
            "{due} working days due. Type or paste (Ctrl+V from Excel) unpaid days (事假/旷工, in half days "
            "such as 1.5) and late arrivals, then save: all rows are saved together.").format(due=got.days_due))

    def _failed(self, error: ShopDeskError) -> None:
        if isinstance(error, AttendanceError):
            index = self.model.mark_bad(error.staff_id, error.column)
            self.table.setCurrentIndex(self.model.index(index.row(), index.column()))
            self.message.setText(f"{error.person}: {error_text(error)}")
            return
        self.message.setText(error_text(error))

    def _write(self, entries: list[AttendanceEntry], *, undoing: bool) -> bool:
        def saved(before: list[AttendanceEntry]) -> None:
            self.undo_entries = None if undoing else before
            self.undo_button.setEnabled(self.undo_entries is not None)
            self.message.setText("")
            self.reload()

        return Op(self, self.ctx, lambda: set_attendance(self.ctx.db, self.ctx.actor, self.month, entries),
                  changes=Change.PAYROLL).success(saved).failure(self._failed).run()

    def save(self) -> bool:
        return self._write(self.model.entries(), undoing=False)

    def undo(self) -> bool:
        return self._write(self.undo_entries, undoing=True) if self.undo_entries is not None else False

    def import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import attendance summary"), "",
                                              self.tr("Attendance summaries (*.xlsx *.xls *.csv)"))
        if path:
            self.import_path(path)

    def import_path(self, path: str) -> bool:
        from pathlib import Path

        from shopdesk.services.payroll.attendance import import_attendance_file

        def done(count: int) -> None:
            self.undo_entries = None
            self.undo_button.setEnabled(False)
            self.message.setText(self.tr("{n} people's attendance imported.").format(n=count))
            self.reload()

        return Op(self, self.ctx, lambda: import_attendance_file(self.ctx.db, self.ctx.actor, self.month, Path(path)),
                  changes=Change.PAYROLL).success(done).failure(
            lambda error: self.message.setText(error_text(error))).run()
