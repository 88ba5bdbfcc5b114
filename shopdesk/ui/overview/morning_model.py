"""The morning check as a table: one row per scope and metric, shop first, then teams, then people."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from shopdesk.domain.metrics import MetricDef, MetricRegistry
from shopdesk.domain.pace import Status
from shopdesk.services.morning.check import Line, Morning, ScopeCheck
from shopdesk.ui.common.text import department_name, metric_name, metric_value, percent

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2

STATUS_COLOURS = {
    Status.GREEN: QColor("#2e9d4f"),
    Status.AMBER: QColor("#e0a100"),
    Status.RED: QColor("#d23c3c"),
}


@dataclass(frozen=True)
class Row:
    who: str
    team: str
    metric: MetricDef
    line: Line


def _pct(value: Decimal | None, signed: bool = False) -> str:
    return percent(value, signed=signed)


class MorningModel(QAbstractTableModel):
    (WHO, TEAM, METRIC, TODAY, TODAY_TARGET, MTD, PACE, GAP, ACHIEVED, PROJECTED,
     TARGET, MOM, YOY, STATUS) = range(14)

    def __init__(self, registry: MetricRegistry, parent: Any = None) -> None:
        super().__init__(parent)
        self.registry = registry
        self.rows: list[Row] = []
        self.all_rows: list[Row] = []
        self.behind_only = False

    def headers(self) -> list[str]:
        return [self.tr("Who"), self.tr("Team"), self.tr("Metric"), self.tr("Today"), self.tr("Today's target"),
                self.tr("Month to date"), self.tr("Pace"), self.tr("Gap"), self.tr("Achieved"),
                self.tr("Projected month end"), self.tr("Month target"), self.tr("MoM"), self.tr("YoY"),
                self.tr("Status")]

    def reset(self, morning: Morning, shop_label: str) -> None:
        rows: list[Row] = []
        checks: list[tuple[str, str, ScopeCheck]] = []
        if morning.shop is not None:
            checks.append((shop_label, "", morning.shop))
        checks += [(department_name(c.department), "", c) for c in morning.departments if c.department]
        checks += [(c.name, department_name(c.department), c) for c in morning.people if c.department]
        for who, team, check in checks:
            for key, line in check.lines.items():
                if line.mtd.actual is None and line.mtd.target is None:
                    continue
                rows.append(Row(who, team, self.registry[key], line))
        self.beginResetModel()
        self.all_rows = rows
        self._filter()
        self.endResetModel()

    def set_behind_only(self, on: bool) -> None:
        self.beginResetModel()
        self.behind_only = on
        self._filter()
        self.endResetModel()

    def _filter(self) -> None:
        behind = (Status.AMBER, Status.RED)
        self.rows = [r for r in self.all_rows if not self.behind_only or r.line.mtd.status in behind]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 14

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def status_text(self, status: Status) -> str:
        return {Status.GREEN: self.tr("On pace"), Status.AMBER: self.tr("Slightly behind"),
                Status.RED: self.tr("Behind"), Status.NONE: self.tr("No target")}[status]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = self.rows[index.row()], index.column()
        mtd, today = row.line.mtd, row.line.today
        if role == STATUS_ROLE:
            return mtd.status.value
        if role == Qt.ItemDataRole.DecorationRole and col == self.STATUS:
            return STATUS_COLOURS.get(mtd.status)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.GAP and mtd.status in (Status.AMBER, Status.RED):
            return STATUS_COLOURS[mtd.status]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            left = col in (self.WHO, self.TEAM, self.METRIC, self.STATUS)
            align = Qt.AlignmentFlag.AlignLeft if left else Qt.AlignmentFlag.AlignRight
            return int(align | Qt.AlignmentFlag.AlignVCenter)
        if role != SORT_ROLE and role != Qt.ItemDataRole.DisplayRole:
            return None  # the view asks for many roles per cell while it sizes the columns
        values: dict[int, Decimal | None] = {
            self.TODAY: today.actual, self.TODAY_TARGET: today.target, self.MTD: mtd.actual,
            self.PACE: mtd.pace, self.GAP: mtd.gap, self.PROJECTED: mtd.projected, self.TARGET: mtd.target,
            self.ACHIEVED: mtd.achievement, self.MOM: row.line.mom, self.YOY: row.line.yoy,
        }
        if role == SORT_ROLE:
            if col in values:
                v = values[col]
                return float(v) if v is not None else float("-inf")
            if col == self.STATUS:
                return [Status.RED, Status.AMBER, Status.GREEN, Status.NONE].index(mtd.status)
            role = Qt.ItemDataRole.DisplayRole
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == self.WHO:
            return row.who
        if col == self.TEAM:
            return row.team
        if col == self.METRIC:
            return metric_name(row.metric)
        if col == self.STATUS:
            return self.status_text(mtd.status)
        if col in (self.ACHIEVED,):
            return _pct(values[col])
        if col in (self.MOM, self.YOY):
            return _pct(values[col], signed=True)
        if col == self.GAP and mtd.gap is not None:
            text = metric_value(row.metric, abs(mtd.gap))
            return ("+" if mtd.gap >= 0 else "−") + text
        return metric_value(row.metric, values[col])
