#!/usr/bin/env python3
"""A person's year of target-vs-actual charts on a 100-person, 5-year shop vs bare matplotlib.

    python benchmarks/charts.py [--db LARGE.db] [--runs 15]

Builds (or reuses) the large demo shop, then times, in the same process:

- service + chart: from the request (load the person's year through
  services.performance with its permission check) to the drawn figure
  (chart builder + Agg draw) — what the person window does;
- window: the same through the Qt person window (offscreen), canvas drawn;
- bare: the same bars (three panels, twelve months, target and actual)
  on a bare matplotlib Figure drawn by Agg, values already in hand.

Prints the medians and the ratio chart / bare (goals: under 150 ms, ratio ≤ 2).
The first chart of a process also registers the CJK font; that cold start
is printed separately.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench import cached_shop, median_ms  # noqa: E402

from shopdesk.services.common.context import OWNER  # noqa: E402
from shopdesk.store.db import Database  # noqa: E402

TODAY = date(2026, 11, 24)
YEAR = (date(2026, 1, 1), date(2026, 12, 31))
DEFAULT_DB = Path("/tmp/shopdesk-bench/charts-100x60.db")


def service_chart(db: Database, staff_id: int):  # type: ignore[no-untyped-def]
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from shopdesk.charts.person import target_bars
    from shopdesk.services.figures.performance import person_performance

    data = person_performance(db, OWNER, staff_id, *YEAR, TODAY, with_trends=False)  # as the window asks
    fig = target_bars(data.bars, data.name)
    FigureCanvasAgg(fig).draw()
    return data


def window_chart(ctx, staff_id: int) -> None:  # type: ignore[no-untyped-def]
    from shopdesk.ui.charts.person_window import PersonCharts

    charts = PersonCharts(ctx, staff_id)
    charts.resize(900, 780)
    charts.current_view().canvas.draw()
    charts.deleteLater()


def bare_bars(series: list[tuple[list[float], list[float]]]) -> None:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(9.0, 2.4 * len(series) + 0.6), dpi=100)
    axes = fig.subplots(len(series), 1, squeeze=False)[:, 0]
    for ax, (targets, actuals) in zip(axes, series, strict=True):
        xs = range(len(targets))
        ax.bar([x - 0.2 for x in xs], targets, 0.4)
        ax.bar([x + 0.2 for x in xs], actuals, 0.4)
    FigureCanvasAgg(fig).draw()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    db = cached_shop(args.db)
    from sqlalchemy import select

    from shopdesk.store.models.core import Staff

    with db.read() as s:
        staff_id = s.scalars(select(Staff.id).where(Staff.department == "operations").order_by(Staff.id)).first()
        people = s.scalar(select(Staff.id).order_by(Staff.id.desc()).limit(1))
    print(f"shop: {people} people, person #{staff_id}, year {YEAR[0].year}, {args.runs} runs each")

    t = time.perf_counter()
    data = service_chart(db, staff_id)  # imports matplotlib, registers the CJK font
    cold = (time.perf_counter() - t) * 1000
    nan = float("nan")
    series = [([float(p.target) if p.target is not None else nan for p in m.points],
               [float(p.actual) if p.actual is not None else nan for p in m.points]) for m in data.bars]
    bare_bars(series)

    from PySide6.QtWidgets import QApplication

    from shopdesk.ui.common.context import AppContext

    app = QApplication.instance() or QApplication(sys.argv[:1])
    ctx = AppContext(db, OWNER, today=lambda: TODAY)
    window_chart(ctx, staff_id)
    app.processEvents()

    chart = median_ms(lambda: service_chart(db, staff_id), args.runs, warm=False)
    window = median_ms(lambda: (window_chart(ctx, staff_id), app.processEvents()), args.runs, warm=False)
    bare = median_ms(lambda: bare_bars(series), args.runs, warm=False)
    print(f"first chart of the process (imports, font): {cold:7.1f} ms")
    print(f"service + chart, drawn (median):             {chart:7.1f} ms")
    print(f"person window, drawn (median):               {window:7.1f} ms")
    print(f"bare matplotlib bars, drawn (median):        {bare:7.1f} ms")
    print(f"ratio chart / bare: {chart / bare:.2f}   ratio window / bare: {window / bare:.2f}")


if __name__ == "__main__":
    main()
