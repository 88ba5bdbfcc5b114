"""Tasks and their occurrences, daily reports, market feedback and read marks."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base


class Task(Base):
    """What to do, for whom, and how often (`repeat` as in DESIGN §4.2)."""

    __tablename__ = "task"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    notes: Mapped[str] = mapped_column(Text, default="")
    department: Mapped[str] = mapped_column(String(30))
    due: Mapped[date | None]
    start: Mapped[date]  # first day a repeating task can occur
    priority: Mapped[int] = mapped_column(default=1)  # 0 low, 1 normal, 2 high
    points: Mapped[int] = mapped_column(default=1)
    repeat: Mapped[str] = mapped_column(String(40), default="none")
    # Occurrences of a repeating task exist up to this day (made lazily, once).
    generated_until: Mapped[date | None]
    active: Mapped[bool] = mapped_column(default=True)
    created_by: Mapped[str] = mapped_column(String(80))
    created_at: Mapped[datetime]

    __table_args__ = (
        CheckConstraint("points >= 0", name="points_not_negative"),
        Index("ix_task_pending", "active", "generated_until"),
        Index("ix_task_department", "department"),
    )


class TaskAssignee(Base):
    __tablename__ = "task_assignee"

    task_id: Mapped[int] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"), primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"), primary_key=True)


class TaskOccurrence(Base):
    """A task on one person's day. Unique per (task, person, day): no duplicates."""

    __tablename__ = "task_occurrence"

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"))
    day: Mapped[date]
    done_at: Mapped[datetime | None]
    done_day: Mapped[date | None]
    done_by: Mapped[str | None] = mapped_column(String(80))

    __table_args__ = (
        UniqueConstraint("task_id", "staff_id", "day", name="uq_task_occurrence_task_staff_day"),
        Index("ix_task_occurrence_staff_day", "staff_id", "day"),
        Index("ix_task_occurrence_day", "day"),
    )


class DailyReport(Base):
    """A person's summary of the day: done, problems, tomorrow's plan (计划 → 行动 → 回顾)."""

    __tablename__ = "daily_report"

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"))
    day: Mapped[date]
    done: Mapped[str] = mapped_column(Text, default="")
    problems: Mapped[str] = mapped_column(Text, default="")
    plan: Mapped[str] = mapped_column(Text, default="")
    written_at: Mapped[datetime]

    __table_args__ = (
        UniqueConstraint("staff_id", "day", name="uq_daily_report_staff_day"),
        Index("ix_daily_report_day", "day"),
        # The feed lists newest first: this index hands over the newest rows without sorting.
        Index("ix_daily_report_written_at", "written_at"),
    )


class FeedbackItem(Base):
    """One piece of market information from the front line, tagged."""

    __tablename__ = "feedback_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"))
    day: Mapped[date]
    tag: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text)
    written_at: Mapped[datetime]

    __table_args__ = (
        Index("ix_feedback_item_day", "day"),
        Index("ix_feedback_item_staff", "staff_id"),
        Index("ix_feedback_item_written_at", "written_at"),
    )


class ReadMark(Base):
    """`reader` ('owner' or 'staff:<id>') has read report/feedback `item_id`."""

    __tablename__ = "read_mark"

    reader: Mapped[str] = mapped_column(String(40), primary_key=True)
    kind: Mapped[str] = mapped_column(String(10), primary_key=True)  # report | feedback
    item_id: Mapped[int] = mapped_column(primary_key=True)


class FeedReply(Base):
    """The owner's (or a manager's) answer to a daily report or a feedback item; its writer reads it on My day."""

    __tablename__ = "feed_reply"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))  # report | feedback
    item_id: Mapped[int]
    author: Mapped[str] = mapped_column(String(80))
    author_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    text: Mapped[str] = mapped_column(Text)
    written_at: Mapped[datetime]
    seen_at: Mapped[datetime | None]  # when the item's writer saw it

    __table_args__ = (
        CheckConstraint("kind IN ('report', 'feedback')", name="reply_kind"),
        Index("ix_feed_reply_item", "kind", "item_id"),
    )
