"""Integrity and consistency checks of a shop database (`shopdesk check`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import text

from shopdesk.domain.text import QT_TRANSLATE_NOOP, Phrase
from shopdesk.paths import default_db_path
from shopdesk.store.db import Database, database_url
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

    def ok(self, template: str, **args: object) -> None:
        """A check that passed; `template` is marked QT_TRANSLATE_NOOP("Check", …)."""
        self.lines.append(Phrase("Check", QT_TRANSLATE_NOOP("Check", "ok: {line}"),
                                 line=Phrase("Check", template, **args)))

    def problem(self, template: str, **args: object) -> None:
        """A problem found here; `template` is marked QT_TRANSLATE_NOOP("Check", …)."""
        self.found(Phrase("Check", template, **args))

    def found(self, line: str) -> None:
        """A problem found elsewhere: a Phrase, or SQLite's own words, kept as they are."""
        self.problems.append(line)
        self.lines.append(Phrase("Check", QT_TRANSLATE_NOOP("Check", "PROBLEM: {line}"), line=line))


class _Name(Phrase):
    """A metric's name inside a sentence: lower case in English ("more orders than visitors")."""

    def __new__(cls, name: str) -> _Name:
        self = str.__new__(cls, name.lower())
        self.context, self.template, self.params = "Metrics", name, {}
        return self

    def render(self, translate: Callable[[str, str], str] | None = None) -> str:
        shown = super().render(translate)
        return shown.lower() if shown == self.template else shown


def _metric(key: str) -> Phrase:
    from shopdesk.domain.metrics import DEFAULT_REGISTRY

    return _Name(DEFAULT_REGISTRY.defs[key].name_en)


def check_database(target: str | None) -> Report:
    report = Report()
    url = database_url(target or default_db_path())
    if url.startswith("sqlite"):
        path = Path(url.removeprefix("sqlite:///"))
        if not path.exists():
            report.problem(QT_TRANSLATE_NOOP("Check", "{path} does not exist"), path=str(path))
            return report
        from shopdesk.services.safety.file_check import check_file

        verdict = check_file(path)
        for p in verdict.problems:
            report.found(p)
        if not verdict.ok:
            return report
        report.ok(QT_TRANSLATE_NOOP("Check", "SQLite integrity check and foreign keys"))
        report.ok(QT_TRANSLATE_NOOP("Check", "only ShopDesk's tables, columns and indexes; no triggers or views; "
                                             "every value of its type"))
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
        report.problem(QT_TRANSLATE_NOOP("Check", "column(s) stored as binary floats: {columns}"),
                       columns=", ".join(bad))
    else:
        report.ok(QT_TRANSLATE_NOOP("Check", "every amount is stored as an exact integer"))


def _note_backups(db: Database, report: Report) -> None:
    """Where the newest backup is; not a problem when there is none, but worth saying."""
    if db.path is None:
        return
    from shopdesk.services.safety.backup import backup_folder, list_backups

    backups = list_backups(backup_folder(db))
    if backups:
        report.ok(QT_TRANSLATE_NOOP("Check", "{count} backup(s) in {folder}, newest {made}"),
                  count=str(len(backups)), folder=str(backup_folder(db)), made=f"{backups[0][0]:%Y-%m-%d %H:%M}")
    else:
        report.lines.append(Phrase("Check", QT_TRANSLATE_NOOP("Check", "note: no backups yet in {folder}"), folder=str(backup_folder(db))))


def _check_schema(db: Database, report: Report) -> None:
    rev = current_revision(db)
    if rev is None:
        report.problem(QT_TRANSLATE_NOOP("Check", "this is not a ShopDesk database (no schema version)"))
    elif rev != SCHEMA_HEAD:
        report.problem(QT_TRANSLATE_NOOP("Check", "schema version {revision} differs from this program's {head}"),
                       revision=rev, head=SCHEMA_HEAD)
    else:
        report.ok(QT_TRANSLATE_NOOP("Check", "schema version {revision}"), revision=rev)


def _check_figures(db: Database, report: Report) -> None:
    with db.read() as s:
        bad_scope = s.execute(text(
            "SELECT COUNT(*) FROM figure WHERE scope LIKE 'staff:%' AND "
            "(staff_id IS NULL OR scope <> 'staff:' || CAST(staff_id AS VARCHAR(20)))")).scalar()
        if bad_scope:
            report.problem(QT_TRANSLATE_NOOP("Check", "{count} figure(s) whose person does not match their scope"),
                           count=str(bad_scope))
        negative = s.execute(text("SELECT COUNT(*) FROM figure WHERE value < 0")).scalar()
        if negative:
            report.problem(QT_TRANSLATE_NOOP("Check", "{count} negative figure(s)"), count=str(negative))
        for part, whole in PART_OF:
            n = s.execute(text(
                "SELECT COUNT(*) FROM figure p JOIN figure w ON w.scope = p.scope "
                "AND w.day = p.day AND w.metric = :whole "
                "WHERE p.metric = :part AND p.value > w.value"),
                {"part": part, "whole": whole}).scalar()
            if n:
                report.problem(QT_TRANSLATE_NOOP("Check", "{count} day(s) with more {part} than {whole}"),
                               count=str(n), part=_metric(part), whole=_metric(whole))
        over = s.execute(text(
            "SELECT COUNT(*) FROM figure WHERE metric IN ('bounce_rate') AND value > 10000")).scalar()
        if over:
            report.problem(QT_TRANSLATE_NOOP("Check", "{count} percentage figure(s) over 100 %"), count=str(over))
        count = s.execute(text("SELECT COUNT(*) FROM figure")).scalar()
    if report.healthy:
        report.ok(QT_TRANSLATE_NOOP("Check", "{count} daily figures consistent"), count=str(count))
