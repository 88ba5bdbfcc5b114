"""The shop's payroll settings (DESIGN §4.7): social insurance and housing fund rates, income tax, minimum wage.

Stored as shop settings (`si_rate`, `hf_rate` as exact percent text,
`income_tax` as on/off, `min_wage` as yuan text); the owner changes them in
one audited transaction. A stored value that no longer reads falls back to
the default rather than stopping the payroll.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from shopdesk.domain.errors import ValidationError
from shopdesk.domain.money import MoneyError, parse_yuan
from shopdesk.domain.payroll import PaySetup
from shopdesk.domain.text import QT_TRANSLATE_NOOP
from shopdesk.services.common import audit
from shopdesk.services.common.context import Actor
from shopdesk.store.db import Database
from shopdesk.store.models.core import Setting

KEYS = ("si_rate", "hf_rate", "income_tax", "min_wage")
DEFAULT = PaySetup()
MAX_WAGE_FEN = 10_000_000  # ¥100,000: no minimum wage is higher


def parse_rate(field: str, value: object) -> Decimal:
    """`10.5%`, `10.5` or a Decimal → percent, from 0 to 100, to at most three decimals."""
    text = str(value).strip().replace("％", "%")
    if text.endswith("%"):
        text = text[:-1].strip()
    try:
        rate = Decimal(text)
        ok = rate.is_finite() and text.replace(".", "", 1).isascii()
    except InvalidOperation:
        ok = False
    if not ok:
        raise ValidationError(field, QT_TRANSLATE_NOOP("Errors", "'{value}' is not a percentage"), value=str(value))
    if not Decimal(0) <= rate <= Decimal(100):
        raise ValidationError(field, QT_TRANSLATE_NOOP("Errors", "a rate must be between 0 % and 100 %"))
    if rate != rate.quantize(Decimal("0.001")):
        raise ValidationError(field, QT_TRANSLATE_NOOP("Errors", "at most three decimals"))
    return rate.normalize() if rate else Decimal(0)


def parse_on_off(field: str, value: object) -> bool:
    text = str(value).strip().casefold()
    if text in ("on", "yes", "true", "1", "是", "开", "开启"):
        return True
    if text in ("off", "no", "false", "0", "否", "关", "关闭", ""):
        return False
    raise ValidationError(field, QT_TRANSLATE_NOOP("Errors", "'{value}' is not on or off"), value=str(value))


def parse_min_wage(field: str, value: object) -> int | None:
    if value is None or not str(value).strip():
        return None
    try:
        fen = parse_yuan(value)
    except MoneyError:
        raise ValidationError(field, QT_TRANSLATE_NOOP("Errors", "'{text}' is not an amount of money"),
                              text=str(value)) from None
    if not 0 <= fen <= MAX_WAGE_FEN:
        raise ValidationError(field, QT_TRANSLATE_NOOP("Errors", "'{value}' is not a plausible amount"),
                              value=str(value))
    return fen


def _stored(setup: PaySetup) -> dict[str, str]:
    return {"si_rate": f"{setup.si_rate:f}", "hf_rate": f"{setup.hf_rate:f}",
            "income_tax": "on" if setup.income_tax else "off",
            "min_wage": "" if setup.min_wage_fen is None else f"{Decimal(setup.min_wage_fen) / 100:f}"}


def load_setup(session: Session) -> PaySetup:
    """The settings as stored (defaults for what is missing or unreadable)."""
    stored = dict(session.connection().execute(select(Setting.key, Setting.value).where(Setting.key.in_(KEYS))).all())
    raw = {k: stored.get(k) for k in KEYS}

    def read(parse, key, default):
        if raw[key] is None:
            return default
        try:
            return parse(key, raw[key])
        except ValidationError:
            return default

    return PaySetup(read(parse_rate, "si_rate", DEFAULT.si_rate), read(parse_rate, "hf_rate", DEFAULT.hf_rate),
                    read(parse_on_off, "income_tax", DEFAULT.income_tax),
                    read(parse_min_wage, "min_wage", DEFAULT.min_wage_fen))


def pay_setup(db: Database) -> PaySetup:
    with db.read() as s:
        return load_setup(s)


def clean_setup(si_rate: object, hf_rate: object, income_tax: object, min_wage: object) -> PaySetup:
    """Check every field as typed; raise ValidationError naming the first bad one."""
    return PaySetup(parse_rate("si_rate", si_rate), parse_rate("hf_rate", hf_rate),
                    income_tax if isinstance(income_tax, bool) else parse_on_off("income_tax", income_tax),
                    parse_min_wage("min_wage", min_wage))


def write_setup(session: Session, actor: Actor, setup: PaySetup) -> None:
    """Store the settings inside the caller's transaction, with an audit entry when they change."""
    before = _stored(load_setup(session))
    after = _stored(setup)
    for key, value in after.items():
        row = session.get(Setting, key)
        if row is None:
            session.add(Setting(key=key, value=value))
        elif row.value != value:
            row.value = value
    if before != after:
        audit.record(session, actor, "set", "payroll_setup", "shop", before, after)


def set_pay_setup(db: Database, actor: Actor, *, si_rate: object, hf_rate: object, income_tax: object,
                  min_wage: object = None) -> PaySetup:
    """Change the payroll settings (owner only): all are checked first, nothing is written on a bad one."""
    actor.require_owner(QT_TRANSLATE_NOOP("Errors", "change shop settings"))
    setup = clean_setup(si_rate, hf_rate, income_tax, min_wage)
    with db.write() as s:
        write_setup(s, actor, setup)
    return setup
