"""A finalised appraisal pays: grade_bonus and score_bonus read it; approved months keep theirs."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from shopdesk.domain.rules import RuleSpec
from shopdesk.services.appraisal import review as rv
from shopdesk.services.appraisal import rounds as ap
from shopdesk.services.payroll import edits
from shopdesk.services.payroll.rules import add_rule
from shopdesk.services.payroll.run import approve, compute_run, reopen
from shopdesk.services.staff.people import StaffInput, add_staff
from tests.conftest import TODAY

KEYS = ("cooperation", "enthusiasm", "responsibility")


def rated(n: int) -> dict[str, str]:
    return {k: str(n) for k in KEYS}


@pytest.fixture
def shop(db, owner):  # type: ignore[no-untyped-def]
    """Two in Customer Service with a ¥500 grade bonus and a ¥1,000 score bonus; no targets,
    so the score is the ratings alone (all 4s → 80, grade B)."""
    ids = [add_staff(db, owner, StaffInput(n, "客服", base_salary=4000)) for n in ("陈丽", "韦娟")]
    add_rule(db, owner, RuleSpec("department:customer_service", "Grade bonus", "grade_bonus", amount_fen=50000))
    add_rule(db, owner, RuleSpec("department:customer_service", "Performance pay", "score_bonus", amount_fen=100000))
    return ids


def finalise_for(db, owner, period: str, staff_id: int, rating: int) -> int:  # type: ignore[no-untyped-def]
    rounds = {r.period: r.id for r in ap.list_rounds(db, owner)}
    rid = rounds.get(period) or ap.open_round(db, owner, period, TODAY)
    row = next(r for r in rv.review_rows(db, owner, rid, TODAY) if r.staff_id == staff_id)
    rv.review_and_finalise(db, owner, row.id, rated(rating), "", TODAY)
    return row.id


def lines(db, owner, month: str, staff_id: int) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {line.label: line.amount_fen for line in compute_run(db, owner, month, TODAY).person(staff_id).lines}


def test_until_finalised_the_grade_bonus_warns_and_pays_nothing(db, owner, shop):
    rid = ap.open_round(db, owner, "2026-10", TODAY)
    row = next(r for r in rv.review_rows(db, owner, rid, TODAY) if r.staff_id == shop[0])
    rv.save_review(db, owner, row.id, rated(5), "reviewed, not final")
    person = compute_run(db, owner, "2026-10", TODAY).person(shop[0])
    assert person.grade is None
    assert "Grade bonus" not in {line.label for line in person.lines}
    assert any("no grade" in w.render() for w in person.warnings)


def test_after_finalising_the_run_uses_the_grade_and_score(db, owner, shop):
    finalise_for(db, owner, "2026-10", shop[0], 4)
    person = compute_run(db, owner, "2026-10", TODAY).person(shop[0])
    assert person.grade == "B"
    assert lines(db, owner, "2026-10", shop[0]) == {"Grade bonus": 50000, "Performance pay": 80000}
    assert lines(db, owner, "2026-10", shop[1]) == {}  # the other person is not final yet


def test_a_final_appraisal_comes_before_a_grade_set_in_the_run(db, owner, shop):
    edits.set_grade(db, owner, "2026-10", shop[0], "C")
    edits.set_grade(db, owner, "2026-10", shop[1], "A")
    finalise_for(db, owner, "2026-10", shop[0], 5)
    run = compute_run(db, owner, "2026-10", TODAY)
    assert (run.person(shop[0]).grade, run.person(shop[1]).grade) == ("S", "A")
    assert lines(db, owner, "2026-10", shop[0])["Grade bonus"] == 75000


def test_a_quarter_round_covers_its_months_unless_a_month_has_its_own(db, owner, shop):
    finalise_for(db, owner, "2026-Q4", shop[0], 3)  # 60 → C
    finalise_for(db, owner, "2026-10", shop[0], 5)  # 100 → S
    grades = {m: compute_run(db, owner, m, TODAY).person(shop[0]).grade for m in ("2026-10", "2026-11")}
    assert grades == {"2026-10": "S", "2026-11": "C"}
    assert lines(db, owner, "2026-11", shop[0]) == {"Grade bonus": 25000, "Performance pay": 60000}


def test_an_approved_payroll_keeps_the_grade_it_used(db, owner, shop):
    appraisal_id = finalise_for(db, owner, "2026-10", shop[0], 4)
    approve(db, owner, "2026-10", TODAY)
    rv.reopen(db, owner, appraisal_id)
    rv.review_and_finalise(db, owner, appraisal_id, rated(5), "re-rated", TODAY)
    kept = compute_run(db, owner, "2026-10", TODAY).person(shop[0])
    assert kept.grade == "B" and lines(db, owner, "2026-10", shop[0])["Grade bonus"] == 50000
    reopen(db, owner, "2026-10", "appraisal corrected")
    assert compute_run(db, owner, "2026-10", TODAY).person(shop[0]).grade == "S"
    assert lines(db, owner, "2026-10", shop[0]) == {"Grade bonus": 75000, "Performance pay": D(100000)}
