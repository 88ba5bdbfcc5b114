"""`shopdesk demo --db PATH [--staff N] [--months N] [--seed S]`."""

from __future__ import annotations

import argparse


def register(sub, common) -> None:
    p = sub.add_parser("demo", parents=[common], help="create a realistic demo shop")
    p.add_argument("--staff", type=int, default=12, help="number of people (default 12)")
    p.add_argument("--months", type=int, default=13, help="months of daily figures (default 13)")
    p.add_argument("--seed", type=int, default=2026, help="random seed (default 2026)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from ..store.db import Database
    from .common import open_db

    if args.staff < 4 or args.months < 1:
        print("demo: --staff must be at least 4 and --months at least 1")
        return 2
    db: Database = open_db(args)
    from shopdesk.services.common.context import OWNER
    from shopdesk.services.demo.shop import write_demo
    from shopdesk.services.staff.people import list_staff

    if list_staff(db, OWNER, include_inactive=True):
        print(f"demo: {db.display_name} already holds a shop; choose a new file")
        return 2
    shop = write_demo(db, staff=args.staff, months=args.months, seed=args.seed)
    print(f"demo shop written to {db.display_name}: {len(shop.people)} people, "
          f"figures {shop.start} – {shop.today}")
    return 0
