"""Daily reports (done, problems, tomorrow's plan) and tagged market feedback.

Each person writes only their own. The owner reads everyone's in the feed,
a manager their department's; a staff member only their own. Read marks are
per reader, and editing a report makes it unread again.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from sqlalchemy import and_, delete, func, or_, select
from sqlalchemy.orm import Session

from shopdesk.domain.errors import NotFound, PermissionDenied, ValidationError
from shopdesk.domain.text import QT_TRANSLATE_NOOP
from shopdesk.services.common.context import Actor, Role
from shopdesk.store.db import Database
from shopdesk.store.models.auth import OWNER_ACCOUNT, staff_account
from shopdesk.store.models.core import Staff
from shopdesk.store.models.tasks import DailyReport, FeedbackItem, ReadMark

TAGS = {
    "competitor": QT_TRANSLATE_NOOP("Feedback", "Competitor"),
    "customer_need": QT_TRANSLATE_NOOP("Feedback", "Customer need"),
    "product_problem": QT_TRANSLATE_NOOP("Feedback", "Product problem"),
    "logistics_problem": QT_TRANSLATE_NOOP("Feedback", "Logistics problem"),
}
MAX_TEXT = 4000
EDIT_DAYS = 7  # a report can be written or corrected up to a week back
FEED_LIMIT = 500


@dataclass(frozen=True)
class ReportInput:
    done: str = ""
    problems: str = ""
    plan: str = ""


@dataclass(frozen=True)
class FeedItem:
    """A report or a feedback item as the feed lists it."""

    kind: str  # report | feedback
    id: int
    staff_id: int
    person: str
    department: str
    day: date
    written_at: datetime
    tag: str  # '' for reports
    text: str  # the feedback, or the report's "done" part
    problems: str
    plan: str
    unread: bool


@dataclass(frozen=True)
class FeedFilter:
    department: str | None = None
    staff_id: int | None = None
    tag: str | None = None  # only feedback items with this tag
    first: date | None = None
    last: date | None = None
    kind: str | None = None  # report | feedback | None for both
    unread_only: bool = False
    text: str = ""  # words anywhere in the item or the writer's name (case does not matter)


def reader_key(actor: Actor) -> str:
    return OWNER_ACCOUNT if actor.is_owner or actor.staff_id is None else staff_account(actor.staff_id)


def _text(value: str | None, field: str) -> str:
    text = (value or "").strip()
    if len(text) > MAX_TEXT:
        raise ValidationError(field, QT_TRANSLATE_NOOP("Errors", "at most {n} characters"), n=MAX_TEXT)
    if any(ord(ch) < 32 and ch not in "\n\t\r" for ch in text):
        raise ValidationError(field, QT_TRANSLATE_NOOP("Errors", "the text contains a control character"))
    return text


def _own_day(actor: Actor, day: date, today: date) -> int:
    if actor.staff_id is None:
        raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "only staff write daily reports and feedback"))
    if day > today:
        raise ValidationError("day", QT_TRANSLATE_NOOP("Errors", "the day is in the future"))
    if day < today - timedelta(days=EDIT_DAYS):
        raise ValidationError("day", QT_TRANSLATE_NOOP("Errors", "reports older than {n} days cannot be changed"),
                              n=EDIT_DAYS)
    return actor.staff_id


def save_report(db: Database, actor: Actor, day: date, data: ReportInput, now: datetime,
                today: date) -> int:
    """Write or correct the actor's own report for `day`; returns its id."""
    sid = _own_day(actor, day, today)
    done, problems, plan = _text(data.done, "done"), _text(data.problems, "problems"), _text(data.plan, "plan")
    if not (done or problems or plan):
        raise ValidationError("done", QT_TRANSLATE_NOOP("Errors", "write at least one part of the report"))
    with db.write() as s:
        row = s.scalars(select(DailyReport).where(DailyReport.staff_id == sid, DailyReport.day == day)).first()
        if row is None:
            row = DailyReport(staff_id=sid, day=day)
            s.add(row)
        elif (row.done, row.problems, row.plan) == (done, problems, plan):
            return row.id
        row.done, row.problems, row.plan = done, problems, plan
        row.written_at = now.replace(microsecond=0)
        s.flush()
        # A corrected report is news again for everyone who read it.
        s.execute(delete(ReadMark).where(ReadMark.kind == "report", ReadMark.item_id == row.id))
        return row.id


def own_report(db: Database, actor: Actor, day: date) -> ReportInput | None:
    if actor.staff_id is None:
        return None
    with db.read() as s:
        row = s.scalars(select(DailyReport).where(
            DailyReport.staff_id == actor.staff_id, DailyReport.day == day)).first()
        return ReportInput(row.done, row.problems, row.plan) if row else None


def add_feedback(db: Database, actor: Actor, day: date, tag: str, text: str, now: datetime,
                 today: date) -> int:
    sid = _own_day(actor, day, today)
    if tag not in TAGS:
        raise ValidationError("tag", QT_TRANSLATE_NOOP("Errors", "unknown feedback tag '{tag}'"), tag=tag)
    clean = _text(text, "text")
    if not clean:
        raise ValidationError("text", QT_TRANSLATE_NOOP("Errors", "the feedback is empty"))
    with db.write() as s:
        row = FeedbackItem(staff_id=sid, day=day, tag=tag, text=clean, written_at=now.replace(microsecond=0))
        s.add(row)
        s.flush()
        return row.id


