"""A month's typed deductions for everyone in one grid: people × 社保 / 公积金 / 个税 / 其他, paste from Excel.

One save writes the whole grid in one transaction; a bad cell is named and
nothing is written. What ShopDesk computes itself (social insurance, housing
fund, income tax where the shop has set them up) shows greyed as a hint; a
value typed here replaces it for the person's month.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shopdesk.domain.errors import ShopDeskError, ValidationError
from shopdesk.services.payroll import edits
from shopdesk.services.payroll.results import DEDUCTION_CATEGORIES, PayrollRun
from shopdesk.services.payroll.run import compute_run
from shopdesk.ui.common.context import AppContext
from shopdesk.ui.common.grid import PasteTable, clipboard_block
from shopdesk.ui.common.ops import Change, Op, fetch
from shopdesk.ui.common.text import error_text, translate

Index = QModelIndex | QPersistentModelIndex
CATEGORIES = tuple(DEDUCTION_CATEGORIES)
CHANGED = QBrush(QColor("#fff3cd"))
BAD = QBrush(QColor("#f8d7da"))
HINT = QColor("#8a8a8a")


def _yuan(fen: int) -> str:
    return f"{fen // 100}.{fen % 100:02d}" if fen else ""


class DeductionsModel(QAbstractTableModel):
    """Name, then one typed column per deduction category."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.people: list[tuple[int, str]] = []
        self.cells: dict[tuple[int, int], str] = {}
        self.saved: dict[tuple[int, int], str] = {}
        self.computed: dict[tuple[int, int], str] = {}
        self.bad: tuple[int, int] | None = None

    def reset(self, run: PayrollRun) -> None:
        self.beginResetModel()
        self.people = [(p.staff_id, p.name) for p in run.people]
        self.saved, self.computed = {}, {}
        for r, p in enumerate(run.people):
            for c, cat in enumerate(CATEGORIES):
                typed = cat in p.entered
                self.saved[(r, c)] = _yuan(p.deductions.get(cat, 0)) if typed else ""
                self.computed[(r, c)] = _yuan(p.computed.get(cat, 0))
        self.cells, self.bad = dict(self.saved), None
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 1 + len(CATEGORIES)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Name")
        return translate("Deductions", DEDUCTION_CATEGORIES[CATEGORIES[section - 1]][0])

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() >= 1 else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r, c = index.row(), index.column() - 1
        if index.column() == 0:
            return self.people[r][1] if role == Qt.ItemDataRole.DisplayRole else None
        typed = self.cells.get((r, c), "")
        if role == Qt.ItemDataRole.EditRole:
            return typed
        if role == Qt.ItemDataRole.DisplayRole:
            return typed or self.computed.get((r, c), "")
        if role == Qt.ItemDataRole.ForegroundRole and not typed:
            return HINT  # computed by ShopDesk; typing replaces it
        if role == Qt.ItemDataRole.BackgroundRole:
            if (r, c) == self.bad:
                return BAD
            if typed != self.saved.get((r, c), ""):
                return CHANGED
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() < 1:
            return False
        self.cells[(index.row(), index.column() - 1)] = str(value if value is not None else "").strip()
        self.dataChanged.emit(index, index)
        return True

    def paste(self, top: int, left: int, text: str) -> int:
        """A block copied from Excel, from (top, left); returns how many cells it filled."""
        filled = 0
        for dr, line in enumerate(clipboard_block(text)):
            for dc, cell in enumerate(line):
                r, c = top + dr, max(0, left - 1) + dc
                if r < len(self.people) and c < len(CATEGORIES):
                    self.cells[(r, c)] = cell
                    filled += 1
        if filled:
            self.dataChanged.emit(self.index(top, 1), self.index(len(self.people) - 1, len(CATEGORIES)))
        return filled

    def changes(self) -> dict[int, dict[str, str]]:
        """Staff id → category → typed amount, for the people whose row changed."""
        out: dict[int, dict[str, str]] = {}
        for r, (sid, _name) in enumerate(self.people):
            row = {cat: self.cells.get((r, c), "") for c, cat in enumerate(CATEGORIES)}
            if any(row[cat] != self.saved.get((r, c), "") for c, cat in enumerate(CATEGORIES)):
                out[sid] = {cat: value or "0" for cat, value in row.items()}
        return out

    def mark_bad(self, staff_id: int | None, category: str) -> QModelIndex:
        r = next((i for i, (sid, _n) in enumerate(self.people) if sid == staff_id), 0)
        c = CATEGORIES.index(category) if category in CATEGORIES else 0
        self.bad = (r, c)
        index = self.index(r, c + 1)
        self.dataChanged.emit(index, index)
        return index


class DeductionsDialog(QDialog):
    def __init__(self, ctx: AppContext, month: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.month = ctx, month
        self.setWindowTitle(self.tr("Deductions {month}").format(month=month))
        self.setMinimumSize(560, 420)
        info = QLabel(self.tr("Type or paste from Excel (Ctrl+V). Grey amounts are what ShopDesk computes; "
                              "a typed amount replaces it for that person's month. One save writes the whole grid."))
        info.setWordWrap(True)
        self.model = DeductionsModel(self)
        self.table = PasteTable()
        self.table.setObjectName("deductions_table")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("save_deductions_grid")
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        ok, run = fetch(self, self.ctx, lambda: compute_run(self.ctx.db, self.ctx.actor, self.month, self.ctx.today()),
                        lambda e: self.message.setText(error_text(e)))
        if ok and run is not None:
            self.model.reset(run)
            self.save_button.setEnabled(not run.approved)

    def save(self) -> None:
        changes = self.model.changes()
        if not changes:
            self.message.setText(self.tr("Nothing to save"))
            return

        def refused(error: ShopDeskError) -> None:
            if isinstance(error, ValidationError):  # the field is the category; say whose
                sid = next((s for s, row in changes.items() if _bad_in(row, error.field)), None)
                self.table.setCurrentIndex(self.model.mark_bad(sid, error.field))
            self.message.setStyleSheet("color: #b02a2a")
            self.message.setText(error_text(error))

        def saved(n: int) -> None:
            self.message.setStyleSheet("")
            self.message.setText(self.tr("Saved for {n} people").format(n=n))
            self.reload()

        Op(self, self.ctx, lambda: edits.set_month_deductions(self.ctx.db, self.ctx.actor, self.month, changes),
           changes=Change.PAYROLL).success(saved).failure(refused).run()


def _bad_in(row: dict[str, str], category: str) -> bool:
    """Whether `row`'s value for `category` is what the service refused (not a plain amount)."""
    from shopdesk.domain.money import MoneyError, parse_yuan

    try:
        return parse_yuan(row.get(category, "0") or "0") < 0
    except MoneyError:
        return True
