"""Tasks on people's days, as a table: My day and a department's Tasks page."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from shopdesk.domain.recurrence import WEEKDAYS
from shopdesk.services.tasks.assignments import OccurrenceRow
from shopdesk.ui.common.rows_model import RowsModel
from shopdesk.ui.common.text import day as show_day
from shopdesk.ui.common.text import weekdays_text

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the OccurrenceRow itself
OVERDUE = QColor("#b00020")
DONE = QColor("#6b6b6b")


class TaskModel(RowsModel):
    STATUS, TITLE, PERSON, DAY, PRIORITY, POINTS, REPEAT, DONE_BY = range(8)

    def __init__(self, show_person: bool = True, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[OccurrenceRow] = []
        self.show_person = show_person

    def row_at(self, row: int) -> OccurrenceRow:
        return self.rows[row]

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Status"), self.tr("Task"), self.tr("Person"), self.tr("Day"), self.tr("Priority"),
                self.tr("Points"), self.tr("Repeats"), self.tr("Done by"))

    def status_text(self, row: OccurrenceRow) -> str:
        if row.done:
            return self.tr("Done")
        if row.overdue and row.repeat != "none":
            # A repeating task's past day is not carried forward (the next one replaces it).
            return self.tr("Missed")
        return self.tr("Overdue") if row.overdue else self.tr("Open")

    def priority_text(self, priority: int) -> str:
        return (self.tr("Low"), self.tr("Normal"), self.tr("High"))[max(0, min(2, priority))]

    def repeat_text(self, spelled: str) -> str:
        return repeat_text(spelled)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.done:
                return DONE
            return OVERDUE if row.overdue and col in (self.STATUS, self.DAY) else None
        if role == Qt.ItemDataRole.FontRole and col == self.TITLE and not row.done and row.priority >= 2:
            bold = QFont()
            bold.setBold(True)
            return bold
        if role == Qt.ItemDataRole.ToolTipRole and col == self.TITLE and row.notes:
            return row.notes
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.POINTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == self.STATUS:
            return ("✓ " if row.done else "") + self.status_text(row)
        if col == self.TITLE:
            return row.title
        if col == self.PERSON:
            return row.person
        if col == self.DAY:
            return _day(row.day)
        if col == self.PRIORITY:
            return self.priority_text(row.priority)
        if col == self.POINTS:
            return str(row.points)
        if col == self.REPEAT:
            return self.repeat_text(row.repeat)
        if col == self.DONE_BY:
            return f"{row.done_by} {row.done_at:%m-%d %H:%M}" if row.done_at else ""
        return None


def _day(day: date) -> str:
    return show_day(day)  # the locale's date order


def repeat_text(spelled: str) -> str:
    """A stored repetition (`weekly:mon,thu`) in words: "Weekly: Mon, Thu" / "每周：周一、周四"."""
    translate = QCoreApplication.translate
    kind, _, arg = spelled.partition(":")
    if kind == "daily":
        return translate("TaskModel", "Daily")
    if kind == "weekly":
        days = [WEEKDAYS.index(d) for d in arg.split(",") if d in WEEKDAYS]
        return translate("TaskModel", "Weekly: {days}").format(days=weekdays_text(days))
    if kind == "monthly":
        return translate("TaskModel", "Monthly on day {day}").format(day=arg)
    return translate("TaskModel", "Once")
