"""Import stages for the Shop, Staff and Targets sheets, inside the import's one transaction.

Each stage checks every row, collects problems as `Sheet!Cell: message`,
and writes what is valid; the caller rolls everything back if any problem
was found, so a workbook is imported whole or not at all.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from shopdesk.domain.errors import ValidationError
from shopdesk.domain.metrics import MetricDef
from shopdesk.domain.names import skeleton
from shopdesk.domain.periods import Grain, Period
from shopdesk.domain.targets import (
    EVEN,
    WORKDAYS,
    format_rest_days,
    money_step,
    parse_rest_days,
    split_to_months,
)
from shopdesk.domain.text import QT_TRANSLATE_NOOP
from shopdesk.exchange.workbook import cells
from shopdesk.exchange.workbook.cells import CellError
from shopdesk.exchange.workbook.layout import SHOP_KEYS, fold
from shopdesk.exchange.workbook.reader import Row
from shopdesk.exchange.workbook.resolve import Names
from shopdesk.exchange.workbook.values import ROLE, read_split, yes_no
from shopdesk.services.common import audit
from shopdesk.services.common.context import Actor
from shopdesk.services.figures.entry import validate_value
from shopdesk.services.staff.people import StaffInput
from shopdesk.services.staff.people import validate as validate_staff
from shopdesk.services.targets.plan import check_split
from shopdesk.store.models.core import Setting, Staff, Target


@dataclass
class Stage:
    session: Session
    actor: Actor
    today: date
    replace: bool
    errors: list[ValidationError] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    targets: dict[tuple[str, str, str], Target] = field(default_factory=dict)  # loaded once per import

    def fail(self, row: Row, key: str, exc: CellError | ValidationError) -> None:
        if isinstance(exc, CellError):
            self.errors.append(ValidationError(row.ref(key), exc.template, **exc.args_))
        else:
            self.errors.append(ValidationError(row.ref(key), exc.template, **exc.params))

    def add(self, what: str, n: int = 1) -> None:
        self.counts[what] = self.counts.get(what, 0) + n


def natural(m: MetricDef, row: Row, key: str):
    """A metric value cell in natural units: percentages as §4.2 reads rates."""
    from shopdesk.domain.metrics import Unit

    if m.unit is Unit.PERCENT:
        return cells.percent(row.value(key), row.fmt(key))
    return cells.decimal(row.value(key))


def stored_value(stage: Stage, m: MetricDef, row: Row, key: str) -> int | None:
    """The cell as the metric's stored integer (checked like typed figures); None after an error."""
    try:
        value = natural(m, row, key)
        if value is None:
            raise CellError(QT_TRANSLATE_NOOP("Errors", "a value is required"))
        return validate_value(m, value, key)
    except (CellError, ValidationError) as exc:
        stage.fail(row, key, exc)
        return None


# --- Shop ---------------------------------------------------------------------------------------

def import_shop(stage: Stage, rows: list[Row]) -> None:
    seen: set[str] = set()
    for row in rows:
        spelled = fold(cells.text(row.value("key")))
        key = next((k for k, names in SHOP_KEYS.items() if spelled in {fold(n) for n in names}), None)
        if key is None:
            stage.fail(row, "key", CellError(QT_TRANSLATE_NOOP(
                "Errors", "unknown setting '{text}' (use name, rest_days, si_rate, hf_rate, income_tax, min_wage)"), text=cells.text(row.value("key"))))
            continue
        if key in seen:
            stage.fail(row, "key", CellError(QT_TRANSLATE_NOOP("Errors", "'{text}' appears twice"),
                                             text=cells.text(row.value("key"))))
            continue
        seen.add(key)
        raw = row.value("value")
        try:
            value = _setting_value(key, raw, row.fmt("value"))
        except CellError as exc:
            stage.fail(row, "value", exc)
            continue
        current = stage.session.get(Setting, key)
        if current is None:
            stage.session.add(Setting(key=key, value=value))
        elif current.value != value:
            current.value = value
        stage.add("settings")


def _setting_value(key: str, raw: object, fmt: str | None = None) -> str:
    if key in PAY_KEYS:
        return _pay_setting(key, raw, fmt)
    if key == "rest_days":
        try:
            days = parse_rest_days(cells.text(raw))
        except ValueError:
            raise CellError(QT_TRANSLATE_NOOP("Errors", "'{text}' is not a list of weekdays (e.g. sun or sat,sun)"),
                            text=cells.shown(raw)) from None
        if len(days) == 7:
            raise CellError(QT_TRANSLATE_NOOP("Errors", "the shop needs at least one working day"))
        return format_rest_days(days)
    if key == "hero_aov":
        fen = cells.money_fen(raw)
        return "" if fen is None else str(cells.Decimal(fen) / 100)
    text = cells.text(raw)
    if len(text) > 60:
        raise CellError(QT_TRANSLATE_NOOP("Errors", "at most {n} characters"), n=60)
    return text


