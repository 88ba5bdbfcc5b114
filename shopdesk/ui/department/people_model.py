"""The table of a department's people with their month-to-date figures."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from shopdesk.domain.metrics import MetricDef
from shopdesk.services.figures.rollup import PersonFigures
from shopdesk.ui.common.text import metric_name, metric_value, money

SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # raw value for sorting
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the person's id

Index = QModelIndex | QPersistentModelIndex


class PeopleModel(QAbstractTableModel):
    NAME, POSITION = 0, 1  # then one column per metric, then salary and status

    def __init__(self, metrics: list[MetricDef], parent: Any = None) -> None:
        super().__init__(parent)
        self.metrics = metrics
        self.rows: list[PersonFigures] = []

    @property
    def salary_column(self) -> int:
        return 2 + len(self.metrics)

    @property
    def status_column(self) -> int:
        return 3 + len(self.metrics)

    def reset(self, rows: list[PersonFigures]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 4 + len(self.metrics)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == self.NAME:
            return self.tr("Name")
        if section == self.POSITION:
            return self.tr("Position")
        if section == self.salary_column:
            return self.tr("Base salary")
        if section == self.status_column:
            return self.tr("Status")
        return metric_name(self.metrics[section - 2])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        person = row.person
        if role == ID_ROLE:
            return person.id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col in (self.NAME, self.POSITION, self.status_column):
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not person.active:
            from PySide6.QtGui import QColor

            return QColor(Qt.GlobalColor.gray)
        if role not in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return None
        sort = role == SORT_ROLE
        if col == self.NAME:
            return person.name
        if col == self.POSITION:
            return person.position
        if col == self.salary_column:
            return person.base_salary_fen if sort else money(person.base_salary_fen)
        if col == self.status_column:
            return int(person.active) if sort else (
                self.tr("Active") if person.active else self.tr("Inactive"))
        metric = self.metrics[col - 2]
        value = row.values.get(metric.key)
        if sort:
            return float(value) if isinstance(value, Decimal) else -1.0
        return metric_value(metric, value)
