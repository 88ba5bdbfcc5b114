"""The bonus sheet as a use case: gather what it shows (the run, targets, the shop name), then lay it out.

`exchange/payroll/bonus_sheet.py` receives this data and never opens the database.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from shopdesk.domain.metrics import Unit
from shopdesk.domain.periods import Period
from shopdesk.exchange.payroll.bonus_sheet import TargetLine, dept_name, write_bonus_sheet
from shopdesk.services.common.context import Actor
from shopdesk.services.common.settings import shop_name
from shopdesk.services.payroll import run as payroll
from shopdesk.services.payroll.results import PayrollRun
from shopdesk.store.db import Database

CENT = Decimal("0.01")


def target_lines(db: Database, run: PayrollRun, lang: str) -> list[TargetLine]:
    """Each paid person's month targets with the month's actual value."""
    from shopdesk.services.figures.registry import load_registry
    from shopdesk.services.targets.plan import month_targets
    from shopdesk.store.models.core import staff_scope
    from shopdesk.store.queries import scope_totals

    registry = load_registry(db)
    month = Period.parse(run.month)
    scopes = {staff_scope(p.staff_id): p for p in run.people}
    with db.read() as s:
        targets = [(scope, key, value) for (scope, key), (value, _) in month_targets(s, month).items()
                   if scope in scopes and key in registry]
        metrics = sorted({key for _, key, _ in targets})
        totals = scope_totals(s, registry, metrics, month.start, month.end, scopes=list(scopes)) if metrics else {}
    order = {sc: i for i, sc in enumerate(scopes)}
    out = []
    for scope, key, value in sorted(targets, key=lambda t: (order[t[0]], t[1])):
        m, p = registry[key], scopes[scope]
        unit = m.unit.value if m.unit in (Unit.YUAN, Unit.PERCENT, Unit.COUNT) else "other"
        actual = registry.period_value(key, totals.get(scope, {}))
        out.append(TargetLine(p.name, dept_name(p.department, lang), m.name_zh if lang == "zh_CN" else m.name_en,
                              unit, m.to_natural(value), None if actual is None else actual.quantize(CENT)))
    return out


def export_bonus_sheet(db: Database, actor: Actor, month: str, path: Path, today: date, lang: str = "en",
                       *, approve: bool = False) -> PayrollRun:
    """Compute (or, with `approve`, approve and lock) the month and write its bonus sheet."""
    if approve:
        key = payroll.parse_month(month, today)
        with db.read() as s:
            locked = payroll.is_approved(s, key)
        run = payroll.compute_run(db, actor, key, today) if locked else payroll.approve(db, actor, key, today)
    else:
        run = payroll.compute_run(db, actor, month, today)
    write_bonus_sheet(Path(path), run, shop=shop_name(db), made=today, lang=lang,
                      targets=target_lines(db, run, lang))
    return run


def year_runs(db: Database, actor: Actor, year: int, today: date) -> list[PayrollRun]:
    months = [f"{year}-{m:02d}" for m in range(1, 13) if date(year, m, 1) <= today]
    return [payroll.compute_run(db, actor, m, today) for m in months]


def export_year_register(db: Database, actor: Actor, year: int, path: Path, today: date,
                         lang: str = "en") -> list[PayrollRun]:
    runs = year_runs(db, actor, year, today)
    from shopdesk.exchange.payroll.year_register import write_year_register

    write_year_register(Path(path), runs, year=year, shop=shop_name(db), lang=lang)
    return runs
