"""The payroll run as a table: one row per person, grouped by department, with subtotals and a shop total."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from shopdesk.domain.departments import DEPARTMENTS, Department
from shopdesk.services.payroll.results import PayrollRun, PersonPay, RunTotals
from shopdesk.ui.common.text import department_name, money

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # staff id of a person row; None on total rows
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # "person", "department" or "shop"
FEN_ROLE = Qt.ItemDataRole.UserRole + 3  # raw fen of a money cell

Index = QModelIndex | QPersistentModelIndex


class PayrollModel(QAbstractTableModel):
    NAME, POSITION, BASE, EARNINGS, ADJUSTMENTS, GROSS, DEDUCTIONS, NET, CHANGE = range(9)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.run: PayrollRun | None = None
        self.rows: list[tuple[str, Any]] = []  # (kind, PersonPay | (label, RunTotals))

    def reset(self, run: PayrollRun | None) -> None:
        self.beginResetModel()
        self.run = run
        self.rows = []
        if run is not None:
            for dept in DEPARTMENTS:
                people = [p for p in run.people if p.department == dept.value]
                if not people:
                    continue
                self.rows += [("person", p) for p in people]
                self.rows.append(("department", (dept, run.departments[dept.value])))
            self.rows.append(("shop", (None, run.shop)))
        self.endResetModel()

    def row_of(self, staff_id: int) -> int:
        return next((i for i, (kind, item) in enumerate(self.rows) if kind == "person" and item.staff_id == staff_id),
                    -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 9

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Name"), self.tr("Position"), self.tr("Base salary"), self.tr("Earnings"),
                self.tr("Adjustments"), self.tr("Gross pay"), self.tr("Deductions"), self.tr("Net pay"),
                self.tr("Change vs last month"))[section]

    def _person(self, p: PersonPay, col: int) -> tuple[str, int | None]:
        fen = {self.BASE: p.base_fen, self.EARNINGS: p.earnings_fen, self.ADJUSTMENTS: p.adjustments_fen,
               self.GROSS: p.gross_fen, self.DEDUCTIONS: p.deductions_fen, self.NET: p.net_fen,
               self.CHANGE: p.change_fen}.get(col)
        if col == self.NAME:
            return (p.name + (" ⚠" if p.warnings else "")), None
        if col == self.POSITION:
            return p.position, None
        return self._money(col, fen), fen

    def _money(self, col: int, fen: int | None) -> str:
        if fen is None:
            return "—"
        if col == self.CHANGE:
            return ("+" if fen > 0 else "") + money(fen)
        return money(fen)

    def _total(self, dept: Department | None, t: RunTotals, col: int,
               previous: RunTotals | None) -> tuple[str, int | None]:
        if col == self.NAME:
            name = department_name(dept) if dept is not None else self.tr("Shop total")
            return self.tr("{name} ({n} people)").format(name=name, n=t.headcount), None
        if col == self.POSITION:
            return "", None
        if dept is not None and self.run is not None:  # a department: its people's changes
            changes = [p.change_fen for p in self.run.people if p.department == dept.value and p.change_fen is not None]
            change = sum(changes) if changes else None
        else:
            change = None if previous is None else t.net_fen - previous.net_fen
        fen = {self.BASE: t.base_fen, self.EARNINGS: t.earnings_fen, self.ADJUSTMENTS: t.adjustments_fen,
               self.GROSS: t.gross_fen, self.DEDUCTIONS: t.deductions_fen, self.NET: t.net_fen,
               self.CHANGE: change}.get(col)
        return self._money(col, fen), fen

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        kind, item = self.rows[index.row()]
        col = index.column()
        if role == KIND_ROLE:
            return kind
        if role == ID_ROLE:
            return item.staff_id if kind == "person" else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            left = col in (self.NAME, self.POSITION)
            return int((Qt.AlignmentFlag.AlignLeft if left else Qt.AlignmentFlag.AlignRight)
                       | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and kind != "person":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and kind != "person":
            return QColor(238, 242, 247) if kind == "department" else QColor(222, 230, 240)
        if kind == "person":
            text, fen = self._person(item, col)
        else:
            previous = self.run.previous_shop if (kind == "shop" and self.run) else None
            text, fen = self._total(item[0], item[1], col, previous)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.CHANGE and fen:
            return QColor(30, 130, 60) if fen > 0 else QColor(190, 40, 40)
        if role == Qt.ItemDataRole.ToolTipRole and kind == "person" and item.warnings:
            from shopdesk.ui.common.text import translate

            return "\n".join(w.render(translate) for w in item.warnings)
        if role == FEN_ROLE:
            return fen
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        return None
