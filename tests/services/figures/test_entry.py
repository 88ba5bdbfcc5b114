"""Entering a day's figures: validated first, written in one go, by the right people."""

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shopdesk.domain.errors import PermissionDenied, ValidationError
from shopdesk.services.common.context import Actor, Role
from shopdesk.services.figures.entry import FigureInput, day_figures, save_figures
from shopdesk.services.staff.people import StaffInput, add_staff
from tests.conftest import TODAY, file_bytes

pytestmark = pytest.mark.both_backends

DAY = date(2026, 11, 23)


@pytest.fixture
def team(db, owner):
    return {
        "ops": add_staff(db, owner, StaffInput("王芳", "Operations")),
        "ops2": add_staff(db, owner, StaffInput("李娜", "Operations")),
        "cs": add_staff(db, owner, StaffInput("张伟", "Customer Service")),
    }


def test_values_are_read_as_typed_and_stored_in_base_units(db, owner, team):
    sid = team["ops"]
    n = save_figures(db, owner, DAY, [
        FigureInput(f"staff:{sid}", "sales", "¥1,234.50"),
        FigureInput(f"staff:{sid}", "orders", "3"),
        FigureInput(f"staff:{sid}", "bounce_rate", "65%"),
        FigureInput(f"staff:{sid}", "visit_depth", Decimal("2.75")),
        FigureInput("shop", "visitors", 800),
    ], TODAY)
    assert n == 5
    got = day_figures(db, owner, DAY, [f"staff:{sid}", "shop"])
    assert got[f"staff:{sid}"] == {"sales": Decimal("1234.5"), "orders": 3,
                                   "bounce_rate": 65, "visit_depth": Decimal("2.75")}
    assert got["shop"] == {"visitors": 800}


def test_saving_again_replaces_and_an_empty_cell_clears(db, owner, team):
    scope = f"staff:{team['ops']}"
    save_figures(db, owner, DAY, [FigureInput(scope, "sales", "100"), FigureInput(scope, "orders", "2")], TODAY)
    save_figures(db, owner, DAY, [FigureInput(scope, "sales", "150"), FigureInput(scope, "orders", "")], TODAY)
    assert day_figures(db, owner, DAY, [scope])[scope] == {"sales": 150}


@pytest.mark.parametrize(("metric", "value", "message"), [
    ("sales", "-5", "negative"),
    ("bounce_rate", "101", "between 0 and 100"),
    ("orders", "2.5", "whole number"),
    ("sales", "12.345", "two decimals"),
    ("sales", "abc", "not a number"),
    ("conversion_rate", "3", "not entered"),
    ("tasks_done", "3", "not entered"),
    ("nonsense", "3", "unknown metric"),
])
def test_bad_input_names_the_row_and_writes_nothing(db, owner, team, metric, value, message):
    scope = f"staff:{team['ops']}"
    save_figures(db, owner, DAY, [FigureInput(scope, "sales", "100")], TODAY)
    before = file_bytes(db)
    with pytest.raises(ValidationError) as err:
        save_figures(db, owner, DAY, [FigureInput(scope, "ad_spend", "4"),
                                      FigureInput(scope, "visitors", "90"),
                                      FigureInput(scope, metric, value)], TODAY)
    assert err.value.field == f"row 3, {metric}"
    assert message in err.value.message
    assert file_bytes(db) == before


def test_future_dates_are_refused(db, owner, team):
    with pytest.raises(ValidationError) as err:
        save_figures(db, owner, date(2026, 11, 25), [FigureInput("shop", "visitors", "1")], TODAY)
    assert err.value.field == "day"


def test_staff_enter_only_their_own_figures(db, owner, team):
    me = Actor(Role.STAFF, "王芳", staff_id=team["ops"], department="operations")
    assert save_figures(db, me, DAY, [FigureInput(f"staff:{team['ops']}", "sales", "10")], TODAY) == 1
    for scope in (f"staff:{team['ops2']}", "dept:operations", "shop"):
        with pytest.raises(PermissionDenied):
            save_figures(db, me, DAY, [FigureInput(scope, "sales", "10")], TODAY)
    with pytest.raises(PermissionDenied):
        day_figures(db, me, DAY, [f"staff:{team['ops2']}"])


def test_a_manager_enters_for_their_department_only(db, owner, team):
    boss = Actor(Role.MANAGER, "李娜", staff_id=team["ops2"], department="operations")
    rows = [FigureInput(f"staff:{team['ops']}", "sales", "10"), FigureInput("dept:operations", "visitors", "50")]
    assert save_figures(db, boss, DAY, rows, TODAY) == 2
    for scope in (f"staff:{team['cs']}", "dept:customer_service", "shop"):
        with pytest.raises(PermissionDenied):
            save_figures(db, boss, DAY, [FigureInput(scope, "inquiries", "10")], TODAY)


def test_unknown_people_and_scopes_are_validation_errors(db, owner, team):
    for scope in ("staff:999", "dept:marketing", "everyone"):
        with pytest.raises(ValidationError) as err:
            save_figures(db, owner, DAY, [FigureInput(scope, "sales", "1")], TODAY)
        assert err.value.field == "row 1, sales"


@given(st.decimals(min_value=0, max_value=10**8, places=2))
def test_money_typed_any_common_way_is_stored_to_the_fen(amount):
    from shopdesk.domain.metrics import DEFAULT_REGISTRY
    from shopdesk.services.figures.entry import validate_value

    sales = DEFAULT_REGISTRY["sales"]
    for text in (f"{amount}", f"¥{amount:,}", f"￥{amount:,.2f}"):
        assert validate_value(sales, text, "sales") == int(amount * 100)