PAY_KEYS = ("si_rate", "hf_rate", "income_tax", "min_wage")


def _pay_setting(key: str, raw: object, fmt: str | None) -> str:
    """Rates as exact percent text, income tax as on/off, the minimum wage as yuan (DESIGN §4.2, §4.7)."""
    from shopdesk.services.payroll import setup

    try:
        if key in ("si_rate", "hf_rate"):
            rate = cells.percent(raw, fmt)
            if rate is None:
                raise CellError(QT_TRANSLATE_NOOP("Errors", "a value is required"))
            return f"{setup.parse_rate(key, rate):f}"
        if key == "income_tax":
            return "on" if setup.parse_on_off(key, cells.text(raw)) else "off"
        fen = setup.parse_min_wage(key, cells.decimal(raw))
        return "" if fen is None else f"{cells.Decimal(fen) / 100:f}"
    except ValidationError as exc:
        raise CellError(exc.template, **exc.params) from None


# --- Staff --------------------------------------------------------------------------------------

_STAFF_FIELDS = {"name": "name", "department": "department", "position": "position",
                 "base_salary": "base_salary", "hire_date": "hire_date", "role": "role",
                 "leave_date": "leave_date", "si_base": "si_base", "hf_base": "hf_base",
                 "special_deduction": "special_deduction"}
_PAY_COLUMNS = ("si_base", "hf_base", "special_deduction")


def _staff_fields(row: Staff) -> dict:
    return {"name": row.name, "department": row.department, "position": row.position,
            "base_salary_fen": row.base_salary_fen, "hire_date": row.hire_date,
            "active": row.active, "role": row.role, "platform_accounts": row.platform_accounts or "",
            "leave_date": row.leave_date,
            "si_base_fen": row.si_base_fen, "hf_base_fen": row.hf_base_fen,
            "special_deduction_fen": row.special_deduction_fen}


def _pay_fields(stage: Stage, row: Row, person: Staff | None) -> dict[str, object] | None:
    """leave_date, si_base, hf_base, special_deduction: from the row where the sheet has the column,
    else as the person has them (an older workbook keeps them); None after an error."""
    present = row.sheet.columns
    out: dict[str, object] = {}
    if "leave_date" in present:
        try:
            out["leave_date"] = cells.optional_day(row.value("leave_date"))
        except CellError as exc:
            stage.fail(row, "leave_date", exc)
            return None
    else:
        out["leave_date"] = person.leave_date if person is not None else None
    keep = {"si_base": person.si_base_fen if person else None, "hf_base": person.hf_base_fen if person else None,
            "special_deduction": person.special_deduction_fen if person else None}
    for key in _PAY_COLUMNS:
        if key in present:
            try:
                fen = cells.money_fen(row.value(key), negative=True)
            except CellError as exc:
                stage.fail(row, key, exc)
                return None
        else:
            fen = keep[key]
        out[key] = None if fen is None else str(cells.Decimal(fen) / 100)
    return out


def import_staff(stage: Stage, rows: list[Row]) -> dict[str, int]:
    """Add new people and update those already on the team (by name); returns name → id."""
    s = stage.session
    existing = {r.name.casefold(): r for r in s.scalars(select(Staff))}
    # Names that only look different (NFKC, look-alike letters) are the same person, or a trick.
    looks = {skeleton(r.name): r.name for r in existing.values()}
    seen: dict[str, int] = {}
    broken: dict[str, int] = {}  # rows with a problem still name a person, so later sheets don't re-report them
    for row in rows:
        name = cells.text(row.value("name"))
        broken[name] = -1
        if name.casefold() in seen:
            stage.fail(row, "name", CellError(QT_TRANSLATE_NOOP(
                "Errors", "'{name}' appears twice (row {row})"), name=name, row=seen[name.casefold()]))
            continue
        try:
            fen = cells.money_fen(row.value("base_salary"))
        except CellError as exc:
            stage.fail(row, "base_salary", exc)
            continue
        try:
            hired = cells.optional_day(row.value("hire_date"))
        except CellError as exc:
            stage.fail(row, "hire_date", exc)
            continue
        try:
            active = yes_no(row.value("active"))
        except CellError as exc:
            stage.fail(row, "active", exc)
            continue
        try:
            role = "staff" if cells.is_blank(row.value("role")) else ROLE.read(row.value("role"))
        except CellError as exc:
            stage.fail(row, "role", exc)
            continue
        pay = _pay_fields(stage, row, existing.get(name.casefold()))
        if pay is None:
            continue
        data = StaffInput(name, cells.text(row.value("department")), cells.text(row.value("position")),
                          str(cells.Decimal(fen or 0) / 100), hired, active, role, **pay)  # type: ignore[arg-type]
        try:
            clean = validate_staff(data)
        except ValidationError as exc:
            stage.fail(row, _STAFF_FIELDS.get(exc.field, "name"), exc)
            continue
        twin = looks.get(skeleton(clean.name))
        if twin is not None and (twin.casefold() != clean.name.casefold() or clean.name != name):
            # Only spelled differently (full-width, NFD, look-alike letters): refused, never merged.
            stage.fail(row, "name", CellError(QT_TRANSLATE_NOOP(
                "Errors", "'{name}' looks the same as '{other}', who is already on the team"),
                name=clean.name, other=twin))
            continue
        seen[name.casefold()] = row.number
        looks[skeleton(clean.name)] = clean.name
        person = existing.get(clean.name.casefold())
        before = _staff_fields(person) if person is not None else None
        if person is None:
            person = Staff(name=clean.name)
            s.add(person)
        kept_name = person.name
        clean.apply(person)
        person.name = kept_name
        s.flush()
        if "platform_accounts" in row.cells:
            from shopdesk.services.platform.accounts import clean_accounts

            try:
                person.platform_accounts = clean_accounts(s, person.id, cells.text(row.value("platform_accounts")))
            except ValidationError as exc:
                stage.fail(row, "platform_accounts", exc)
                continue
        after = _staff_fields(person)
        if before != after:
            audit.record(s, stage.actor, "import" if before else "add", "staff", person.id, before, after)
            stage.add("staff")
    return broken | {name: sid for name, sid in s.execute(select(Staff.name, Staff.id))}


