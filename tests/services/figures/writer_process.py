"""A ShopDesk process that keeps writing through the services, for the crash and concurrency tests.

    python -m tests.services.figures.writer_process figures DB TAG FIRST_DAY COUNT
        one transaction per day: shop + every person's orders/visitors, all
        carrying the marker TAG; prints "committed <day>" after each commit.
    python -m tests.services.figures.writer_process people DB TAG COUNT
        adds people named "<TAG>-<i>" one by one and prints each committed id.
"""

from __future__ import annotations

import sys
from datetime import date, timedelta

from shopdesk.services.common.context import OWNER
from shopdesk.services.figures.entry import FigureInput, save_figures
from shopdesk.services.staff.people import StaffInput, add_staff, list_staff
from shopdesk.store.db import Database

BASE_DAY = date(2020, 1, 1)
TODAY = date(2026, 11, 24)


def day_rows(scopes: list[str], marker: int) -> list[FigureInput]:
    rows = []
    for scope in scopes:
        rows.append(FigureInput(scope, "visitors", marker))
        rows.append(FigureInput(scope, "orders", marker % 1000))
    return rows


def scopes_of(db: Database) -> list[str]:
    # Operations only: the "people" writer adds to Logistics at the same time.
    return ["shop"] + [f"staff:{p.id}" for p in list_staff(db, OWNER, "operations")]


def write_figures(db: Database, tag: int, first: int, count: int) -> None:
    scopes = scopes_of(db)
    for i in range(first, first + count):
        day = BASE_DAY + timedelta(days=i % 2000)
        save_figures(db, OWNER, day, day_rows(scopes, tag * 10_000 + i % 10_000), TODAY)
        print(f"committed {day.isoformat()} {tag * 10_000 + i % 10_000}", flush=True)


def write_people(db: Database, tag: str, count: int) -> None:
    for i in range(count):
        sid = add_staff(db, OWNER, StaffInput(f"{tag}-{i}", "Logistics"))
        print(f"committed {sid}", flush=True)


def main(argv: list[str]) -> int:
    kind, path = argv[0], argv[1]
    db = Database(path)
    if kind == "figures":
        write_figures(db, int(argv[2]), int(argv[3]), int(argv[4]))
    else:
        write_people(db, argv[2], int(argv[3]))
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
