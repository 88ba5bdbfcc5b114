"""Log-in: the owner's password and staff PINs, stored only as slow salted hashes.

scrypt (stdlib) with a random 16-byte salt per secret. After `MAX_TRIES`
wrong tries an account waits `FIRST_WAIT`, doubling with each further
wrong try (capped at `LONGEST_WAIT`); while it waits even the right
secret is refused, so guessing a 4-digit PIN takes days, not minutes.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from shopdesk.domain.errors import NotFound, PermissionDenied, ValidationError
from shopdesk.domain.text import QT_TRANSLATE_NOOP
from shopdesk.services.common import audit
from shopdesk.services.common.context import OWNER, Actor, Role
from shopdesk.services.staff.login_names import LoginChoice
from shopdesk.store.db import Database
from shopdesk.store.models.auth import OWNER_ACCOUNT, Credential, staff_account
from shopdesk.store.models.core import Staff

COST = 2**14  # scrypt n: about 50 ms per try on a shop laptop
MAX_TRIES = 5
FIRST_WAIT = timedelta(seconds=30)
LONGEST_WAIT = timedelta(hours=1)
PIN_LENGTH = (4, 8)
PASSWORD_LENGTH = (4, 128)


class LockedOut(PermissionDenied):
    """Too many wrong tries: the account waits `seconds` before the next one."""

    def __init__(self, seconds: int) -> None:
        self.seconds = seconds
        super().__init__(QT_TRANSLATE_NOOP(
            "Errors", "too many wrong tries; try again in {seconds} seconds"), seconds=seconds)


def _hash(secret: str, salt: bytes, cost: int) -> str:
    return hashlib.scrypt(secret.encode("utf-8"), salt=salt, n=cost, r=8, p=1,
                          maxmem=256 * 1024 * 1024, dklen=32).hex()


def _matches(row: Credential, secret: str) -> bool:
    return hmac.compare_digest(_hash(secret, bytes.fromhex(row.salt), row.cost), row.secret_hash)


def _store(session: Session, account: str, staff_id: int | None, secret: str, now: datetime) -> None:
    salt = os.urandom(16)
    row = session.scalars(select(Credential).where(Credential.account == account)).first()
    if row is None:
        row = Credential(account=account, staff_id=staff_id)
        session.add(row)
    row.salt, row.cost = salt.hex(), COST
    row.secret_hash = _hash(secret, salt, COST)
    row.failed_tries, row.locked_until, row.changed_at = 0, None, now.replace(microsecond=0)


def store_pin(session: Session, actor: Actor, staff_id: int, name: str, pin: str, now: datetime) -> None:
    """A checked PIN for a person, inside the caller's transaction (adding a person with a first PIN)."""
    account = staff_account(staff_id)
    _store(session, account, staff_id, pin, now)
    audit.record(session, actor, "set_pin", "credential", account, None, {"person": name})


def check_pin(pin: str, field: str = "pin") -> str:
    text = (pin or "").strip()
    low, high = PIN_LENGTH
    if not text.isascii() or not text.isdigit() or not low <= len(text) <= high:
        raise ValidationError(field, QT_TRANSLATE_NOOP("Errors", "a PIN is {low} to {high} digits"),
                              low=low, high=high)
    return text


def check_password(password: str, field: str = "password") -> str:
    low, high = PASSWORD_LENGTH
    if not isinstance(password, str) or not low <= len(password) <= high or password.strip() != password:
        raise ValidationError(field, QT_TRANSLATE_NOOP(
            "Errors", "a password is {low} to {high} characters, without spaces at either end"),
            low=low, high=high)
    if "\x00" in password:
        raise ValidationError(field, QT_TRANSLATE_NOOP("Errors", "the password contains a control character"))
    return password


def has_owner_password(db: Database) -> bool:
    with db.read() as s:
        return s.scalars(select(Credential.id).where(Credential.account == OWNER_ACCOUNT)).first() is not None


def verify_owner_password(db: Database, password: str) -> bool:
    """True when `password` is the owner's (used to guard restores); no password set → False."""
    with db.read() as s:
        row = s.scalars(select(Credential).where(Credential.account == OWNER_ACCOUNT)).first()
        return row is not None and _matches(row, password or "")


