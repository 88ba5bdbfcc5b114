"""The lean XML reader gives exactly what openpyxl gives, for every way ShopDesk and users write workbooks."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from shopdesk.exchange.workbook.fastxlsx import Book, is_date_format
from shopdesk.exchange.workbook.reader import _openpyxl_rows
from shopdesk.exchange.workbook.template import write_template
from shopdesk.services.workbook.export import export_workbook
from tests.exchange.workbook.books import chinese_book


def _same(path: Path) -> None:
    fast = Book(str(path))
    wb = load_workbook(path, read_only=True, data_only=True)
    try:
        assert list(fast.sheets) == wb.sheetnames
        for name in wb.sheetnames:
            assert list(fast.rows(name)) == list(_openpyxl_rows(wb[name])), name
    finally:
        fast.close()
        wb.close()


def test_shared_strings_dates_and_formats(tmp_path: Path) -> None:
    path = tmp_path / "b.xlsx"
    chinese_book(path)
    _same(path)


def test_streamed_exports_and_templates(demo_db, owner, tmp_path: Path) -> None:
    export_workbook(demo_db, owner, tmp_path / "e.xlsx", lang="zh_CN")
    write_template(tmp_path / "t.xlsx", "zh_CN")
    _same(tmp_path / "e.xlsx")
    _same(tmp_path / "t.xlsx")


cell_values = st.one_of(
    st.none(), st.integers(-10**12, 10**12), st.floats(-1e15, 1e15, allow_nan=False),
    st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=12),
    st.dates(date(1900, 3, 1), date(2100, 1, 1)).map(lambda d: datetime(d.year, d.month, d.day)),
    st.booleans())
formats = st.sampled_from(["General", "0%", "0.00%", "yyyy-mm-dd", '"¥"#,##0.00', "0.0", "@"])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.lists(st.tuples(cell_values, formats), min_size=1, max_size=5), min_size=1, max_size=6))
def test_any_cells_read_the_same(tmp_path_factory, rows) -> None:
    path = tmp_path_factory.mktemp("fx") / "any.xlsx"
    wb = Workbook()
    ws = wb.active
    for r, row in enumerate(rows, start=1):
        for c, (value, fmt) in enumerate(row, start=1):
            cell = ws.cell(r + 1, c, value)  # row 1 stays empty: rows keep their own numbers
            if not isinstance(value, datetime):
                cell.number_format = fmt
    wb.save(path)
    try:
        list(_openpyxl_rows(load_workbook(path, read_only=True, data_only=True).active))
    except (OverflowError, ValueError):  # openpyxl cannot read a date-formatted number beyond year 9999; nothing to compare
        assume(False)
    _same(path)


def test_date_formats() -> None:
    assert is_date_format("yyyy-mm-dd") and is_date_format("[$-F800]dddd, mmmm dd, yyyy")
    assert not is_date_format('"¥"#,##0.00;[Red]-"¥"#,##0.00') and not is_date_format("0.00%")


def test_prefixed_xml_takes_the_general_path(tmp_path: Path) -> None:
    """Some tools write `<x:c>`; such sheets must not read as empty."""
    import re
    import zipfile

    plain, prefixed = tmp_path / "plain.xlsx", tmp_path / "prefixed.xlsx"
    wb = Workbook()
    wb.active.title = "员工"
    wb.active.append(["姓名", "部门"])
    wb.active.append(["李娜", "设计"])
    wb.save(plain)
    with zipfile.ZipFile(plain) as zin, zipfile.ZipFile(prefixed, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                text = data.decode().replace('xmlns="http', 'xmlns:x="http')
                data = re.sub(r"<(/?)(\w+)", lambda m: f"<{m[1]}x:{m[2]}", text).encode()
            zout.writestr(item, data)
    book = Book(str(prefixed))
    assert list(book.rows("员工")) == [(1, {1: ("姓名", None), 2: ("部门", None)}),
                                      (2, {1: ("李娜", None), 2: ("设计", None)})]
