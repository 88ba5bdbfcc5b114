"""Cumulative withholding (DESIGN §4.7): the table, the worked examples and the year's properties."""

from __future__ import annotations

from decimal import Decimal as D

from hypothesis import example, given, settings
from hypothesis import strategies as st

from shopdesk.domain.money import round_fen
from shopdesk.domain.tax import BRACKETS, TaxMonth, bracket, contribution, tax_due, withhold

YUAN = 100


def test_the_table_is_the_one_in_the_design():
    assert [(b.up_to_fen, b.rate, b.quick_deduction_fen) for b in BRACKETS] == [
        (36_000 * YUAN, D(3), 0),
        (144_000 * YUAN, D(10), 2_520 * YUAN),
        (300_000 * YUAN, D(20), 16_920 * YUAN),  # not 16,829
        (420_000 * YUAN, D(25), 31_920 * YUAN),
        (660_000 * YUAN, D(30), 52_920 * YUAN),
        (960_000 * YUAN, D(35), 85_920 * YUAN),
        (None, D(45), 181_920 * YUAN),
    ]


def test_every_bracket_boundary_belongs_below_and_the_tax_is_continuous_there():
    expected_at_boundary = {36_000: D(1_080), 144_000: D(11_880), 300_000: D(43_080), 420_000: D(73_080),
                            660_000: D(145_080), 960_000: D(250_080)}
    for lower, upper in zip(BRACKETS, BRACKETS[1:], strict=False):
        edge = lower.up_to_fen
        assert edge is not None
        assert bracket(edge) is lower and bracket(edge + 1) is upper
        assert tax_due(edge) == expected_at_boundary[edge // YUAN]
        # one fen above, the next rate applies and the quick deduction keeps the tax continuous
        assert tax_due(edge + 1) == (D(edge + 1) * upper.rate / 100 - upper.quick_deduction_fen) / 100
        assert abs(tax_due(edge + 1) - tax_due(edge)) < D("0.01")
    assert tax_due(0) == 0 and tax_due(-500_000) == 0
    assert tax_due(1_000_000 * YUAN) == D(268_080)


def month(m: int, gross: int, insurance: int = 0, special: int = 0, withheld: int | None = None) -> TaxMonth:
    return TaxMonth(f"2026-{m:02d}", gross * YUAN, insurance * YUAN, special * YUAN,
                    None if withheld is None else withheld * YUAN)


def test_three_months_crossing_36000_in_the_second_with_insurance_fund_and_special_deduction():
    # ¥30,000 gross; SI 10.5 % and HF 5 % of a ¥20,000 base; ¥2,000 special deduction a month
    si, hf = contribution(20_000 * YUAN, D("10.5")), contribution(20_000 * YUAN, D(5))
    assert si is not None and hf is not None and si[0] == 2_100 * YUAN and hf[0] == 1_000 * YUAN
    months = [month(m, 30_000, 3_100, 2_000) for m in (1, 2, 3)]
    results = withhold(months)
    assert [r.taxable_fen for r in results] == [19_900 * YUAN, 39_800 * YUAN, 59_700 * YUAN]
    assert [r.rate for r in results] == [D(3), D(10), D(10)]
    assert [r.quick_deduction_fen for r in results] == [0, 2_520 * YUAN, 2_520 * YUAN]
    assert [r.tax_fen for r in results] == [597 * YUAN, 863 * YUAN, 1_990 * YUAN]
    assert [r.withheld_before_fen for r in results] == [0, 597 * YUAN, 1_460 * YUAN]
    assert results[1].explain().render() == (
        "cumulative income ¥60,000.00 − basic ¥10,000.00 (2 months) − insurance ¥6,200.00 − special deductions "
        "¥4,000.00 = taxable ¥39,800.00; ¥39,800.00 × 10.00% − quick deduction ¥2,520.00 = ¥1,460.00 due so far "
        "− withheld before ¥597.00 = ¥863.00")


def test_hired_in_april_the_basic_deduction_counts_from_april():
    results = withhold([month(4, 12_000), month(5, 12_000)])
    assert [r.months for r in results] == [1, 2]
    assert results[1].basic_fen == 10_000 * YUAN
    assert results[1].taxable_fen == 14_000 * YUAN
    assert [r.tax_fen for r in results] == [210 * YUAN, 210 * YUAN]


def test_taxable_below_the_deductions_pays_nothing_and_refunds_nothing():
    results = withhold([month(1, 4_000, 500)])
    assert results[0].taxable_fen == -1_500 * YUAN
    assert results[0].tax_fen == 0 and results[0].rate == 0
    assert "not above 0" in results[0].explain().render()


def test_a_lower_month_after_a_higher_one_never_makes_this_months_tax_negative():
    results = withhold([month(1, 20_000), month(2, 3_000)])
    assert results[0].tax_fen == 450 * YUAN
    assert results[1].taxable_fen == 13_000 * YUAN and results[1].due_fen == 390 * YUAN
    assert results[1].tax_fen == 0
    # and the month after only pays once the cumulative due passes what was withheld
    results = withhold([month(1, 20_000), month(2, 3_000), month(3, 9_000)])
    assert results[2].taxable_fen == 17_000 * YUAN and results[2].tax_fen == 60 * YUAN


def test_an_approved_earlier_month_counts_with_what_was_withheld_then():
    results = withhold([month(1, 20_000, withheld=400), month(2, 20_000)])
    assert results[0].tax_fen == 400 * YUAN and not results[0].computed
    assert results[1].withheld_before_fen == 400 * YUAN
    assert results[1].tax_fen == 900 * YUAN - 400 * YUAN


fen = st.integers(min_value=0, max_value=20_000_000)  # up to ¥200,000 a month


@settings(max_examples=300)
@given(st.lists(st.tuples(fen, st.integers(0, 800_000), st.integers(0, 500_000)), min_size=1, max_size=12))
@example([(1, 0, 0)])
@example([(3_600_000 + 500_000, 0, 0), (500_000, 0, 0)])
def test_the_years_withheld_tax_is_the_cumulative_formula_for_the_years_totals(months):
    entries = [TaxMonth(f"2026-{i:02d}", g, ins, sp) for i, (g, ins, sp) in enumerate(months, start=1)]
    results = withhold(entries)
    withheld = sum(r.tax_fen for r in results)
    assert all(r.tax_fen >= 0 for r in results)
    # each month tops the year up to its cumulative due (rounded), so the year withholds the highest of them
    assert withheld == max(0, *(round_fen(tax_due(r.taxable_fen)) for r in results))
    income = sum(g for g, _, _ in months)
    insurance = sum(ins for _, ins, _ in months)
    special = sum(sp for _, _, sp in months)
    final = round_fen(tax_due(income - 500_000 * len(months) - insurance - special))
    assert withheld >= final
    if all(results[i].taxable_fen <= results[i + 1].taxable_fen for i in range(len(results) - 1)):
        assert withheld == final  # taxable never fell: exactly the formula on the year's totals


@given(st.integers(0, 10**9), st.decimals(min_value=0, max_value=100, places=2))
def test_contributions_are_base_times_rate_rounded_once(base, rate):
    got = contribution(base, rate)
    if base == 0:
        assert got is None
    else:
        assert got is not None and got[0] == round_fen(D(base) * rate / 10_000)
