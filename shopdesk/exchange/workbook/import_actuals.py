"""Import stage for the Actuals sheet: one figure per day, scope and metric.

Values are checked like typed figures (`services.entry.validate_value`).
A key repeated in the sheet is an error. Keys that already have a figure in
the database are refused unless the import replaces them (`--replace`, or
the user said yes in the window), so re-importing never doubles a day.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import cast

from sqlalchemy import Table, delete, insert, select, tuple_

from shopdesk.domain.errors import ValidationError
from shopdesk.domain.metrics import MetricDef, Unit
from shopdesk.domain.scope import Scope
from shopdesk.domain.text import QT_TRANSLATE_NOOP
from shopdesk.exchange.workbook.cells import CellError, day
from shopdesk.exchange.workbook.import_setup import Stage, stored_value
from shopdesk.exchange.workbook.reader import Progress, Row
from shopdesk.exchange.workbook.resolve import Names
from shopdesk.exchange.workbook.values import SOURCE
from shopdesk.services.common import audit
from shopdesk.services.figures.entry import MAX_STORED
from shopdesk.store.models.core import Figure

CHUNK = 20_000
BROKEN_PERSON = "staff:-1"  # Names.scope of a person whose Staff row was refused


class ActualsExist(ValidationError):
    """Some rows would overwrite figures already stored (the window asks; the CLI needs --replace)."""

    def __init__(self, field: str, count: int, first: str) -> None:
        super().__init__(field, QT_TRANSLATE_NOOP(
            "Errors", "{count} rows already have a figure in the shop (first: {first}); "
                      "import with --replace to overwrite them"), count=count, first=first)
        self.count = count


def import_actuals(stage: Stage, rows: list[Row], names: Names, progress: Progress | None = None) -> None:
    clean: dict[tuple[date, str, str], tuple[int | None, int, int]] = {}  # key → (staff id, value, row)
    metrics: dict[object, MetricDef] = {}
    typed: set[tuple[date, str, str]] = set()
    sources: dict[object, str] = {}
    total = len(rows)
    for i, row in enumerate(rows, start=1):
        if progress is not None and i % 10_000 == 0:
            progress(i, total)
        try:
            d = day(row.value("date"))
        except CellError as exc:
            stage.fail(row, "date", exc)
            continue
        if d > stage.today:
            stage.fail(row, "date", CellError(QT_TRANSLATE_NOOP("Errors", "{day} is in the future"),
                                              day=d.isoformat()))
            continue
        try:
            scope = names.scope(row.value("scope"))
        except CellError as exc:
            stage.fail(row, "scope", exc)
            continue
        if scope == BROKEN_PERSON:
            continue  # the person's own row on the Staff sheet has a problem, reported there
        raw_metric = row.value("metric")
        m = metrics.get(raw_metric)
        if m is None:
            try:
                m = names.metric(raw_metric)
            except CellError as exc:
                stage.fail(row, "metric", exc)
                continue
            if not m.entered:
                stage.fail(row, "metric", CellError(QT_TRANSLATE_NOOP(
                    "Errors", "{key} is worked out by ShopDesk, not entered"), key=m.key))
                continue
            metrics[raw_metric] = m
        value = quick_stored(m, row.cells["value"]) if "value" in row.cells else None
        if value is None:
            value = stored_value(stage, m, row, "value")
            if value is None:
                continue
        key = (d, scope, m.key)
        if key in clean:
            stage.fail(row, "date", CellError(QT_TRANSLATE_NOOP(
                "Errors", "this day, scope and metric already appear in row {row}"), row=clean[key][2]))
            continue
        sid = Scope.parse(scope).staff_id
        clean[key] = (sid, value, row.number)
        if "source" in row.cells:
            raw_source = row.value("source")
            source = sources.get(raw_source)
            if source is None:
                try:
                    source = sources[raw_source] = SOURCE.read(raw_source)
                except CellError as exc:
                    stage.fail(row, "source", exc)
                    continue
            if source == "typed":
                typed.add(key)  # an export of a shop keeps its typed figures typed; the rest came from a workbook
    if stage.errors or not clean:
        return
    existing = _existing(stage, clean)
    if existing and not stage.replace:
        first = min(existing, key=lambda k: clean[k][2])
        sheet_row = next(r for r in rows if r.number == clean[first][2])
        stage.errors.append(ActualsExist(sheet_row.ref("date"), len(existing),
                                         f"{first[0].isoformat()} {sheet_row.value('scope')} {first[2]}"))
        return
    s = stage.session
    _audit(stage, clean, existing)
    if existing:
        keys = sorted(existing)
        for start in range(0, len(keys), 500):
            s.execute(delete(Figure).where(tuple_(Figure.day, Figure.scope, Figure.metric).in_(
                keys[start:start + 500])))
        stage.add("figures_replaced", len(existing))
    batch = [{"day": d, "scope": scope, "staff_id": sid, "metric": metric, "value": value,
              "source": "typed" if (d, scope, metric) in typed else "workbook"}
             for (d, scope, metric), (sid, value, _) in clean.items()]
    table = cast(Table, Figure.__table__)  # Core executemany: the ORM's per-row bookkeeping would double the time
    for start in range(0, len(batch), CHUNK):
        s.execute(insert(table), batch[start:start + CHUNK])
    stage.add("figures", len(batch))


def quick_stored(m: MetricDef, cell: tuple[object, str | None]) -> int | None:
    """A plain, valid number cell straight to the stored integer; None sends it the full way
    (`stored_value`), which also words any problem. Same results as the full way, only sooner."""
    value, fmt = cell
    if type(value) is int:
        natural = Decimal(value)
    elif type(value) is float:
        natural = Decimal(format(value, ".15g"))
    else:
        return None
    if m.unit is Unit.PERCENT:
        if fmt and "%" in fmt:
            return None
        if natural > 100:
            return None
    if natural < 0:
        return None
    scaled = natural * m.scale
    if scaled != scaled.to_integral_value() or scaled > MAX_STORED:
        return None
    return int(scaled)


def _existing(stage: Stage, clean: dict[tuple[date, str, str], tuple[int | None, int, int]]
              ) -> dict[tuple[date, str, str], int]:
    """The import's keys that already have a figure stored, with that figure."""
    days = [k[0] for k in clean]
    rows = stage.session.execute(select(Figure.day, Figure.scope, Figure.metric, Figure.value)
                                 .where(Figure.day >= min(days), Figure.day <= max(days)))
    return {(d, sc, m): v for d, sc, m, v in rows if (d, sc, m) in clean}


AUDITED_ONE_BY_ONE = 500  # replaced figures listed with before and after; beyond that, counted


def _audit(stage: Stage, clean: dict[tuple[date, str, str], tuple[int | None, int, int]],
           existing: dict[tuple[date, str, str], int]) -> None:
    """One audit entry per import of Actuals: how many, which days, and each replaced figure."""
    changed = [k for k in sorted(existing) if existing[k] != clean[k][1]][:AUDITED_ONE_BY_ONE]
    days = sorted({k[0] for k in clean})
    before: dict[str, object] = {f"{sc} {m} {d.isoformat()}": existing[(d, sc, m)] for d, sc, m in changed}
    after: dict[str, object] = {f"{sc} {m} {d.isoformat()}": clean[(d, sc, m)][1] for d, sc, m in changed}
    before["replaced"] = len(existing)
    after["figures"] = len(clean)
    audit.record(stage.session, stage.actor, "import", "figures", f"{days[0]} – {days[-1]}", before, after)
