"""Importing a month of a busy shop's Tmall order lines (DESIGN §4.6, issue figures).

100,000 line-level rows over 30 days, once as a GBK .csv and once as .xlsx.
For each: the whole import (read, recognise, parse every cell, add up per
day, write to a fresh SQLite shop) against reading the same file's rows bare
in the same run (the csv module / python-calamine), in wall-clock and in CPU
seconds. Goal: under 5 s and a ratio of at most 3 for each. Making the fresh
shop's database, and a warm-up import of 200 lines (SQL compiled once per
process), come before the clock starts.

    python benchmarks/platform.py [--lines N]
"""

from __future__ import annotations

import sys
from pathlib import Path

# This file's name is the standard library's `platform`: take its folder off the path before
# anything imports that module, and put the project on it instead.
_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path.insert(0, str(_HERE.parent))

import argparse  # noqa: E402
import csv  # noqa: E402
import io  # noqa: E402
import random  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from datetime import datetime, timedelta  # noqa: E402

from shopdesk.services.common.context import OWNER  # noqa: E402
from shopdesk.services.platform.run import import_platform  # noqa: E402
from shopdesk.store.db import Database  # noqa: E402
from shopdesk.store.schema import ensure_schema  # noqa: E402

HEADER = ["子订单编号", "主订单编号", "商品标题", "商品价格", "购买数量", "外部系统编号", "商品属性", "套餐信息",
          "订单状态", "商家编码", "买家应付货款", "买家实付金额", "退款状态", "退款金额", "订单创建时间",
          "订单付款时间", "商品ID", "发货时间", "物流单号", "物流公司"]


def rows(n: int) -> list[list[str]]:
    rng = random.Random(1)
    start = datetime(2026, 10, 1)
    out = []
    order = 0
    for i in range(n):
        if i % 2 == 0:
            order += 1
        when = start + timedelta(seconds=rng.randrange(30 * 86400))
        price = rng.randrange(990, 29900)
        qty = rng.randrange(1, 4)
        paid = "" if rng.random() < 0.03 else when.strftime("%Y-%m-%d %H:%M:%S")
        refund = f"{price / 100:.2f}" if rng.random() < 0.05 else "无退款申请"
        out.append([f'="{10**12 + i}"', f'="{2 * 10**12 + order}"', f"商品{i % 300}", f"{price / 100:.2f}",
                    str(qty), "", "颜色:蓝", "", "交易成功" if paid else "等待买家付款", f"SKU-{i % 300}",
                    f"{price * qty / 100:.2f}", f"{price * qty / 100:.2f}", "", refund,
                    when.strftime("%Y-%m-%d %H:%M:%S"), paid, str(600000 + i % 300), "", f"SF{i}", "顺丰"])
    return out


def write_files(folder: Path, n: int) -> tuple[Path, Path]:
    data = rows(n)
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows([HEADER, *data])
    csv_path = folder / "tmall_lines.csv"
    csv_path.write_bytes(buf.getvalue().encode("gb18030"))
    import xlsxwriter

    xlsx_path = folder / "tmall_lines.xlsx"
    book = xlsxwriter.Workbook(str(xlsx_path), {"constant_memory": True})
    sheet = book.add_worksheet()
    for r, row in enumerate([HEADER, *data]):
        for c, value in enumerate(row):
            sheet.write_string(r, c, value)
    book.close()
    return csv_path, xlsx_path


def bare_csv(path: Path) -> int:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("gb18030")
    return sum(1 for _ in csv.reader(io.StringIO(text, newline="")))


def bare_xlsx(path: Path) -> int:
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(str(path))
    return len(book.get_sheet_by_index(0).to_python())


def timed(fn) -> tuple[float, float, object]:  # type: ignore[no-untyped-def]
    """Wall-clock and CPU seconds (the CPU figure holds steadier on a busy machine)."""
    t0, c0 = time.perf_counter(), time.process_time()
    result = fn()
    return time.perf_counter() - t0, time.process_time() - c0, result


def fresh_shop(folder: Path, path: Path) -> Database:
    """An empty shop (created before the clock starts: making a database is no part of an import)."""
    db = Database(folder / f"shop_{path.suffix[1:]}_{time.monotonic_ns()}.db")
    ensure_schema(db)
    return db


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        csv_path, xlsx_path = write_files(folder, args.lines)
        print(f"{args.lines} Tmall order lines: .csv {csv_path.stat().st_size / 1e6:.1f} MB, "
              f".xlsx {xlsx_path.stat().st_size / 1e6:.1f} MB")
        # Warm-up: a first import in a process also compiles its SQL and loads the kinds' data files.
        warm = folder / "warm"
        warm.mkdir()
        warm_db = fresh_shop(warm, csv_path)
        try:
            import_platform(warm_db, OWNER, list(write_files(warm, 200)))
        finally:
            warm_db.dispose()
        for path, bare in ((csv_path, bare_csv), (xlsx_path, bare_xlsx)):
            base, base_cpu, n = timed(lambda p=path, b=bare: b(p))
            db = fresh_shop(folder, path)
            try:
                full, full_cpu, summary = timed(lambda p=path, d=db: import_platform(d, OWNER, [p]))
            finally:
                db.dispose()
            days = len(summary.plan.files[0].days)  # type: ignore[attr-defined]
            print(f"{path.suffix}: import {full:.2f} s ({days} days written) vs bare read {base:.2f} s "
                  f"({n} rows) — ratio {full / base:.2f}; CPU {full_cpu:.2f} s vs {base_cpu:.2f} s — "
                  f"ratio {full_cpu / base_cpu:.2f}")

if __name__ == "__main__":
    main()
