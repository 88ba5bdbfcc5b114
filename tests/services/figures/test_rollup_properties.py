"""Properties: teams add up their members and their own figures; cascades add up both ways."""
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import insert, select

from shopdesk.domain.periods import Period
from shopdesk.services.common.context import OWNER
from shopdesk.services.morning.check import morning_check
from shopdesk.services.targets.plan import break_down, set_shares, set_target
from shopdesk.store.db import Database
from shopdesk.store.models.core import Figure, Staff, Target
from shopdesk.store.schema import ensure_schema
from tests.conftest import TODAY

pytestmark = pytest.mark.both_backends

FEW = settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

days = st.dates(date(2026, 11, 1), TODAY)
entry = st.tuples(st.sampled_from(["shop", "dept:operations", "p0", "p1", "p2"]), days,
                  st.integers(0, 10**7), st.integers(0, 300), st.integers(1, 5000))


def _fresh(tmp_path_factory) -> tuple[Database, list[int]]:
    db = Database(tmp_path_factory.mktemp("prop") / "shop.db")
    ensure_schema(db)
    with db.write() as s:
        people = [Staff(name=f"p{i}", department="operations") for i in range(3)]
        s.add_all(people)
        s.flush()
        return db, [p.id for p in people]


@FEW
@given(st.lists(entry, max_size=25, unique_by=lambda e: (e[0], e[1])))
def test_the_shop_is_its_departments_plus_its_own_and_ratios_are_ratios_of_sums(tmp_path_factory, rows):
    db, ids = _fresh(tmp_path_factory)
    scope_of = {"shop": "shop", "dept:operations": "dept:operations", **{f"p{i}": f"staff:{ids[i]}" for i in range(3)}}
    batch = []
    for who, day, sales, orders, visitors in rows:
        for metric, value in (("sales", sales), ("orders", orders), ("visitors", visitors)):
            batch.append({"day": day, "scope": scope_of[who], "metric": metric, "value": value})
    if batch:
        with db.write() as s:
            s.execute(insert(Figure), batch)
    m = morning_check(db, OWNER, TODAY)
    ops = next(d for d in m.departments if d.scope == "dept:operations")
    sums = {k: sum(r[2 + i] for r in rows) for i, k in enumerate(("sales", "orders", "visitors"))}
    shop_sales = m.shop.lines["sales"].mtd.actual
    assert (shop_sales or 0) == Decimal(sums["sales"]) / 100
    dept_rows = [r for r in rows if r[0] != "shop"]
    assert (ops.lines["sales"].mtd.actual or 0) == Decimal(sum(r[2] for r in dept_rows)) / 100
    conv = m.shop.lines["conversion_rate"].mtd.actual
    if sums["visitors"]:
        assert conv == Decimal(sums["orders"]) / Decimal(sums["visitors"]) * 100
    db.dispose()


@FEW
@given(st.integers(0, 10**11), st.lists(st.integers(0, 9), min_size=3, max_size=3).filter(any),
       st.sampled_from(["even", "1,1,1,1,1,1.5,1,1,1,1,2,1", "1,2,3,4"]))
def test_a_cascade_adds_up_across_time_and_across_the_team(tmp_path_factory, total, shares, split):
    db, ids = _fresh(tmp_path_factory)
    set_target(db, OWNER, "shop", "sales", "2026", str(Decimal(total) / 100), split=split)
    set_shares(db, OWNER, "dept:operations", "sales", {f"staff:{i}": w for i, w in zip(ids, shares, strict=True)})
    break_down(db, OWNER, "shop", "sales", "2026")
    with db.read() as s:
        t = {(r.scope, r.period): r.value for r in s.scalars(select(Target))}
    year = Period.year(2026)
    months = [p.key for p in year.months()]
    people = [f"staff:{i}" for i in ids]
    for scope in ["shop", "dept:operations", *people]:
        assert sum(t.get((scope, mk), 0) for mk in months) == t.get((scope, "2026"), 0)
        for q in year.children():
            assert t.get((scope, q.key), 0) == sum(t.get((scope, mm.key), 0) for mm in q.months())
    for key in ["2026", *months]:
        assert sum(t.get((p, key), 0) for p in people) == t[("dept:operations", key)] == t[("shop", key)]
    db.dispose()
