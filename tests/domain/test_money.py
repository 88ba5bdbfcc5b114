from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shopdesk.domain.money import MoneyError, format_yuan, parse_yuan, round_fen


def test_rounding_is_half_up_once():
    assert round_fen(Decimal("0.005")) == 1
    assert round_fen(Decimal("0.0049")) == 0
    assert round_fen(Decimal("-0.005")) == -1
    assert round_fen(Decimal("5234.00")) == 523400


def test_excel_floats_are_read_to_the_fen():
    assert parse_yuan(16885.689999999999) == 1688569
    assert parse_yuan("¥1,234.5") == 123450
    assert parse_yuan(4500) == 450000


@pytest.mark.parametrize("bad", ["", "abc", None, True, "nan", "1e999999999"])
def test_garbage_is_not_money(bad):
    with pytest.raises(MoneyError):
        parse_yuan(bad)


def test_format_groups_thousands():
    assert format_yuan(52340000) == "¥523,400.00"
    assert format_yuan(-5) == "-¥0.05"


@given(st.integers(min_value=-10**12, max_value=10**12))
def test_format_then_parse_round_trips(fen):
    assert parse_yuan(format_yuan(fen).replace("-¥", "-")) == fen
