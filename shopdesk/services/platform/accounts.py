"""Customer-service nicknames on the platforms, per person (`Staff.platform_accounts`)."""

from __future__ import annotations

import unicodedata

from sqlalchemy import select
from sqlalchemy.orm import Session

from shopdesk.domain.errors import NotFound, ValidationError
from shopdesk.domain.text import QT_TRANSLATE_NOOP
from shopdesk.services.common.audit import record
from shopdesk.services.common.context import Actor
from shopdesk.store.db import Database
from shopdesk.store.models.core import Staff

MAX_ACCOUNTS_TEXT = 1000


def fold(nickname: str) -> str:
    """A nickname as compared: NFKC (full-width colon `：` is `:`), surrounding spaces removed."""
    return unicodedata.normalize("NFKC", nickname).strip()


def split_accounts(text: str) -> list[str]:
    """`小鹿家居:小芳, xiaolu_cs1` → ['小鹿家居:小芳', 'xiaolu_cs1'] (also split on `，` and `;`)."""
    folded = fold(text or "").replace(";", ",")
    return [part.strip() for part in folded.split(",") if part.strip()]


def account_map(session: Session) -> dict[str, tuple[int, str]]:
    """Every known nickname → (staff id, name)."""
    out: dict[str, tuple[int, str]] = {}
    for sid, name, accounts in session.execute(select(Staff.id, Staff.name, Staff.platform_accounts)):
        for nick in split_accounts(accounts or ""):
            out.setdefault(nick, (sid, name))
    return out


def clean_accounts(session: Session, staff_id: int | None, text: str) -> str:
    """The nicknames as stored (`a,b`); each belongs to one person only."""
    accounts = split_accounts(text)
    cleaned = ",".join(dict.fromkeys(accounts))
    if len(cleaned) > MAX_ACCOUNTS_TEXT:
        raise ValidationError("platform_accounts", QT_TRANSLATE_NOOP(
            "Errors", "at most {n} characters"), n=MAX_ACCOUNTS_TEXT)
    if any(ch in cleaned for ch in "\r\n\t"):
        raise ValidationError("platform_accounts", QT_TRANSLATE_NOOP("Errors", "one line only"))
    taken = account_map(session)
    for nick in accounts:
        owner = taken.get(nick)
        if owner is not None and owner[0] != staff_id:
            raise ValidationError("platform_accounts", QT_TRANSLATE_NOOP(
                "Errors", "{nick} is already {name}'s account"), nick=nick, name=owner[1])
    return cleaned


def set_platform_accounts(db: Database, actor: Actor, staff_id: int, text: str) -> list[str]:
    """Set a person's nicknames; one nickname belongs to one person only. Audited."""
    with db.write() as s:
        row = s.get(Staff, staff_id)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "person #{id} not found"), id=staff_id)
        actor.require_manage(row.department, "change platform accounts")
        cleaned = clean_accounts(s, staff_id, text)
        if (row.platform_accounts or "") != cleaned:
            record(s, actor, "update", "staff", staff_id, {"platform_accounts": row.platform_accounts},
                   {"platform_accounts": cleaned})
            row.platform_accounts = cleaned
    return split_accounts(cleaned)
