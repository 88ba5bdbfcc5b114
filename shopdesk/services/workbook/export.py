"""The shop workbook export as a use case: read the set-up (staff, targets, figures, rules, tasks,
attendance, products) and hand the rows to `exchange/workbook/export.py`, which lays them out.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select

from shopdesk.exchange.common.labels import department_label
from shopdesk.exchange.common.style import DATE_FORMAT, YUAN_FORMAT
from shopdesk.exchange.workbook.export import (
    SETTING_KEYS,
    ScopeNames,
    SheetRows,
    natural_value,
    scope_rank,
    setting_shown,
    write_sheets,
    yuan_of,
)
from shopdesk.exchange.workbook.layout import (
    ACTUALS,
    ATTENDANCE,
    PRODUCTS,
    SHOP,
    STAFF,
    TARGETS,
    shop_key_word,
)
from shopdesk.exchange.workbook.reader import Progress
from shopdesk.exchange.workbook.values import ROLE, SOURCE, SPLIT, YES_NO, metric_words
from shopdesk.services.common.context import Actor
from shopdesk.services.figures.registry import load_registry
from shopdesk.services.workbook.rules_tasks_sheets import extra_sheets
from shopdesk.store.db import Database
from shopdesk.store.models.core import Figure, Setting, Staff, Target
from shopdesk.store.models.payroll import Attendance
from shopdesk.store.models.platform import Product


def collect(db: Database, lang: str = "en") -> list[SheetRows]:
    """The rows of the Shop, Staff, Targets and Actuals sheets."""
    registry = load_registry(db)
    yes, no = YES_NO.word("yes", lang), YES_NO.word("no", lang)
    metric = metric_words(registry, lang)
    with db.read() as s:
        settings = dict(s.execute(select(Setting.key, Setting.value)
                                  .where(Setting.key.in_(SETTING_KEYS))).all())
        staff = list(s.scalars(select(Staff).order_by(Staff.department, Staff.name)))
        targets = s.execute(select(Target.scope, Target.metric, Target.period, Target.value, Target.split)).all()
        figures = s.execute(select(Figure.day, Figure.scope, Figure.metric, Figure.value, Figure.source)).all()
        attendance = s.execute(select(Attendance.month, Attendance.staff_id, Attendance.unpaid_halves,
                                      Attendance.late)).all()
    scope = ScopeNames({p.id: p.name for p in staff}, lang)
    shop_rows: list[list[object]] = [[shop_key_word(key, lang), setting_shown(key, settings[key], lang)]
                                     for key in SETTING_KEYS if settings.get(key)]
    staff_rows: list[list[object]] = [
        [p.name, department_label(p.department, lang), p.position, Decimal(p.base_salary_fen) / 100,
         p.hire_date, yes if p.active else no, ROLE.word(p.role, lang), p.leave_date, yuan_of(p.si_base_fen), yuan_of(p.hf_base_fen),
         yuan_of(p.special_deduction_fen or None), p.platform_accounts or ""] for p in staff]
    names = {p.id: p.name for p in staff}
    attendance_rows: list[list[object]] = sorted(
        [month, names[sid], Decimal(halves) / 2, late] for month, sid, halves, late in attendance if sid in names)
    # Rows sort by what they show (not by internal ids), so two exports of the same shop match.
    target_rows: list[list[object]] = sorted(
        ([scope(sc), metric[key], period, natural_value(registry, key, value), SPLIT.word(split, lang)]
         for sc, key, period, value, split in targets if key in registry),
        key=lambda r: (scope_rank(r[0]), r[0], r[1], r[2]))
    # Task figures come from tasks marked done, not from the set-up, so they are not exported.
    figure_rows: list[list[object]] = sorted(
        ([day, scope(sc), metric[key], natural_value(registry, key, value), SOURCE.word(source, lang)]
         for day, sc, key, value, source in figures if key in registry and registry[key].entered),
        key=lambda r: (r[0], scope_rank(r[1]), r[1], r[2]))
    sheets: list[SheetRows] = [
        (SHOP, shop_rows, {}),
        (STAFF, staff_rows, {3: YUAN_FORMAT, 4: DATE_FORMAT, 7: DATE_FORMAT, 8: YUAN_FORMAT, 9: YUAN_FORMAT,
                             10: YUAN_FORMAT}),
        (TARGETS, target_rows, {}), (ACTUALS, figure_rows, {0: DATE_FORMAT})]
    if attendance_rows:  # a shop that keeps no attendance sees no new sheet
        sheets.append((ATTENDANCE, attendance_rows, {}))
    return sheets


def products_sheet(db: Database):
    """(layout, rows, formats) of the Products sheet for the export."""
    with db.read() as s:
        rows = s.execute(select(Product.product_id, Product.sku_code, Product.name, Staff.name, Product.designed_from)
                         .outerjoin(Staff, Staff.id == Product.designer_id)
                         .order_by(func.coalesce(Staff.name, ""), Product.name, Product.product_id)).all()
    return (PRODUCTS, [[pid, code or "", name, designer or "", since] for pid, code, name, designer, since in rows],
            {4: DATE_FORMAT})


def export_workbook(db: Database, actor: Actor, path: Path, lang: str = "en",
                    progress: Progress | None = None) -> int:
    """Write the whole shop set-up; returns how many data rows were written."""
    actor.require_owner("export the shop set-up")
    sheets = collect(db, lang)
    sheets += extra_sheets(db, lang, ScopeNames({}, lang))
    sheets.sort(key=lambda sheet: sheet[0] is ATTENDANCE)  # last, after Rules and Tasks
    sheets.append(products_sheet(db))
    write_sheets(Path(path), sheets, lang, progress)
    return sum(len(rows) for _, rows, _ in sheets)
