"""Bad input through every service that takes what a user types: each value is refused
with an error naming the field, and the database file stays byte-identical.

Values come from hypothesis; each strategy only produces values a careful
shop owner would call wrong (negative money, text in number fields, unknown
names, future days, broken periods and splits …).
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from shopdesk.domain.departments import parse_department
from shopdesk.domain.errors import ShopDeskError, ValidationError
from shopdesk.domain.money import MoneyError, parse_yuan
from shopdesk.services.figures.custom_metrics import MetricInput, add_metric
from shopdesk.services.figures.entry import FigureInput, save_figures
from shopdesk.services.morning.alerts import set_hero_aov
from shopdesk.services.safety import backup
from shopdesk.services.staff.people import StaffInput, add_staff, update_staff
from shopdesk.services.targets import plan as targets
from tests.conftest import TODAY, file_bytes

pytestmark = pytest.mark.both_backends

TRIES = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
TRIED: dict[str, int] = {}


def _is(parse, text) -> bool:  # type: ignore[no-untyped-def]
    try:
        parse(text)
    except (ValueError, ArithmeticError, MoneyError):
        return False
    return True


not_money = st.text(max_size=12).filter(lambda t: not _is(parse_yuan, t))
negative_money = st.decimals(min_value=Decimal("-1e9"), max_value=Decimal("-0.01"), places=2).map(str)
not_department = st.text(max_size=15).filter(lambda t: not _is(parse_department, t))
too_long = st.text(min_size=61, max_size=90).filter(lambda t: len(t.strip()) > 60)
blank = st.sampled_from(["", " ", "\t", "\u3000"]).filter(lambda t: not t.strip())
future = st.integers(1, 4000).map(lambda n: TODAY + timedelta(days=n))


def refused(db, action, name: str) -> ValidationError | ShopDeskError:  # type: ignore[no-untyped-def]
    before = file_bytes(db)
    with pytest.raises(ShopDeskError) as caught:
        action()
    assert caught.value.message.strip()
    if isinstance(caught.value, ValidationError):
        assert caught.value.field
    assert file_bytes(db) == before
    TRIED[name] = TRIED.get(name, 0) + 1
    return caught.value


# Hypothesis may stop early when a strategy runs dry; far fewer refusals than
# examples would mean the strategy produced almost nothing that was tried.
MIN_TRIED = 25


@pytest.fixture(autouse=True)
def _bad_inputs_were_tried(record_property):  # type: ignore[no-untyped-def]
    """Each test's own count of refused inputs, asserted and recorded in the report."""
    before = dict(TRIED)
    yield
    tried = {k: v - before.get(k, 0) for k, v in TRIED.items() if v != before.get(k, 0)}
    record_property("bad_inputs_tried", tried)
    assert sum(tried.values()) >= MIN_TRIED, f"only {tried} bad inputs were tried"


EXISTING = "<someone already on the team>"
bad_staff = st.one_of(
    st.builds(StaffInput, name=st.one_of(blank, too_long), department=st.just("Design")),
    st.builds(StaffInput, name=st.just("李娜"), department=not_department),
    st.builds(StaffInput, name=st.just("李娜"), department=st.just("设计"), base_salary=st.one_of(not_money, negative_money)),
    st.builds(StaffInput, name=st.just("李娜"), department=st.just("设计"),
              base_salary=st.integers(1_000_001, 10**15).map(str)),
    st.builds(StaffInput, name=st.just("李娜"), department=st.just("设计"), position=too_long),
    st.builds(StaffInput, name=st.just("李娜"), department=st.just("设计"),
              hire_date=st.integers(1, 4000).map(lambda n: date.today() + timedelta(days=n))),
    st.builds(StaffInput, name=st.just("李娜"), department=st.just("设计"),
              role=st.text(max_size=10).filter(lambda r: r not in ("staff", "manager"))),
    st.builds(StaffInput, name=st.sampled_from([EXISTING, f" {EXISTING} "]), department=st.just("Design")),
)


@TRIES
@given(data=bad_staff)
def test_bad_people_are_refused(demo_db, owner, data):
    if EXISTING in data.name:
        from dataclasses import replace

        from shopdesk.services.staff.people import get_staff
        data = replace(data, name=data.name.replace(EXISTING, get_staff(demo_db, owner, 1).name))
    refused(demo_db, lambda: add_staff(demo_db, owner, data), "staff.add")
    refused(demo_db, lambda: update_staff(demo_db, owner, 2, data), "staff.update")


not_number = st.text(min_size=1, max_size=10).filter(lambda t: not _is(Decimal, t.strip().replace(",", "")) and t.strip())
bad_value = st.one_of(not_number, st.sampled_from(["NaN", "inf", "-Infinity", "1e400", "１２a"]), st.integers(max_value=-1).map(str), st.decimals(
    min_value=Decimal("0.001"), max_value=Decimal("999"), places=3).filter(lambda d: d % 1 != 0).map(str),
    st.integers(10**13, 10**18).map(str))
