"""Importing platform files: preview, and the import in one transaction (DESIGN §4.6).

For each kind and each day its files cover, the figure parts and product
units of that kind are replaced by the new ones; only rows whose value
changes are written, so importing the same file again writes nothing at
all. A `figure` row then holds the sum of its parts, marked `platform`.
Typed or workbook figures for the same day, scope and metric are a conflict:
refused, or with `replace` removed (audited).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import cast

from sqlalchemy import Table, delete, func, insert, select, tuple_, update
from sqlalchemy.orm import Session

from shopdesk.domain.errors import ValidationErrors
from shopdesk.exchange.platform.reader import ParsedFile, paused_gc
from shopdesk.services.common.audit import record
from shopdesk.services.common.context import Actor
from shopdesk.services.platform.plan import (
    PLATFORM_SOURCE,
    SYCM,
    Key,
    Plan,
    build_plan,
    conflict_errors,
    read_files,
)
from shopdesk.store.db import Database
from shopdesk.store.models.core import Figure
from shopdesk.store.models.platform import FigurePart, PlatformImport, Product, ProductUnits

Progress = Callable[[int, int, str], None]  # done, total, what
CHUNK = 2000


def _table(model: type) -> Table:
    """A model's table, for Core executemany (the ORM's bulk path costs more per row)."""
    return cast(Table, model.__table__)  # type: ignore[attr-defined]


@dataclass(frozen=True)
class ImportSummary:
    plan: Plan
    written: bool  # False when nothing changed (or a dry run)
    parts_changed: int
    figures_changed: int
    replaced: int
    products_added: int


def _parse(actor: Actor, paths: Iterable[Path], day: date | None, progress: Progress | None):
    actor.require_owner("import platform files")
    paths = list(paths)
    if progress:
        progress(0, len(paths) + 1, "read")
    parsed, errors = read_files(paths, day)
    if errors:
        raise ValidationErrors(errors)
    if progress:
        progress(len(paths), len(paths) + 1, "plan")
    return parsed


@contextmanager
def _rows_in_hand(parsed: list[ParsedFile]) -> Iterator[None]:
    """While a file's rows are in memory the cyclic collector stays paused (they hold no cycles, but
    each collection would walk every row again); once the plan has added them up they are let go."""
    with paused_gc():
        try:
            yield
        finally:
            for f in parsed:
                f.release()


def preview(db: Database, actor: Actor, paths: Iterable[Path], day: date | None = None,
            progress: Progress | None = None) -> Plan:
    """What an import would write, conflicts included; writes nothing."""
    with paused_gc():
        parsed = _parse(actor, paths, day, progress)
        with _rows_in_hand(parsed), db.read() as s:
            return build_plan(s, parsed, day)


def import_platform(db: Database, actor: Actor, paths: Iterable[Path], day: date | None = None,
                    replace: bool = False, dry_run: bool = False,
                    progress: Progress | None = None) -> ImportSummary:
    """Read, plan and write in one transaction; ValidationErrors (nothing written) on any problem."""
    with paused_gc():
        parsed = _parse(actor, paths, day, progress)
        if dry_run:
            with _rows_in_hand(parsed), db.read() as s:
                plan = build_plan(s, parsed, day)
            if plan.conflicts and not replace:
                raise ValidationErrors(conflict_errors(plan))
            return ImportSummary(plan, False, 0, 0, 0, 0)
        with db.write() as s:
            with _rows_in_hand(parsed):
                plan = build_plan(s, parsed, day)
            if plan.conflicts and not replace:
                raise ValidationErrors(conflict_errors(plan))
            summary = _apply(s, actor, plan)
    if progress:
        progress(1, 1, "done")
    return summary


def _apply(s: Session, actor: Actor, plan: Plan) -> ImportSummary:
    now = datetime.now().replace(microsecond=0)
    imports: dict[str, int] = {}

    def import_id(kind: str) -> int:
        if kind not in imports:
            names = ", ".join(f.name for f in plan.batches[kind].files)
            row = PlatformImport(kind=kind, file_name=names[:255], imported_at=now, actor=actor.name[:80])
            s.add(row)
            s.flush()
            imports[kind] = row.id
        return imports[kind]

    new_products = [{"product_id": product[:60], "name": (title or "")[:200], "sku_code": (code or None) and code[:100],
                     "designer_id": None, "designed_from": None}
                    for product, (title, code) in sorted(plan.new_products.items())]
    for start in range(0, len(new_products), CHUNK):
        s.connection().execute(insert(_table(Product)), new_products[start:start + CHUNK])
    added = len(new_products)

    touched: set[Key] = set()
    changed = 0
    for kind, days in plan.covered.items():
        if not days:
            continue
        day_list = sorted(days)
        existing = {(d, sc, m): (pid, v) for pid, d, sc, m, v in s.execute(
            select(FigurePart.id, FigurePart.day, FigurePart.scope, FigurePart.metric, FigurePart.value)
            .where(FigurePart.source == kind, FigurePart.day.in_(day_list)))}
        wanted = {(d, sc, m): sv for (d, sc, m, k), sv in plan.parts.items() if k == kind}
        for key, (pid, value) in existing.items():
            if key not in wanted:
                s.execute(delete(FigurePart).where(FigurePart.id == pid))
                touched.add(key)
                changed += 1
            elif wanted[key][1] != value:
                s.execute(update(FigurePart).where(FigurePart.id == pid)
                          .values(value=wanted[key][1], import_id=import_id(kind)))
                touched.add(key)
                changed += 1
        new = [(key, sv) for key, sv in wanted.items() if key not in existing]
        if new:
            iid = import_id(kind)
            s.connection().execute(insert(_table(FigurePart)), [
                {"day": d, "scope": sc, "metric": m, "staff_id": sid, "value": v, "source": kind, "import_id": iid}
                for (d, sc, m), (sid, v) in sorted(new)])
            touched.update(key for key, _ in new)
            changed += len(new)
        if plan.batches[kind].spec.model == "orders":
            # An order file covers the day: 生意参谋's sales and refunds for it give way.
            stale = s.execute(select(FigurePart.id, FigurePart.day, FigurePart.scope, FigurePart.metric)
                              .where(FigurePart.source == SYCM, FigurePart.day.in_(day_list),
                                     FigurePart.metric.in_(("sales", "refunds")))).all()
            for pid, d, sc, m in stale:
                s.execute(delete(FigurePart).where(FigurePart.id == pid))
                touched.add((d, sc, m))
                changed += 1
        changed += _sync_units(s, plan, kind, day_list, import_id)
    replaced = 0
    for c in plan.conflicts:
        s.execute(delete(Figure).where(Figure.day == c.day, Figure.scope == c.scope, Figure.metric == c.metric,
                                       Figure.source == c.source))
        record(s, actor, "replace", "figure", f"{c.day.isoformat()} {c.scope} {c.metric}",
               {"value": c.existing, "source": c.source}, {"value": c.incoming, "source": PLATFORM_SOURCE})
        touched.add((c.day, c.scope, c.metric))
        replaced += 1
    s.flush()
    figures = refresh_figures(s, touched)
    if changed or figures or added:
        record(s, actor, "import", "platform", ",".join(sorted(imports)) or "-", None, {
            "files": [f.name for f in plan.files], "parts": changed, "figures": figures,
            "products_added": added, "replaced": replaced})
    return ImportSummary(plan, bool(changed or figures or added), changed, figures, replaced, added)


def _sync_units(s: Session, plan: Plan, kind: str, day_list: list[date],
                import_id: Callable[[str], int]) -> int:
    """The kind's per-product units, sales and orders for the days it covers; only changes written."""
    existing = {(d, p): (uid, (n, fen, orders)) for uid, d, p, n, fen, orders in s.execute(
        select(ProductUnits.id, ProductUnits.day, ProductUnits.product_id, ProductUnits.units,
               ProductUnits.sales_fen, ProductUnits.orders)
        .where(ProductUnits.source == kind, ProductUnits.day.in_(day_list)))}
    wanted = {(d, p): (n, *plan.sold.get((d, p, k), (0, 0))) for (d, p, k), n in plan.units.items() if k == kind}
    changed = 0
    for key, (uid, have) in existing.items():
        if key not in wanted:
            s.execute(delete(ProductUnits).where(ProductUnits.id == uid))
            changed += 1
        elif wanted[key] != have:
            n, fen, orders = wanted[key]
            s.execute(update(ProductUnits).where(ProductUnits.id == uid)
                      .values(units=n, sales_fen=fen, orders=orders, import_id=import_id(kind)))
            changed += 1
    new = sorted((key, v) for key, v in wanted.items() if key not in existing)
    if new:
        iid = import_id(kind)
        for start in range(0, len(new), CHUNK):  # Core executemany on the table: the ORM's bulk path costs more
            s.connection().execute(insert(_table(ProductUnits)), [
                {"day": d, "product_id": p[:60], "source": kind, "units": n, "sales_fen": fen, "orders": orders,
                 "import_id": iid}
                for (d, p), (n, fen, orders) in new[start:start + CHUNK]])
        changed += len(new)
    return changed


