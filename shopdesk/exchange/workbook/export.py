"""Writing the shop set-up as a workbook in the import format (DESIGN §4.2).

English sheet names and header keys (or the Chinese ones with lang="zh_CN"),
one row per person, target, daily figure, rule and task. Periods are written
as text so Excel does not turn `2026-11` into a date; values in natural
units (yuan, %, counts). Importing the file into an empty database gives
back the same shop. Sheets are streamed (openpyxl write-only), so a year of
daily figures for a large team writes in seconds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from shopdesk.domain.departments import Department
from shopdesk.domain.metrics import MetricRegistry
from shopdesk.domain.scope import Scope
from shopdesk.exchange.common.labels import department_label
from shopdesk.exchange.common.style import (
    DATE_FORMAT,
    YUAN_FORMAT,
    fitted_widths,
    header_fill,
    header_font,
    set_widths,
)
from shopdesk.exchange.workbook.layout import ACTUALS, SHOP, STAFF, TARGETS, SheetLayout
from shopdesk.exchange.workbook.reader import Progress
from shopdesk.services.common.context import Actor
from shopdesk.services.figures.registry import load_registry
from shopdesk.store.db import Database
from shopdesk.store.models.core import Figure, Setting, Staff, Target

SheetRows = tuple[SheetLayout, list[list[object]], dict[int, str]]  # layout, rows, column → format


class ScopeNames:
    def __init__(self, people: dict[int, str], lang: str) -> None:
        self.people, self.lang = people, lang

    def __call__(self, scope: str) -> str:
        parsed = Scope.try_parse(scope)
        if parsed is None:
            return scope
        if parsed.is_shop:
            return "店铺" if self.lang == "zh_CN" else "shop"
        if parsed.department is not None:
            return department_label(parsed.department, self.lang)
        assert parsed.staff_id is not None
        return self.people.get(parsed.staff_id, scope)


def _rank(name: object) -> int:
    """Shop first, then departments, then people."""
    text = str(name)
    if text in ("shop", "店铺"):
        return 0
    return 1 if any(text in (d.english, d.chinese) for d in Department) else 2


def _natural(registry: MetricRegistry, metric: str, value: int) -> Decimal | int:
    m = registry[metric]
    return value if m.scale == 1 else m.to_natural(value)


def collect(db: Database, lang: str = "en") -> list[SheetRows]:
    """The rows of the Shop, Staff, Targets and Actuals sheets."""
    registry = load_registry(db)
    yes, no = ("是", "否") if lang == "zh_CN" else ("yes", "no")
    with db.read() as s:
        settings = dict(s.execute(select(Setting.key, Setting.value)
                                  .where(Setting.key.in_(("shop_name", "rest_days", "hero_aov")))).all())
        staff = list(s.scalars(select(Staff).order_by(Staff.department, Staff.name)))
        targets = s.execute(select(Target.scope, Target.metric, Target.period, Target.value, Target.split)).all()
        figures = s.execute(select(Figure.day, Figure.scope, Figure.metric, Figure.value)).all()
    scope = ScopeNames({p.id: p.name for p in staff}, lang)
    shop_rows: list[list[object]] = [[k, settings[key]] for key, k in (
        ("shop_name", "name"), ("rest_days", "rest_days"), ("hero_aov", "hero_aov")) if settings.get(key)]
    staff_rows: list[list[object]] = [
        [p.name, department_label(p.department, lang), p.position, Decimal(p.base_salary_fen) / 100,
         p.hire_date, yes if p.active else no, p.role] for p in staff]
    # Rows sort by what they show (not by internal ids), so two exports of the same shop match.
    target_rows: list[list[object]] = sorted(
        ([scope(sc), metric, period, _natural(registry, metric, value), split]
         for sc, metric, period, value, split in targets if metric in registry),
        key=lambda r: (_rank(r[0]), r[0], r[1], r[2]))
    # Task figures come from tasks marked done, not from the set-up, so they are not exported.
    figure_rows: list[list[object]] = sorted(
        ([day, scope(sc), metric, _natural(registry, metric, value)]
         for day, sc, metric, value in figures if metric in registry and registry[metric].entered),
        key=lambda r: (r[0], _rank(r[1]), r[1], r[2]))
    return [(SHOP, shop_rows, {}), (STAFF, staff_rows, {3: YUAN_FORMAT, 4: DATE_FORMAT}),
            (TARGETS, target_rows, {}), (ACTUALS, figure_rows, {0: DATE_FORMAT})]


def write_sheets(path: Path, sheets: Sequence[SheetRows], lang: str = "en",
                 progress: Progress | None = None, first: Callable[[object], None] | None = None) -> None:
    """Stream the sheets into a new workbook: bold header, frozen first row, fitted widths."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    wb = Workbook(write_only=True)
    if first is not None:
        first(wb)
    total = sum(len(rows) for _, rows, _ in sheets) or 1
    done = 0
    for layout, rows, formats in sheets:
        ws = wb.create_sheet(layout.title(lang))
        headers = layout.headers(lang)
        set_widths(ws, fitted_widths(_with_header(headers, rows)))
        ws.freeze_panes = "A2"
        font, fill = header_font(), header_fill()
        head = []
        for h in headers:
            cell = WriteOnlyCell(ws, value=h)
            cell.font, cell.fill = font, fill
            head.append(cell)
        ws.append(head)
        styled = {i: f for i, f in formats.items()}
        for row in rows:
            if styled:
                out: list[object] = list(row)
                for i, fmt in styled.items():
                    if i < len(out) and out[i] is not None:
                        cell = WriteOnlyCell(ws, value=out[i])
                        cell.number_format = fmt
                        out[i] = cell
                ws.append(out)
            else:
                ws.append(row)
            done += 1
            if progress is not None and done % 10_000 == 0:
                progress(done, total)
    wb.save(path)


def _with_header(headers: list[str], rows: list[list[object]]) -> Iterator[Sequence[object]]:
    yield headers
    for row in rows:
        yield [v.isoformat() if isinstance(v, date) else v for v in row]


def export_workbook(db: Database, actor: Actor, path: Path, lang: str = "en",
                    progress: Progress | None = None) -> int:
    """Write the whole shop set-up; returns how many data rows were written."""
    actor.require_owner("export the shop set-up")
    sheets = collect(db, lang)
    from shopdesk.exchange.workbook.export_rules_tasks import extra_sheets

    sheets += extra_sheets(db, lang, ScopeNames({}, lang))
    write_sheets(Path(path), sheets, lang, progress)
    return sum(len(rows) for _, rows, _ in sheets)
