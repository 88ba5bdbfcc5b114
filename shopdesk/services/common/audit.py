"""The audit log: every change to rules, targets, staff, pay adjustments,
approvals and re-openings, with who, when, and the row before and after.

Writers call `record(session, actor, ...)` inside their own `db.write()`
block, so the entry commits (or rolls back) with the change it describes.
Only the owner reads the log.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from shopdesk.services.common.context import Actor
from shopdesk.store.db import Database
from shopdesk.store.models.audit import AuditEntry

MAX_ROWS = 5000


def _plain(value: Any) -> Any:
    """JSON-safe: dates as ISO text, Decimals as exact text, enums as values."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [_plain(v) for v in value]
    return value


def _dump(data: dict | None) -> str | None:
    if data is None:
        return None
    return json.dumps(_plain(data), ensure_ascii=False, sort_keys=True)


def record(session: Session, actor: Actor, action: str, entity: str, entity_id: str | int,
           before: dict | None, after: dict | None) -> None:
    """Add one entry to the caller's open write transaction."""
    session.add(AuditEntry(
        at=datetime.now().replace(microsecond=0), actor=actor.name[:80], role=str(actor.role.value),
        action=action[:60], entity=entity[:60], entity_id=str(entity_id)[:80],
        before=_dump(before), after=_dump(after)))


@dataclass(frozen=True)
class AuditRecord:
    id: int
    at: datetime
    actor: str
    role: str
    action: str
    entity: str
    entity_id: str
    before: dict | None
    after: dict | None

    def changes(self) -> dict[str, tuple[Any, Any]]:
        """Fields whose value differs between before and after."""
        old, new = self.before or {}, self.after or {}
        return {k: (old.get(k), new.get(k)) for k in sorted(set(old) | set(new))
                if old.get(k) != new.get(k)}


@dataclass(frozen=True)
class AuditFilter:
    entity: str | None = None
    entity_id: str | int | None = None
    action: str | None = None
    actor: str | None = None
    since: date | None = None
    until: date | None = None  # inclusive
    text: str | None = None  # found in before or after


def _load(text: str | None) -> dict | None:
    return None if text is None else json.loads(text)


def list_entries(db: Database, actor: Actor, flt: AuditFilter | None = None,
                 limit: int = MAX_ROWS) -> list[AuditRecord]:
    """Newest first. Owner only."""
    actor.require_owner("read the audit log")
    f = flt or AuditFilter()
    stmt = select(AuditEntry).order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(limit)
    if f.entity:
        stmt = stmt.where(AuditEntry.entity == f.entity)
    if f.entity_id is not None:
        stmt = stmt.where(AuditEntry.entity_id == str(f.entity_id))
    if f.action:
        stmt = stmt.where(AuditEntry.action == f.action)
    if f.actor:
        stmt = stmt.where(AuditEntry.actor == f.actor)
    if f.since:
        stmt = stmt.where(AuditEntry.at >= datetime.combine(f.since, time()))
    if f.until:
        stmt = stmt.where(AuditEntry.at < datetime.combine(f.until + timedelta(days=1), time()))
    if f.text:
        pattern = f"%{f.text}%"
        # ilike: case-insensitive on SQLite and PostgreSQL alike.
        stmt = stmt.where(AuditEntry.before.ilike(pattern) | AuditEntry.after.ilike(pattern))
    with db.read() as s:
        return [AuditRecord(r.id, r.at, r.actor, r.role, r.action, r.entity, r.entity_id,
                            _load(r.before), _load(r.after)) for r in s.scalars(stmt)]


def distinct_values(db: Database, actor: Actor) -> dict[str, list[str]]:
    """Choices for the viewer's filter boxes: entities, actions, actors."""
    actor.require_owner("read the audit log")
    out: dict[str, list[str]] = {}
    with db.read() as s:
        for name, col in (("entity", AuditEntry.entity), ("action", AuditEntry.action),
                          ("actor", AuditEntry.actor)):
            out[name] = list(s.scalars(select(col).distinct().order_by(col)))
    return out


def last_change(session: Session, entity: str, entity_id: str | int) -> tuple[str, datetime] | None:
    """Who last changed a record, and when: for "changed by 王芳 at 10:42" messages."""
    row = session.execute(
        select(AuditEntry.actor, AuditEntry.at)
        .where(AuditEntry.entity == entity, AuditEntry.entity_id == str(entity_id))
        .order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(1)).first()
    return None if row is None else (row[0], row[1])


def changed_elsewhere(db: Database, entity: str, entity_id: str | int, what: str):
    """The Conflict to raise when someone else saved `what` first, naming them when known."""
    from shopdesk.domain.errors import Conflict
    from shopdesk.domain.text import QT_TRANSLATE_NOOP

    with db.read() as s:
        last = last_change(s, entity, entity_id)
    if last is None:
        return Conflict(QT_TRANSLATE_NOOP("Errors", "{what} was changed by someone else; reload and try again"),
                        what=what)
    who, at = last
    return Conflict(QT_TRANSLATE_NOOP("Errors", "{what} was changed by {who} at {time}; reload and try again"),
                    what=what, who=who, time=f"{at:%H:%M}" if at.date() == date.today() else f"{at:%Y-%m-%d %H:%M}")
