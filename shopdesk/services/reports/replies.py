"""Replies: the owner (or the writer's manager) answers a daily report or a feedback item.

The thread shows under the item in the feed; its writer sees the reply on My
day, unread until they open it. Nobody else reads a thread they may not read
the item of.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from shopdesk.domain.errors import NotFound, PermissionDenied, ValidationError
from shopdesk.domain.text import QT_TRANSLATE_NOOP
from shopdesk.services.common.context import Actor
from shopdesk.services.reports.daily import _text
from shopdesk.store.db import Database
from shopdesk.store.models.core import Staff
from shopdesk.store.models.tasks import DailyReport, FeedbackItem, FeedReply

KINDS: dict[str, type[DailyReport] | type[FeedbackItem]] = {"report": DailyReport, "feedback": FeedbackItem}
NOTICE_LIMIT = 50


@dataclass(frozen=True)
class ReplyRow:
    id: int
    author: str
    text: str
    written_at: datetime
    seen: bool


@dataclass(frozen=True)
class ReplyNotice:
    """A reply on My day: to which of the writer's items, and whether they have seen it."""

    id: int
    kind: str
    item_id: int
    item_day: str
    item_text: str
    author: str
    text: str
    written_at: datetime
    seen: bool


def _item(s: Session, kind: str, item_id: int) -> tuple[int, str]:
    """(writer's staff id, writer's department) of an item, or NotFound."""
    model = KINDS.get(kind)
    if model is None:
        raise ValidationError("kind", QT_TRANSLATE_NOOP("Errors", "unknown item kind '{kind}'"), kind=kind)
    row = s.execute(select(model.staff_id, Staff.department).join(Staff, Staff.id == model.staff_id)
                    .where(model.id == item_id)).first()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "that report or feedback no longer exists"))
    return row[0], row[1]


def reply(db: Database, actor: Actor, kind: str, item_id: int, text: str, now: datetime) -> int:
    """Answer an item; the owner anywhere, a manager in their department."""
    clean = _text(text, "reply")
    if not clean:
        raise ValidationError("reply", QT_TRANSLATE_NOOP("Errors", "the reply is empty"))
    with db.write() as s:
        _writer, department = _item(s, kind, item_id)
        if not actor.can_manage(department):
            raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "only the owner or the department's manager replies"))
        row = FeedReply(kind=kind, item_id=item_id, author=actor.name[:80], author_staff_id=actor.staff_id,
                        text=clean, written_at=now.replace(microsecond=0))
        s.add(row)
        s.flush()
        return row.id


def thread(db: Database, actor: Actor, kind: str, item_id: int) -> list[ReplyRow]:
    """The replies to one item, oldest first, for whoever may read the item."""
    with db.read() as s:
        writer, department = _item(s, kind, item_id)
        if not (actor.can_manage(department) or actor.staff_id == writer):
            raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "you may only read your own reports"))
        rows = s.scalars(select(FeedReply).where(FeedReply.kind == kind, FeedReply.item_id == item_id)
                         .order_by(FeedReply.written_at, FeedReply.id))
        return [ReplyRow(r.id, r.author, r.text, r.written_at, r.seen_at is not None) for r in rows]


def my_replies(db: Database, actor: Actor) -> list[ReplyNotice]:
    """Replies to the actor's own reports and feedback, newest first."""
    if actor.staff_id is None:
        return []
    out: list[ReplyNotice] = []
    with db.read() as s:
        for kind, model in KINDS.items():
            body = DailyReport.done if kind == "report" else FeedbackItem.text
            stmt = (select(FeedReply, model.day, body).join(model, model.id == FeedReply.item_id)
                    .where(FeedReply.kind == kind, model.staff_id == actor.staff_id)
                    .order_by(FeedReply.written_at.desc()).limit(NOTICE_LIMIT))
            out += [ReplyNotice(r.id, kind, r.item_id, day.isoformat(), item_text, r.author, r.text, r.written_at,
                                r.seen_at is not None) for r, day, item_text in s.execute(stmt)]
    out.sort(key=lambda n: (n.written_at, n.id), reverse=True)
    return out[:NOTICE_LIMIT]


def mark_seen(db: Database, actor: Actor, reply_ids: Sequence[int], now: datetime) -> None:
    """The writer has read these replies (replies to anyone else's items are refused)."""
    if not reply_ids:
        return
    mine = {n.id for n in my_replies(db, actor)} if actor.staff_id is not None else set()
    if any(i not in mine for i in reply_ids):
        raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "you may only read your own reports"))
    with db.write() as s:
        s.execute(update(FeedReply).where(FeedReply.id.in_(list(reply_ids)), FeedReply.seen_at.is_(None))
                  .values(seen_at=now.replace(microsecond=0)).execution_options(synchronize_session=False))
