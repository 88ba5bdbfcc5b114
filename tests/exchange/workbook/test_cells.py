"""Reading single cells: Excel's float noise, rates as §4.2 describes them, dates, and the quick path."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shopdesk.domain.errors import ValidationError
from shopdesk.domain.metrics import BUILTIN
from shopdesk.exchange.workbook import cells
from shopdesk.exchange.workbook.cells import CellError
from shopdesk.exchange.workbook.import_actuals import quick_stored
from shopdesk.exchange.workbook.import_setup import natural
from shopdesk.exchange.workbook.layout import ACTUALS
from shopdesk.exchange.workbook.reader import RawSheet, Row
from shopdesk.services.figures.entry import validate_value

ENTERED = [m for m in BUILTIN if m.entered]


def test_money_is_read_to_the_fen() -> None:
    assert cells.money_fen(16885.689999999999) == 1_688_569
    assert cells.money_fen("¥1,234.505") == 123_451  # half up, once
    assert cells.money_fen(None) is None
    with pytest.raises(CellError):
        cells.money_fen(-5)
    with pytest.raises(CellError):
        cells.money_fen("五百")


def test_rates_follow_the_workbook_contract() -> None:
    assert cells.percent(0.01, "0%") == Decimal("1")  # a %-formatted cell holds a fraction
    assert cells.percent(0.015, "0.0%") == Decimal("1.5")
    assert cells.percent("1.5%", None) == Decimal("1.5")
    assert cells.percent(1, "General") == Decimal("1")  # a plain n means n %
    assert cells.percent("2", None) == Decimal("2")


def test_dates_and_periods() -> None:
    assert cells.day(datetime(2026, 11, 2, 0, 0)) == date(2026, 11, 2)
    assert cells.day("2026-11-02") == date(2026, 11, 2) and cells.day("2026/1/5") == date(2026, 1, 5)
    for bad in ("2026-02-30", "昨天", 45962):
        with pytest.raises(CellError):
            cells.day(bad)
    assert cells.period_text(datetime(2026, 11, 1)) == "2026-11"  # Excel turned a typed 2026-11 into a date
    assert cells.period_text(2026.0) == "2026"


def _row(value: object, fmt: str | None) -> Row:
    return Row(RawSheet(ACTUALS, "Actuals", {"value": 4}), 2, {"value": (value, fmt)})


@given(metric=st.sampled_from(ENTERED),
       value=st.one_of(st.integers(-10**13, 10**13), st.floats(-1e13, 1e13, allow_nan=False),
                       st.decimals(-1000, 10**6, places=3).map(float)),
       fmt=st.sampled_from(["General", "0.00%", "0%", '"¥"#,##0.00', None]))
def test_quick_path_agrees_with_the_full_check(metric, value, fmt) -> None:
    quick = quick_stored(metric, (value, fmt))
    try:
        full = validate_value(metric, natural(metric, _row(value, fmt), "value"), "value")
    except (ValidationError, CellError):
        full = None
    if quick is not None:
        assert quick == full


def test_explanations_translate_from_the_compiled_catalogue_too(monkeypatch) -> None:
    from shopdesk.exchange.common import translate

    assert translate.translator("zh_CN")("Metrics", "Sales") == "销售额"  # from the .ts, running from source
    translate._catalogue.cache_clear()
    monkeypatch.setattr(translate, "_catalogue", lambda lang: {})  # as in the installed bundle: no .ts
    tr = translate.translator("zh_CN")
    assert tr("Metrics", "Sales") == "销售额" and tr("Metrics", "no such text") == "no such text"