def set_owner_password(db: Database, actor: Actor | None, password: str, now: datetime,
                       current: str | None = None) -> None:
    """Set the owner's password: anyone on first run, afterwards the owner with the current one."""
    clean = check_password(password)
    with db.write() as s:
        row = s.scalars(select(Credential).where(Credential.account == OWNER_ACCOUNT)).first()
        if row is not None:
            if actor is None or not actor.is_owner:
                raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "only the owner may do this: {what}"),
                                       what="change the owner's password")
            if not _matches(row, current or ""):
                raise ValidationError("current", QT_TRANSLATE_NOOP("Errors", "the current password is wrong"))
        _store(s, OWNER_ACCOUNT, None, clean, now)
        audit.record(s, actor or OWNER, "set_password", "credential", OWNER_ACCOUNT, None, None)


def set_pin(db: Database, actor: Actor, staff_id: int, pin: str, now: datetime,
            current: str | None = None) -> None:
    """The owner sets anyone's PIN; a person changes their own with their current PIN."""
    clean = check_pin(pin)
    with db.write() as s:
        person = s.get(Staff, staff_id)
        if person is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "person #{id} not found"), id=staff_id)
        account = staff_account(staff_id)
        if not actor.is_owner:
            if actor.staff_id != staff_id:
                raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "only the owner may do this: {what}"),
                                       what="set another person's PIN")
            row = s.scalars(select(Credential).where(Credential.account == account)).first()
            if row is None or not _matches(row, current or ""):
                raise ValidationError("current", QT_TRANSLATE_NOOP("Errors", "the current PIN is wrong"))
        _store(s, account, staff_id, clean, now)
        audit.record(s, actor, "set_pin", "credential", account, None, {"person": person.name})


def login_choices(db: Database) -> list[LoginChoice]:
    with db.read() as s:
        pins = set(s.scalars(select(Credential.staff_id).where(Credential.staff_id.is_not(None))))
        rows = s.execute(select(Staff.id, Staff.name, Staff.department)
                         .where(Staff.active.is_(True)).order_by(Staff.department, Staff.name)).all()
    return [LoginChoice(i, n, d, i in pins) for i, n, d in rows]


def _wait(failed: int) -> timedelta:
    # The exponent is capped too: a thousand wrong tries must not overflow timedelta.
    return min(FIRST_WAIT * 2 ** min(max(0, failed - MAX_TRIES), 20), LONGEST_WAIT)


def login(db: Database, who: int | str, secret: str, now: datetime) -> Actor:
    """Check a log-in. `who` is 'owner' or a staff id. Wrong → PermissionDenied; waiting → LockedOut."""
    if who != OWNER_ACCOUNT and not (str(who).isascii() and str(who).isdigit()):
        raise ValidationError("who", QT_TRANSLATE_NOOP("Errors", "choose who is logging in"))
    account = OWNER_ACCOUNT if who == OWNER_ACCOUNT else staff_account(int(who))
    refusal: PermissionDenied | None = None
    actor: Actor | None = None
    # The failed-try counter must commit even when the log-in is refused.
    with db.write() as s:
        row = s.scalars(select(Credential).where(Credential.account == account)).first()
        person = s.get(Staff, int(who)) if account != OWNER_ACCOUNT else None
        if row is None or (account != OWNER_ACCOUNT and (person is None or not person.active)):
            refusal = PermissionDenied(QT_TRANSLATE_NOOP(
                "Errors", "no PIN or password is set for this account; ask the owner"))
        elif row.locked_until is not None and now < row.locked_until:
            refusal = LockedOut(int((row.locked_until - now).total_seconds()) + 1)
        elif not _matches(row, secret or ""):
            row.failed_tries += 1
            if row.failed_tries >= MAX_TRIES:
                row.locked_until = now + _wait(row.failed_tries)
                refusal = LockedOut(int(_wait(row.failed_tries).total_seconds()))
            else:
                refusal = PermissionDenied(QT_TRANSLATE_NOOP("Errors", "wrong PIN or password"))
        else:
            row.failed_tries, row.locked_until = 0, None
            if person is None:
                actor = OWNER
            else:
                role = Role.MANAGER if person.role == "manager" else Role.STAFF
                actor = Actor(role, person.name, person.id, person.department)
    if refusal is not None:
        raise refusal
    assert actor is not None
    return actor
