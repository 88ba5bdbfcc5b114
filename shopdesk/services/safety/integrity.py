"""Integrity and consistency checks of a shop database (`shopdesk check`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import text

from shopdesk.paths import default_db_path
from shopdesk.store.db import Database, database_url
from shopdesk.store.peek import sqlite_integrity
from shopdesk.store.schema import SCHEMA_HEAD, current_revision

# Pairs that must hold on every day and scope: part ≤ whole.
PART_OF = (("orders", "visitors"), ("cs_orders", "inquiries"),
           ("shipping_errors", "parcels_shipped"))
PERCENT_METRICS = ("bounce_rate",)


@dataclass
class Report:
    lines: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def healthy(self) -> bool:
        return not self.problems

    def ok(self, line: str) -> None:
        self.lines.append(f"ok: {line}")

    def problem(self, line: str) -> None:
        self.problems.append(line)
        self.lines.append(f"PROBLEM: {line}")


def check_database(target: str | None) -> Report:
    report = Report()
    url = database_url(target or default_db_path())
    if url.startswith("sqlite"):
        path = Path(url.removeprefix("sqlite:///"))
        if not path.exists():
            report.problem(f"{path} does not exist")
            return report
        problems = sqlite_integrity(path)
        for p in problems:
            report.problem(p)
        if problems:
            return report
        report.ok("SQLite integrity check and foreign keys")
    db = Database(url)
    try:
        _check_schema(db, report)
        if report.healthy:
            _check_money_columns(db, report)
            _check_figures(db, report)
            _note_backups(db, report)
    finally:
        db.dispose()
    return report


def _check_money_columns(db: Database, report: Report) -> None:
    """No column may be stored as a binary float (SQLite keeps NUMERIC as one too)."""
    from sqlalchemy import inspect

    inspector = inspect(db.engine)
    bad = [f"{table}.{col['name']}" for table in inspector.get_table_names()
           for col in inspector.get_columns(table)
           if any(w in str(col["type"]).upper() for w in ("REAL", "FLOAT", "DOUBLE", "NUMERIC", "DECIMAL"))]
    if bad:
        report.problem(f"column(s) stored as binary floats: {', '.join(bad)}")
    else:
        report.ok("every amount is stored as an exact integer")


def _note_backups(db: Database, report: Report) -> None:
    """Where the newest backup is; not a problem when there is none, but worth saying."""
    if db.path is None:
        return
    from shopdesk.services.safety.backup import backup_folder, list_backups

    backups = list_backups(backup_folder(db))
    if backups:
        report.ok(f"{len(backups)} backup(s) in {backup_folder(db)}, newest {backups[0][0]:%Y-%m-%d %H:%M}")
    else:
        report.lines.append(f"note: no backups yet in {backup_folder(db)}")


def _check_schema(db: Database, report: Report) -> None:
    rev = current_revision(db)
    if rev is None:
        report.problem("this is not a ShopDesk database (no schema version)")
    elif rev != SCHEMA_HEAD:
        report.problem(f"schema version {rev} differs from this program's {SCHEMA_HEAD}")
    else:
        report.ok(f"schema version {rev}")


def _check_figures(db: Database, report: Report) -> None:
    with db.read() as s:
        bad_scope = s.execute(text(
            "SELECT COUNT(*) FROM figure WHERE scope LIKE 'staff:%' AND "
            "(staff_id IS NULL OR scope <> 'staff:' || CAST(staff_id AS VARCHAR(20)))")).scalar()
        if bad_scope:
            report.problem(f"{bad_scope} figure(s) whose person does not match their scope")
        negative = s.execute(text("SELECT COUNT(*) FROM figure WHERE value < 0")).scalar()
        if negative:
            report.problem(f"{negative} negative figure(s)")
        for part, whole in PART_OF:
            n = s.execute(text(
                "SELECT COUNT(*) FROM figure p JOIN figure w ON w.scope = p.scope "
                "AND w.day = p.day AND w.metric = :whole "
                "WHERE p.metric = :part AND p.value > w.value"),
                {"part": part, "whole": whole}).scalar()
            if n:
                report.problem(f"{n} day(s) with more {part} than {whole}")
        over = s.execute(text(
            "SELECT COUNT(*) FROM figure WHERE metric IN ('bounce_rate') AND value > 10000")).scalar()
        if over:
            report.problem(f"{over} percentage figure(s) over 100 %")
        count = s.execute(text("SELECT COUNT(*) FROM figure")).scalar()
    if report.healthy:
        report.ok(f"{count} daily figures consistent")
