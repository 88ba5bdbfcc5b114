"""The earnings chart stacks each month's pay by rule kind, exactly as the payroll has it."""
from pytest import approx

from shopdesk.charts.pay import earnings_chart
from shopdesk.services.payroll.earnings import Earnings, EarningsMonth

ZH = {"Base salary": "底薪", "Percentage": "提成比例", "{name} · earnings by month": "{name} · 每月收入"}


def zh(_context, text):
    return ZH.get(text, text)


DATA = Earnings(7, "王芳", [
    EarningsMonth("2026-09", {"base": 500000, "percent": 123456, "adjustments": -5000}, 2000, 618456, True),
    EarningsMonth("2026-10", {"base": 500000, "percent": 99999, "fixed": 30000}, 0, 629999, False),
    EarningsMonth("2026-11"),
])


def segments(fig, gid):
    return [p for p in fig.axes[0].patches if p.get_gid() == gid]


def test_stacked_segments_are_the_pay_parts():
    fig = earnings_chart(DATA)
    base, percent, fixed = segments(fig, "base"), segments(fig, "percent"), segments(fig, "fixed")
    assert [b.get_height() for b in base] == approx([5000, 5000, 0])
    assert [b.get_height() for b in percent] == approx([1234.56, 999.99, 0])
    assert [b.get_y() for b in percent][:2] == approx([5000, 5300])  # on the base salary (and the fixed part)
    assert fixed[1].get_y() == approx(5000)
    adjust = segments(fig, "adjustments")
    assert adjust[0].get_height() == approx(-50) and adjust[0].get_y() == approx(0)  # a cut hangs below zero
    assert [b.get_height() for b in segments(fig, "penalties")] == approx([-20, 0, 0])


def test_kinds_and_title_are_translated():
    fig = earnings_chart(DATA, zh)
    labels = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    assert labels[0] == "底薪" and "提成比例" in labels
    assert fig.get_suptitle() == "王芳 · 每月收入"


def test_no_approved_pay_says_so():
    fig = earnings_chart(Earnings(7, "王芳", [EarningsMonth("2026-11")]))
    assert fig.axes[0].texts[0].get_text() == "No approved pay in this period yet"


def test_a_month_not_approved_yet_reads_as_an_estimate():
    from shopdesk.services.payroll.earnings import Earnings, EarningsMonth

    data = Earnings(1, "李娜", [EarningsMonth("2026-10", {"base": 500000}, 0, 500000, True),
                              EarningsMonth("2026-11", {"base": 500000}, 0, 512300, False)])
    texts = {t.get_gid(): t.get_text() for t in earnings_chart(data).axes[0].texts}
    assert texts["gross"] == "¥5,000" and texts["estimate"] == "¥5,123 (estimate)"
