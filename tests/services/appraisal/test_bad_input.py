"""Bad appraisal input is refused with an error naming the field, and the file stays byte-identical."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from shopdesk.domain.appraisal import GRADES, QualItem, QuantItem
from shopdesk.domain.departments import Department
from shopdesk.domain.errors import ShopDeskError, ValidationError
from shopdesk.domain.periods import Period
from shopdesk.services.appraisal import review as rv
from shopdesk.services.appraisal import rounds as ap
from shopdesk.services.common.context import Actor, Role
from tests.conftest import TODAY, file_bytes

TRIES = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
KEYS = ("cooperation", "enthusiasm", "responsibility")


@pytest.fixture
def open_round(demo_db, owner):  # type: ignore[no-untyped-def]
    """A round for August; one person's appraisal and that person as an actor."""
    rid = ap.open_round(demo_db, owner, "2026-08", TODAY)
    row = rv.review_rows(demo_db, owner, rid, TODAY, department="customer_service")[0]
    return demo_db, rid, row.id, Actor(Role.STAFF, row.name, row.staff_id, row.department)


def refused(db, action) -> ShopDeskError:  # type: ignore[no-untyped-def]
    before = file_bytes(db)
    with pytest.raises(ShopDeskError) as caught:
        action()
    assert caught.value.message.strip()
    if isinstance(caught.value, ValidationError):
        assert caught.value.field
    assert file_bytes(db) == before
    return caught.value


def _rating_ok(text: str) -> bool:
    return text.strip().isascii() and text.strip().isdigit() and 1 <= int(text.strip()) <= 5


# Blank is "not rated yet" (a review may be saved half done), so it is not in here.
bad_rating = st.one_of(st.text(min_size=1, max_size=6).filter(lambda t: t.strip() and not _rating_ok(t)),
                       st.sampled_from(["0", "6", "3.5", "-1", "五", "4 stars", "１０"]))
bad_ratings = st.one_of(
    st.tuples(st.sampled_from(KEYS), bad_rating).map(lambda kv: {**{k: "4" for k in KEYS}, kv[0]: kv[1]}),
    st.text(min_size=1, max_size=12).filter(lambda k: k not in KEYS).map(lambda k: {**{x: "4" for x in KEYS}, k: "3"}),
)
long_text = st.text(min_size=2001, max_size=2100).filter(lambda t: len(t.strip()) > 2000)


@TRIES
@given(ratings=st.one_of(bad_ratings, st.sampled_from(KEYS).map(lambda k: {x: "4" for x in KEYS if x != k})),
       summary=st.sampled_from(["Good month", "", "   ", "\u3000"]))
def test_bad_self_assessments_are_refused(open_round, ratings, summary):
    db, _rid, appraisal_id, me = open_round
    refused(db, lambda: ap.save_self_assessment(db, me, appraisal_id, ratings, summary))


@TRIES
@given(summary=long_text)
def test_an_overlong_summary_is_refused(open_round, summary):
    db, _rid, appraisal_id, me = open_round
    refused(db, lambda: ap.save_self_assessment(db, me, appraisal_id, {k: "4" for k in KEYS}, summary))


@TRIES
@given(ratings=bad_ratings, comment=st.one_of(st.just("ok"), long_text))
def test_bad_reviews_are_refused(open_round, owner, ratings, comment):
    db, _rid, appraisal_id, _me = open_round
    refused(db, lambda: rv.save_review(db, owner, appraisal_id, ratings, comment))


def _is_period(text: str) -> bool:
    try:
        Period.parse(text)
    except ValueError:
        return False
    return True


bad_period = st.one_of(
    st.text(max_size=10).filter(lambda t: not _is_period(t)),
    st.sampled_from(["2026", "2026-08", "2026-10", "2026-11-24", "2026-12", "2027-Q1", "2026-13", "2026-Q5"]),
    st.integers(2027, 2100).map(lambda y: f"{y}-01"),
)


@TRIES
@given(period=bad_period)
def test_bad_rounds_are_refused(open_round, owner, period):
    db, *_ = open_round
    error = refused(db, lambda: ap.open_round(db, owner, period, TODAY))
    assert isinstance(error, ValidationError) and error.field == "period"


not_decimal = st.text(max_size=8).filter(lambda t: not _decimal_ok(t))


def _decimal_ok(text: str) -> bool:
    try:
        return Decimal(text.strip().replace("%", "")).is_finite()
    except ArithmeticError:
        return False


def _broken(field: str, value):  # type: ignore[no-untyped-def]
    def change(scheme):  # type: ignore[no-untyped-def]
        if field == "weight":
            return replace(scheme, quantitative=(QuantItem("sales", value),) + scheme.quantitative[1:])
        if field == "qual_weight":
            return replace(scheme, qualitative=(QualItem("x", "X", value),))
        if field == "band":
            return replace(scheme, bands=tuple((g, value if g == "B" else b) for g, b in scheme.bands))
        if field == "multiplier":
            return replace(scheme, multipliers=tuple((g, value if g == "A" else m) for g, m in scheme.multipliers))
        return replace(scheme, **{field: value})
    return change


bad_scheme = st.one_of(
    st.builds(_broken, st.just("quant_share"), st.one_of(not_decimal, st.integers(101, 10**6).map(str),
                                                         st.integers(max_value=-1).map(str))),
    st.builds(_broken, st.just("cap"), st.one_of(not_decimal, st.integers(0, 99).map(str),
                                                 st.integers(301, 10**6).map(str))),
    st.builds(_broken, st.sampled_from(["weight", "qual_weight"]),
              st.one_of(not_decimal, st.sampled_from(["0", "-1", "0.001", "1001", "NaN"]))),
    st.builds(_broken, st.just("band"), st.one_of(not_decimal, st.sampled_from(["85", "90", "101", "-5", "59.999"]))),
    st.builds(_broken, st.just("multiplier"), st.one_of(not_decimal, st.sampled_from(["-0.5", "10.01", "1.234"]))),
    st.builds(_broken, st.just("quantitative"), st.just((QuantItem("no_such_metric", Decimal(1)),))),
    st.builds(_broken, st.just("multipliers"), st.just(tuple((g, Decimal(1)) for g in GRADES[:4]))),
)


@TRIES
@given(change=bad_scheme, dept=st.sampled_from(list(Department)))
@example(change=_broken("quant_share", "-100000000000000000000000000"), dept=Department.OPERATIONS)
@example(change=_broken("cap", "1e999999999"), dept=Department.DESIGN)
def test_bad_schemes_are_refused(open_round, owner, change, dept):
    db, *_ = open_round
    scheme = ap.get_scheme(db, owner, dept)
    refused(db, lambda: ap.save_scheme(db, owner, dept, change(scheme)))
