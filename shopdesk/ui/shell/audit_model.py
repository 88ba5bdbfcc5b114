"""The audit log as a table: when, who, what, which record, and what changed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from shopdesk.domain.money import format_yuan
from shopdesk.domain.text import QT_TRANSLATE_NOOP
from shopdesk.services.common.audit import AuditRecord
from shopdesk.ui.common.rows_model import RowsModel

Index = QModelIndex | QPersistentModelIndex
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


# Words other areas record; unknown ones are shown as recorded.
WORDS = {
    "add": QT_TRANSLATE_NOOP("Audit", "add"), "update": QT_TRANSLATE_NOOP("Audit", "update"),
    "delete": QT_TRANSLATE_NOOP("Audit", "delete"), "activate": QT_TRANSLATE_NOOP("Audit", "activate"),
    "deactivate": QT_TRANSLATE_NOOP("Audit", "deactivate"), "approve": QT_TRANSLATE_NOOP("Audit", "approve"),
    "reopen": QT_TRANSLATE_NOOP("Audit", "reopen"), "adjust": QT_TRANSLATE_NOOP("Audit", "adjust"),
    "restore": QT_TRANSLATE_NOOP("Audit", "restore"),
    "staff": QT_TRANSLATE_NOOP("Audit", "person"), "target": QT_TRANSLATE_NOOP("Audit", "target"),
    "rule": QT_TRANSLATE_NOOP("Audit", "pay rule"), "payroll": QT_TRANSLATE_NOOP("Audit", "payroll"),
    "adjustment": QT_TRANSLATE_NOOP("Audit", "pay adjustment"),
    "name": QT_TRANSLATE_NOOP("Audit", "name"), "department": QT_TRANSLATE_NOOP("Audit", "department"),
    "position": QT_TRANSLATE_NOOP("Audit", "position"), "base_salary_fen": QT_TRANSLATE_NOOP("Audit", "base salary"),
    "hire_date": QT_TRANSLATE_NOOP("Audit", "hire date"), "active": QT_TRANSLATE_NOOP("Audit", "active"),
    "role": QT_TRANSLATE_NOOP("Audit", "role"), "value": QT_TRANSLATE_NOOP("Audit", "value"),
    "state": QT_TRANSLATE_NOOP("Audit", "state"), "owner": QT_TRANSLATE_NOOP("Audit", "owner"),
    "manager": QT_TRANSLATE_NOOP("Audit", "manager"),
    "open": QT_TRANSLATE_NOOP("Audit", "open"), "review": QT_TRANSLATE_NOOP("Audit", "review"),
    "finalise": QT_TRANSLATE_NOOP("Audit", "finalise"), "appraisal": QT_TRANSLATE_NOOP("Audit", "appraisal"),
    "appraisal_round": QT_TRANSLATE_NOOP("Audit", "appraisal round"),
    "appraisal_scheme": QT_TRANSLATE_NOOP("Audit", "appraisal scheme"),
    "person": QT_TRANSLATE_NOOP("Audit", "person"), "period": QT_TRANSLATE_NOOP("Audit", "period"),
    "score": QT_TRANSLATE_NOOP("Audit", "score"), "grade": QT_TRANSLATE_NOOP("Audit", "grade"),
    "ratings": QT_TRANSLATE_NOOP("Audit", "ratings"), "comment": QT_TRANSLATE_NOOP("Audit", "comment"),
    "people": QT_TRANSLATE_NOOP("Audit", "people"),
    "set": QT_TRANSLATE_NOOP("Audit", "set"), "figures": QT_TRANSLATE_NOOP("Audit", "daily figures"),
}


def word(key: str) -> str:
    return QCoreApplication.translate("Audit", WORDS[key]) if key in WORDS else key


def _value(key: str, value: Any) -> str:
    if value is None or value == "":
        return "—"
    if key.endswith("_fen") and isinstance(value, int):
        return format_yuan(value)
    if isinstance(value, bool):
        return "✓" if value else "✗"
    return str(value)


def describe_changes(entry: AuditRecord) -> str:
    if entry.before is None or entry.after is None:
        data = entry.after if entry.after is not None else entry.before or {}
        return ", ".join(f"{word(k)} {_value(k, v)}" for k, v in sorted(data.items()))
    return ", ".join(f"{word(k)}: {_value(k, old)} → {_value(k, new)}"
                     for k, (old, new) in entry.changes().items())


class AuditModel(RowsModel):
    WHEN, WHO, ACTION, ENTITY, RECORD, CHANGES = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[AuditRecord] = []

    def headers(self) -> tuple[str, ...]:
        return (self.tr("When"), self.tr("Who"), self.tr("Action"), self.tr("What"),
                self.tr("Record"), self.tr("Changes"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.rows[index.row()]
        if role == ENTRY_ROLE:
            return entry
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.CHANGES:
            return describe_changes(entry).replace(", ", "\n")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (f"{entry.at:%Y-%m-%d %H:%M:%S}", f"{entry.actor} ({word(entry.role)})", word(entry.action),
                word(entry.entity), entry.entity_id, describe_changes(entry))[index.column()]
