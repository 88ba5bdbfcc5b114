"""Chart builders, read back from the Figure: bars, lines and labels are the data's."""
import warnings
from datetime import date
from decimal import Decimal

from shopdesk.charts import hover
from shopdesk.charts.department import department_chart, shop_month_chart
from shopdesk.charts.person import pace_chart, target_bars, trend_chart
from shopdesk.charts.style import PALETTE, ensure_fonts
from shopdesk.domain.departments import Department
from shopdesk.domain.metrics import DEFAULT_REGISTRY as REG
from shopdesk.domain.periods import Period
from shopdesk.domain.targets import split_to_days
from shopdesk.services.figures.performance import (
    DepartmentPerformance,
    MetricMonths,
    MonthPoint,
    PaceData,
    Ranked,
    Threshold,
    Trend,
)

MONTHS = ["2026-09", "2026-10", "2026-11"]
SALES = MetricMonths(REG["sales"], [MonthPoint("2026-09", Decimal("1200.50"), Decimal(1000)),
                                    MonthPoint("2026-10", Decimal("900"), Decimal(1000)),
                                    MonthPoint("2026-11", None, Decimal(1500))])
ORDERS = MetricMonths(REG["orders"], [MonthPoint(m, Decimal(v), Decimal(20)) for m, v in zip(MONTHS, (18, 25, 7), strict=True)])

ZH = {"Target": "目标", "Actual": "实际", "Sales": "销售额", "Target pace": "目标进度",
      "{name} · target and actual by month": "{name} · 各月目标与实际", "Month": "月份"}


def zh(_context: str, text: str) -> str:
    return ZH.get(text, text)


def bars(ax, gid):
    return [p for p in ax.patches if p.get_gid() == gid]


def test_bar_heights_are_the_figures_and_labels_the_achievement():
    fig = target_bars([SALES, ORDERS], "王芳")
    sales_ax, orders_ax = fig.axes
    assert [b.get_height() for b in bars(sales_ax, "target")] == [1000, 1000, 1500]
    heights = [b.get_height() for b in bars(sales_ax, "actual")]
    assert heights[:2] == [1200.5, 900] and heights[2] != heights[2]  # no figure yet: no bar (NaN)
    assert [b.get_height() for b in bars(orders_ax, "actual")] == [18, 25, 7]
    labels = [t.get_text() for t in sales_ax.texts]
    assert labels[:2] == ["120.1%", "90.0%"]  # one decimal, as on every screen
    assert "王芳" in fig.get_suptitle()


def test_hover_gives_the_exact_value():
    fig = target_bars([SALES], "王芳")
    texts = [t[0] for artist, t in hover.entries(fig) if artist.get_gid() == "actual"]
    assert "¥1,200.50" in texts[0] and "120.1%" in texts[0] and "¥1,000.00" in texts[0]


def test_labels_are_translated_when_a_translator_is_given():
    fig = target_bars([SALES], "王芳", tx=zh)
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["目标", "实际"]
    assert ax.get_title(loc="left") == "销售额"
    assert fig.get_suptitle() == "王芳 · 各月目标与实际"
    untranslated = target_bars([SALES], "王芳")
    assert untranslated.axes[0].get_title(loc="left") == "Sales"


def test_pace_line_is_the_day_breakdown():
    month = Period.month(2026, 11)
    days = split_to_days(250000, month, "workdays", frozenset({6}))
    running, pace = 0, []
    for v in days.values():
        running += v
        pace.append(Decimal(running) / 100)
    actual = [Decimal(100 * i) for i in range(1, 25)] + [None] * 6
    data = PaceData(REG["sales"], "2026-11", list(month.days()), actual, pace)
    fig = pace_chart(data, "王芳", tx=zh)
    lines = {line.get_gid(): line for line in fig.axes[0].get_lines()}
    assert list(lines["pace"].get_ydata()) == [float(p) for p in pace]
    assert list(lines["pace"].get_xdata()) == list(range(1, 31))
    assert list(lines["actual"].get_ydata()) == [float(a) for a in actual[:24]]
    assert lines["pace"].get_label() == "目标进度"


def test_reference_lines_sit_at_the_thresholds():
    months = [f"2026-{m:02d}" for m in range(1, 13)]
    trend = Trend(REG["bounce_rate"], months, [Decimal(60 + i) for i in range(12)], [Decimal(65)] * 12,
                  [Threshold(Decimal(70), "Limit {value}%", False), Threshold(Decimal(60), "Good under {value}%", True)])
    fig = trend_chart([trend], "王芳")
    ax = fig.axes[0]
    refs = [line for line in ax.get_lines() if line.get_gid() == "threshold"]
    assert [tuple(line.get_ydata()) for line in refs] == [(70, 70), (60, 60)]
    assert [line.get_label() for line in refs] == ["Limit 70%", "Good under 60%"]
    average = next(line for line in ax.get_lines() if line.get_gid() == "average")
    assert list(average.get_ydata()) == [65.0] * 12


def test_department_chart_ranks_and_shows_growth():
    perf = DepartmentPerformance(
        Department.CUSTOMER_SERVICE, REG["inquiries"], date(2026, 9, 1), date(2026, 11, 30),
        [Ranked(1, "谭悦", Decimal(110), Decimal(100)), Ranked(2, "陈丽", Decimal(80), Decimal(100)),
         Ranked(3, "新人", Decimal(5), None)],
        [MonthPoint(m, Decimal(v), Decimal(100)) for m, v in zip(MONTHS, (90, 95, 120), strict=True)],
        [None, Decimal("5.5"), Decimal("26.3")], [Decimal(10), None, Decimal(-4)])
    fig = department_chart(perf, "客服")
    rank_ax = fig.axes[0]
    assert [b.get_width() for b in bars(rank_ax, "ranking")] == [110, 80, 0]
    assert [t.get_text() for t in rank_ax.get_yticklabels()] == ["1. 谭悦", "2. 陈丽", "3. 新人"]
    assert [b.get_height() for b in bars(fig.axes[1], "actual")] == [90, 95, 120]
    growth = fig.axes[2]
    assert [b.get_height() for b in bars(growth, "yoy")][::2] == [10, -4]


def test_shop_month_draws_last_year_beside_the_pace():
    month = Period.month(2026, 11)
    data = PaceData(REG["sales"], "2026-11", list(month.days()), [Decimal(1)] * 30, [Decimal(2)] * 30,
                    [Decimal(3)] * 30)
    lines = {line.get_gid(): line for line in shop_month_chart(data).axes[0].get_lines()}
    assert set(lines) == {"actual", "pace", "last_year"}
    assert list(lines["last_year"].get_ydata()) == [3.0] * 30


def test_chinese_renders_with_the_bundled_font():
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.font_manager import FontProperties, findfont

    name = ensure_fonts()
    assert name is not None
    # The sans-serif family every chart uses resolves to the bundled CJK font first.
    assert "wqy-microhei" in findfont(FontProperties(family=["sans-serif"])).lower()
    fig = target_bars([SALES], "王芳", tx=zh)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a glyph missing from the font would warn
        FigureCanvasAgg(fig).draw()
    assert len(set(PALETTE)) == 8


def test_every_bar_is_inside_the_plot():
    year = MetricMonths(REG["orders"], [MonthPoint(f"2026-{m:02d}", Decimal(m), Decimal(9)) for m in range(1, 13)])
    fig = target_bars([year, ORDERS], "王芳")
    for ax in fig.axes:
        lo, hi = ax.get_xlim()
        assert all(lo <= b.get_x() and b.get_x() + b.get_width() <= hi for b in ax.patches)
