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


def raw_sql(db: Database) -> int:
    month = Period.parse(MONTH)
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
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
