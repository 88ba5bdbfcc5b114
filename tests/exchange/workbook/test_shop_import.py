"""Importing real workbooks into a real SQLite file: Chinese names, cell readings, all or nothing."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from shopdesk.domain.errors import PermissionDenied, ValidationErrors
from shopdesk.exchange.workbook.import_actuals import ActualsExist
from shopdesk.services.common.context import Actor, Role
from shopdesk.services.workbook.importer import import_workbook
from shopdesk.store.models.core import Figure, Setting, Staff, Target
from tests.conftest import TODAY, file_bytes
from tests.exchange.workbook.books import chinese_book, write_book


def _staff_id(db, name: str) -> int:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return s.scalar(select(Staff.id).where(Staff.name == name))


def _figure(db, scope_name: str, metric: str, day: date) -> int | None:  # type: ignore[no-untyped-def]
    with db.read() as s:
        sid = s.scalar(select(Staff.id).where(Staff.name == scope_name))
        return s.scalar(select(Figure.value).where(Figure.scope == f"staff:{sid}", Figure.metric == metric,
                                                   Figure.day == day))


def test_chinese_workbook_imports_everything(db, owner, tmp_path: Path) -> None:
    book = tmp_path / "店铺.xlsx"
    chinese_book(book)
    summary = import_workbook(db, owner, book, TODAY)
    assert summary.staff == 4 and summary.figures == 15
    with db.read() as s:
        staff = {r.name: r for r in s.scalars(select(Staff))}
        settings = dict(s.execute(select(Setting.key, Setting.value)).all())
        targets = dict(s.execute(select(Target.period, Target.value).where(Target.scope == "shop")).all())
        dept = s.scalar(select(Target.value).where(Target.scope == "dept:customer_service",
                                                   Target.period == "2026-11"))
    assert staff["王芳"].department == "design" and staff["王芳"].hire_date == date(2024, 5, 20)
    assert staff["刘洋"].base_salary_fen == 450050 and staff["刘洋"].active
    assert settings == {"shop_name": "小鹿家居旗舰店", "rest_days": "sun"}
    # The year is broken down by its weights (Nov weighs 2 of 13.5) and the quarters add up.
    assert targets["2026"] == 600_000_000
    assert sum(v for k, v in targets.items() if len(k) == 7 and "Q" not in k) == 600_000_000
    assert targets["2026-11"] == 88_888_900 and targets["2026-Q4"] == sum(targets[f"2026-{m}"] for m in (10, 11, 12))
    assert dept == 3000  # 9000 inquiries over Q4, evenly
    assert _figure(db, "张伟", "sales", date(2026, 10, 1)) == 1_234_660


def test_float_noise_percent_cells_and_date_periods(db, owner, tmp_path: Path) -> None:
    book = tmp_path / "b.xlsx"
    write_book(book, {
        "Staff": [["name", "department", "base_salary"], ["Li Na", "Operations", 16885.689999999999],
                  ["Zhou Min", "Customer Service", "¥5,200.50"]],
        "Targets": [["scope", "metric", "period", "value"], ["Li Na", "conversion_rate", datetime(2026, 11, 1), 0.035],
                    ["Li Na", "bounce_rate", "2026-11", "60%"], ["Operations", "bounce_rate", "2026-11", 55]],
        "Actuals": [["date", "scope", "metric", "value"], [datetime(2026, 11, 2), "Li Na", "bounce_rate", 0.655],
                    ["2026-11-02", "Li Na", "sales", 0.1 + 0.2]],
    }, formats={("Targets", "D2"): "0.0%", ("Actuals", "D2"): "0.0%"})
    import_workbook(db, owner, book, TODAY)
    with db.read() as s:
        salary = dict(s.execute(select(Staff.name, Staff.base_salary_fen)).all())
        targets = {(sc, m): v for sc, m, v in s.execute(select(Target.scope, Target.metric, Target.value)
                                                          .where(Target.metric.in_(("conversion_rate", "bounce_rate"))))}
        metrics = {(m, s.scalar(select(Figure.value).where(Figure.metric == m))) for m in ("bounce_rate", "sales")}
    assert salary == {"Li Na": 1_688_569, "Zhou Min": 520_050}
    assert targets == {("dept:operations", "bounce_rate"): 5500, ("staff:1", "conversion_rate"): 350,
                       ("staff:1", "bounce_rate"): 6000}
    assert metrics == {("bounce_rate", 6550), ("sales", 30)}


def test_every_problem_is_listed_and_nothing_is_written(db, owner, tmp_path: Path) -> None:
    book = tmp_path / "bad.xlsx"
    sheets = chinese_book(book)
    sheets["员工"][2][1] = "销售部"  # unknown department, B3
    sheets["目标"][3][2] = "2026-13"  # C4
    sheets["实绩"][2][3] = "十二"  # text in a number cell, D3
    sheets["实绩"].append(list(sheets["实绩"][1]))  # a repeated key
    write_book(book, sheets)
    before = file_bytes(db)
    with pytest.raises(ValidationErrors) as caught:
        import_workbook(db, owner, book, TODAY)
    fields = [e.field for e in caught.value.errors]
    assert "员工!B3" in fields and "目标!C4" in fields and "实绩!D3" in fields
    assert f"实绩!A{len(sheets['实绩'])}" in fields
    assert file_bytes(db) == before


def test_actuals_already_stored_need_replace_and_are_never_doubled(db, owner, tmp_path: Path) -> None:
    book = tmp_path / "b.xlsx"
    sheets = chinese_book(book)
    import_workbook(db, owner, book, TODAY)
    with pytest.raises(ValidationErrors) as caught:
        import_workbook(db, owner, book, TODAY)
    assert isinstance(caught.value.errors[0], ActualsExist) and caught.value.errors[0].count == 15
    sheets["实绩"][1][3] = 99999
    write_book(book, sheets)
    summary = import_workbook(db, owner, book, TODAY, replace=True)
    assert summary.figures_replaced == 15
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Figure)) == 15
    assert _figure(db, "张伟", "sales", date(2026, 10, 1)) == 9_999_900
    # Each import of figures is audited; a replaced figure with its value before and after.
    from shopdesk.store.models.audit import AuditEntry

    with db.read() as s:
        entries = list(s.scalars(select(AuditEntry).where(AuditEntry.entity == "figures").order_by(AuditEntry.id)))
    assert [e.entity_id for e in entries] == ["2026-10-01 – 2026-10-05"] * 2
    sid = _staff_id(db, "张伟")
    assert f'"staff:{sid} sales 2026-10-01": 1234660' in entries[-1].before
    assert f'"staff:{sid} sales 2026-10-01": 9999900' in entries[-1].after
    assert '"replaced": 15' in entries[-1].before and '"figures": 15' in entries[-1].after


def test_only_the_owner_imports(db, tmp_path: Path) -> None:
    book = tmp_path / "b.xlsx"
    chinese_book(book)
    with pytest.raises(PermissionDenied):
        import_workbook(db, Actor(Role.MANAGER, "经理", department="operations"), book, TODAY)


def test_not_a_workbook_is_named(db, owner, tmp_path: Path) -> None:
    junk = tmp_path / "junk.xlsx"
    junk.write_text("not a zip")
    with pytest.raises(ValidationErrors) as caught:
        import_workbook(db, owner, junk, TODAY)
    assert caught.value.errors[0].field == "junk.xlsx"


def test_missing_required_column_names_the_sheet(db, owner, tmp_path: Path) -> None:
    book = tmp_path / "b.xlsx"
    write_book(book, {"实绩": [["日期", "范围", "数值"], ["2026-10-01", "shop", 5]]})
    with pytest.raises(ValidationErrors) as caught:
        import_workbook(db, owner, book, TODAY)
    assert [str(e) for e in caught.value.errors] == ["实绩!A1: the column 'metric' (指标) is missing"]