bad_figure_row = st.one_of(
    st.builds(FigureInput, st.just("shop"), st.just("orders"), bad_value),
    st.builds(FigureInput, st.just("shop"), st.just("bounce_rate"), st.decimals(
        min_value=Decimal("100.01"), max_value=Decimal("1e6"), places=2).map(str)),
    st.builds(FigureInput, st.just("shop"), st.text(max_size=12).filter(lambda k: k not in _metric_keys()),
              st.just("1")),
    st.builds(FigureInput, st.just("shop"), st.sampled_from(["conversion_rate", "aov", "roi", "error_rate"]),
              st.just("1")),
    st.builds(FigureInput, st.one_of(st.text(max_size=12).filter(lambda s: s != "shop"),
                                     st.integers(9000, 10**6).map(lambda i: f"staff:{i}")),
              st.just("orders"), st.just("1")),
)


def _metric_keys() -> set[str]:
    from shopdesk.domain.metrics import DEFAULT_REGISTRY
    return {m.key for m in DEFAULT_REGISTRY}


@TRIES
@given(row=bad_figure_row, day=st.one_of(st.just(TODAY - timedelta(days=3)), future))
def test_bad_figures_are_refused(demo_db, owner, row, day):
    refused(demo_db, lambda: save_figures(demo_db, owner, day, [FigureInput("shop", "visitors", "100"), row], TODAY),
            "figures.save")


not_period = st.one_of(st.text(max_size=10).filter(lambda t: not _is(_period_parse, t)),
                       st.sampled_from(["2026-13", "2026-Q5", "2026-00", "26-11", "2026-11-24"]))


def _period_parse(text: str):  # type: ignore[no-untyped-def]
    from shopdesk.domain.periods import Period
    return Period.parse(text)


bad_target = st.one_of(
    st.tuples(st.just("shop"), st.just("sales"), st.just("2026-11"), st.one_of(not_number, negative_money), st.just("even")),
    st.tuples(st.just("shop"), st.just("sales"), not_period, st.just("1000"), st.just("even")),
    st.tuples(st.just("shop"), st.text(max_size=12).filter(lambda k: k not in _metric_keys()), st.just("2026"),
              st.just("1000"), st.just("even")),
    st.tuples(st.just("shop"), st.just("sales"), st.just("2026-11"), st.just("1000"),
              st.text(max_size=10).filter(lambda s: s.strip().replace(" ", "") not in ("", "even", "workdays"))),
    st.tuples(st.just("shop"), st.just("sales"), st.just("2026"), st.just("1000"),
              st.lists(st.integers(0, 9), min_size=1, max_size=11).map(lambda w: ",".join(map(str, w)))
              .filter(lambda s: len(s.split(",")) not in (4, 12))),
    st.tuples(st.one_of(st.text(max_size=10).filter(lambda s: s != "shop"), st.just("dept:marketing"),
                        st.just("staff:99999")), st.just("sales"), st.just("2026"), st.just("1000"), st.just("even")),
)


@TRIES
@given(args=bad_target)
def test_bad_targets_are_refused(demo_db, owner, args):
    scope, metric, period, value, split = args
    refused(demo_db, lambda: targets.set_target(demo_db, owner, scope, metric, period, value, split), "targets.set")


@TRIES
@given(weights=st.dictionaries(st.sampled_from(["dept:operations", "dept:design"]),
                               st.one_of(not_number, st.integers(max_value=-1).map(str)), min_size=1))
def test_bad_shares_are_refused(demo_db, owner, weights):
    refused(demo_db, lambda: targets.set_shares(demo_db, owner, "shop", "sales", weights), "targets.shares")


@TRIES
@given(text=st.one_of(st.text(min_size=1, max_size=12).filter(lambda t: not _is(_rest, t)),
                      st.just("mon,tue,wed,thu,fri,sat,sun")))
def test_bad_rest_days_are_refused(demo_db, owner, text):
    refused(demo_db, lambda: targets.set_rest_days(demo_db, owner, text), "settings.rest_days")


def _rest(text: str):  # type: ignore[no-untyped-def]
    from shopdesk.domain.targets import parse_rest_days
    return parse_rest_days(text)


@TRIES
@given(text=st.one_of(not_money.filter(lambda t: t.strip()), negative_money, st.just("0")))
def test_bad_hero_aov_is_refused(demo_db, owner, text):
    refused(demo_db, lambda: set_hero_aov(demo_db, owner, text), "settings.hero_aov")


bad_metric = st.one_of(
    st.builds(MetricInput, key=st.text(max_size=12).filter(lambda k: not k.strip().isidentifier() or k != k.lower()
                                                           or len(k.strip()) < 2 or k.strip()[0] == "_"),
              name=st.just("好评率"), unit=st.just("count")),
    st.builds(MetricInput, key=st.sampled_from(["sales", "orders", "visitors"]), name=st.just("x"), unit=st.just("count")),
    st.builds(MetricInput, key=st.just("live_views"), name=st.one_of(blank, too_long), unit=st.just("count")),
    st.builds(MetricInput, key=st.just("live_views"), name=st.just("直播观看"),
              unit=st.text(max_size=8).filter(lambda u: u.strip() not in ("yuan", "count", "percent", "pages", "times"))),
    st.builds(MetricInput, key=st.just("live_views"), name=st.just("直播观看"), unit=st.just("count"),
              kind=st.text(max_size=6).filter(lambda k: k not in ("sum", "ratio"))),
    st.builds(MetricInput, key=st.just("live_rate"), name=st.just("直播转化"), unit=st.just("percent"),
              kind=st.just("ratio"), numerator=st.sampled_from(["", "nope", "aov", "conversion_rate"]),
              denominator=st.just("visitors")),
)


