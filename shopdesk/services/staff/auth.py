"""Log-in: the owner's password and staff PINs, stored only as slow salted hashes.

scrypt (stdlib) with a random 16-byte salt per secret. After `MAX_TRIES`
wrong tries an account waits `FIRST_WAIT`, doubling with each further
wrong try (capped at `LONGEST_WAIT`); while it waits even the right
secret is refused, so guessing a 4-digit PIN takes days, not minutes.

The wait is counted in elapsed time, not on the wall clock: the lock stores the
computer's monotonic clock (time since start-up) beside the wall time, so moving
the system clock forward does not shorten it (after a restart the time since
start-up is a lower bound of the time that passed). The owner's account waits at
most `OWNER_LONGEST_WAIT`, so staff guessing at it cannot keep the owner out.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import socket
import time
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from shopdesk.domain.errors import NotFound, PermissionDenied, ValidationError
from shopdesk.domain.text import QT_TRANSLATE_NOOP
from shopdesk.services.common import audit
from shopdesk.services.common.context import OWNER, Actor, Role
from shopdesk.store.db import Database
from shopdesk.store.models.auth import OWNER_ACCOUNT, Credential, staff_account
from shopdesk.store.models.core import Setting, Staff
from shopdesk.store.peek import LoginChoice

COST = 2**14  # scrypt n: about 50 ms per try on a shop laptop
MAX_TRIES = 5
FIRST_WAIT = timedelta(seconds=30)
LONGEST_WAIT = timedelta(hours=1)
OWNER_LONGEST_WAIT = timedelta(minutes=2)
Clock = Callable[[], float]
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


def _wait(failed: int, account: str = "") -> timedelta:
    # The exponent is capped too: a thousand wrong tries must not overflow timedelta.
    longest = OWNER_LONGEST_WAIT if account == OWNER_ACCOUNT else LONGEST_WAIT
    return min(FIRST_WAIT * 2 ** min(max(0, failed - MAX_TRIES), 20), longest)


def _boot_id() -> str:
    try:
        with open("/proc/sys/kernel/random/boot_id", encoding="ascii") as f:
            return f.read().strip()
    except OSError:
        return ""


def _host() -> str:
    return socket.gethostname()[:60]


def _lock_key(account: str) -> str:
    return f"lockout:{account}"


def _set_lock(session: Session, account: str, wait: timedelta, now: datetime, clock: Clock) -> None:
    info = {"seconds": int(wait.total_seconds()), "mono": clock(), "boot": _boot_id(), "host": _host(),
            "wall": now.replace(microsecond=0).isoformat()}
    row = session.get(Setting, _lock_key(account))
    if row is None:
        session.add(Setting(key=_lock_key(account), value=json.dumps(info)))
    else:
        row.value = json.dumps(info)


def _clear_lock(session: Session, account: str) -> None:
    row = session.get(Setting, _lock_key(account))
    if row is not None:
        session.delete(row)


def _remaining(session: Session, row: Credential, now: datetime, clock: Clock) -> float:
    """Seconds the account still waits, in elapsed time a moved wall clock cannot shorten."""
    if row.locked_until is None:
        return 0.0
    stored = session.get(Setting, _lock_key(row.account))
    try:
        info = json.loads(stored.value) if stored is not None else None
        seconds, mono = float(info["seconds"]), float(info["mono"])  # type: ignore[index]
    except (TypeError, ValueError, KeyError):
        info = None
    if info is None or info.get("host") != _host():
        # Locked elsewhere (another PC on the shop server) or before this rule: the wall clock.
        return max(0.0, (row.locked_until - now).total_seconds())
    current = clock()
    same_boot = info.get("boot") == _boot_id() and current >= mono
    # After a restart the time since start-up is all we know has passed, and it is a lower bound.
    elapsed = current - mono if same_boot else max(0.0, current)
    return max(0.0, seconds - elapsed)


def login(db: Database, who: int | str, secret: str, now: datetime, clock: Clock = time.monotonic) -> Actor:
    """Check a log-in. `who` is 'owner' or a staff id. Wrong → PermissionDenied; waiting → LockedOut.

    `clock` is the elapsed-time clock the wait is counted on (time.monotonic)."""
    if who != OWNER_ACCOUNT and not (str(who).isascii() and str(who).isdigit()):
        raise ValidationError("who", QT_TRANSLATE_NOOP("Errors", "choose who is logging in"))
    account = OWNER_ACCOUNT if who == OWNER_ACCOUNT else staff_account(int(who))
    refusal: PermissionDenied | None = None
    actor: Actor | None = None
    # The failed-try counter must commit even when the log-in is refused.
    with db.write() as s:
        row = s.scalars(select(Credential).where(Credential.account == account)).first()
        person = s.get(Staff, int(who)) if account != OWNER_ACCOUNT else None
        waiting = _remaining(s, row, now, clock) if row is not None else 0.0
        if row is None or (account != OWNER_ACCOUNT and (person is None or not person.active)):
            refusal = PermissionDenied(QT_TRANSLATE_NOOP(
                "Errors", "no PIN or password is set for this account; ask the owner"))
        elif waiting > 0:
            refusal = LockedOut(int(waiting) + 1)
        elif not _matches(row, secret or ""):
            row.failed_tries += 1
            if row.failed_tries >= MAX_TRIES:
                wait = _wait(row.failed_tries, account)
                row.locked_until = now + wait
                _set_lock(s, account, wait, now, clock)
                refusal = LockedOut(int(wait.total_seconds()))
            else:
                refusal = PermissionDenied(QT_TRANSLATE_NOOP("Errors", "wrong PIN or password"))
        else:
            row.failed_tries, row.locked_until = 0, None
            _clear_lock(s, account)
            if person is None:
                actor = OWNER
            else:
                role = Role.MANAGER if person.role == "manager" else Role.STAFF
                actor = Actor(role, person.name, person.id, person.department)
    if refusal is not None:
        raise refusal
    assert actor is not None
    return actor


def owner_password_in_file(path: os.PathLike[str] | str, password: str) -> bool | None:
    """Whether `password` is the owner's in a shop file read read-only (a damaged file or a
    backup: nothing is written); None when the file holds no owner password or cannot be read."""
    import sqlite3
    from pathlib import Path

    from shopdesk.services.safety.file_check import leave_no_trace

    try:
        with leave_no_trace(Path(path)):
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                found = conn.execute("SELECT secret_hash, salt, cost FROM credential WHERE account = ?",
                                     (OWNER_ACCOUNT,)).fetchone()
            finally:
                conn.close()
    except sqlite3.Error:
        return None
    if found is None:
        return None
    secret_hash, salt, cost = found
    try:
        if not isinstance(cost, int) or not 2 <= cost <= 2**20 or cost & (cost - 1):
            return None
        return hmac.compare_digest(_hash(password or "", bytes.fromhex(salt), cost), secret_hash)
    except (ValueError, TypeError):
        return None