# --- Targets ------------------------------------------------------------------------------------

def import_targets(stage: Stage, rows: list[Row], names: Names) -> None:
    """Set each target row; a year or quarter whose months are not listed is broken down by its split."""
    clean: dict[tuple[str, str, str], tuple[MetricDef, Period, int, str]] = {}
    first_row: dict[tuple[str, str, str], int] = {}
    for row in rows:
        try:
            scope = names.scope(row.value("scope"))
        except CellError as exc:
            stage.fail(row, "scope", exc)
            continue
        try:
            m = names.metric(row.value("metric"))
        except CellError as exc:
            stage.fail(row, "metric", exc)
            continue
        raw_period = cells.period_text(row.value("period"))
        try:
            period = Period.parse(raw_period)
            if period.grain is Grain.DAY:
                raise ValueError(raw_period)
        except ValueError:
            stage.fail(row, "period", CellError(QT_TRANSLATE_NOOP(
                "Errors", "'{text}' is not a period (use 2026, 2026-Q4, 2026-11)"), text=raw_period))
            continue
        try:
            split = check_split(period, read_split(row.value("split")) or EVEN)
        except (CellError, ValidationError) as exc:
            stage.fail(row, "split", exc)
            continue
        value = stored_value(stage, m, row, "value")
        if value is None:
            continue
        key = (scope, m.key, period.key)
        if key in first_row:
            stage.fail(row, "scope", CellError(QT_TRANSLATE_NOOP(
                "Errors", "this scope, metric and period already appear in row {row}"), row=first_row[key]))
            continue
        first_row[key] = row.number
        clean[key] = (m, period, value, split)
    if stage.errors:
        return
    stage.targets = {(t.scope, t.metric, t.period): t for t in stage.session.scalars(select(Target))}
    for (scope, metric_key, pkey), (m, period, value, split) in clean.items():
        _set(stage, scope, metric_key, pkey, value, split)
        if period.grain is Grain.MONTH:
            continue
        months = (split_to_months(value, period, split, money_step(value, m.scale)) if m.splits_by_sum
                  else {p.key: value for p in period.months()})
        if any((scope, metric_key, mk) in clean for mk in months):
            continue  # the workbook gives the months itself
        for mk, mv in months.items():
            _set(stage, scope, metric_key, mk, mv, WORKDAYS)
        if period.grain is Grain.YEAR:
            parts = split.split(",")
            for q, quarter in enumerate(period.children()):
                if (scope, metric_key, quarter.key) in clean:
                    continue
                values = [months[p.key] for p in quarter.months()]
                qsplit = ",".join(parts[3 * q:3 * q + 3]) if len(parts) == 12 else EVEN
                _set(stage, scope, metric_key, quarter.key, sum(values) if m.splits_by_sum else values[0], qsplit)


def _set(stage: Stage, scope: str, metric: str, period: str, value: int, split: str) -> None:
    s = stage.session
    row = stage.targets.get((scope, metric, period))
    before = None if row is None else {"value": row.value, "split": row.split}
    if row is None:
        row = Target(scope=scope, metric=metric, period=period, value=value, split=split)
        stage.targets[(scope, metric, period)] = row
        s.add(row)
    elif (row.value, row.split) != (value, split):
        row.value, row.split = value, split
    else:
        return
    audit.record(s, stage.actor, "import", "target", f"{scope} {metric} {period}", before,
                 {"value": value, "split": split})
    stage.add("targets")
