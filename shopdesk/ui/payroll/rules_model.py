"""Table models for the rules editor: the rules, and the live preview of one rule."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from shopdesk.domain.rules import KIND_NAMES, RuleKind
from shopdesk.services.payroll.rules import RuleRecord
from shopdesk.services.payroll.run import PreviewRow
from shopdesk.ui.common.rows_model import RowsModel
from shopdesk.ui.common.text import money, translate

ID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class RulesModel(RowsModel):
    APPLIES, LABEL, KIND, METRIC, FROM = range(5)

    def __init__(self, describe_applies, describe_metric, parent: Any = None) -> None:
        super().__init__(parent)
        self.describe_applies = describe_applies  # "department:design" → "Design"
        self.describe_metric = describe_metric  # "cs_sales" → "CS sales"
        self.rows: list[RuleRecord] = []

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Applies to"), self.tr("Name"), self.tr("Type"), self.tr("Metric"), self.tr("From"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        rec = self.rows[index.row()]
        if role == ID_ROLE:
            return rec.id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        spec, col = rec.spec, index.column()
        if col == self.APPLIES:
            return self.describe_applies(spec.applies_to)
        if col == self.LABEL:
            return spec.label
        if col == self.KIND:
            return translate("RuleKinds", KIND_NAMES[RuleKind(spec.kind)])
        if col == self.METRIC:
            return self.describe_metric(spec.metric) if spec.metric else ""
        return spec.effective_from or self.tr("always")


class PreviewModel(RowsModel):
    """What the rule being edited would have paid each person it covers."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[PreviewRow] = []

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Name"), self.tr("Amount"), self.tr("How"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == 0:
            return row.name
        if col == 1:
            if row.amount_fen is None:
                return "—"
            return ("−" if row.deduction else "") + money(row.amount_fen)
        return row.note.render(translate)
