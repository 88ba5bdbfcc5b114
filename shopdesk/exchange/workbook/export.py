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
from typing import Any

from shopdesk.domain.departments import Department
from shopdesk.domain.metrics import MetricRegistry
from shopdesk.domain.scope import Scope
from shopdesk.exchange.common.cells import row_cells, text_cell
from shopdesk.exchange.common.labels import department_label
from shopdesk.exchange.common.style import (
    fitted_widths,
    header_fill,
    header_font,
    set_widths,
)
from shopdesk.exchange.workbook.layout import SheetLayout
from shopdesk.exchange.workbook.reader import Progress
from shopdesk.exchange.workbook.values import ON_OFF, SHOP_SCOPE, rest_days_word

SheetRows = tuple[SheetLayout, list[list[object]], dict[int, str]]  # layout, rows, column → format


class ScopeNames:
    def __init__(self, people: dict[int, str], lang: str) -> None:
        self.people, self.lang = people, lang

    def __call__(self, scope: str) -> str:
        parsed = Scope.try_parse(scope)
        if parsed is None:
            return scope
        if parsed.is_shop:
            return SHOP_SCOPE.word("shop", self.lang)
        if parsed.department is not None:
            return department_label(parsed.department, self.lang)
        assert parsed.staff_id is not None
        return self.people.get(parsed.staff_id, scope)


def scope_rank(name: object) -> int:
    """Shop first, then departments, then people."""
    text = str(name)
    if SHOP_SCOPE.get(text) is not None:
        return 0
    return 1 if any(text in (d.english, d.chinese) for d in Department) else 2


def natural_value(registry: MetricRegistry, metric: str, value: int) -> Decimal | int:
    m = registry[metric]
    return value if m.scale == 1 else m.to_natural(value)


SETTING_KEYS = ("shop_name", "rest_days", "hero_aov", "si_rate", "hf_rate", "income_tax", "min_wage")


def yuan_of(fen: int | None) -> Decimal | None:
    return None if fen is None else Decimal(fen) / 100


def setting_shown(key: str, value: str, lang: str = "en") -> str:
    """Rates as `10.5%`, so a re-import reads them as percentages whatever the cell; rest days and
    income tax in the file's language (`周六,周日`, `是`)."""
    if key in ("si_rate", "hf_rate"):
        return f"{value}%"
    if key == "rest_days":
        return rest_days_word(value, lang)
    if key == "income_tax":
        return ON_OFF.word(value, lang)
    return value


def write_sheets(path: Path, sheets: Sequence[SheetRows], lang: str = "en",
                 progress: Progress | None = None, first: Callable[[object], None] | None = None) -> None:
    """Stream the sheets into a new workbook: bold header, frozen first row, fitted widths."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import Cell

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
            cell = text_cell(ws, h)
            cell.font, cell.fill = font, fill
            head.append(cell)
        ws.append(head)
        styled = {i: f for i, f in formats.items()}
        for row in rows:
            out: list[Any] = row_cells(ws, row)  # user text never becomes a formula
            for i, fmt in styled.items():
                if i < len(out) and out[i] is not None and not isinstance(out[i], Cell):
                    cell = WriteOnlyCell(ws, value=out[i])
                    cell.number_format = fmt
                    out[i] = cell
            ws.append(out)
            done += 1
            if progress is not None and done % 10_000 == 0:
                progress(done, total)
    wb.save(path)


def _with_header(headers: list[str], rows: list[list[object]]) -> Iterator[Sequence[object]]:
    yield headers
    for row in rows:
        yield [v.isoformat() if isinstance(v, date) else v for v in row]