@TRIES
@given(data=bad_metric)
def test_bad_custom_metrics_are_refused(demo_db, owner, data):
    refused(demo_db, lambda: add_metric(demo_db, owner, data), "metrics.add")


@TRIES
@given(folder=st.text(min_size=1, max_size=20).filter(lambda t: t.strip() and not t.strip().startswith(("/", "~"))
                                                      and "\x00" not in t and ":" not in t and "\\" not in t))
def test_a_relative_backup_folder_is_refused(demo_db, owner, folder):
    refused(demo_db, lambda: backup.set_backup_folder(demo_db, owner, folder), "backup.folder")


# --- hostile input (issue 16): invisible characters, look-alike names, huge exponents ------------------

INVISIBLE = st.characters(categories=["Cc", "Cf", "Zl", "Zp", "Co"])
huge_exponent = st.one_of(st.integers(13, 10**9).map(lambda n: f"1e{n}"),
                          st.integers(13, 10**9).map(lambda n: f"1e-{n}"),
                          st.integers(13, 10**9).map(lambda n: f"-1E+{n}"))
foreign_digits = st.one_of(
    st.integers(1000, 10**6).map(lambda n: f"{n:_}"),
    st.integers(1, 10**6).map(lambda n: "".join(chr(0x660 + int(d)) for d in str(n))),  # Arabic-Indic
    st.integers(1, 10**6).map(lambda n: "".join(chr(0x6F0 + int(d)) for d in str(n))),  # Persian
    st.integers(1, 10**6).map(lambda n: "".join(chr(0x966 + int(d)) for d in str(n))),  # Devanagari
    st.integers(1, 10**6).map(lambda n: "".join(chr(0xFF10 + int(d)) for d in str(n))),  # full-width
)
hostile_number = st.one_of(huge_exponent, foreign_digits)


@TRIES
@given(char=INVISIBLE, at=st.integers(0, 2))
@example(char="\u2029", at=2).via("a trailing paragraph separator was trimmed, not refused")
def test_invisible_and_control_characters_in_names_are_refused(demo_db, owner, char, at):
    name = "李娜"[:at] + char + "李娜"[at:]
    error = refused(demo_db, lambda: add_staff(demo_db, owner, StaffInput(name, "Design")), "staff.invisible")
    assert error.field == "name"  # type: ignore[union-attr]


LATIN = ("Anna Lee", "Renée Li")
lookalike = st.sampled_from([
    lambda n: n.replace("A", "\u0410"), lambda n: n.replace("e", "\u0435"),  # Cyrillic А and е
    lambda n: "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in n),  # full-width
    lambda n: __import__("unicodedata").normalize("NFD", n), lambda n: n.upper(), lambda n: n.replace(" ", "  "),
    lambda n: n.replace(" ", "\u3000"), lambda n: n.replace("L", "\uff2c"),
])


def _nfd(name: str) -> str:
    import unicodedata

    return unicodedata.normalize("NFD", name)


def _cyrillic_e(name: str) -> str:
    return name.replace("e", "\u0435")


@TRIES
@given(which=st.sampled_from(LATIN), changes=st.lists(lookalike, min_size=1, max_size=4))
@example(which="Renée Li", changes=[_nfd, _cyrillic_e]).via("a Cyrillic е before a combining accent")
def test_look_alikes_of_a_person_on_the_team_are_refused(demo_db, owner, which, changes):
    from shopdesk.services.staff.people import list_staff

    if not any(p.name == which for p in list_staff(demo_db, owner, include_inactive=True)):
        add_staff(demo_db, owner, StaffInput(which, "Design"))
    name = which
    for change in changes:
        name = change(name)
    assume(name != which)
    refused(demo_db, lambda: add_staff(demo_db, owner, StaffInput(name, "Design")), "staff.lookalike")


@TRIES
@given(text=hostile_number, where=st.sampled_from(["figure", "target", "share", "salary"]))
def test_huge_exponents_and_foreign_digits_are_refused_at_once(demo_db, owner, text, where):
    import time

    actions = {
        "figure": lambda: save_figures(demo_db, owner, TODAY, [FigureInput("shop", "sales", text)], TODAY),
        "target": lambda: targets.set_target(demo_db, owner, "shop", "orders", "2026-11", text),
        "share": lambda: targets.set_shares(demo_db, owner, "shop", "sales", {"dept:operations": text}),
        "salary": lambda: add_staff(demo_db, owner, StaffInput("新人", "Design", base_salary=text)),
    }
    started = time.monotonic()
    refused(demo_db, actions[where], f"number.{where}")
    assert time.monotonic() - started < 5

