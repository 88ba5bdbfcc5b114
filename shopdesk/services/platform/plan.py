"""What importing platform files would write: the preview and the import share this plan.

Files are read and added up first (no database); then, inside the caller's
session, the plan matches agents to people, credits designers, finds the
figures each kind already has for the days it covers and the typed or
workbook figures it would overwrite (conflicts).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session

from shopdesk.domain import platform as rules
from shopdesk.domain.errors import ValidationError, ValidationErrors
from shopdesk.domain.money import format_yuan
from shopdesk.domain.text import QT_TRANSLATE_NOOP, Phrase
from shopdesk.exchange.platform.kinds import KindSpec
from shopdesk.exchange.platform.reader import ParsedFile, file_day, parse_file, paused_gc
from shopdesk.services.platform.accounts import account_map, fold
from shopdesk.store.models.core import SHOP_SCOPE, Figure, Staff, staff_scope
from shopdesk.store.models.platform import FigurePart, Product

SYCM = "sycm-shop"
TYPED_SOURCES = ("typed", "workbook")
PLATFORM_SOURCE = "platform"
Key = tuple[date, str, str]  # day, scope, metric


@dataclass
class FileReport:
    """One file as the preview and the command line describe it."""

    name: str
    kind: str
    kind_title: str
    header_row: int
    rows_read: int
    rows_used: int
    skipped: dict[str, int]
    days: list[date]
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Conflict:
    ref: str
    day: date
    scope: str
    metric: str
    existing: int
    source: str  # typed | workbook
    incoming: int


@dataclass
class KindBatch:
    """Every file of one kind in this import, added up together."""

    spec: KindSpec
    files: list[ParsedFile]
    result: rules.KindResult


@dataclass
class Plan:
    files: list[FileReport]
    batches: dict[str, KindBatch]
    parts: dict[tuple[date, str, str, str], tuple[int | None, int]]  # (day, scope, metric, kind) → staff, value
    covered: dict[str, set[date]]  # kind → days it replaces
    units: dict[tuple[date, str, str], int]  # (day, product, kind) → units
    sold: dict[tuple[date, str, str], tuple[int, int]]  # (day, product, kind) → sales (fen), orders
    new_products: dict[str, tuple[str | None, str | None]]
    conflicts: list[Conflict]
    warnings: list[str]
    unassigned_units: int
    scope_names: dict[str, str]

    def by_day(self) -> dict[date, dict[tuple[str, str], int]]:
        """Per day, (scope, metric) → the value this import writes (summed over its kinds)."""
        out: dict[date, dict[tuple[str, str], int]] = {}
        for (day, scope, metric, _), (_, value) in sorted(self.parts.items()):
            per = out.setdefault(day, {})
            per[(scope, metric)] = per.get((scope, metric), 0) + value
        return out


def read_files(paths: Iterable[Path], day: date | None = None) -> tuple[list[ParsedFile], list[ValidationError]]:
    """Parse every file; all problems of all files are collected."""
    parsed: list[ParsedFile] = []
    errors: list[ValidationError] = []
    seen: dict[str, str] = {}
    for path in paths:
        try:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError:
            errors.append(ValidationError(f"{path.name}:row 1", QT_TRANSLATE_NOOP("Platform", "no such file")))
            continue
        if digest in seen:
            errors.append(ValidationError(f"{path.name}:row 1", QT_TRANSLATE_NOOP(
                "Platform", "the same file as {other}"), other=seen[digest]))
            continue
        seen[digest] = path.name
        try:
            parsed.append(parse_file(path))
        except ValidationErrors as exc:
            errors.extend(exc.errors)
        except ValidationError as exc:
            errors.append(exc)
    return parsed, errors


def _aggregate(spec: KindSpec, files: list[ParsedFile], given_day: date | None,
               errors: list[ValidationError]) -> tuple[rules.KindResult, list[rules.KindResult]]:
    """The kind's total and each file's own result (for the report)."""
    if spec.model == "orders":
        assert spec.order_rules is not None
        per_file = [rules.aggregate_orders(spec.kind, spec.order_rules, f.table) for f in files]
        total = rules.aggregate_orders(spec.kind, spec.order_rules,
                                       rules.Table.concat([f.table for f in files])) if len(files) > 1 else per_file[0]
        errors.extend(e for r in per_file for e in r.errors)
        return total, per_file
    per_file = []
    for f in files:
        if spec.model == "shop-daily":
            per_file.append(rules.aggregate_shop_daily(spec.kind, f.records, spec.ad_fields))
        else:
            one_day, problem = (None, None) if f.has_day_column else file_day(f.path, given_day)
            if problem is not None:
                errors.append(problem)
                per_file.append(rules.KindResult(spec.kind))
                continue
            per_file.append(rules.aggregate_agents(
                spec.kind, f.records, spec.summary_rows, spec.delayed, one_day, f.has_day_column,
                f"{f.name}:row {f.header_row}"))
        errors.extend(per_file[-1].errors)
    total = rules.KindResult(spec.kind)
    for r in per_file:
        for day, figures in r.shop.items():
            if day in total.shop:
                errors.append(ValidationError(r.day_refs[day], QT_TRANSLATE_NOOP(
                    "Platform", "{day} is also in another file of this import"), day=day.isoformat()))
            total.shop[day] = figures
        for day, agents in r.agents.items():
            mine = total.agents.setdefault(day, {})
            for nick, figures in agents.items():
                if nick in mine:
                    errors.append(ValidationError(r.agent_refs[nick], QT_TRANSLATE_NOOP(
                        "Platform", "{name} appears twice for {day}"), name=nick, day=day.isoformat()))
                mine[nick] = figures
        for nick, ref in r.agent_refs.items():
            total.agent_refs.setdefault(nick, ref)
        for day, ref in r.day_refs.items():
            total.day_refs.setdefault(day, ref)
        total.used += r.used
        total.warnings.extend(r.warnings)
    return total, per_file


def _designers(session: Session) -> dict[str, tuple[int | None, date | None]]:
    return {pid: (did, since) for pid, did, since in
            session.execute(select(Product.product_id, Product.designer_id, Product.designed_from))}


def build_plan(session: Session, parsed: list[ParsedFile], given_day: date | None = None,
               replace: bool = False) -> Plan:
    """The plan for these files against the database as it is; ValidationErrors on any problem.

    Conflicts with typed figures are listed in the plan (not raised), so a
    preview can show them; `check_conflicts` refuses them for an import.
    """
    errors: list[ValidationError] = []
    by_kind: dict[str, list[ParsedFile]] = {}
    for f in parsed:
        by_kind.setdefault(f.kind.kind, []).append(f)
    batches: dict[str, KindBatch] = {}
    reports: list[FileReport] = []
    for kind, files in by_kind.items():
        spec = files[0].kind
        with paused_gc():
            total, per_file = _aggregate(spec, files, given_day, errors)
        batches[kind] = KindBatch(spec, files, total)
        for f, r in zip(files, per_file, strict=True):
            skipped = dict(f.skipped)
            for reason, n in r.skipped.items():
                skipped[reason] = skipped.get(reason, 0) + n
            reports.append(FileReport(f.name, kind, spec.title, f.header_row, f.rows_read, r.used,
                                      skipped, r.days, [Phrase("Platform", QT_TRANSLATE_NOOP("Platform", "{ref}: {message}"),
                                                               ref=ref, message=msg) for ref, msg in r.warnings]))
    reports.sort(key=lambda r: [f.name for f in parsed].index(r.name))

    parts: dict[tuple[date, str, str, str], tuple[int | None, int]] = {}
    covered: dict[str, set[date]] = {}
    units: dict[tuple[date, str, str], int] = {}
    sold: dict[tuple[date, str, str], tuple[int, int]] = {}
    new_products: dict[str, tuple[str | None, str | None]] = {}
    warnings: list[str] = []
    scope_names: dict[str, str] = {SHOP_SCOPE: "shop"}
    known_products = _designers(session)
    accounts = account_map(session) if any(b.spec.model == "agents" for b in batches.values()) else {}

    order_days: set[date] = set()
    for kind, batch in batches.items():
        res = batch.result
        covered[kind] = set(res.days)
        if batch.spec.model == "orders":
            order_days |= set(res.shop)
        for day, figures in res.shop.items():
            for metric, value in figures.items():
                parts[(day, SHOP_SCOPE, metric, kind)] = (None, value)
        for day, per in res.units.items():
            for product, n in per.items():
                units[(day, product, kind)] = n
        for day, per in res.product_sales.items():
            for product, fen in per.items():
                units.setdefault((day, product, kind), 0)
                sold[(day, product, kind)] = (fen, res.product_orders.get(day, {}).get(product, 0))
        for product, (title, code) in res.products.items():
            if product not in known_products:
                new_products[product] = (title, code)
        for day, agents in res.agents.items():
            for nick, figures in agents.items():
                owner = accounts.get(fold(nick))
                if owner is None:
                    errors.append(ValidationError(res.agent_refs.get(nick, res.day_refs[day]), QT_TRANSLATE_NOOP(
                        "Platform", "no one has the customer-service account {nick}: add it to a person's "
                                    "platform accounts (Staff → Edit)"), nick=nick))
                    continue
                sid, name = owner
                scope = staff_scope(sid)
                scope_names[scope] = name
                for metric, value in figures.items():
                    key = (day, scope, metric, kind)
                    if key in parts:
                        errors.append(ValidationError(res.agent_refs.get(nick, ""), QT_TRANSLATE_NOOP(
                            "Platform", "{name} has two accounts in this file for {day}"),
                            name=name, day=day.isoformat()))
                        break
                    parts[key] = (sid, value)
    if errors:
        raise ValidationErrors(errors)

    # 生意参谋's sales and refunds count only where no order file covers the day.
    stored_order_days = _order_days(session, [d for b in batches.values()
                                              if b.spec.kind == SYCM for d in b.result.shop])
    for (day, scope, metric, kind) in list(parts):
        if kind != SYCM or metric not in ("sales", "refunds"):
            continue
        if day in order_days or day in stored_order_days:
            value = parts.pop((day, scope, metric, kind))[1]
            other = sum(v for (d, sc, m, k), (_, v) in parts.items()
                        if d == day and sc == SHOP_SCOPE and m == metric and k != SYCM)
            if day not in order_days:
                other = stored_order_days[day].get(metric, 0)
            if metric == "sales" and rules.differs_over(value, other):
                warnings.append(Phrase("Platform", QT_TRANSLATE_NOOP(
                    "Platform", "{day}: 生意参谋 sales {value} differ from the order files' {other} by more than 1 %"),
                    day=day.isoformat(), value=format_yuan(value), other=format_yuan(other)))

    # Designers' units from the units of the products they made.
    designers = dict(known_products)
    unassigned = 0
    by_day_kind: dict[tuple[date, str], dict[str, int]] = {}
    for (day, product, kind), n in units.items():
        by_day_kind.setdefault((day, kind), {})[product] = n
    for (day, kind), per in by_day_kind.items():
        credited, none = rules.designed_units(per, designers, day)
        unassigned += none
        for sid, n in credited.items():
            parts[(day, staff_scope(sid), "units_sold_designed", kind)] = (sid, n)
    sids = sorted({sid for sid, _ in parts.values() if sid is not None})
    if sids:
        for sid, name in session.execute(select(Staff.id, Staff.name).where(Staff.id.in_(sids))):
            scope_names[staff_scope(sid)] = name
    conflicts = _conflicts(session, parts, batches)
    return Plan(reports, batches, parts, covered, units, sold, new_products, conflicts, warnings, unassigned,
                scope_names)


def _order_days(session: Session, days: list[date]) -> dict[date, dict[str, int]]:
    """Days among `days` that an order kind already covers, with its stored sales and refunds."""
    if not days:
        return {}
    out: dict[date, dict[str, int]] = {}
    rows = session.execute(select(FigurePart.day, FigurePart.metric, FigurePart.value).where(
        FigurePart.day.in_(sorted(set(days))), FigurePart.scope == SHOP_SCOPE,
        FigurePart.source != SYCM, FigurePart.metric.in_(("sales", "refunds", "orders"))))
    for day, metric, value in rows:
        per = out.setdefault(day, {})
        per[metric] = per.get(metric, 0) + value
    return out


def _conflicts(session: Session, parts: dict[tuple[date, str, str, str], tuple[int | None, int]],
               batches: dict[str, KindBatch]) -> list[Conflict]:
    keys = sorted({(d, sc, m) for d, sc, m, _ in parts})
    found: list[Conflict] = []
    incoming: dict[Key, int] = {}
    refs: dict[Key, str] = {}
    for (d, sc, m, kind), (_, v) in parts.items():
        incoming[(d, sc, m)] = incoming.get((d, sc, m), 0) + v
        refs.setdefault((d, sc, m), batches[kind].result.day_refs.get(d, kind))
    for start in range(0, len(keys), 400):
        chunk = keys[start:start + 400]
        rows = session.execute(select(Figure.day, Figure.scope, Figure.metric, Figure.value, Figure.source)
                               .where(tuple_(Figure.day, Figure.scope, Figure.metric).in_(chunk),
                                      Figure.source.in_(TYPED_SOURCES)))
        for d, sc, m, value, source in rows:
            found.append(Conflict(refs[(d, sc, m)], d, sc, m, value, source, incoming[(d, sc, m)]))
    return sorted(found, key=lambda c: (c.day, c.scope, c.metric))


def conflict_errors(plan: Plan) -> list[ValidationError]:
    return [ValidationError(c.ref, QT_TRANSLATE_NOOP(
        "Platform", "{day} {metric} of {scope}: a {source} figure is stored; import with replace "
                    "(--replace) to overwrite it"),
        day=c.day.isoformat(), metric=c.metric, scope=plan.scope_names.get(c.scope, c.scope), source=c.source)
        for c in plan.conflicts]
