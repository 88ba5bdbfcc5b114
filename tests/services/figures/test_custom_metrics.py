"""The owner adds their own metrics; a ratio is a ratio of sums like the built-in ones."""

from datetime import date
from decimal import Decimal

import pytest

from shopdesk.domain.errors import PermissionDenied, ValidationError
from shopdesk.services.common.context import Actor, Role
from shopdesk.services.figures.custom_metrics import MetricInput, add_metric, remove_metric
from shopdesk.services.figures.entry import FigureInput, save_figures
from shopdesk.services.figures.registry import load_registry
from shopdesk.services.staff.people import StaffInput, add_staff
from shopdesk.store.queries import scope_totals
from tests.conftest import TODAY, file_bytes

pytestmark = pytest.mark.both_backends


def test_a_custom_sum_and_ratio_are_entered_and_computed(db, owner):
    sid = add_staff(db, owner, StaffInput("张伟", "Customer Service"))
    add_metric(db, owner, MetricInput("returns", "退货数", "count", "客服"))
    add_metric(db, owner, MetricInput("return_rate", "退货率", "percent", "客服", "ratio", "returns", "cs_orders"))
    scope = f"staff:{sid}"
    for day, returns, orders in ((date(2026, 11, 2), 1, 10), (date(2026, 11, 3), 3, 90)):
        save_figures(db, owner, day, [FigureInput(scope, "returns", str(returns)),
                                      FigureInput(scope, "cs_orders", str(orders))], TODAY)
    registry = load_registry(db)
    with db.read() as s:
        totals = scope_totals(s, registry, ["return_rate"], date(2026, 11, 1), date(2026, 11, 30))
    assert registry.period_value("return_rate", totals[scope]) == Decimal(4)
    with pytest.raises(ValidationError):  # a ratio is worked out, not typed
        save_figures(db, owner, TODAY, [FigureInput(scope, "return_rate", "5")], TODAY)
    with pytest.raises(ValidationError):
        remove_metric(db, owner, "returns")


@pytest.mark.parametrize(("data", "field"), [
    (MetricInput("Bad Key", "x", "count"), "key"),
    (MetricInput("sales", "x", "count"), "key"),
    (MetricInput("foo", "", "count"), "name"),
    (MetricInput("foo", "x", "litres"), "unit"),
    (MetricInput("foo", "x", "count", "Marketing"), "department"),
    (MetricInput("foo", "x", "percent", "", "ratio", "conversion_rate", "orders"), "numerator"),
])
def test_bad_definitions_are_refused(db, owner, data, field):
    before = file_bytes(db)
    with pytest.raises(ValidationError) as err:
        add_metric(db, owner, data)
    assert err.value.field == field
    assert file_bytes(db) == before


def test_only_the_owner_defines_metrics(db):
    with pytest.raises(PermissionDenied):
        add_metric(db, Actor(Role.MANAGER, "m", 1, "operations"), MetricInput("foo", "x", "count"))
