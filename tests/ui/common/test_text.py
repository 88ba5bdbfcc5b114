"""Money as ¥ with the locale's grouping, dates in the locale's own order."""

from datetime import date, datetime

import pytest
from PySide6.QtCore import QLocale

from shopdesk.ui.common.text import day, moment, money


@pytest.fixture
def locale(qapp):
    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(QLocale("en"))


@pytest.mark.parametrize(("name", "amount", "when"), [
    ("en", "¥1,234,567.89", "11/24/2026"),
    ("zh_CN", "¥1,234,567.89", "2026/11/24"),
    ("de_DE", "¥1.234.567,89", "24.11.2026"),
])
def test_money_and_dates_follow_the_locale(locale, name, amount, when):
    locale(name)
    assert money(123_456_789) == amount
    assert day(date(2026, 11, 24)) == when
    assert moment(datetime(2026, 11, 24, 9, 5)).startswith(when)


def test_money_is_exact_for_large_and_negative_amounts(locale):
    locale("zh_CN")
    assert money(10**17 + 1) == "¥1,000,000,000,000,000.01"  # beyond a float's exact range
    assert money(-5) == "-¥0.05"
    assert money(0) == "¥0.00"


def test_alert_dates_follow_the_locale(locale):
    from shopdesk.services.morning.alerts import Alert

    alert = Alert("no_figures", "staff:1", "{name} entered no figures yesterday ({day})",
                  {"name": "薛倩", "day": date(2026, 11, 23)})
    assert alert.render() == "薛倩 entered no figures yesterday (2026-11-23)"  # no UI: ISO
    locale("zh_CN")
    assert alert.render(None, day) == "薛倩 entered no figures yesterday (2026/11/23)"
