"""Each kind's export, written with its back end's quirks, is recognised and adds up to the
figures worked out by hand."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shopdesk.domain import platform as rules
from shopdesk.domain.errors import ValidationError, ValidationErrors
from shopdesk.exchange.platform import cells
from shopdesk.exchange.platform.kinds import all_kinds
from shopdesk.exchange.platform.reader import parse_file
from tests import platform_files as pf


def _orders(path):  # type: ignore[no-untyped-def]
    parsed = parse_file(path)
    return parsed, rules.aggregate_orders(parsed.kind.kind, parsed.kind.order_rules, parsed.records)


def test_the_seven_kinds_come_from_their_data_files():
    assert sorted(k.kind for k in all_kinds()) == sorted([
        "taobao-orders", "tmall-lines", "jd-orders", "pdd-orders", "douyin-orders", "sycm-shop", "cs-agents"])


def test_taobao_gbk_with_trailing_spaces_wrapped_numbers_and_an_unpaid_order(tmp_path):
    path = pf.taobao_orders(tmp_path)
    with pytest.raises(UnicodeDecodeError):
        path.read_bytes().decode("utf-8")  # really GBK
    parsed, result = _orders(path)
    assert parsed.kind.kind == "taobao-orders" and parsed.header_row == 1
    assert parsed.records[0].values["order_id"] == "1001"
    assert result.shop == pf.TAOBAO_EXPECTED
    assert result.used == 3 and result.skipped == {rules.NOT_PAID: 1}


def test_tmall_lines_xlsx_with_no_refund_text_and_date_cells(tmp_path):
    parsed, result = _orders(pf.tmall_lines(tmp_path))
    assert parsed.kind.kind == "tmall-lines"
    assert result.shop == pf.TMALL_EXPECTED
    assert result.units == pf.TMALL_UNITS
    assert result.products["P100"] == ("陶瓷杯", "CUP-1")
    assert result.skipped == {rules.NOT_PAID: 1}


def test_jd_counts_a_repeated_order_once_and_skips_deleted_orders(tmp_path):
    parsed, result = _orders(pf.jd_orders(tmp_path))
    assert parsed.kind.kind == "jd-orders"
    assert result.shop == pf.JD_EXPECTED
    assert result.units == pf.JD_UNITS
    assert result.skipped == {rules.CANCELLED: 1}


def test_pdd_falls_back_to_the_deal_time_and_counts_refunds(tmp_path):
    parsed, result = _orders(pf.pdd_orders(tmp_path))
    assert parsed.kind.kind == "pdd-orders"
    assert result.shop == pf.PDD_EXPECTED
    assert result.units == pf.PDD_UNITS


def test_douyin_distinct_orders_and_refunded_sub_order(tmp_path):
    parsed, result = _orders(pf.douyin_orders(tmp_path))
    assert parsed.kind.kind == "douyin-orders"
    assert result.shop == pf.DOUYIN_EXPECTED
    assert result.units == pf.DOUYIN_UNITS
    assert result.skipped == {rules.NOT_PAID: 1}


def test_sycm_title_block_percentages_and_dashes(tmp_path):
    parsed = parse_file(pf.sycm_shop(tmp_path))
    assert parsed.kind.kind == "sycm-shop" and parsed.header_row == 4
    result = rules.aggregate_shop_daily(parsed.kind.kind, parsed.records, parsed.kind.ad_fields)
    assert result.shop == pf.SYCM_EXPECTED


def test_sycm_as_csv_reads_the_same(tmp_path):
    parsed = parse_file(pf.write_csv(tmp_path / "sycm.csv", pf.sycm_rows(), "gbk"))
    result = rules.aggregate_shop_daily(parsed.kind.kind, parsed.records, parsed.kind.ad_fields)
    assert result.shop == pf.SYCM_EXPECTED


def test_qianniu_agents_skip_summary_rows_and_read_minutes(tmp_path):
    path = pf.qianniu_agents(tmp_path)
    parsed = parse_file(path)
    assert parsed.kind.kind == "cs-agents" and not parsed.has_day_column
    assert parsed.skipped == {rules.SUMMARY: 3}
    day = rules.day_from_name(path.name)
    assert day == (pf.D3, pf.D3)
    result = rules.aggregate_agents("cs-agents", parsed.records, parsed.kind.summary_rows, parsed.kind.delayed,
                                    pf.D3, False, "x")
    assert {nick.split(":")[1]: f for nick, f in result.agents[pf.D3].items()} == pf.QN_EXPECTED


def test_chitu_weekly_with_day_column_and_a_delayed_cell(tmp_path):
    parsed = parse_file(pf.chitu_agents(tmp_path))
    assert parsed.has_day_column
    result = rules.aggregate_agents("cs-agents", parsed.records, parsed.kind.summary_rows, parsed.kind.delayed,
                                    None, True, "x")
    got = {(day, nick.split(":")[1]): f for day, per in result.agents.items() for nick, f in per.items()}
    assert got == pf.CT_EXPECTED
    assert len(result.warnings) == 1 and "延迟统计" in result.warnings[0][1]
    assert result.warnings[0][0].endswith(":row 3")
    # The warning names the metric in words, in the language it is shown in, never its key.
    from shopdesk.exchange.common.translate import translator

    warning = result.warnings[0][1]
    assert str(warning) == "Response time (s) left out: the file says “延迟统计”"
    assert warning.render(translator("zh_CN")) == "未计入平均响应时长：文件中为“延迟统计”"


def test_a_bad_amount_on_a_paid_row_names_the_file_and_row(tmp_path):
    rows = pf.taobao_rows([['="1005"', "买家E", "", "", "", "", "12,3a", "交易成功", "", "", "",
                            "2026-11-03 09:00:00", "2026-11-03 09:00:00", "", "1", "", ""]])
    path = pf.write_csv(tmp_path / "bad.csv", rows, "gbk")
    with pytest.raises(ValidationErrors) as caught:
        parse_file(path)
    assert [str(e) for e in caught.value.errors] == ["bad.csv:row 6: 买家实际支付金额: '12,3a' is not a number"]


def test_an_unpaid_row_may_carry_anything_in_its_amount(tmp_path):
    rows = pf.taobao_rows([['="1005"', "买家E", "", "", "", "", "待定", "等待买家付款", "", "", "",
                            "2026-11-03 09:00:00", "", "", "1", "", ""]])
    parsed, result = _orders(pf.write_csv(tmp_path / "ok.csv", rows, "gbk"))
    assert result.skipped == {rules.NOT_PAID: 2}


def test_a_bad_time_names_the_file_and_row(tmp_path):
    rows = pf.taobao_rows([['="1005"', "买家E", "", "", "", "", "1.00", "交易成功", "", "", "",
                            "2026-11-03 09:00:00", "昨天下午", "", "1", "", ""]])
    with pytest.raises(ValidationErrors) as caught:
        parse_file(pf.write_csv(tmp_path / "t.csv", rows, "gbk"))
    assert str(caught.value.errors[0]) == "t.csv:row 6: 订单付款时间: '昨天下午' is not a time"


def test_unknown_kind_lists_the_key_headers_looked_for(tmp_path):
    path = pf.write_csv(tmp_path / "other.csv", [["名称", "数量"], ["a", "1"]])
    with pytest.raises(ValidationError) as caught:
        parse_file(path)
    text = str(caught.value)
    assert text.startswith("other.csv:row 1: not a known platform export")
    for key in ("订单编号", "子订单编号", "订单号", "统计日期", "旺旺昵称 / 客服昵称", "询单人数"):
        assert key in text


def test_a_header_below_the_first_ten_rows_is_not_found(tmp_path):
    rows = [["title"]] * 10 + pf.taobao_rows()
    with pytest.raises(ValidationError, match="not a known platform export"):
        parse_file(pf.write_csv(tmp_path / "deep.csv", rows))


@pytest.mark.parametrize("content, message", [
    (b"", "the file is empty"),
    (b"\r\n,,\r\n", "the file is empty"),
    (b"\x00\x01\x02binary" * 50, "not a spreadsheet"),
    (b"PK\x03\x04 broken zip" * 20, "not a readable spreadsheet"),
])
def test_empty_or_not_a_spreadsheet(tmp_path, content, message):
    path = tmp_path / "f.xlsx"
    path.write_bytes(content)
    with pytest.raises(ValidationError) as caught:
        parse_file(path)
    assert str(caught.value).startswith("f.xlsx:row 1: " + message)


@pytest.mark.parametrize("raw, fen", [
    ("1,234.50", 123450), ("¥12", 1200), ("￥0.5", 50), ("66.60元", 6660), ('="12.30"', 1230),
    ("无退款申请", 0), ("-", None), ("null", None), ("", None), (None, None), (16885.69, 1688569), (7, 700),
])
def test_money_cells(raw, fen):
    assert cells.money_fen(raw) == fen


@pytest.mark.parametrize("raw", ["1e999999999", "12,3a", "1.234", "NaN", "9" * 30, True])
def test_money_cells_refused(raw):
    with pytest.raises(ValueError):
        cells.money_fen(raw)


def test_other_cells():
    assert cells.percent("45.30%") == Decimal("45.30")
    assert cells.percent(0.453) == Decimal("45.300")
    assert cells.seconds("2分30秒") == 150
    assert cells.seconds("1小时2分") == 3720
    assert cells.seconds("25.38") == Decimal("25.38")
    assert cells.text("'13800000001") == "13800000001"
    assert cells.text(3500001.0) == "3500001"
    assert cells.timestamp("2026/11/03 09:00") .date() == date(2026, 11, 3)
    with pytest.raises(ValueError):
        cells.timestamp("2026-13-40 00:00:00")


def test_the_kind_files_ship_with_the_package_and_the_bundle():
    import tomllib
    from pathlib import Path

    root = Path(__file__).resolve().parents[3]
    data = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    assert "kinds/*.json" in data["tool"]["setuptools"]["package-data"]["shopdesk.exchange.platform"]
    assert any(dep.startswith("python-calamine") for dep in data["project"]["dependencies"])
    spec = (root / "shopdesk.spec").read_text(encoding="utf-8")
    assert '"shopdesk" / "exchange" / "platform" / "kinds", "shopdesk/exchange/platform/kinds"' in spec
    shipped = sorted(p.stem for p in (root / "shopdesk" / "exchange" / "platform" / "kinds").glob("*.json"))
    assert shipped == sorted(k.kind for k in all_kinds())


def test_sycm_as_a_real_xls_file_as_the_back_end_exports_it(tmp_path):
    """生意参谋 exports .xls: LibreOffice writes one from the .xlsx, python-calamine reads it back."""
    import shutil
    import subprocess

    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice (soffice) is needed to write the .xls fixture"
    source = pf.sycm_shop(tmp_path, "sycm.xlsx")
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to", "xls",
                    "--outdir", str(tmp_path / "out"), str(source)], check=True, capture_output=True, timeout=120)
    path = tmp_path / "out" / "sycm.xls"
    assert path.read_bytes()[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # a real BIFF/OLE file
    parsed = parse_file(path)
    assert parsed.kind.kind == "sycm-shop" and parsed.header_row == 4
    result = rules.aggregate_shop_daily(parsed.kind.kind, parsed.records, parsed.kind.ad_fields)
    assert result.shop == pf.SYCM_EXPECTED


def test_number_cells_formatted_as_percent_are_fractions(tmp_path):
    rows = pf.sycm_rows()
    rows[4][3] = 0.453  # an Excel percentage cell holds the fraction
    rows[4][1] = 1200.0
    parsed = parse_file(pf.write_xlsx(tmp_path / "s.xlsx", rows))
    result = rules.aggregate_shop_daily(parsed.kind.kind, parsed.records, parsed.kind.ad_fields)
    assert result.shop[pf.D3]["bounce_rate"] == 4530 and result.shop[pf.D3]["visitors"] == 1200


@given(st.decimals(min_value=0, max_value=10**12, places=2, allow_nan=False), st.sampled_from(["", " ", "元"]))
def test_plain_money_text_reads_the_same_as_the_full_way(amount, suffix):
    text = f"{amount:f}{suffix}"
    assert cells.money_fen(text) == int(amount * 100)
    assert cells.money_fen(f"{amount:,f}") == int(amount * 100)


@pytest.mark.parametrize("raw", ["1.234", "12.3.4", "１２", "+-1", "1e5", "9999999999999", "."])
def test_odd_money_text_is_refused(raw):
    with pytest.raises(ValueError):
        cells.money_fen(raw)


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path, monkeypatch):
    from shopdesk.exchange.platform import reader

    path = pf.tmall_lines(tmp_path)
    monkeypatch.setattr(reader, "MAX_UNPACKED", 1000)  # this small book unpacks to more than 1,000 bytes
    with pytest.raises(ValidationError) as caught:
        parse_file(path)
    assert str(caught.value) == "tmall_lines.xlsx:row 1: the spreadsheet unpacks to more than 0 MB"


_column_cells = st.sampled_from(["1234.50", "0.05", "", "-", "1,234.00", "12.3", "2026-11-03 09:01:10",
                                 "2026-02-30 00:00:00", "2026/11/03 09:01", '="1001"', '="A1"', "1.00\n2.00",
                                 " 12.00", "无退款申请", "١٢.٠٠"])


@given(st.sampled_from(["money", "time", "text"]), st.lists(_column_cells, min_size=1, max_size=5),
       st.integers(1001, 1300))
def test_a_whole_column_parses_as_each_cell_would(kind, mix, size):
    """Big CSV columns take a shortcut (one regular expression, then C); it must agree with the cell parser."""
    cells_in = [mix[i % len(mix)] for i in range(size)]
    one = cells.PARSERS[kind]
    try:
        expected = [one(c) for c in cells_in]
    except ValueError:
        with pytest.raises(ValueError):
            cells.parse_column(kind, cells_in, text_only=True)
        return
    assert cells.parse_column(kind, cells_in, text_only=True) == expected
