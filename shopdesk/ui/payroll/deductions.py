"""A month's typed deductions for everyone in one grid: people × 社保 / 公积金 / 个税 / 其他, paste from Excel.

Each edit is written at once as one undo step (one service call, one
transaction, audited): a typed cell, a pasted block, the cleared selection;
Ctrl+Z / Ctrl+Shift+Z (the dialog's Edit menu) take it back and put it again.
A bad cell is selected and named, and nothing of that step is written. What ShopDesk computes itself (social insurance, housing
fund, income tax where the shop has set them up) shows greyed as a hint; a
value typed here replaces it for the person's month.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QUndoStack
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
from shopdesk.ui.common.grid import PasteTable, WrittenAtOnce
from shopdesk.ui.common.ops import Change, fetch
from shopdesk.ui.common.text import error_text, translate
from shopdesk.ui.common.undo import ServiceEdit, edit_menu, push, tool_buttons

Index = QModelIndex | QPersistentModelIndex
CATEGORIES = tuple(DEDUCTION_CATEGORIES)
CHANGED = QBrush(QColor("#fff3cd"))
BAD = QBrush(QColor("#f8d7da"))
HINT = QColor("#8a8a8a")


def _yuan(fen: int) -> str:
    return f"{fen // 100}.{fen % 100:02d}" if fen else ""


class DeductionsModel(WrittenAtOnce):
    """Name, then one typed column per deduction category."""

    first = 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.people: list[tuple[int, str]] = []
        self.computed: dict[tuple[int, int], str] = {}
        self.locked = False  # an approved month

    def typed_columns(self) -> int:
        return len(CATEGORIES)

    def reset(self, run: PayrollRun) -> None:
        self.beginResetModel()
        self.people = [(p.staff_id, p.name) for p in run.people]
        self._take(run)
        self.endResetModel()

    def show_run(self, run: PayrollRun) -> None:
        """What is stored now; the same people keep their rows (no reset: the current cell stays)."""
        if [(p.staff_id, p.name) for p in run.people] != self.people:
            self.reset(run)
            return
        self._take(run)
        self.typed_changed()

    def _take(self, run: PayrollRun) -> None:
        self.saved, self.computed = {}, {}
        for r, p in enumerate(run.people):
            for c, cat in enumerate(CATEGORIES):
                typed = cat in p.entered
                self.saved[(r, c)] = _yuan(p.deductions.get(cat, 0)) if typed else ""
                self.computed[(r, c)] = _yuan(p.computed.get(cat, 0))
        self.cells, self.bad = dict(self.saved), None
        self.locked = run.approved

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
        return base | Qt.ItemFlag.ItemIsEditable if index.column() >= 1 and not self.locked else base

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

    def amounts(self, cells: list[tuple[int, int, str]]) -> dict[int, dict[str, str]]:
        """Staff id → category → amount for the service (blank removes the typed amount)."""
        out: dict[int, dict[str, str]] = {}
        for r, c, text in cells:
            out.setdefault(self.people[r][0], {})[CATEGORIES[c]] = text or "0"
        return out

    def mark_refused(self, staff_id: int | None, category: str) -> QModelIndex:
        r = next((i for i, (sid, _n) in enumerate(self.people) if sid == staff_id), 0)
        return self.mark_bad(r, CATEGORIES.index(category) if category in CATEGORIES else 0)


class DeductionsDialog(QDialog):
    def __init__(self, ctx: AppContext, month: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.month = ctx, month
        self.setWindowTitle(self.tr("Deductions {month}").format(month=month))
        self.setMinimumSize(560, 420)
        self.resize(760, 560)  # the four categories' names fit without eliding, in both languages
        info = QLabel(self.tr("Type or paste from Excel (Ctrl+V). Grey amounts are what ShopDesk computes; "
                              "a typed amount replaces it for that person's month. Each change is saved at once; "
                              "Ctrl+Z takes it back, Delete clears the selected amounts."))
        info.setWordWrap(True)
        self.model = DeductionsModel(self)
        self.table = PasteTable()
        self.table.setObjectName("deductions_table")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.undo_stack = QUndoStack(self)
        self.model.writer = self.write
        layout = QVBoxLayout(self)
        # Ctrl+Z / Ctrl+Shift+Z, and the step's name, in the dialog's own Edit menu and beside the grid.
        self.edit_menu, self.undo_action, self.redo_action = edit_menu(self, self.undo_stack)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        tool_buttons(buttons, (self.undo_action, self.redo_action))
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addWidget(info)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.reload()

    def _run(self) -> PayrollRun | None:
        ok, run = fetch(self, self.ctx, lambda: compute_run(self.ctx.db, self.ctx.actor, self.month, self.ctx.today()),
                        lambda e: self.message.setText(error_text(e)))
        return run if ok else None

    def reload(self) -> None:
        run = self._run()
        if run is not None:
            self.model.reset(run)
            if run.approved:
                self.message.setText(self.tr("{month} is approved and locked; re-open it to change it.").format(
                    month=self.month))

    def write(self, cells: list[tuple[int, int, str]], kind: str) -> bool:
        """One edit of the grid as one undo step: written now, taken back by Ctrl+Z."""
        after = self.model.amounts(cells)
        before = self.model.amounts([(r, c, self.model.saved.get((r, c), "")) for r, c, _text in cells])
        if kind == "paste":
            text = (self.tr("paste 1 deduction") if len(cells) == 1
                    else self.tr("paste {n} deductions").format(n=len(cells)))
        elif kind == "clear":
            text = (self.tr("clear 1 deduction") if len(cells) == 1
                    else self.tr("clear {n} deductions").format(n=len(cells)))
        else:
            r, c, _ = cells[0]
            text = self.tr("edit {category} for {who}").format(
                category=self.model.headerData(c + 1, Qt.Orientation.Horizontal), who=self.model.people[r][1])

        def save(amounts: dict[int, dict[str, str]]) -> int:
            return edits.set_month_deductions(self.ctx.db, self.ctx.actor, self.month, amounts)

        command = ServiceEdit(text, lambda: save(after), lambda: save(before),
                              failed=lambda error: self._refused(error, cells), done=self._written,
                              ctx=self.ctx, changes=Change.PAYROLL)
        return push(self.undo_stack, command)

    def _written(self) -> None:
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Saved"))
        run = self._run()
        if run is not None:
            self.model.show_run(run)

    def _refused(self, error: ShopDeskError, cells: list[tuple[int, int, str]]) -> None:
        """Nothing was written: select the bad cell and say whose and which."""
        self.message.setStyleSheet("color: #b02a2a")
        if not isinstance(error, ValidationError) or error.field not in CATEGORIES:
            self.message.setText(error_text(error))
            return
        c = CATEGORIES.index(error.field)
        r = next((r for r, cc, text in cells if cc == c and _bad_in({error.field: text}, error.field)), cells[0][0])
        self.table.setCurrentIndex(self.model.mark_refused(self.model.people[r][0], error.field))
        self.message.setText(self.tr("{who}, {category}: {error}").format(
            who=self.model.people[r][1], category=self.model.headerData(c + 1, Qt.Orientation.Horizontal),
            error=error_text(error)))


def _bad_in(row: dict[str, str], category: str) -> bool:
    """Whether `row`'s value for `category` is what the service refused (not a plain amount)."""
    from shopdesk.domain.money import MoneyError, parse_yuan

    try:
        fen = parse_yuan(row.get(category, "0") or "0")
    except MoneyError:
        return True
    return fen < 0 or fen > edits.MAX_FEN
