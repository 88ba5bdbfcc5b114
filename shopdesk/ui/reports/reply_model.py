"""Replies to a person's own reports and feedback, as My day lists them: unread ones in bold."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from shopdesk.services.reports.replies import ReplyNotice
from shopdesk.ui.common.rows_model import RowsModel
from shopdesk.ui.common.text import moment

Index = QModelIndex | QPersistentModelIndex


class ReplyModel(RowsModel):
    WHEN, FROM, TEXT, ON = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[ReplyNotice] = []

    def headers(self) -> tuple[str, ...]:
        return (self.tr("When"), self.tr("From"), self.tr("Reply"), self.tr("To what I wrote"))

    def mark_seen(self, row: int) -> None:
        self.rows[row] = replace(self.rows[row], seen=True)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        notice = self.rows[index.row()]
        if role == Qt.ItemDataRole.FontRole and not notice.seen:
            bold = QFont()
            bold.setBold(True)
            return bold
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (self.TEXT, self.ON):
            return notice.text if index.column() == self.TEXT else notice.item_text
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (moment(notice.written_at), notice.author, notice.text,
                notice.item_text if len(notice.item_text) <= 40 else notice.item_text[:39] + "…")[index.column()]
