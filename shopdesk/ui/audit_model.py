"""The audit log as a table: when, who, what, which record, and what changed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ..services.audit import AuditRecord

Index = QModelIndex | QPersistentModelIndex
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


def describe_changes(entry: AuditRecord) -> str:
    if entry.before is None and entry.after is not None:
        return ", ".join(f"{k}={v}" for k, v in sorted(entry.after.items()))
    if entry.after is None and entry.before is not None:
        return ", ".join(f"{k}={v}" for k, v in sorted(entry.before.items()))
    return ", ".join(f"{k}: {old} → {new}" for k, (old, new) in entry.changes().items())


class AuditModel(QAbstractTableModel):
    WHEN, WHO, ACTION, ENTITY, RECORD, CHANGES = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[AuditRecord] = []

    def reset(self, rows: list[AuditRecord]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("When"), self.tr("Who"), self.tr("Action"), self.tr("What"),
                self.tr("Record"), self.tr("Changes"))[section]

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
        return (f"{entry.at:%Y-%m-%d %H:%M:%S}", f"{entry.actor} ({entry.role})", entry.action,
                entry.entity, entry.entity_id, describe_changes(entry))[index.column()]
