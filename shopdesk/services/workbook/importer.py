"""Importing a shop workbook (DESIGN §4.2): all or nothing, in one transaction.

Every sheet is optional. Staff are matched by name (new people are added,
known ones updated); settings and targets are set in place, so importing
the same workbook twice changes nothing the second time. Actuals whose
day, scope and metric already have a figure are refused unless `replace`
is given, and then replaced, never added twice. Every problem is listed as
`Sheet!Cell: message` (ValidationErrors) and nothing is written.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from shopdesk.domain.errors import ValidationErrors
from shopdesk.exchange.workbook.import_actuals import import_actuals
from shopdesk.exchange.workbook.import_setup import Stage, import_shop, import_staff, import_targets
from shopdesk.exchange.workbook.reader import Progress, read_book
from shopdesk.exchange.workbook.resolve import Names
from shopdesk.services.common.context import Actor
from shopdesk.services.figures.registry import load_registry
from shopdesk.store.db import Database


@dataclass(frozen=True)
class ImportSummary:
    settings: int
    staff: int
    targets: int
    figures: int
    figures_replaced: int
    rules: int
    tasks: int
    attendance: int = 0


def import_workbook(db: Database, actor: Actor, path: Path, today: date, *, replace: bool = False,
                    progress: Progress | None = None) -> ImportSummary:
    """Check every sheet, then write them all in one `db.write()`; raise ValidationErrors on any problem."""
    actor.require_owner("import a shop workbook")
    book = read_book(Path(path), progress)
    registry = load_registry(db)
    with db.write() as s:
        stage = Stage(s, actor, today, replace, list(book.errors))
        import_shop(stage, book.rows("shop"))
        people = import_staff(stage, book.rows("staff"))
        names = Names(registry, people)
        import_targets(stage, book.rows("targets"), names)
        import_actuals(stage, book.rows("actuals"), names, progress)
        _import_extra(stage, book, names)
        if stage.errors:
            raise ValidationErrors(stage.errors)  # rolls the whole import back
    c = stage.counts
    return ImportSummary(c.get("settings", 0), c.get("staff", 0), c.get("targets", 0), c.get("figures", 0),
                         c.get("figures_replaced", 0), c.get("rules", 0), c.get("tasks", 0),
                         c.get("attendance", 0))


def _import_extra(stage: Stage, book, names: Names) -> None:
    """Rules, Tasks and Attendance sheets, when present (after Staff: they name people)."""
    from shopdesk.exchange.workbook.import_attendance import import_attendance_sheet
    from shopdesk.exchange.workbook.import_rules_tasks import import_rules, import_tasks

    import_rules(stage, book.rows("rules"), names)
    import_tasks(stage, book.rows("tasks"), names)
    if book.rows("attendance"):
        import_attendance_sheet(stage, book.rows("attendance"), names)
    from shopdesk.exchange.workbook.import_products import import_products

    import_products(stage, book.rows("products"))
