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
import statistics
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from shopdesk.services.context import OWNER  # noqa: E402
from shopdesk.services.morning import morning_check, ranges_for  # noqa: E402
from shopdesk.store.db import Database  # noqa: E402
from shopdesk.store.schema import ensure_schema  # noqa: E402

TODAY = date(2026, 11, 24)
DEFAULT_DB = Path("/tmp/shopdesk-bench/overview-100x60.db")


def large_shop(path: Path) -> Database:
    if not path.exists():
        from shopdesk.services.demo import write_demo

        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".partial")
        tmp.unlink(missing_ok=True)
        db = Database(tmp)
        ensure_schema(db)
        print("building the large demo shop (100 staff × 60 months)…", flush=True)
        write_demo(db, staff=100, months=60, seed=1, today=TODAY)
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        db.dispose()
        tmp.rename(path)
    return Database(path)


def raw_sql(db: Database) -> int:
    r = ranges_for(TODAY)
    sql = ("SELECT scope, metric, SUM(value) FROM figure WHERE day BETWEEN ? AND ? "
           "OR day BETWEEN ? AND ? OR day BETWEEN ? AND ? GROUP BY scope, metric")
    args = tuple(d.isoformat() for rng in (r.mtd, r.mom, r.yoy) for d in rng)
    with db.engine.connect() as conn:
        return len(conn.exec_driver_sql(sql, args).all())


def overview(db: Database) -> int:
    return len(morning_check(db, OWNER, TODAY).people)


def median_ms(fn, db: Database, runs: int) -> float:  # type: ignore[no-untyped-def]
    fn(db)  # warm the page cache and the connection pool
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn(db)
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    db = large_shop(args.db)
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT COUNT(*) FROM figure").scalar_one()
    baseline = median_ms(raw_sql, db, args.runs)
    ours = median_ms(overview, db, args.runs)
    print(f"figure rows:                 {rows:,}")
    print(f"raw SQL aggregate (baseline): {baseline:7.1f} ms")
    print(f"whole Overview:               {ours:7.1f} ms")
    print(f"ratio:                        {ours / baseline:7.2f}  (goal ≤ 3, and under 100 ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
