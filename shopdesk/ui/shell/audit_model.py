"""The audit log as a table: when, and what happened as a sentence in the reader's language."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from shopdesk.domain.text import QT_TRANSLATE_NOOP
from shopdesk.services.common.audit import AuditRecord
from shopdesk.ui.common.rows_model import RowsModel
from shopdesk.ui.common.text import moment
from shopdesk.ui.shell.audit_text import AuditNames, sentence

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
    # Kinds of record and actions as stored.
    "pay_rule": QT_TRANSLATE_NOOP("Audit", "pay rule"), "pay_adjustment": QT_TRANSLATE_NOOP("Audit", "pay adjustment"),
    "pay_deduction": QT_TRANSLATE_NOOP("Audit", "deduction"), "pay_grade": QT_TRANSLATE_NOOP("Audit", "appraisal grade"),
    "task": QT_TRANSLATE_NOOP("Audit", "task"), "credential": QT_TRANSLATE_NOOP("Audit", "PIN or password"),
    "set": QT_TRANSLATE_NOOP("Audit", "set"), "edit": QT_TRANSLATE_NOOP("Audit", "edit"),
    "copy": QT_TRANSLATE_NOOP("Audit", "copy"), "stop": QT_TRANSLATE_NOOP("Audit", "stop"),
    "set_pin": QT_TRANSLATE_NOOP("Audit", "set a PIN"), "set_password": QT_TRANSLATE_NOOP("Audit", "set a password"),
}


def word(key: str) -> str:
    return QCoreApplication.translate("Audit", WORDS[key]) if key in WORDS else key


class AuditModel(RowsModel):
    """One row per change: when, and what happened as a sentence; the entry itself under ENTRY_ROLE."""

    WHEN, WHAT = range(2)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[AuditRecord] = []
        self.names = AuditNames()

    def reset(self, rows: list[Any], names: AuditNames | None = None) -> None:
        if names is not None:
            self.names = names
        super().reset(rows)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("When"), self.tr("What happened"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.rows[index.row()]
        if role == ENTRY_ROLE:
            return entry
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.WHAT:
            return sentence(entry, self.names)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if index.column() == self.WHEN:
            return moment(entry.at)
        return sentence(entry, self.names)
