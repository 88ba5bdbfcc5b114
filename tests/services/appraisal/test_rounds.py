"""Appraisal rounds through the services, called as each role."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import select

from shopdesk.domain.appraisal import QualItem
from shopdesk.domain.departments import Department
from shopdesk.domain.errors import Conflict, PermissionDenied, ValidationError
from shopdesk.domain.periods import Period
from shopdesk.services.appraisal import review as rv
from shopdesk.services.appraisal import rounds as ap
from shopdesk.services.appraisal.figures import finalised_for_month
from shopdesk.services.common.audit import AuditFilter, list_entries
from shopdesk.services.common.context import Actor, Role
from shopdesk.store.models.core import Staff
from tests.conftest import TODAY

FOURS = {"cooperation": "4", "enthusiasm": "4", "responsibility": "4"}


def people(db) -> dict[str, Staff]:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return {p.name: p for p in s.scalars(select(Staff))}


def as_person(person: Staff) -> Actor:
    role = Role.MANAGER if person.role == "manager" else Role.STAFF
    return Actor(role, person.name, person.id, person.department)


@pytest.fixture
def team(demo_db):  # type: ignore[no-untyped-def]
    everyone = people(demo_db)
    cs = [p for p in everyone.values() if p.department == "customer_service"]
    manager = next(p for p in cs if p.role == "manager")
    staff = sorted((p for p in cs if p.role == "staff"), key=lambda p: p.id)
    ops = next(p for p in everyone.values() if p.department == "operations" and p.role == "staff")
    return manager, staff[0], staff[1], ops


def mine(db, actor: Actor, period: str = "2026-08") -> ap.MyAppraisal:  # type: ignore[no-untyped-def]
    return next(a for a in ap.my_appraisals(db, actor) if a.period == period)


def test_opening_a_round_gives_everyone_active_an_appraisal(demo_db, owner):
    rid = ap.open_round(demo_db, owner, "2026-08", TODAY)
    rows = rv.review_rows(demo_db, owner, rid, TODAY)
    assert len(rows) == len([p for p in people(demo_db).values() if p.active])
    assert all(not r.final and not r.submitted for r in rows)
    [info] = [r for r in ap.list_rounds(demo_db, owner) if r.id == rid]
    assert (info.period, info.people, info.final) == ("2026-08", len(rows), 0)
    for bad in ("2026-08", "2026", "2026-12", "2027-Q1", "soon"):
        with pytest.raises(ValidationError) as caught:
            ap.open_round(demo_db, owner, bad, TODAY)
        assert caught.value.field == "period"


def test_staff_fill_in_only_their_own_self_assessment(demo_db, owner, team):
    _manager, me, colleague, _ops = team
    ap.open_round(demo_db, owner, "2026-08", TODAY)
    my, theirs = as_person(me), as_person(colleague)
    mine_now = mine(demo_db, my)
    ap.save_self_assessment(demo_db, my, mine_now.id, FOURS, "Handled the Double 11 rush.")
    again = mine(demo_db, my)
    assert again.submitted and again.self_ratings == {k: 4 for k in FOURS} and again.final is None
    with pytest.raises(PermissionDenied):
        ap.save_self_assessment(demo_db, theirs, mine_now.id, FOURS, "not mine")
    with pytest.raises(PermissionDenied):
        ap.save_self_assessment(demo_db, owner, mine_now.id, FOURS, "the owner has no self-assessment")
    assert [a.id for a in ap.my_appraisals(demo_db, theirs)] != [mine_now.id]
    assert ap.my_appraisals(demo_db, owner) == []


def test_staff_cannot_review_open_finalise_or_edit_schemes(demo_db, owner, team):
    _manager, me, colleague, _ops = team
    rid = ap.open_round(demo_db, owner, "2026-08", TODAY)
    staff = as_person(me)
    other = mine(demo_db, as_person(colleague)).id
    calls = [
        lambda: ap.open_round(demo_db, staff, "2026-09", TODAY),
        lambda: ap.list_rounds(demo_db, staff),
        lambda: ap.delete_round(demo_db, staff, rid),
        lambda: rv.review_rows(demo_db, staff, rid, TODAY),
        lambda: rv.save_review(demo_db, staff, other, FOURS, "great"),
        lambda: rv.finalise(demo_db, staff, [other], TODAY),
        lambda: rv.reopen(demo_db, staff, other),
        lambda: rv.person_history(demo_db, staff, colleague.id),
        lambda: ap.save_scheme(demo_db, staff, Department.CUSTOMER_SERVICE,
                               ap.get_scheme(demo_db, owner, Department.CUSTOMER_SERVICE)),
        lambda: ap.get_scheme(demo_db, staff, Department.OPERATIONS),
    ]
    for call in calls:
        with pytest.raises(PermissionDenied):
            call()
    assert ap.get_scheme(demo_db, staff, Department.CUSTOMER_SERVICE).qualitative
    assert [h.period for h in rv.person_history(demo_db, staff, me.id)] == ["2026-10"]  # the demo's last month


def test_a_manager_reviews_their_department_but_not_themselves_and_never_finalises(demo_db, owner, team):
    manager, me, _colleague, ops = team
    rid = ap.open_round(demo_db, owner, "2026-08", TODAY)
    boss = as_person(manager)
    rows = rv.review_rows(demo_db, boss, rid, TODAY)
    assert {r.department for r in rows} == {"customer_service"} and manager.id not in {r.staff_id for r in rows}
    mine_id = next(r.id for r in rows if r.staff_id == me.id)
    rv.save_review(demo_db, boss, mine_id, FOURS, "Steady month")
    own = mine(demo_db, boss).id
    ops_id = next(r.id for r in rv.review_rows(demo_db, owner, rid, TODAY) if r.staff_id == ops.id)
    for call in (lambda: rv.save_review(demo_db, boss, own, FOURS, "me"),
                 lambda: rv.save_review(demo_db, boss, ops_id, FOURS, "not mine"),
                 lambda: rv.review_rows(demo_db, boss, rid, TODAY, department="operations"),
                 lambda: rv.finalise(demo_db, boss, [mine_id], TODAY),
                 lambda: ap.open_round(demo_db, boss, "2026-09", TODAY)):
        with pytest.raises(PermissionDenied):
            call()


def test_staff_see_the_owners_ratings_only_once_final(demo_db, owner, team):
    _manager, me, _colleague, _ops = team
    rid = ap.open_round(demo_db, owner, "2026-08", TODAY)
    row = next(r for r in rv.review_rows(demo_db, owner, rid, TODAY) if r.staff_id == me.id)
    rv.save_review(demo_db, owner, row.id, {"cooperation": "5", "enthusiasm": "3"}, "Keep going")
    seen = mine(demo_db, as_person(me))
    assert seen.final is None and seen.owner_comment == ""
    with pytest.raises(ValidationError) as caught:
        rv.finalise(demo_db, owner, [row.id], TODAY)
    assert caught.value.field == "responsibility"
    rv.save_review(demo_db, owner, row.id, {"cooperation": "5", "enthusiasm": "3", "responsibility": "4"},
                   "Keep going")
    [result] = rv.finalise(demo_db, owner, [row.id], TODAY)
    seen = mine(demo_db, as_person(me))
    assert seen.final == result and seen.owner_comment == "Keep going"
    assert [q.rating for q in result.qual_lines] == [5, 3, 4] and result.qual_part == Decimal("80.00")
    assert len(result.quant_lines) == 4 and all(q.target is not None for q in result.quant_lines)


def test_a_final_appraisal_is_locked_until_reopened_and_both_are_audited(demo_db, owner, team):
    _manager, me, _colleague, _ops = team
    rid = ap.open_round(demo_db, owner, "2026-08", TODAY)
    row = next(r for r in rv.review_rows(demo_db, owner, rid, TODAY) if r.staff_id == me.id)
    rv.save_review(demo_db, owner, row.id, FOURS, "")
    [result] = rv.finalise(demo_db, owner, [row.id], TODAY)
    for call in (lambda: rv.save_review(demo_db, owner, row.id, FOURS, "later"),
                 lambda: ap.save_self_assessment(demo_db, as_person(me), row.id, FOURS, "late"),
                 lambda: rv.finalise(demo_db, owner, [row.id], TODAY),
                 lambda: ap.delete_round(demo_db, owner, rid)):
        with pytest.raises(Conflict):
            call()
    # A new scheme changes nothing already final.
    scheme = ap.get_scheme(demo_db, owner, Department.CUSTOMER_SERVICE)
    ap.save_scheme(demo_db, owner, Department.CUSTOMER_SERVICE, replace(
        scheme, qualitative=scheme.qualitative + (QualItem("attitude", "Service attitude", Decimal(2)),)))
    after = next(r for r in rv.review_rows(demo_db, owner, rid, TODAY) if r.staff_id == me.id)
    assert after.final and after.result == result and len(after.scheme.qualitative) == 3
    history = rv.person_history(demo_db, owner, me.id)
    assert history[0] == rv.HistoryRow("2026-08", result.score, result.grade, "")
    assert [h.period for h in history] == ["2026-08", "2026-10"]  # oldest first
    rv.reopen(demo_db, owner, row.id)
    assert [h.period for h in rv.person_history(demo_db, owner, me.id)] == ["2026-10"]
    actions = {(e.action, e.entity) for e in list_entries(demo_db, owner, AuditFilter())}
    assert {("open", "appraisal_round"), ("finalise", "appraisal"), ("reopen", "appraisal"),
            ("update", "appraisal_scheme"), ("review", "appraisal")} <= actions


def test_payroll_reads_the_months_own_round_before_the_quarters(demo_db, owner, team):
    _manager, me, colleague, _ops = team
    quarter = ap.open_round(demo_db, owner, "2026-Q3", TODAY)
    month = ap.open_round(demo_db, owner, "2026-08", TODAY)
    for rid in (quarter, month):
        for r in rv.review_rows(demo_db, owner, rid, TODAY):
            if r.staff_id in (me.id, colleague.id):
                rv.save_review(demo_db, owner, r.id, FOURS if rid == month else
                               {"cooperation": "1", "enthusiasm": "1", "responsibility": "1"}, "")
                if r.staff_id == me.id or rid == quarter:
                    rv.finalise(demo_db, owner, [r.id], TODAY)
    with demo_db.read() as s:
        august = finalised_for_month(s, Period.month(2026, 8))
        september = finalised_for_month(s, Period.month(2026, 9))
        june = finalised_for_month(s, Period.month(2026, 6))
    mine_ = {h.period: (h.score, h.grade) for h in rv.person_history(demo_db, owner, me.id)}
    theirs = {h.period: (h.score, h.grade) for h in rv.person_history(demo_db, owner, colleague.id)}
    assert august[me.id] == mine_["2026-08"] != mine_["2026-Q3"] == september[me.id]
    assert august[colleague.id] == september[colleague.id] == theirs["2026-Q3"] and "2026-08" not in theirs
    assert june == {}


def test_figures_of_a_quarter_add_up_its_months(demo_db, owner, team):
    _manager, me, _colleague, _ops = team
    month_rows = {}
    for key in ("2026-07", "2026-08", "2026-09", "2026-Q3"):
        rid = ap.open_round(demo_db, owner, key, TODAY)
        month_rows[key] = next(r for r in rv.review_rows(demo_db, owner, rid, TODAY) if r.staff_id == me.id)
    for metric in ("inquiries", "cs_sales"):
        for part in (0, 1):  # target, actual
            assert month_rows["2026-Q3"].figures[metric][part] == sum(
                month_rows[k].figures[metric][part] for k in ("2026-07", "2026-08", "2026-09"))


def test_deleting_a_round_without_final_results(demo_db, owner):
    rid = ap.open_round(demo_db, owner, "2026-05", TODAY)
    ap.delete_round(demo_db, owner, rid)
    assert "2026-05" not in {r.period for r in ap.list_rounds(demo_db, owner)}


def test_the_demo_shop_has_last_month_final_and_this_month_open(demo_db, owner):
    rounds = {r.period: r for r in ap.list_rounds(demo_db, owner)}
    assert rounds["2026-10"].final == rounds["2026-10"].people > 0
    assert rounds["2026-11"].final == 0 and 0 < rounds["2026-11"].self_done < rounds["2026-11"].people
    with demo_db.read() as s:
        october = finalised_for_month(s, Period.month(2026, 10))
    assert len(october) == rounds["2026-10"].people and {g for _s, g in october.values()} <= set("SABCD")


def test_a_scheme_changed_after_the_review_asks_only_for_its_new_items(demo_db, owner, team):
    _manager, me, _colleague, _ops = team
    rid = ap.open_round(demo_db, owner, "2026-08", TODAY)
    row = next(r for r in rv.review_rows(demo_db, owner, rid, TODAY) if r.staff_id == me.id)
    rv.save_review(demo_db, owner, row.id, FOURS, "")
    scheme = ap.get_scheme(demo_db, owner, Department.CUSTOMER_SERVICE)
    ap.save_scheme(demo_db, owner, Department.CUSTOMER_SERVICE, replace(
        scheme, qualitative=scheme.qualitative[1:] + (QualItem("attitude", "Service attitude", Decimal(1)),)))
    with pytest.raises(ValidationError) as caught:
        rv.finalise(demo_db, owner, [row.id], TODAY)
    assert caught.value.field == "attitude"
    assert rv.finalise(demo_db, owner, [], TODAY) == []  # nothing asked, nothing done
    result = rv.review_and_finalise(demo_db, owner, row.id, {"enthusiasm": "4", "responsibility": "4",
                                                             "attitude": "5"}, "", TODAY)
    assert [q.key for q in result.qual_lines] == ["enthusiasm", "responsibility", "attitude"]
