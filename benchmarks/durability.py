#!/usr/bin/env python3
"""Cost of synchronous=FULL against NORMAL on a realistic write workload.

    python benchmarks/durability.py [--days 200] [--people 40]

Each user action is one transaction: a day's figures for the shop and every
person (save_figures, ~80 rows), a person's record edited, a target set. The
same workload runs on two fresh files of one shop, one with the program's
synchronous=FULL (from store/db.py) and one switched to NORMAL after connect.
Prints the time per action for both and the ratio.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import event  # noqa: E402

from shopdesk.services.common.context import OWNER  # noqa: E402
from shopdesk.services.figures.entry import FigureInput, save_figures  # noqa: E402
from shopdesk.services.staff.people import StaffInput, add_staff, update_staff  # noqa: E402
from shopdesk.services.targets.plan import set_target  # noqa: E402
from shopdesk.store.db import Database  # noqa: E402
from shopdesk.store.schema import ensure_schema  # noqa: E402

TODAY = date(2026, 11, 24)


def open_db(path: Path, synchronous: str) -> Database:
    db = Database(path)
    if synchronous != "FULL":
        @event.listens_for(db.engine, "connect")
        def relax(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
            dbapi_conn.execute(f"PRAGMA synchronous={synchronous}")
    ensure_schema(db)
    return db


def workload(db: Database, days: int, people: int) -> tuple[float, int]:
    ids = [add_staff(db, OWNER, StaffInput(f"员工{i:03d}", "Operations", base_salary="4000")) for i in range(people)]
    scopes = ["shop"] + [f"staff:{i}" for i in ids]
    actions = 0
    start = time.perf_counter()
    for n in range(days):
        day = TODAY - timedelta(days=days - n)
        rows = [FigureInput(s, "visitors", 500 + n) for s in scopes] + [FigureInput(s, "orders", 20 + n % 7) for s in scopes]
        save_figures(db, OWNER, day, rows, TODAY)
        update_staff(db, OWNER, ids[n % people], StaffInput(f"员工{n % people:03d}", "Operations",
                                                            base_salary=str(4000 + n)))
        set_target(db, OWNER, "shop", "sales", day.strftime("%Y-%m"), str(100000 + n))
        actions += 3
    return time.perf_counter() - start, actions


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--days", type=int, default=200)
    parser.add_argument("--people", type=int, default=40)
    args = parser.parse_args()
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for mode in ("NORMAL", "FULL"):
            db = open_db(Path(tmp) / f"{mode}.db", mode)
            with db.engine.connect() as conn:
                assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == {"NORMAL": 1, "FULL": 2}[mode]
            seconds, actions = workload(db, args.days, args.people)
            db.dispose()
            results[mode] = seconds / actions * 1000
            print(f"synchronous={mode:6}: {actions} actions in {seconds:.2f} s, {results[mode]:.2f} ms per action")
    print(f"ratio FULL / NORMAL: {results['FULL'] / results['NORMAL']:.2f}")


if __name__ == "__main__":
    main()
