"""The audit log as a table: when, and what happened as a sentence in the reader's language."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from shopdesk.services.common.audit import AuditRecord
from shopdesk.ui.common.rows_model import RowsModel
from shopdesk.ui.common.text import moment
from shopdesk.ui.shell.audit_text import AuditNames, sentence

Index = QModelIndex | QPersistentModelIndex
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


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