def delete_feedback(db: Database, actor: Actor, item_id: int, today: date) -> None:
    """Take back one's own feedback item, the same day it was written."""
    with db.write() as s:
        row = s.get(FeedbackItem, item_id)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "feedback #{id} not found"), id=item_id)
        if row.staff_id != actor.staff_id:
            raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "this is someone else's feedback"))
        if row.day != today:
            raise ValidationError("day", QT_TRANSLATE_NOOP("Errors", "only today's feedback can be removed"))
        s.delete(row)
        s.execute(delete(ReadMark).where(ReadMark.kind == "feedback", ReadMark.item_id == item_id))


def _scope(actor: Actor, flt: FeedFilter) -> FeedFilter:
    """Narrow a filter to what the actor may read, or refuse."""
    if actor.is_owner:
        return flt
    if actor.role is Role.MANAGER:
        if flt.department not in (None, actor.department):
            raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "you may only read your department's reports"))
        return replace(flt, department=actor.department)
    if flt.staff_id not in (None, actor.staff_id) or flt.department not in (None, actor.department):
        raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "you may only read your own reports"))
    return replace(flt, department=None, staff_id=actor.staff_id)


def _search(stmt, flt: FeedFilter, *columns):
    """Items whose text (or writer's name) holds every word typed, in any case."""
    for word in flt.text.split()[:8]:
        needle = word.casefold()[:100]
        stmt = stmt.where(or_(*(func.lower(c).contains(needle, autoescape=True) for c in (*columns, Staff.name))))
    return stmt


def _where(stmt, model, flt: FeedFilter):
    if flt.department is not None:
        stmt = stmt.where(Staff.department == flt.department)
    if flt.staff_id is not None:
        stmt = stmt.where(model.staff_id == flt.staff_id)
    if flt.first is not None:
        stmt = stmt.where(model.day >= flt.first)
    if flt.last is not None:
        stmt = stmt.where(model.day <= flt.last)
    if flt.unread_only:
        stmt = stmt.where(ReadMark.item_id.is_(None))
    return stmt.order_by(model.written_at.desc(), model.id.desc())


def _joined(model, kind: str, reader: str, *cols):
    return (select(model.id, model.staff_id, Staff.name, Staff.department, model.day, model.written_at,
                   *cols, ReadMark.item_id.is_(None))
            .join(Staff, Staff.id == model.staff_id)
            .outerjoin(ReadMark, and_(ReadMark.reader == reader, ReadMark.kind == kind,
                                      ReadMark.item_id == model.id)))


def feed(db: Database, actor: Actor, flt: FeedFilter = FeedFilter(), limit: int = FEED_LIMIT) -> list[FeedItem]:
    """Reports and feedback, newest first, as far as the actor may read them."""
    flt = _scope(actor, flt)
    if flt.tag is not None and flt.tag not in TAGS:
        raise ValidationError("tag", QT_TRANSLATE_NOOP("Errors", "unknown feedback tag '{tag}'"), tag=flt.tag)
    reader = reader_key(actor)
    items: list[FeedItem] = []
    with db.read() as s:
        if flt.kind in (None, "report") and flt.tag is None:
            stmt = _joined(DailyReport, "report", reader, DailyReport.done, DailyReport.problems, DailyReport.plan)
            stmt = _search(stmt, flt, DailyReport.done, DailyReport.problems, DailyReport.plan)
            stmt = _where(stmt, DailyReport, flt).limit(limit)
            items += [FeedItem("report", i, sid, n, d, day, at, "", done, prob, plan, unread)
                      for i, sid, n, d, day, at, done, prob, plan, unread in s.execute(stmt)]
        if flt.kind in (None, "feedback"):
            stmt = _joined(FeedbackItem, "feedback", reader, FeedbackItem.tag, FeedbackItem.text)
            if flt.tag is not None:
                stmt = stmt.where(FeedbackItem.tag == flt.tag)
            stmt = _where(_search(stmt, flt, FeedbackItem.text), FeedbackItem, flt).limit(limit)
            items += [FeedItem("feedback", i, sid, n, d, day, at, tag, text, "", "", unread)
                      for i, sid, n, d, day, at, tag, text, unread in s.execute(stmt)]
    items.sort(key=lambda it: (it.written_at, it.id), reverse=True)
    return items[:limit]


def mark_read(db: Database, actor: Actor, items: list[tuple[str, int]]) -> None:
    """Mark feed items read for this reader (items they may not read are refused)."""
    if not items:
        return
    visible = {(it.kind, it.id) for it in feed(db, actor, limit=10**9)} if not actor.is_owner else None
    reader = reader_key(actor)
    with db.write() as s:
        for kind, item_id in dict.fromkeys(items):
            if kind not in ("report", "feedback"):
                raise ValidationError("kind", QT_TRANSLATE_NOOP("Errors", "unknown item kind '{kind}'"), kind=kind)
            if visible is not None and (kind, item_id) not in visible:
                raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "you may only read your department's reports"))
            if s.get(ReadMark, (reader, kind, item_id)) is None:
                s.add(ReadMark(reader=reader, kind=kind, item_id=item_id))


@dataclass(frozen=True)
class Missing:
    staff_id: int
    name: str
    department: str


def not_reported(db: Database, actor: Actor, day: date) -> list[Missing]:
    """Active people (the actor may oversee) without a report for `day`."""
    if not (actor.is_owner or actor.role is Role.MANAGER):
        raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "only the owner and managers see who has reported"))
    with db.read() as s:
        return _missing(s, actor, day)


def _missing(s: Session, actor: Actor, day: date) -> list[Missing]:
    wrote = select(DailyReport.staff_id).where(DailyReport.day == day)
    stmt = (select(Staff.id, Staff.name, Staff.department)
            .where(Staff.active.is_(True), Staff.id.not_in(wrote)).order_by(Staff.department, Staff.name))
    if not actor.is_owner:
        stmt = stmt.where(Staff.department == actor.department)
    return [Missing(*r) for r in s.execute(stmt)]
