"""Export → import into an empty database → export gives the same cells; the template imports as it is."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from shopdesk.exchange.workbook.template import write_template
from shopdesk.services.workbook.export import export_workbook
from shopdesk.services.workbook.importer import import_workbook
from shopdesk.store.db import Database
from shopdesk.store.schema import ensure_schema
from tests.conftest import TODAY


def _cells(path: Path) -> dict[str, list[tuple]]:
    wb = load_workbook(path, read_only=True)
    try:
        return {ws.title: list(ws.iter_rows(values_only=True)) for ws in wb}
    finally:
        wb.close()


def _fresh(path: Path) -> Database:
    db = Database(path)
    ensure_schema(db)
    return db


def test_demo_shop_round_trips(demo_db, owner, tmp_path: Path) -> None:
    first = tmp_path / "first.xlsx"
    export_workbook(demo_db, owner, first)
    again = _fresh(tmp_path / "again.db")
    try:
        summary = import_workbook(again, owner, first, TODAY)
        second = tmp_path / "second.xlsx"
        export_workbook(again, owner, second)
    finally:
        again.dispose()
    a, b = _cells(first), _cells(second)
    assert list(a) == ["Shop", "Staff", "Targets", "Actuals", "Rules", "Tasks", "Products"]
    assert summary.staff == len(a["Staff"]) - 1 and summary.figures == len(a["Actuals"]) - 1
    assert len(a["Actuals"]) > 1000 and len(a["Targets"]) > 10
    for title in a:
        assert a[title] == b[title], title


def test_round_trip_in_chinese_headers(demo_db, owner, tmp_path: Path) -> None:
    first = tmp_path / "中文.xlsx"
    export_workbook(demo_db, owner, first, lang="zh_CN")
    cells = _cells(first)
    assert list(cells) == ["店铺", "员工", "目标", "实绩", "规则", "任务", "商品"]
    assert cells["员工"][0][:6] == ("姓名", "部门", "岗位", "底薪", "入职日期", "在职")
    again = _fresh(tmp_path / "again.db")
    try:
        import_workbook(again, owner, first, TODAY)
        second = tmp_path / "second.xlsx"
        export_workbook(again, owner, second, lang="zh_CN")
    finally:
        again.dispose()
    assert _cells(second) == cells


def test_template_imports_unchanged_in_both_languages(owner, tmp_path: Path) -> None:
    for lang in ("en", "zh_CN"):
        book = tmp_path / f"template-{lang}.xlsx"
        write_template(book, lang)
        assert load_workbook(book).sheetnames[0] == ("说明" if lang == "zh_CN" else "Instructions")
        db = _fresh(tmp_path / f"{lang}.db")
        try:
            summary = import_workbook(db, owner, book, TODAY)
        finally:
            db.dispose()
        assert (summary.staff, summary.figures, summary.rules, summary.tasks) == (2, 2, 2, 2)
