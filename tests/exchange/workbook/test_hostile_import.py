"""Issue items 4, 5 and 8: hostile workbooks are refused, each problem named as `Sheet!Cell`
(or the file), and the database stays byte-identical. Every case runs through the lean XML
reader and through the openpyxl fallback."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from shopdesk.domain.errors import ValidationErrors
from shopdesk.exchange.workbook import fastxlsx
from shopdesk.services.workbook.importer import import_workbook
from shopdesk.store.models.core import Staff
from tests.conftest import TODAY, file_bytes
from tests.exchange.workbook.hostile import sheet_xml, staff_sheet, write_raw

GOOD = [["王芳", "Design", "美工", 6000, "2024-05-20", "yes"], ["Anna Lee", "Operations", "运营", 5000, None, "yes"],
        ["Renée Li", "Logistics", "仓管", 4000, None, "yes"]]
RULES_HEAD = ["applies_to", "label", "kind", "metric", "basis", "rate", "amount"]
BOMB = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;'
        '&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>')
EXTERNAL = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY ext SYSTEM "file:///etc/passwd">]>'
TRIED: dict[str, int] = {}


def person(name: object = "新人", salary: object = 3000, **cells: object) -> list[object]:
    row: list[object] = [name, "Design", "美工", salary, None, "yes"]
    for index, value in cells.items():
        row[int(index[1:])] = value
    return row


def staff(*rows: list[object], **kwargs: object) -> dict[str, str]:
    return {"Staff": staff_sheet(*rows, **kwargs)}


# name → (sheets, write_raw options, the field named in the first problem)
CASES: dict[str, tuple[dict[str, str], dict[str, object], str]] = {
    "very hidden Rules sheet with a secret bonus": (
        {"Staff": staff_sheet(person()), "Rules": sheet_xml([RULES_HEAD, ["all", "Secret bonus", "fixed", None, None, None, 50000]])},
        {"states": {"Rules": "veryHidden"}}, "Rules!A1"),
    "hidden Staff sheet": ({"Notes": sheet_xml([["x"]]), "Staff": staff_sheet(person())},
                           {"states": {"Staff": "hidden"}}, "Staff!A1"),
    "hidden row": (staff(person(), person("李四"), row_attrs={3: ' hidden="1"'}), {}, "Staff!A3"),
    "zero-height row": (staff(person(), person("李四"), row_attrs={3: ' ht="0" customHeight="1"'}), {}, "Staff!A3"),
    "rows hidden by default": (staff(person(), sheet_format='<sheetFormatPr defaultRowHeight="15" zeroHeight="1"/>'),
                               {}, "Staff!A1"),
    "hidden salary column": (staff(person(), cols='<col min="4" max="4" width="9" hidden="1"/>'), {}, "Staff!D2"),
    "zero-width salary column": (staff(person(), cols='<col min="4" max="4" width="0" customWidth="1"/>'), {}, "Staff!D2"),
    "white on white salary": (staff(person(), styles={"D2": 1}), {}, "Staff!D2"),
    "a ;;; format hides the salary": (staff(person(), styles={"D2": 2}), {}, "Staff!D2"),
    "formula without cached value (salary)": (staff(person(), raw_cells={"D2": "><f>1000*10</f>"}), {}, "Staff!D2"),
    "=FALSE() without cached value (active)": (staff(person(), raw_cells={"F2": "><f>FALSE()</f><v/>"}), {}, "Staff!F2"),
    "hire date formula without value": (staff(person(), raw_cells={"E2": "><f>DATE(2024,1,1)</f><v></v>"}), {}, "Staff!E2"),
    "#REF! error cell as a name": (staff(person(), raw_cells={"A2": ' t="e"><v>#REF!</v>'}), {}, "Staff!A2"),
    "#N/A typed as text": (staff(person("#N/A")), {}, "Staff!A2"),
    "zero-width space": (staff(person("王芳\u200b")), {}, "Staff!A2"),
    "zero-width joiner": (staff(person("王\u200d芳")), {}, "Staff!A2"),
    "BOM": (staff(person("\ufeff王芳")), {}, "Staff!A2"),
    "bidi override": (staff(person("Anna\u202e Lee")), {}, "Staff!A2"),
    "right-to-left mark": (staff(person("\u200fAnna Lee")), {}, "Staff!A2"),
    "word joiner": (staff(person("Anna\u2060Lee")), {}, "Staff!A2"),
    "ESC": (staff(person("王芳\x1b[31m")), {}, "Staff!A2"),
    "newline": (staff(person("王\n芳")), {}, "Staff!A2"),
    "tab": (staff(person("王\t芳")), {}, "Staff!A2"),
    "NUL byte": (staff(person("王\x00芳")), {}, "Staff!A2"),
    "Cyrillic А": (staff(person("\u0410nna Lee")), {}, "Staff!A2"),
    "NFD instead of NFC": (staff(person("Rene\u0301e Li")), {}, "Staff!A2"),
    "full-width letters": (staff(person("Ａｎｎａ Ｌｅｅ")), {}, "Staff!A2"),
    "Hangul filler": (staff(person("王芳\u3164")), {}, "Staff!A2"),
    "both Staff and 员工 sheets": ({"Staff": staff_sheet(person()), "员工": staff_sheet(person("李四"))}, {}, "员工!A1"),
    "merged cells over data": (staff(person(), person("李四"), merges=("D2:D3",)), {}, "Staff!D2"),
    "1e-999999999 salary": (staff(person(salary="1e-999999999")), {}, "Staff!D2"),
    "1_000 salary": (staff(person(salary="1_000")), {}, "Staff!D2"),
    "Arabic-Indic digits": (staff(person(salary="٥٠٠٠")), {}, "Staff!D2"),
    "1e999999999 salary": (staff(person(salary="1e999999999")), {}, "Staff!D2"),
    "raw <v>1e400</v>": (staff(person(), raw_cells={"D2": "><v>1e400</v>"}), {}, "Staff!D2"),
    "raw NaN": (staff(person(), raw_cells={"D2": "><v>NaN</v>"}), {}, "Staff!D2"),
    "5,000-digit number": (staff(person(), raw_cells={"D2": "><v>" + "9" * 5000 + "</v>"}), {}, "Staff!D2"),
    "1e999999999 task points": (
        {"Staff": staff_sheet(person()), "Tasks": sheet_xml([["title", "assignee", "due", "repeat", "points"],
                                                              ["整理差评", "新人", "2026-12-01", "none", "1e999999999"]])},
        {}, "Tasks!E2"),
    "1e1000000 target": ({"Targets": sheet_xml([["scope", "metric", "period", "value"], ["shop", "sales", "2026-11", "1e1000000"]])},
                         {}, "Targets!D2"),
    "1e999999999 count target": (
        {"Targets": sheet_xml([["scope", "metric", "period", "value"], ["shop", "orders", "2026-11", "1e999999999"]])},
        {}, "Targets!D2"),
    "period 9999": ({"Targets": sheet_xml([["scope", "metric", "period", "value"], ["shop", "sales", "9999", 100]])},
                    {}, "Targets!C2"),
    "1e999999999 actual": ({"Actuals": sheet_xml([["date", "scope", "metric", "value"],
                                                  ["2026-11-02", "shop", "orders", "1e999999999"]])}, {}, "Actuals!D2"),
    "cell over 32,767 characters": (staff(person("王" * 40000)), {}, "Staff!A2"),
    "billion laughs": (staff(person()), {"prolog": {"xl/worksheets/sheet1.xml": BOMB}}, "hostile.xlsx"),
    "external entity": (staff(person()), {"prolog": {"xl/styles.xml": EXTERNAL}}, "hostile.xlsx"),
}
# Not XML (or not a number) openpyxl can read at all: that reader refuses the whole file instead.
NOT_XML = {"ESC", "NUL byte", "raw NaN", "5,000-digit number"}


@pytest.fixture(params=["fast", "openpyxl"])
def reader(request, monkeypatch):  # type: ignore[no-untyped-def]
    if request.param == "openpyxl":
        def refuse(self, path):  # type: ignore[no-untyped-def]
            raise fastxlsx.Unsupported("use openpyxl")

        monkeypatch.setattr(fastxlsx.Book, "__init__", refuse)
    return request.param


@pytest.fixture
def shop(db, owner, tmp_path):  # type: ignore[no-untyped-def]
    good = write_raw(tmp_path / "good.xlsx", {"Staff": staff_sheet(*GOOD)})
    import_workbook(db, owner, good, TODAY)
    return db


def _people(db) -> int:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Staff))


@pytest.mark.parametrize("case", list(CASES))
def test_a_hostile_workbook_is_refused_by_cell_and_changes_nothing(case, reader, shop, owner, tmp_path):
    sheets, options, field = CASES[case]
    book = write_raw(tmp_path / "hostile.xlsx", sheets, **options)  # type: ignore[arg-type]
    before, people = file_bytes(shop), _people(shop)
    started = time.monotonic()
    with pytest.raises(ValidationErrors) as caught:
        import_workbook(shop, owner, book, TODAY)
    assert time.monotonic() - started < 30  # "at once": no cell may hang an import
    fields = [e.field for e in caught.value.errors]
    if reader == "openpyxl" and case in NOT_XML:
        assert fields == ["hostile.xlsx"]
    else:
        assert field in fields, (case, [str(e) for e in caught.value.errors])
    assert all(e.message.strip() for e in caught.value.errors)
    assert file_bytes(shop) == before and _people(shop) == people
    TRIED[f"workbook.{reader}"] = TRIED.get(f"workbook.{reader}", 0) + 1


def test_the_good_workbook_still_imports_through_both_readers(reader, db, owner, tmp_path):
    book = write_raw(tmp_path / "good.xlsx", {"Staff": staff_sheet(*GOOD)})
    assert import_workbook(db, owner, book, TODAY).staff == 3


def test_a_workbook_that_unpacks_to_more_than_200_mb_is_refused_unread(db, owner, tmp_path):
    import zipfile

    book = write_raw(tmp_path / "bomb.xlsx", staff(person()))
    with zipfile.ZipFile(book, "a", zipfile.ZIP_DEFLATED) as zf, zf.open("xl/media/padding.xml", "w") as part:
        chunk = b" " * (1024 * 1024)
        for _ in range(210):
            part.write(chunk)
    assert book.stat().st_size < 2 * 1024 * 1024
    before = file_bytes(db)
    with pytest.raises(ValidationErrors) as caught:
        import_workbook(db, owner, book, TODAY)
    assert [e.field for e in caught.value.errors] == ["bomb.xlsx"]
    assert "200 MB" in caught.value.errors[0].message
    assert file_bytes(db) == before


# --- hypothesis: invisible characters, huge exponents, hidden content -----------------------------------

INVISIBLE = st.characters(categories=["Cc", "Cf", "Zl", "Zp", "Co"])
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@SETTINGS
@given(char=INVISIBLE, at=st.integers(0, 2))
@example(char="\u200b", at=2).via("issue item 8")
@example(char="\ufeff", at=0).via("issue item 8")
def test_any_invisible_character_in_a_name_is_refused(shop, owner, tmp_path_factory, char, at):
    name = "王芳"[:at] + char + "王芳"[at:]
    book = write_raw(tmp_path_factory.mktemp("inv") / "b.xlsx", staff(person(name)))
    before = file_bytes(shop)
    with pytest.raises(ValidationErrors) as caught:
        import_workbook(shop, owner, book, TODAY)
    assert caught.value.errors[0].field in ("Staff!A2", "b.xlsx")
    assert file_bytes(shop) == before
    TRIED["workbook.invisible"] = TRIED.get("workbook.invisible", 0) + 1


@SETTINGS
@given(exponent=st.one_of(st.integers(13, 10**9), st.integers(-10**9, -13)),
       sheet=st.sampled_from(["salary", "target", "actual", "points"]))
@example(exponent=999999999, sheet="points").via("issue item 5")
@example(exponent=-999999999, sheet="salary").via("issue item 8")
def test_a_huge_or_tiny_exponent_is_refused_at_once(shop, owner, tmp_path_factory, exponent, sheet):
    text = f"1e{exponent}"
    sheets = {
        "salary": staff(person(salary=text)),
        "target": {"Targets": sheet_xml([["scope", "metric", "period", "value"], ["shop", "sales", "2026-11", text]])},
        "actual": {"Actuals": sheet_xml([["date", "scope", "metric", "value"], ["2026-11-02", "shop", "sales", text]])},
        "points": {"Staff": staff_sheet(person()), "Tasks": sheet_xml([["title", "assignee", "points"], ["t", "新人", text]])},
    }[sheet]
    book = write_raw(tmp_path_factory.mktemp("exp") / "b.xlsx", sheets)
    before = file_bytes(shop)
    started = time.monotonic()
    with pytest.raises(ValidationErrors) as caught:
        import_workbook(shop, owner, book, TODAY)
    assert time.monotonic() - started < 10
    assert any(e.field.endswith(("D2", "C2")) for e in caught.value.errors), [str(e) for e in caught.value.errors]
    assert file_bytes(shop) == before
    TRIED["workbook.exponent"] = TRIED.get("workbook.exponent", 0) + 1


HIDING = st.sampled_from(["row", "zero-height", "column", "white", ";;;", "merge", "sheet", "veryHidden"])


@SETTINGS
@given(how=HIDING, row=st.integers(2, 4), col=st.integers(1, 6))
@example(how="column", row=2, col=5).via("an empty hire-date column hid nothing: the test fills it")
def test_hidden_content_anywhere_on_the_staff_sheet_is_refused(shop, owner, tmp_path_factory, how, row, col):
    from tests.exchange.workbook.hostile import col_letter

    people = [person(f"人{i}", c4="2024-03-01") for i in range(2, 5)]  # every column holds a value
    ref = f"{col_letter(col)}{row}"
    options: dict[str, object] = {}
    kwargs: dict[str, object] = {
        "row": {"row_attrs": {row: ' hidden="1"'}}, "zero-height": {"row_attrs": {row: ' ht="0"'}},
        "column": {"cols": f'<col min="{col}" max="{col}" hidden="1"/>'}, "white": {"styles": {ref: 1}},
        ";;;": {"styles": {ref: 2}}, "merge": {"merges": (f"{ref}:{col_letter(col)}{row + 1}",)},
    }.get(how, {})
    sheets = {"Staff": staff_sheet(*people, **kwargs)}
    if how in ("sheet", "veryHidden"):
        sheets = {"Notes": sheet_xml([["x"]]), **sheets}
        options["states"] = {"Staff": "hidden" if how == "sheet" else "veryHidden"}
    book = write_raw(tmp_path_factory.mktemp("hid") / "b.xlsx", sheets, **options)  # type: ignore[arg-type]
    before = file_bytes(shop)
    with pytest.raises(ValidationErrors) as caught:
        import_workbook(shop, owner, book, TODAY)
    assert caught.value.errors[0].field.startswith("Staff!")
    assert file_bytes(shop) == before
    TRIED["workbook.hidden"] = TRIED.get("workbook.hidden", 0) + 1


def test_zz_report_counts():
    print(f"\nhostile workbooks tried: {sum(TRIED.values())} — "
          + ", ".join(f"{k} {v}" for k, v in sorted(TRIED.items())))
