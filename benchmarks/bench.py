"""What the benchmark scripts share: a cached large demo shop and a median timer.

The scripts run as `python benchmarks/NAME.py`, so this folder is on sys.path.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from shopdesk.store.db import Database  # noqa: E402
from shopdesk.store.schema import ensure_schema  # noqa: E402

TODAY = date(2026, 11, 24)


def cached_shop(path: Path, *, staff: int = 100, months: int = 60,
                extra: Callable[[Database], None] | None = None, what: str = "") -> Database:
    """The demo shop at `path`, built once (under a temporary name, so a half-built file is never reused)."""
    if not path.exists():
        from shopdesk.services.demo.shop import write_demo

        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".partial")
        tmp.unlink(missing_ok=True)
        db = Database(tmp)
        ensure_schema(db)
        print(f"building the demo shop ({staff} staff × {months} months{what})…", flush=True)
        write_demo(db, staff=staff, months=months, seed=1, today=TODAY)
        if extra is not None:
            extra(db)
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        db.dispose()
        tmp.rename(path)
    db = Database(path)
    ensure_schema(db)  # a cached file from an older build catches up
    return db


def median_ms(fn: Callable[[], object], runs: int, *, warm: bool = True) -> float:
    """Median wall time of `fn()` in milliseconds; one untimed call first warms caches and pools."""
    if warm:
        fn()
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)
