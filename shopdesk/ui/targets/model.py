"""The targets grid: one row per scope, columns share, year, quarters and months."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QUndoCommand, QUndoStack

from shopdesk.domain.errors import ShopDeskError
from shopdesk.domain.metrics import Unit
from shopdesk.domain.periods import Grain, Period
from shopdesk.domain.scope import Scope
from shopdesk.services.common.context import Actor
from shopdesk.services.targets.grid import TargetGrid
from shopdesk.services.targets.plan import TargetCell, TargetCellError
from shopdesk.store.db import Database
from shopdesk.ui.common.grid import clipboard_block
from shopdesk.ui.common.text import department_name, error_text, metric_value, money, money_short
from shopdesk.ui.common.undo import push
from shopdesk.ui.targets.undo import SharesEdit, TargetCellEdit, TargetsPaste

Index = QModelIndex | QPersistentModelIndex


def _is_month(period: str) -> bool:
    return Period.parse(period).grain is Grain.MONTH
SCOPE_ROLE = Qt.ItemDataRole.UserRole + 1
PERIOD_ROLE = Qt.ItemDataRole.UserRole + 2
OFF_COLOUR = QColor("#fde2b8")


class TargetsModel(QAbstractTableModel):
    NAME, SHARE = 0, 1  # then the year, four quarters and twelve months
    saved = Signal()
    failed = Signal(str)
    refused = Signal(int, int, str)  # a pasted cell the service refused: row, column, why

    def __init__(self, db: Database, actor: Actor, parent: Any = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.undo_stack = QUndoStack(self)
        self.grid: TargetGrid | None = None
        self._implied: dict[tuple[str, str], int] = {}

    def reset(self, grid: TargetGrid) -> None:
        self.beginResetModel()
        self.grid = grid
        self._implied = self._implied_sums(grid)
        self.endResetModel()

    @staticmethod
    def _implied_sums(grid: TargetGrid) -> dict[tuple[str, str], int]:
        """Years and quarters without their own row, as the sum of their month targets."""
        if not grid.metric.splits_by_sum:
            return {}
        out: dict[tuple[str, str], int] = {}
        wide = [Period.parse(p) for p in grid.periods if not _is_month(p)]
        for row in grid.rows:
            for period in wide:
                if (row.scope, period.key) in grid.values:
                    continue
                known = [v for m in period.months() if (v := grid.values.get((row.scope, m.key))) is not None]
                if known:
                    out[(row.scope, period.key)] = sum(known)
        return out

    def period_of(self, column: int) -> str | None:
        if self.grid is None or column < 2:
            return None
        return self.grid.periods[column - 2]

    def share_percent(self, row_index: int) -> Decimal | None:
        """A department's share of the shop, or a person's of their department, in percent."""
        assert self.grid is not None
        row = self.grid.rows[row_index]
        if row.share is None:
            return None
        total = sum((r.share for r in self.grid.rows if r.share is not None and r.level == row.level
                     and (row.level == 1 or r.department == row.department)), start=type(row.share)(0))
        if not total:
            return None
        frac = row.share / total * 100
        return Decimal(frac.numerator) / Decimal(frac.denominator)

    def implied(self, scope: str, period: str) -> int | None:
        return self._implied.get((scope, period))

    def _shares_after(self, row_index: int, text: str) -> dict[str, str]:
        """The typed percentage for one child; its siblings share the rest as before."""
        assert self.grid is not None
        row = self.grid.rows[row_index]
        siblings = [(i, r) for i, r in enumerate(self.grid.rows) if r.level == row.level
                    and (row.level == 1 or r.department == row.department)]
        try:
            typed = Decimal(text.removesuffix("%").strip())
        except ArithmeticError:
            return {row.scope: text}  # the service names the bad number
        if not typed.is_finite() or not 0 <= typed <= 100:
            return {row.scope: text}
        others = {r.scope: self.share_percent(i) or Decimal(0) for i, r in siblings if i != row_index}
        rest = sum(others.values(), Decimal(0))
        out = {row.scope: f"{typed}"}
        for scope, pct in others.items():
            share = (100 - typed) * pct / rest if rest else (100 - typed) / len(others)
            out[scope] = f"{share:.4f}"
        return out

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() or self.grid is None else len(self.grid.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() or self.grid is None else 2 + len(self.grid.periods)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole or self.grid is None:
            return None
        if section == self.NAME:
            return self.tr("Who")
        if section == self.SHARE:
            return self.tr("Share")
        period = self.grid.periods[section - 2]
        if section == 2:
            return self.tr("Year {year}").format(year=period)
        if "Q" in period:
            return period[-2:]
        return QLocale().standaloneMonthName(int(period[-2:]), QLocale.FormatType.ShortFormat) or period

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():  # the root is no cell
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.NAME:
            return base
        if index.column() == self.SHARE and self.grid and self.grid.rows[index.row()].level == 0:
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.grid is None:
            return None
        row = self.grid.rows[index.row()]
        col = index.column()
        period = self.period_of(col)
        if role == SCOPE_ROLE:
            return row.scope
        if role == PERIOD_ROLE:
            return period
        off = self.grid.is_off(row.scope, period) if period else None
        if role == Qt.ItemDataRole.BackgroundRole and off:
            return OFF_COLOUR
        if role == Qt.ItemDataRole.ToolTipRole and off:
            metric = self.grid.metric
            return self.tr("The parts add up to {sum}, not {value}").format(
                sum=metric_value(metric, metric.to_natural(off.children_sum)),
                value=metric_value(metric, metric.to_natural(off.value)))
        is_implied = period is not None and (row.scope, period) in self._implied
        if role == Qt.ItemDataRole.ForegroundRole and is_implied:
            return QColor(Qt.GlobalColor.gray)
        if role == Qt.ItemDataRole.ToolTipRole and is_implied:
            return self.tr("The sum of the months; no target is set for this period itself")
        if role == Qt.ItemDataRole.ToolTipRole and col >= 2 and self.grid.metric.unit is Unit.YUAN:
            stored = self.grid.values.get((row.scope, period or ""))
            return money(stored) if stored is not None else None
        if role == Qt.ItemDataRole.FontRole and (row.level < 2 or col == 2 or is_implied):
            font = QFont()
            font.setBold(row.level < 2 or col == 2)
            font.setItalic(is_implied)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            align = Qt.AlignmentFlag.AlignLeft if col == self.NAME else Qt.AlignmentFlag.AlignRight
            return int(align | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        if col == self.NAME:
            indent = "    " * row.level
            if row.level == 0:
                return self.tr("Whole shop")
            return indent + (department_name(row.department) if row.level == 1 and row.department else row.name)
        if col == self.SHARE:
            pct = self.share_percent(index.row())
            if pct is None:
                return ""
            return f"{pct:.1f}" if role == Qt.ItemDataRole.EditRole else f"{pct:.1f}%"
        value = self.grid.values.get((row.scope, period or ""))
        if value is None:
            implied = self.implied(row.scope, period or "")
            if implied is None or role != Qt.ItemDataRole.DisplayRole:
                return ""
            return self._shown(implied)
        natural = self.grid.metric.to_natural(value)
        if role == Qt.ItemDataRole.EditRole:
            return f"{natural.normalize():f}"
        return self._shown(value)

    def _shown(self, stored: int) -> str:
        """Money short (eighteen columns share a laptop's width), anything else in its unit."""
        assert self.grid is not None
        metric = self.grid.metric
        if metric.unit is Unit.YUAN:
            return money_short(stored)
        return metric_value(metric, metric.to_natural(stored))

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or self.grid is None or not index.isValid():
            return False
        row = self.grid.rows[index.row()]
        text = str(value).strip()
        grid = self.grid
        problems: list[str] = []

        def failed(message: str) -> None:
            problems.append(message)
            self.failed.emit(message)

        # Every edit is a command on the page's undo stack; pushing it writes it (one service call).
        if index.column() == self.SHARE:
            parent = (Scope.shop() if row.level == 1 or row.department is None
                      else Scope.of_department(row.department.value)).key()
            siblings = {r.scope: self.share_percent(i) or Decimal(0) for i, r in enumerate(grid.rows)
                        if r.level == row.level and (row.level == 1 or r.department == row.department)}
            command: QUndoCommand = SharesEdit(self.db, self.actor, parent, grid.metric.key, siblings,
                                               self._shares_after(index.row(), text), failed)
        else:
            period = self.period_of(index.column()) or ""
            split = grid.splits.get((row.scope, period), "workdays" if _is_month(period) else "even")
            # The value shown is what we expect to replace: another PC's newer edit is not overwritten.
            command = TargetCellEdit(self.db, self.actor, row.scope, grid.metric, period, split,
                                     grid.values.get((row.scope, period)), text, failed)
        self.undo_stack.push(command)
        if problems:
            return False
        self.saved.emit()
        return True

    def _split(self, scope: str, period: str) -> str:
        assert self.grid is not None
        return self.grid.splits.get((scope, period), "workdays" if _is_month(period) else "even")

    def paste(self, top: int, left: int, text: str) -> int:
        """A block copied from Excel, from (top, left) of the period columns: one call, one undo step.

        Returns how many cells were written; 0 when a cell was refused (it is
        named by `refused` and nothing is written).
        """
        return self._write_block([(top + dr, max(left, 2) + dc, cell)
                                  for dr, line in enumerate(clipboard_block(text)) for dc, cell in enumerate(line)])

    def clear_cells(self, indexes: list[QModelIndex]) -> int:
        """Delete on selected cells: the targets go, in one call and one undo step."""
        return self._write_block([(i.row(), i.column(), "") for i in indexes if i.column() >= 2], clearing=True)

    def _write_block(self, typed: list[tuple[int, int, str]], *, clearing: bool = False) -> int:
        grid = self.grid
        if grid is None:
            return 0
        cells: list[TargetCell] = []
        where: list[tuple[int, int]] = []
        for r, c, text in typed:
            period = self.period_of(c) if c < self.columnCount() else None
            if r >= len(grid.rows) or period is None:
                continue  # beyond the grid, as Excel drops what falls off the sheet
            scope = grid.rows[r].scope
            cells.append(TargetCell(scope, period, text, self._split(scope, period), grid.values.get((scope, period))))
            where.append((r, c))
        if not cells:
            return 0

        def refused(error: ShopDeskError) -> None:
            if isinstance(error, TargetCellError):
                r, c = where[error.index]
                self.refused.emit(r, c, error_text(error))
            else:
                self.failed.emit(error_text(error))

        if not push(self.undo_stack, TargetsPaste(self.db, self.actor, grid.metric, cells, refused, clearing=clearing)):
            return 0
        self.saved.emit()
        return len(cells)

    def cell_words(self, row: int, column: int) -> str:
        """Where a cell is, as the reader names it: "Ann, Mar" / "Whole shop, Year 2026"."""
        who = str(self.data(self.index(row, self.NAME))).strip()
        return self.tr("{who}, {period}").format(who=who, period=self.headerData(column, Qt.Orientation.Horizontal))
