#!/usr/bin/env python3
"""The owner's appraisal review table on a large shop vs one raw SQL aggregate.

    python benchmarks/appraisal.py [--db LARGE.db] [--staff 100] [--months 24] [--runs 15]

Builds (or reuses) a demo shop, opens this month's round if the demo has
none, then times `review_rows` for the largest department (figures so far
against targets, self and owner ratings, a preview score for each person)
and for the whole shop, against a single `SELECT scope, metric, SUM(value)
… GROUP BY scope, metric` over the same month, in the same process. Prints
the medians and the ratio (goal: a department under 100 ms).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import cached_shop, median_ms  # noqa: E402

from shopdesk.domain.periods import Period  # noqa: E402
from shopdesk.services.appraisal import review as rv  # noqa: E402
from shopdesk.services.appraisal import rounds as ap  # noqa: E402
from shopdesk.services.common.context import OWNER  # noqa: E402

TODAY = date(2026, 11, 24)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--staff", type=int, default=100)
    parser.add_argument("--months", type=int, default=24)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    path = args.db or Path(f"/tmp/shopdesk-bench/appraisal-{args.staff}x{args.months}.db")
    db = cached_shop(path, staff=args.staff, months=args.months)
    month = Period.of_month(TODAY)
    rounds = {r.period: r.id for r in ap.list_rounds(db, OWNER)}
    rid = rounds.get(month.key) or ap.open_round(db, OWNER, month.key, TODAY)
    everyone = rv.review_rows(db, OWNER, rid, TODAY)
    dept, size = Counter(r.department for r in everyone).most_common(1)[0]

    def raw() -> int:
        sql = "SELECT scope, metric, SUM(value) FROM figure WHERE day BETWEEN ? AND ? GROUP BY scope, metric"
        with db.engine.connect() as conn:
            return len(conn.exec_driver_sql(sql, (month.start.isoformat(), TODAY.isoformat())).all())

    base = median_ms(raw, args.runs)
    one = median_ms(lambda: rv.review_rows(db, OWNER, rid, TODAY, dept), args.runs)
    shop_all = median_ms(lambda: rv.review_rows(db, OWNER, rid, TODAY), args.runs)
    print(f"raw SQL month aggregate:        {base:7.1f} ms")
    print(f"review table, {dept} ({size}): {one:7.1f} ms  ratio {one / base:.1f}×")
    print(f"review table, whole shop ({len(everyone)}): {shop_all:7.1f} ms  ratio {shop_all / base:.1f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
