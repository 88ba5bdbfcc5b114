"""Table models for appraisals: the owner's review table and a person's history."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from shopdesk.domain.appraisal import QualItem, Scheme
from shopdesk.domain.metrics import MetricRegistry
from shopdesk.services.appraisal.review import HistoryRow, ReviewRow
from shopdesk.ui.common.rows_model import RowsModel
from shopdesk.ui.common.text import metric_name, metric_value

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the appraisal's id
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_CENTER = int(Qt.AlignmentFlag.AlignCenter)


def item_label(item: QualItem) -> str:
    """Ready-made items are translated; the owner's own are shown as typed."""
    return QCoreApplication.translate("Appraisal", item.label)


def score_text(value: Decimal | None) -> str:
    return "—" if value is None else f"{value:.2f}"


class ReviewModel(QAbstractTableModel):
    """One row per person: self-assessed?, achievement per metric, self → owner ratings, score."""

    NAME, SELF = 0, 1  # then a column per measured item, per rated item, then score, grade, status

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[ReviewRow] = []
        self.scheme: Scheme | None = None
        self.registry = MetricRegistry()

    def reset(self, rows: list[ReviewRow], scheme: Scheme, registry: MetricRegistry) -> None:
        self.beginResetModel()
        self.rows, self.scheme, self.registry = rows, scheme, registry
        self.endResetModel()

    @property
    def _quant(self) -> int:
        return len(self.scheme.quantitative) if self.scheme else 0

    @property
    def _qual(self) -> int:
        return len(self.scheme.qualitative) if self.scheme else 0

    @property
    def score_column(self) -> int:
        return 2 + self._quant + self._qual

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.score_column + 3

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or self.scheme is None:
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if 2 <= section < 2 + self._quant:
                return self.tr("Achievement of the target so far (a final appraisal: as scored)")
            if 2 + self._quant <= section < self.score_column:
                return self.tr("Self-rating → your rating (1–5)")
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        fixed = {self.NAME: self.tr("Name"), self.SELF: self.tr("Self-assessed"),
                 self.score_column: self.tr("Score"), self.score_column + 1: self.tr("Grade"),
                 self.score_column + 2: self.tr("Status")}
        if section in fixed:
            return fixed[section]
        if section < 2 + self._quant:
            item = self.scheme.quantitative[section - 2]
            return metric_name(self.registry[item.metric]) if item.metric in self.registry else item.metric
        return item_label(self.scheme.qualitative[section - 2 - self._quant])

    def status(self, row: ReviewRow) -> str:
        if row.final:
            return self.tr("Final")
        if len(row.owner_ratings) == self._qual_count(row):
            return self.tr("Reviewed")
        if row.submitted:
            return self.tr("Waiting for your review")
        return self.tr("Waiting for self-assessment")

    @staticmethod
    def _qual_count(row: ReviewRow) -> int:
        return len(row.scheme.qualitative)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.scheme is None:
            return None
        row, col = self.rows[index.row()], index.column()
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter) \
                if col in (self.NAME, self.score_column + 2) else _RIGHT if col < 2 + self._quant else _CENTER
        if role == Qt.ItemDataRole.ToolTipRole and 2 <= col < 2 + self._quant:
            metric = self.scheme.quantitative[col - 2].metric
            target, actual = row.figures.get(metric, (None, None))
            if metric in self.registry:
                m = self.registry[metric]
                return self.tr("target {target}, actual {actual}").format(
                    target=metric_value(m, target), actual=metric_value(m, actual))
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return None
        if col == self.NAME:
            return row.name
        if col == self.SELF:
            return "✓" if row.submitted else "—"
        if col < 2 + self._quant:
            metric = self.scheme.quantitative[col - 2].metric
            line = next((q for q in row.result.quant_lines if q.metric == metric), None)
            value = None if line is None else line.achievement
            if role == SORT_ROLE:
                return float(value) if value is not None else -1.0
            return "—" if value is None else f"{value:.1f}%"
        if col < self.score_column:
            key = self.scheme.qualitative[col - 2 - self._quant].key
            own, theirs = row.owner_ratings.get(key), row.self_ratings.get(key)
            if role == SORT_ROLE:
                return own or 0
            return f"{theirs or '—'} → {own or '—'}"
        if col == self.score_column:
            if role == SORT_ROLE:
                return float(row.result.score)
            return score_text(row.result.score) if row.final or row.owner_ratings else "—"
        if col == self.score_column + 1:
            return row.result.grade if row.final or row.owner_ratings else "—"
        return self.status(row)


class HistoryModel(RowsModel):
    """A person's final results over time."""

    PERIOD, SCORE, GRADE = range(3)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[HistoryRow] = []

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Period"), self.tr("Score"), self.tr("Grade"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if index.column() == self.SCORE else _CENTER
        if role == Qt.ItemDataRole.ToolTipRole and row.comment:
            return row.comment
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (row.period, score_text(row.score), row.grade)[index.column()]
