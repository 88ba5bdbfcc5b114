#!/usr/bin/env python3
"""One month's payroll on a five-year, 100-person shop vs one raw SQL GROUP BY.

    python benchmarks/payroll.py [--db LARGE.db] [--runs 15]

Builds (or reuses) the large demo shop (100 staff, 60 months, the ready-made
rule sets) and adds six rules for everyone, so each person has about eight
rule lines; last month is approved, as it is when a shop pays this month.
Then it times `services.payroll.compute_run` for October (every person's
lines, adjustments, deductions, totals and the comparison with September's
approved run) against a single `SELECT scope, metric, SUM(value) … GROUP BY
scope, metric` over October's figures, in the same process. Prints both
medians and the ratio (goals: under 100 ms, ratio ≤ 3), and, for
information, a month whose previous month is not approved (computed twice).

Then the whole 工资表 (DESIGN §4.7) on a copy of the same shop: Sundays off,
social insurance and housing fund on everyone's base, income tax on, a
special deduction, attendance for every person and month of 2025 and a
全勤奖 rule; January to November 2025 approved. It times December 2025 (the
year's cumulative withholding path) against the same raw SQL over December.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import cached_shop  # noqa: E402

from shopdesk.domain.periods import Period  # noqa: E402
from shopdesk.domain.rules import RuleSpec  # noqa: E402
from shopdesk.services.common.context import OWNER  # noqa: E402
from shopdesk.services.payroll.run import approve, compute_run  # noqa: E402
from shopdesk.store.db import Database  # noqa: E402

TODAY = date(2026, 11, 24)
MONTH, PREVIOUS, UNAPPROVED = "2026-10", "2026-09", "2026-08"
DEFAULT_DB = Path("/tmp/shopdesk-bench/payroll-100x60.db")
TAX_YEAR, DECEMBER = 2025, "2025-12"

EVERYONE = (
    RuleSpec("all", "Meal allowance", "fixed", amount_fen=30000),
    RuleSpec("all", "Full attendance", "fixed", amount_fen=20000),
    RuleSpec("all", "Points", "points", amount_fen=50,
             weights="sales:0.001,inquiries:0.1,parcels_shipped:0.05,pages_delivered:2"),
    RuleSpec("all", "Shop pool", "team_pool", "sales", "shop", rate=Decimal("0.5")),
    RuleSpec("all", "Shop target step", "step_bonus", "sales", "shop", tiers="0-90:0;90-100:200;100-:500"),
    RuleSpec("all", "Bad reviews", "penalty", "bad_reviews", amount_fen=1000, threshold=Decimal(3)),
)


def _add_rules(db: Database) -> None:
    from shopdesk.services.payroll.rules import add_rule

    for spec in EVERYONE:
        add_rule(db, OWNER, spec)
    approve(db, OWNER, PREVIOUS, TODAY)


def _tax_year(db: Database) -> None:
    """Attendance, social insurance, housing fund and income tax on; January to November 2025 approved."""
    import random

    from shopdesk.services.payroll.attendance import AttendanceEntry, set_attendance
    from shopdesk.services.payroll.rules import add_rule
    from shopdesk.services.payroll.setup import set_pay_setup
    from shopdesk.services.targets.plan import set_rest_days
    from shopdesk.store.models.core import Staff

    set_rest_days(db, OWNER, "sun")
    set_pay_setup(db, OWNER, si_rate="10.5", hf_rate="5", income_tax=True, min_wage="2490")
    add_rule(db, OWNER, RuleSpec("all", "全勤奖", "full_attendance", amount_fen=30000))
    with db.write() as s:
        for person in s.query(Staff):
            person.si_base_fen = person.hf_base_fen = person.base_salary_fen
            person.special_deduction_fen = 100000 * (person.id % 3)
        ids = [p.id for p in s.query(Staff).filter(Staff.active.is_(True))]
    rng = random.Random(7)
    for m in range(1, 13):
        month = f"{TAX_YEAR}-{m:02d}"
        set_attendance(db, OWNER, month, [AttendanceEntry(i, rng.choice(["0", "0", "0", "0.5", "1", "2"]),
                                                          rng.choice([0, 0, 0, 1, 2])) for i in ids])
        if m < 12:
            approve(db, OWNER, month, TODAY)


def tax_shop(base: Path) -> Database:
    """A copy of the large shop with the whole 工资表 set up, built once."""
    import shutil

    path = base.with_name(base.stem + "-tax" + base.suffix)
    if not path.exists():
        tmp = path.with_suffix(".partial")
        shutil.copyfile(base, tmp)
        db = Database(tmp)
        print("setting up attendance, social insurance and income tax for 2025…", flush=True)
        _tax_year(db)
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        db.dispose()
        tmp.rename(path)
    return Database(path)


def raw_sql(db: Database, key: str = MONTH) -> int:
    month = Period.parse(key)
    sql = "SELECT scope, metric, SUM(value) FROM figure WHERE day BETWEEN ? AND ? GROUP BY scope, metric"
    with db.engine.connect() as conn:
        return len(conn.exec_driver_sql(sql, (month.start.isoformat(), month.end.isoformat())).all())


def payroll(db: Database, month: str = MONTH) -> int:
    return len(compute_run(db, OWNER, month, TODAY).people)


def timings_ms(fns, db: Database, runs: int) -> list[list[float]]:  # type: ignore[no-untyped-def]
    """Each function's times, run in turn so a busy machine slows them alike."""
    for fn in fns:
        fn(db)  # warm the page cache and the connection pool
    times: list[list[float]] = [[] for _ in fns]
    for _ in range(runs):
        for fn, out in zip(fns, times, strict=True):
            t0 = time.perf_counter()
            fn(db)
            out.append((time.perf_counter() - t0) * 1000)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    db = cached_shop(args.db, extra=_add_rules, what=", ~8 rule lines each")
    run = compute_run(db, OWNER, MONTH, TODAY)
    lines = sum(len(p.lines) for p in run.people)
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT COUNT(*) FROM figure").scalar_one()
    times = timings_ms([raw_sql, payroll, lambda d: payroll(d, UNAPPROVED)], db, args.runs)
    baseline, ours, twice = (statistics.median(t) for t in times)
    best_base, best_ours = min(times[0]), min(times[1])
    print(f"figure rows:                  {rows:,}")
    print(f"people / rule lines:          {len(run.people)} / {lines} ({lines / len(run.people):.1f} each)")
    print(f"raw SQL GROUP BY (baseline):  {baseline:7.1f} ms")
    print(f"payroll run for {MONTH}:       {ours:7.1f} ms")
    print(f"ratio:                        {ours / baseline:7.2f}  (goal ≤ 3, and under 100 ms)")
    print(f"best of {args.runs}: baseline {best_base:.1f} ms, payroll {best_ours:.1f} ms, ratio {best_ours / best_base:.2f}")
    print(f"(a month whose previous month is not approved, so both are computed: {twice:.1f} ms)")
    db.dispose()
    tax_db = tax_shop(args.db)
    december = compute_run(tax_db, OWNER, DECEMBER, TODAY)
    taxed = sum(1 for p in december.people if p.deductions.get("income_tax"))
    absent = sum(1 for p in december.people if p.absence_fen)
    times = timings_ms([lambda d: raw_sql(d, DECEMBER), lambda d: payroll(d, DECEMBER)], tax_db, args.runs)
    baseline, ours = (statistics.median(t) for t in times)
    print(f"whole 工资表, {DECEMBER} after 11 approved months: {len(december.people)} people, "
          f"{taxed} with income tax, {absent} with absence, warnings {len(december.warnings)}")
    print(f"raw SQL GROUP BY (baseline):  {baseline:7.1f} ms")
    print(f"payroll run for {DECEMBER}:       {ours:7.1f} ms")
    print(f"ratio:                        {ours / baseline:7.2f}  (goal ≤ 3, and under 100 ms)")
    print(f"best of {args.runs}: baseline {min(times[0]):.1f} ms, payroll {min(times[1]):.1f} ms, "
          f"ratio {min(times[1]) / min(times[0]):.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