def refresh_figures(s: Session, keys: set[Key]) -> int:
    """Make each key's `figure` the sum of its parts (or remove a platform figure left with none)."""
    ordered = sorted(keys)
    changed = 0
    for start in range(0, len(ordered), 400):
        chunk = ordered[start:start + 400]
        sums = {(d, sc, m): (sid, int(v)) for d, sc, m, sid, v in s.execute(
            select(FigurePart.day, FigurePart.scope, FigurePart.metric, func.max(FigurePart.staff_id),
                   func.sum(FigurePart.value))
            .where(tuple_(FigurePart.day, FigurePart.scope, FigurePart.metric).in_(chunk))
            .group_by(FigurePart.day, FigurePart.scope, FigurePart.metric))}
        current = {(d, sc, m): (fid, v, src) for fid, d, sc, m, v, src in s.execute(
            select(Figure.id, Figure.day, Figure.scope, Figure.metric, Figure.value, Figure.source)
            .where(tuple_(Figure.day, Figure.scope, Figure.metric).in_(chunk)))}
        for key in chunk:
            total = sums.get(key)
            have = current.get(key)
            if have is not None and have[2] != PLATFORM_SOURCE:
                continue  # a typed figure the import was not allowed to replace
            if total is None:
                if have is not None:
                    s.execute(delete(Figure).where(Figure.id == have[0]))
                    changed += 1
            elif have is None:
                d, sc, m = key
                s.add(Figure(day=d, scope=sc, metric=m, staff_id=total[0], value=total[1],
                             source=PLATFORM_SOURCE))
                changed += 1
            elif have[1] != total[1]:
                s.execute(update(Figure).where(Figure.id == have[0]).values(value=total[1]))
                changed += 1
    return changed
