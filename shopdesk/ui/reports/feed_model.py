"""Daily reports and feedback items as a table, unread ones in bold."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from shopdesk.domain.departments import Department
from shopdesk.services.reports.daily import TAGS, FeedItem
from shopdesk.ui.common.text import department_name

Index = QModelIndex | QPersistentModelIndex
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


def tag_name(tag: str) -> str:
    return QCoreApplication.translate("Feedback", TAGS[tag]) if tag in TAGS else tag


class FeedModel(QAbstractTableModel):
    WHEN, PERSON, DEPARTMENT, KIND, TEXT = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[FeedItem] = []

    def reset(self, items: list[FeedItem]) -> None:
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def mark_read(self, row: int) -> None:
        self.items[row] = replace(self.items[row], unread=False)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("When"), self.tr("Person"), self.tr("Department"), self.tr("Kind"),
                self.tr("What"))[section]

    def kind_text(self, item: FeedItem) -> str:
        return tag_name(item.tag) if item.kind == "feedback" else self.tr("Daily report")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        col = index.column()
        if role == ITEM_ROLE:
            return item
        if role == Qt.ItemDataRole.FontRole and item.unread:
            bold = QFont()
            bold.setBold(True)
            return bold
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == self.WHEN:
            return ("● " if item.unread else "") + f"{item.written_at:%Y-%m-%d %H:%M}"
        if col == self.PERSON:
            return item.person
        if col == self.DEPARTMENT:
            return department_name(Department(item.department))
        if col == self.KIND:
            return self.kind_text(item)
        first = item.text or item.problems or item.plan
        return first.splitlines()[0] if first else ""
