#!/usr/bin/env python3
"""The morning check on a five-year, 100-person shop vs one raw SQL aggregate.

    python benchmarks/overview.py [--db LARGE.db] [--runs 15]

Builds (or reuses) the large demo shop, then times the whole Overview
computation (services.morning.morning_check: month to date, today, the same
days last month and last year, targets, pace, alerts) against a single
`SELECT scope, metric, SUM(value) … GROUP BY scope, metric` over the same
date ranges, in the same process. Prints both medians and the ratio
(goals: under 100 ms, ratio ≤ 3).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import cached_shop, median_ms  # noqa: E402

from shopdesk.services.common.context import OWNER  # noqa: E402
from shopdesk.services.morning.check import morning_check, ranges_for  # noqa: E402
from shopdesk.store.db import Database  # noqa: E402

TODAY = date(2026, 11, 24)
DEFAULT_DB = Path("/tmp/shopdesk-bench/overview-100x60.db")


def raw_sql(db: Database) -> int:
    r = ranges_for(TODAY)
    sql = ("SELECT scope, metric, SUM(value) FROM figure WHERE day BETWEEN ? AND ? "
           "OR day BETWEEN ? AND ? OR day BETWEEN ? AND ? GROUP BY scope, metric")
    args = tuple(d.isoformat() for rng in (r.mtd, r.mom, r.yoy) for d in rng)
    with db.engine.connect() as conn:
        return len(conn.exec_driver_sql(sql, args).all())


def overview(db: Database) -> int:
    return len(morning_check(db, OWNER, TODAY).people)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    db = cached_shop(args.db)
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT COUNT(*) FROM figure").scalar_one()
    baseline = median_ms(lambda: raw_sql(db), args.runs)
    ours = median_ms(lambda: overview(db), args.runs)
    print(f"figure rows:                 {rows:,}")
    print(f"raw SQL aggregate (baseline): {baseline:7.1f} ms")
    print(f"whole Overview:               {ours:7.1f} ms")
    print(f"ratio:                        {ours / baseline:7.2f}  (goal ≤ 3, and under 100 ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
