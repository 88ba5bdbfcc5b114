"""A day's figures as an editable grid: one row per scope, one column per entered metric.

Each edit is written at once by the page's `writer` (one service call, one
undo step): a typed cell, a pasted block, the cleared selection. The service
checks every cell of it first, so a bad cell changes nothing; it stays on
screen, marked, until it is fixed or the day is read again.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from shopdesk.domain.metrics import MetricDef
from shopdesk.services.figures.entry import FigureInput
from shopdesk.ui.common.grid import WrittenAtOnce
from shopdesk.ui.common.text import metric_name

Index = QModelIndex | QPersistentModelIndex
CHANGED = QColor("#fff4c2")
BAD = QColor("#f8c9c9")
IMPORTED = QColor("#e6f0fb")  # came from a platform file


@dataclass(frozen=True)
class FigureRow:
    scope: str
    label: str


def _text(value: Decimal) -> str:
    return f"{value.normalize():f}"


class FiguresModel(WrittenAtOnce):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[FigureRow] = []
        self.metrics: list[MetricDef] = []
        self.sources: dict[tuple[str, str], Any] = {}  # (scope, metric) → FigureSource

    def typed_columns(self) -> int:
        return len(self.metrics)

    def reset(self, rows: list[FigureRow], metrics: list[MetricDef],
              values: dict[str, dict[str, Decimal]], sources: dict[tuple[str, str], Any] | None = None) -> None:
        self.beginResetModel()
        self.rows, self.metrics = rows, metrics
        self.sources = sources or {}
        self.saved = {}
        for r, row in enumerate(rows):
            for c, m in enumerate(metrics):
                v = values.get(row.scope, {}).get(m.key)
                if v is not None:
                    self.saved[(r, c)] = _text(v)
        self.cells = dict(self.saved)
        self.bad = None
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.metrics)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            m = self.metrics[section]
            unit = {"yuan": "¥", "percent": "%"}.get(m.unit.value)
            return f"{metric_name(m)} ({unit})" if unit else metric_name(m)
        return self.rows[section].label

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():  # the root is no cell
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cell = (index.row(), index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.cells.get(cell, "")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if cell == self.bad:
                return BAD
            if self.cells.get(cell, "").strip() != self.saved.get(cell, ""):
                return CHANGED
            if self._source(cell) is not None and self._source(cell).source == "platform":
                return IMPORTED
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.source_text(cell)
        return None

    def _source(self, cell: tuple[int, int]) -> Any:
        r, c = cell
        if r >= len(self.rows) or c >= len(self.metrics):
            return None
        return self.sources.get((self.rows[r].scope, self.metrics[c].key))

    def source_text(self, cell: tuple[int, int]) -> str | None:
        """Where the stored figure came from: typed, the shop workbook, or which files and when."""
        from shopdesk.ui.common.text import moment

        src = self._source(cell)
        if src is None or cell not in self.saved:
            return None
        if src.source == "typed":
            return self.tr("Typed")
        if src.source == "workbook":
            return self.tr("From the shop workbook")
        lines = [self.tr("From platform files:")]
        metric = self.metrics[cell[1]]
        for part in src.parts:
            lines.append(self.tr("{value} from {file}, imported {when}").format(
                value=_text(metric.to_natural(part.value)), file=part.file_name, when=moment(part.imported_at)))
        return "\n".join(lines)

    def show_values(self, values: dict[str, dict[str, Decimal]], sources: dict[tuple[str, str], Any]) -> None:
        """What is stored now, for the same rows and columns (no reset: the current cell stays)."""
        self.sources = sources
        self.saved = {}
        for r, row in enumerate(self.rows):
            for c, m in enumerate(self.metrics):
                v = values.get(row.scope, {}).get(m.key)
                if v is not None:
                    self.saved[(r, c)] = _text(v)
        self.cells = dict(self.saved)
        self.bad = None
        self.typed_changed()

    def cell_input(self, cell: tuple[int, int], text: str) -> FigureInput:
        r, c = cell
        return FigureInput(self.rows[r].scope, self.metrics[c].key, text)
