#!/usr/bin/env python3
"""Excel in and out on a 100-person shop.

    python benchmarks/export.py [--runs 5] [--days 365]

1. The month's bonus sheet (Payroll with formulas, Details, Targets) for 100
   people, written by ShopDesk (openpyxl), against writing the same cells —
   values, formulas and number formats — with xlsxwriter in the same run.
   Prints both medians and the ratio (goals: under 0.5 s, ratio ≤ 2), and the
   whole export (computing the run included) for information.
2. Importing a year of Actuals for 100 people (≈ 180,000 rows, plus their
   Staff sheet) into an empty database: the median time (goal: under 10 s),
   with the share spent reading the workbook.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from shopdesk.exchange.payroll.bonus_sheet import write_bonus_sheet  # noqa: E402
from shopdesk.exchange.workbook.importer import import_workbook  # noqa: E402
from shopdesk.exchange.workbook.reader import read_book  # noqa: E402
from shopdesk.services.common.context import OWNER  # noqa: E402
from shopdesk.services.common.settings import shop_name  # noqa: E402
from shopdesk.services.payroll.edits import set_deduction  # noqa: E402
from shopdesk.services.payroll.export import export_bonus_sheet, target_lines  # noqa: E402
from shopdesk.services.payroll.run import compute_run  # noqa: E402
from shopdesk.services.staff.people import list_staff  # noqa: E402
from shopdesk.store.db import Database  # noqa: E402
from shopdesk.store.schema import ensure_schema  # noqa: E402

TODAY = date(2026, 11, 24)
MONTH = "2026-10"
METRICS = {"运营": ("sales", "orders", "visitors", "ad_spend", "bounce_rate", "visit_depth"),
           "设计": ("pages_delivered", "images_delivered", "units_sold_designed"),
           "客服": ("inquiries", "cs_orders", "cs_sales", "good_reviews", "bad_reviews", "repeat_customers"),
           "物流": ("parcels_shipped", "shipping_errors")}


def timed(fn, runs: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def shop(folder: Path) -> Database:
    from shopdesk.services.demo.shop import write_demo

    db = Database(folder / "shop.db")
    ensure_schema(db)
    write_demo(db, staff=100, months=2, seed=11, today=TODAY)
    for i, p in enumerate(list_staff(db, OWNER)):
        set_deduction(db, OWNER, MONTH, p.id, "social_insurance", str(400 + i))
        if i % 3 == 0:
            set_deduction(db, OWNER, MONTH, p.id, "income_tax", str(20 + i))
    return db


def xlsxwriter_copy(src: Path, dest: Path) -> None:
    """The same cells as ShopDesk's bonus sheet (values, formulas, number formats) via xlsxwriter."""
    import xlsxwriter
    from openpyxl import load_workbook

    wb = load_workbook(src)
    sheets = [(ws.title, [[(c.value, c.number_format) for c in row] for row in ws.iter_rows()]) for ws in wb]

    def write() -> None:
        book = xlsxwriter.Workbook(str(dest))
        formats: dict[str, object] = {}
        for title, rows in sheets:
            ws = book.add_worksheet(title)
            for r, row in enumerate(rows):
                for c, (value, fmt) in enumerate(row):
                    if value is None:
                        continue
                    style = None
                    if fmt != "General":
                        style = formats.get(fmt) or formats.setdefault(fmt, book.add_format({"num_format": fmt}))
                    if isinstance(value, str) and value.startswith("="):
                        ws.write_formula(r, c, value, style)
                    else:
                        ws.write(r, c, value, style)
        book.close()

    xlsxwriter_copy.write = write  # type: ignore[attr-defined]


def actuals_book(path: Path, days: int) -> int:
    """Staff sheet for 100 people and a year of their daily figures, as an owner would paste them."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    staff = wb.create_sheet("员工")
    staff.append(["姓名", "部门", "岗位", "底薪"])
    people = []
    # A typical large team: as many people in operations and customer service as in the rest.
    depts = ["运营"] * 35 + ["客服"] * 35 + ["设计"] * 15 + ["物流"] * 15
    for i in range(100):
        dept = depts[i]
        people.append((f"员工{i:03d}", dept))
        staff.append([f"员工{i:03d}", dept, "", 5000])
    sheet = wb.create_sheet("实绩")
    sheet.append(["日期", "范围", "指标", "数值"])
    rows = 0
    first = TODAY - timedelta(days=days)
    for d in range(days):
        day = first + timedelta(days=d)
        for n, (name, dept) in enumerate(people):
            for k, metric in enumerate(METRICS[dept]):
                value = 65.5 if metric == "bounce_rate" else 3.25 if metric == "visit_depth" else ((n + d + k) % 97 + 1) * (12.34 if metric in (
                    "sales", "ad_spend", "cs_sales") else 1)
                sheet.append([day, name, metric, round(value, 2)])
                rows += 1
    wb.save(path)
    return rows


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--days", type=int, default=365)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="shopdesk-export-bench-"))
    try:
        db = shop(folder)
        run = compute_run(db, OWNER, MONTH, TODAY)
        lines = target_lines(db, run, "zh_CN")
        name = shop_name(db)
        ours = folder / "bonus.xlsx"
        write_bonus_sheet(ours, run, shop=name, made=TODAY, lang="zh_CN", targets=lines)
        xlsxwriter_copy(ours, folder / "xlsxwriter.xlsx")
        t_ours = timed(lambda: write_bonus_sheet(ours, run, shop=name, made=TODAY, lang="zh_CN", targets=lines),
                       args.runs)
        t_base = timed(xlsxwriter_copy.write, args.runs)  # type: ignore[attr-defined]
        t_whole = timed(lambda: export_bonus_sheet(db, OWNER, MONTH, ours, TODAY, "zh_CN"), args.runs)
        print(f"bonus sheet, {run.shop.headcount} people ({sum(len(p.lines) for p in run.people)} rule lines, "
              f"{len(lines)} target rows):")
        print(f"  ShopDesk (openpyxl)   {t_ours * 1000:8.1f} ms   (goal < 500 ms)")
        print(f"  same cells xlsxwriter {t_base * 1000:8.1f} ms")
        print(f"  ratio                 {t_ours / t_base:8.2f}      (goal <= 2)")
        print(f"  whole export incl. computing the run {t_whole * 1000:.1f} ms")
        db.dispose()

        book = folder / "actuals.xlsx"
        rows = actuals_book(book, args.days)
        t_read = timed(lambda: read_book(book), 1)
        times = []
        for i in range(max(1, min(args.runs, 3))):
            target = Database(folder / f"import-{i}.db")
            ensure_schema(target)
            start = time.perf_counter()
            summary = import_workbook(target, OWNER, book, TODAY)
            times.append(time.perf_counter() - start)
            target.dispose()
        assert summary.figures == rows
        t_import = statistics.median(times)
        print(f"import of {rows:,} Actuals rows for 100 people ({book.stat().st_size / 1e6:.1f} MB):")
        print(f"  import {t_import:6.2f} s   (goal < 10 s), of which reading the workbook {t_read:.2f} s")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
