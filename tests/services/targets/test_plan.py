"""Setting targets and breaking them down from the shop's year to each person's month."""


import pytest
from sqlalchemy import select

from shopdesk.domain.errors import PermissionDenied, ValidationError
from shopdesk.domain.periods import Period
from shopdesk.services.common.context import Actor, Role
from shopdesk.services.staff.people import StaffInput, add_staff
from shopdesk.services.targets.consistency import mismatches
from shopdesk.services.targets.plan import break_down, month_target, set_shares, set_target
from shopdesk.store.models.core import Target
from tests.conftest import file_bytes

pytestmark = pytest.mark.both_backends


@pytest.fixture
def team(db, owner):
    return [add_staff(db, owner, StaffInput(n, "Operations")) for n in ("王芳", "李娜", "刘洋")] + [
        add_staff(db, owner, StaffInput("张伟", "Customer Service"))]


def _targets(db, metric):
    with db.read() as s:
        return {(t.scope, t.period): t.value for t in s.scalars(select(Target).where(Target.metric == metric))}


def test_a_shop_year_cascades_to_quarters_months_departments_and_people(db, owner, team):
    set_target(db, owner, "shop", "sales", "2026", "¥1,300,000.01", split="1,1,1,1,1,1.5,1,1,1,1,1.5,1")
    break_down(db, owner, "shop", "sales", "2026")
    t = _targets(db, "sales")
    months = [p.key for p in Period.year(2026).months()]
    assert sum(t[("shop", m)] for m in months) == 1_300_000_01
    assert t[("shop", "2026-06")] > t[("shop", "2026-05")]
    assert t[("shop", "2026-Q4")] == sum(t[("shop", m)] for m in ("2026-10", "2026-11", "2026-12"))
    # Sales belongs to Operations, so the whole shop target lands there by default …
    assert t[("dept:operations", "2026")] == 1_300_000_01
    assert t.get(("dept:customer_service", "2026"), 0) == 0
    # … and is shared equally by its three people, adding up to the fen every month.
    people = [f"staff:{i}" for i in team[:3]]
    for m in months:
        assert sum(t[(p, m)] for p in people) == t[("dept:operations", m)]
    assert sum(t[(people[0], m)] for m in months) == t[(people[0], "2026")]
    with db.read() as s:
        assert month_target(s, people[1], "sales", Period.month(2026, 11)) == t[(people[1], "2026-11")]
    assert mismatches(db, owner, "sales", 2026) == []


def test_shares_weight_the_people(db, owner, team):
    a, b, c = (f"staff:{i}" for i in team[:3])
    set_target(db, owner, "dept:operations", "orders", "2026-11", "1000")
    set_shares(db, owner, "dept:operations", "orders", {a: "50", b: "30", c: "20"})
    break_down(db, owner, "dept:operations", "orders", "2026-11")
    t = _targets(db, "orders")
    assert (t[(a, "2026-11")], t[(b, "2026-11")], t[(c, "2026-11")]) == (500, 300, 200)


def test_ratio_targets_apply_as_is_to_every_child(db, owner, team):
    set_target(db, owner, "dept:operations", "conversion_rate", "2026-Q4", "3.5%")
    break_down(db, owner, "dept:operations", "conversion_rate", "2026-Q4")
    t = _targets(db, "conversion_rate")
    assert t[("dept:operations", "2026-11")] == 350
    assert t[(f"staff:{team[0]}", "2026-12")] == 350


def test_a_hand_edited_child_shows_as_a_mismatch_until_rebalanced(db, owner, team):
    set_target(db, owner, "shop", "orders", "2026-Q4", "9000")
    break_down(db, owner, "shop", "orders", "2026-Q4")
    set_target(db, owner, "shop", "orders", "2026-11", "4000")
    found = mismatches(db, owner, "orders", 2026)
    assert any(m.scope == "shop" and m.period == "2026-Q4" and m.children_sum == 10_000 for m in found)
    break_down(db, owner, "shop", "orders", "2026-Q4")
    assert mismatches(db, owner, "orders", 2026) == []


def test_bad_targets_are_refused_and_change_nothing(db, owner, team):
    set_target(db, owner, "shop", "sales", "2026", "1000")
    before = file_bytes(db)
    for kwargs in ({"value": "-5"}, {"value": "abc"}, {"period": "2026-13"},
                   {"metric": "nonsense"}, {"split": "1,2"}):
        args = {"scope": "shop", "metric": "sales", "period": "2026", "value": "10"} | kwargs
        with pytest.raises(ValidationError):
            set_target(db, owner, **args)
    assert file_bytes(db) == before


def test_a_manager_sets_targets_in_their_department_only(db, owner, team):
    boss = Actor(Role.MANAGER, "李娜", staff_id=team[1], department="operations")
    set_target(db, boss, f"staff:{team[0]}", "sales", "2026-11", "100")
    for scope in ("shop", "dept:customer_service", f"staff:{team[3]}"):
        with pytest.raises(PermissionDenied):
            set_target(db, boss, scope, "sales", "2026-11", "100")
    assert _targets(db, "sales") == {(f"staff:{team[0]}", "2026-11"): 10000}


def test_rest_days_are_checked_and_stored_in_one_spelling(db, owner):
    from shopdesk.services.targets.plan import rest_days, set_rest_days

    assert set_rest_days(db, owner, "周六, sun") == "sat,sun"
    assert rest_days(db) == {5, 6}
    with pytest.raises(ValidationError):
        set_rest_days(db, owner, "someday")
    with pytest.raises(ValidationError):
        set_rest_days(db, owner, "mon,tue,wed,thu,fri,sat,sun")


def test_a_re_split_gives_a_leavers_part_back_to_the_team(db, owner, team):
    from shopdesk.services.staff.people import set_active

    set_target(db, owner, "dept:operations", "orders", "2026-12", "900")
    break_down(db, owner, "dept:operations", "orders", "2026-12")
    set_active(db, owner, team[2], False)
    break_down(db, owner, "dept:operations", "orders", "2026-12")
    t = _targets(db, "orders")
    assert (f"staff:{team[2]}", "2026-12") not in t
    assert t[(f"staff:{team[0]}", "2026-12")] + t[(f"staff:{team[1]}", "2026-12")] == 900
    assert mismatches(db, owner, "orders", 2026) == []
