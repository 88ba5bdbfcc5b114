"""Appraisal scoring: worked examples of each ready-made scheme, and properties."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shopdesk.domain.appraisal import (
    DEFAULT_BANDS,
    GRADES,
    QualItem,
    QuantItem,
    Scheme,
    default_scheme,
    grade_for,
    result_from_dict,
    result_to_dict,
    scheme_from_dict,
    scheme_to_dict,
    score,
    validate_rating,
    validate_scheme,
)
from shopdesk.domain.departments import DEPARTMENTS, Department
from shopdesk.domain.errors import ValidationError

ALL_FOURS = {"cooperation": 4, "enthusiasm": 4, "responsibility": 4}


def test_operations_example_weighs_figures_70_and_ratings_30():
    scheme = default_scheme(Department.OPERATIONS)
    figures = {"sales": (D(100000), D(110000)), "visitors": (D(1000), D(900)),
               "conversion_rate": (D(3), D(3)), "aov": (D(100), D(130))}
    result = score(scheme, figures, {"cooperation": 4, "enthusiasm": 5, "responsibility": 4})
    # sales 110/120 → 91.67, visitors 90/120 → 75, conversion 100/120 → 83.33, AOV capped → 100
    assert [line.points for line in result.quant_lines] == [D("91.67"), D("75.00"), D("83.33"), D("100.00")]
    assert result.quant_part == D("88.75")  # (50·91⅔ + 15·75 + 20·83⅓ + 15·100) / 100
    assert result.qual_part == D("86.67")  # (80 + 100 + 80) / 3
    assert result.score == D("88.13")  # 0.7 · 88.75 + 0.3 · 86⅔ = 88.125, half up
    assert (result.grade, result.multiplier) == ("A", D("1.2"))


def test_reaching_the_cap_and_top_ratings_is_full_marks():
    scheme = default_scheme(Department.CUSTOMER_SERVICE)
    figures = {m.metric: (D(100), D(500)) for m in scheme.quantitative}
    result = score(scheme, figures, {"cooperation": 5, "enthusiasm": 5, "responsibility": 5})
    assert result.score == D("100.00") and result.grade == "S" and result.multiplier == D("1.5")


def test_design_leans_on_ratings_60_40():
    scheme = default_scheme(Department.DESIGN)
    figures = {"pages_delivered": (D(10), D(12)), "images_delivered": (D(200), D(240)),
               "units_sold_designed": (D(1000), D(600))}
    result = score(scheme, figures, {"cooperation": 3, "enthusiasm": 3, "responsibility": 3})
    # 0.4·100 + 0.3·100 + 0.3·50 = 85 from figures; 60 from ratings → 0.6·85 + 0.4·60 = 75
    assert result.quant_part == D("85.00") and result.score == D("75.00") and result.grade == "B"


def test_logistics_error_rate_is_better_when_lower():
    scheme = default_scheme(Department.LOGISTICS)
    base = {"parcels_shipped": (D(3000), D(3000))}
    half_errors = score(scheme, {**base, "error_rate": (D("0.5"), D("0.25"))}, ALL_FOURS)
    double_errors = score(scheme, {**base, "error_rate": (D("0.5"), D("1.0"))}, ALL_FOURS)
    no_errors = score(scheme, {**base, "error_rate": (D("0.5"), D(0))}, ALL_FOURS)
    assert half_errors.quant_lines[1].achievement == D("200.00") and half_errors.quant_lines[1].points == D("100.00")
    assert double_errors.quant_lines[1].achievement == D("50.00")
    assert no_errors.quant_lines[1].points == D("100.00")
    assert double_errors.score < half_errors.score == no_errors.score


def test_items_without_a_target_are_left_out_and_named():
    scheme = default_scheme(Department.OPERATIONS)
    result = score(scheme, {"sales": (D(100), D(120))}, ALL_FOURS)
    assert result.quant_part == D("100.00")
    assert set(result.missing) == {"visitors", "conversion_rate", "aov"}
    nothing = score(scheme, {}, ALL_FOURS)
    assert nothing.quant_part is None and nothing.quant_share == 0 and nothing.score == D("80.00")


def test_grade_bands_have_inclusive_lower_bounds():
    assert [grade_for(D(s), DEFAULT_BANDS) for s in ("95", "94.99", "85", "70", "69.99", "60", "59.99", "0")] == \
        ["S", "A", "A", "B", "C", "C", "D", "D"]


def test_schemes_and_results_survive_storage_exactly():
    for dept in DEPARTMENTS:
        scheme = default_scheme(dept)
        assert scheme_from_dict(scheme_to_dict(scheme)) == scheme
        assert validate_scheme(scheme) == scheme
    result = score(default_scheme(Department.OPERATIONS), {"sales": (D(3), D(1))}, ALL_FOURS)
    assert result_from_dict(result_to_dict(result)) == result


@pytest.mark.parametrize("change, field", [
    (dict(quant_share=D(101)), "quant_share"),
    (dict(cap=D(99)), "cap"),
    (dict(quantitative=(QuantItem("nope", D(1)),)), "quantitative[1]"),
    (dict(quantitative=(QuantItem("sales", D(1)), QuantItem("sales", D(2)))), "quantitative[2]"),
    (dict(quantitative=(QuantItem("sales", D(0)),)), "quantitative[1].weight"),
    (dict(quantitative=()), "quantitative"),
    (dict(qualitative=()), "qualitative"),
    (dict(qualitative=(QualItem("x", " ", D(1)),)), "qualitative[1]"),
    (dict(bands=(("S", D(95)), ("A", D(96)), ("B", D(70)), ("C", D(60)), ("D", D(0)))), "bands.A"),
    (dict(bands=(("S", D(95)), ("A", D(85)), ("B", D(70)), ("C", D(60)), ("D", D(5)))), "bands.D"),
    (dict(multipliers=(("S", D(1)),)), "multipliers"),
    (dict(multipliers=(("S", D(-1)), ("A", D(1)), ("B", D(1)), ("C", D(1)), ("D", D(0)))), "multipliers.S"),
    (dict(cap="lots"), "cap"),
    (dict(quant_share="70.005"), "quant_share"),
])
def test_bad_schemes_name_the_field(change, field):
    with pytest.raises(ValidationError) as caught:
        validate_scheme(replace(default_scheme(Department.OPERATIONS), **change))
    assert caught.value.field == field


@pytest.mark.parametrize("bad", ["0", "6", "3.5", "", "x", "-1"])
def test_ratings_are_whole_numbers_from_1_to_5(bad):
    with pytest.raises(ValidationError):
        validate_rating(bad, "cooperation")
    assert validate_rating(" 5 ", "cooperation") == 5


# ---------------------------------------------------------------- properties

weights = st.integers(1, 100).map(D)
amounts = st.integers(0, 10**7).map(D)
ratings = st.integers(1, 5)


@st.composite
def cases(draw):  # type: ignore[no-untyped-def]
    n_quant = draw(st.integers(1, 4))
    n_qual = draw(st.integers(1, 4))
    quant = tuple(QuantItem(f"m{i}", draw(weights), draw(st.booleans())) for i in range(n_quant))
    qual = tuple(QualItem(f"q{i}", f"Q{i}", draw(weights)) for i in range(n_qual))
    scheme = Scheme(quant, qual, D(draw(st.integers(0, 100))), D(draw(st.integers(100, 300))))
    figures = {q.metric: (draw(amounts), draw(amounts)) for q in quant}
    rated = {q.key: draw(ratings) for q in qual}
    return scheme, figures, rated


@given(case=cases())
def test_score_stays_within_0_and_100(case):
    result = score(*case)
    assert D(0) <= result.score <= D(100)
    assert result.grade == grade_for(result.score, DEFAULT_BANDS)


@given(case=cases(), which=st.integers(0, 3), more=st.integers(1, 10**6))
def test_better_figures_never_lower_the_score(case, which, more):
    scheme, figures, rated = case
    item = scheme.quantitative[which % len(scheme.quantitative)]
    target, actual = figures[item.metric]
    better = max(D(0), actual - more) if item.lower_is_better else actual + more
    improved = {**figures, item.metric: (target, better)}
    assert score(scheme, improved, rated).score >= score(scheme, figures, rated).score


@given(case=cases(), which=st.integers(0, 3))
def test_raising_a_rating_never_lowers_the_score(case, which):
    scheme, figures, rated = case
    key = scheme.qualitative[which % len(scheme.qualitative)].key
    raised = {**rated, key: min(5, rated[key] + 1)}
    assert score(scheme, figures, raised).score >= score(scheme, figures, rated).score


@given(a=st.decimals(0, 100, places=2), b=st.decimals(0, 100, places=2))
def test_grade_is_monotone_in_score(a, b):
    low, high = sorted((a, b))
    assert GRADES.index(grade_for(low, DEFAULT_BANDS)) >= GRADES.index(grade_for(high, DEFAULT_BANDS))
