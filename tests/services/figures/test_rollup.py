"""Departments and the shop add up their members plus their own figures."""
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import insert

from shopdesk.domain.departments import Department
from shopdesk.services.figures.rollup import department_people, shop_summary
from shopdesk.services.staff.people import StaffInput, add_staff
from shopdesk.store.models.core import Figure

pytestmark = pytest.mark.both_backends


def _put(db, day, scope, metric, value, staff_id=None):
    with db.write() as s:
        s.execute(insert(Figure), [{"day": day, "scope": scope, "metric": metric,
                                    "value": value, "staff_id": staff_id}])


def test_shop_is_members_plus_department_plus_shop_figures(db, owner):
    a = add_staff(db, owner, StaffInput("甲", "Operations"))
    b = add_staff(db, owner, StaffInput("乙", "Operations"))
    d = date(2026, 11, 2)
    _put(db, d, f"staff:{a}", "sales", 100_00, a)
    _put(db, d, f"staff:{b}", "sales", 50_00, b)
    _put(db, d, "dept:operations", "sales", 7_00)
    _put(db, d, "shop", "sales", 3_00)
    _put(db, d, f"staff:{a}", "orders", 3, a)
    _put(db, d, f"staff:{b}", "orders", 1, b)
    summary = shop_summary(db, owner, date(2026, 11, 1), date(2026, 11, 30))
    assert summary.headline["sales"] == Decimal(160)
    assert summary.departments[Department.OPERATIONS]["sales"] == Decimal(157)
    assert summary.headline["aov"] == Decimal(40)


def test_a_person_row_shows_ratios_of_their_own_sums(db, owner):
    a = add_staff(db, owner, StaffInput("丙", "客服"))
    for day, inq, orders in ((1, 10, 9), (2, 90, 1)):
        _put(db, date(2026, 11, day), f"staff:{a}", "inquiries", inq, a)
        _put(db, date(2026, 11, day), f"staff:{a}", "cs_orders", orders, a)
    (row,) = department_people(db, owner, Department.CUSTOMER_SERVICE,
                               date(2026, 11, 1), date(2026, 11, 30))
    assert row.values["cs_conversion"] == Decimal(10)
    assert row.values["inquiries"] == Decimal(100)
