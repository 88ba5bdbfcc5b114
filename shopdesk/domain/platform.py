"""Platform export rows to per-day figures (DESIGN §4.6). Pure: no files, no database.

A reader hands over `Record`s (a row's reference `FILE:row N` and its values
by logical column: `amount` in fen, `paid_at` a datetime, …) and the kind's
rules; these functions add them up per day: the shop's sales, orders and
refunds, units per product, a shop's daily traffic figures, or each
customer-service agent's figures by nickname.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from itertools import repeat
from typing import NamedTuple, overload

from .errors import ValidationError
from .text import QT_TRANSLATE_NOOP, Phrase

# Why a row was not used, as shown to the user (translated by the caller).
NOT_PAID = QT_TRANSLATE_NOOP("Platform", "not paid")
CANCELLED = QT_TRANSLATE_NOOP("Platform", "cancelled or deleted")
SUMMARY = QT_TRANSLATE_NOOP("Platform", "summary row")
BLANK = QT_TRANSLATE_NOOP("Platform", "blank row")

MAX_PERCENT = Decimal(100)


class Record(NamedTuple):
    ref: str  # FILE:row N
    values: Mapping[str, object]

    def get(self, key: str) -> object:
        return self.values.get(key)


class _Refs(Sequence[str]):
    """`FILE:row N` for each row, made only when one is asked for (an import has 100,000 rows)."""

    def __init__(self, prefix: str, numbers: Sequence[int]) -> None:
        self.prefix = prefix
        self.numbers = numbers

    def __len__(self) -> int:
        return len(self.numbers)

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[str]: ...

    def __getitem__(self, index: int | slice) -> str | Sequence[str]:
        if isinstance(index, slice):
            return [self.prefix + str(n) for n in self.numbers[index]]
        return self.prefix + str(self.numbers[index])


@dataclass(frozen=True)
class Table:
    """Rows a column at a time: each row's reference and each logical column's values.

    A reader builds one per file without a dict per row; `records()` gives the same rows as
    `Record`s, and `of(records)` turns records (tests, small files) into a table.
    """

    refs: Sequence[str]
    columns: Mapping[str, Sequence[object]]

    @staticmethod
    def numbered(prefix: str, numbers: Sequence[int], columns: Mapping[str, Sequence[object]]) -> Table:
        return Table(_Refs(prefix, numbers), columns)

    @staticmethod
    def of(records: Iterable[Record]) -> Table:
        rows = list(records)
        names: dict[str, None] = {}
        for r in rows:
            names.update(dict.fromkeys(r.values))
        return Table([r.ref for r in rows], {n: [r.values.get(n) for r in rows] for n in names})

    @staticmethod
    def concat(tables: Sequence[Table]) -> Table:
        if len(tables) == 1:
            return tables[0]
        names: dict[str, None] = {}
        for t in tables:
            names.update(dict.fromkeys(t.columns))
        return Table([ref for t in tables for ref in t.refs],
                     {n: [v for t in tables for v in t.column(n)] for n in names})

    def __len__(self) -> int:
        return len(self.refs)

    def column(self, name: str) -> Sequence[object]:
        got = self.columns.get(name)
        return got if got is not None else [None] * len(self.refs)

    def records(self) -> list[Record]:
        names = list(self.columns)
        rows = zip(*(self.columns[n] for n in names), strict=True) if names else [()] * len(self.refs)
        return [Record(ref, dict(zip(names, values, strict=True)))
                for ref, values in zip(self.refs, rows, strict=True)]


@dataclass(frozen=True)
class OrderRules:
    """How one order export adds up (from the kind's data file)."""

    day_fields: tuple[str, ...] = ("paid_at",)
    orders: str = "rows"  # rows: each row is an order; distinct: distinct order_id
    sales_once_per_order: bool = False  # JD repeats an order's amount on each SKU row
    refunds: str = "column"  # column: the refund column; status: the amount when after_sale says so
    refund_status: str = "退款成功"
    skip_status_contains: tuple[str, ...] = ()
    units: bool = False


@dataclass
class KindResult:
    """What one kind's rows (from one or more files) come to."""

    kind: str
    shop: dict[date, dict[str, int]] = field(default_factory=dict)  # day → metric → stored value
    agents: dict[date, dict[str, dict[str, int]]] = field(default_factory=dict)  # day → nickname → …
    agent_refs: dict[str, str] = field(default_factory=dict)  # nickname → first row seen
    units: dict[date, dict[str, int]] = field(default_factory=dict)  # day → product id → units
    product_sales: dict[date, dict[str, int]] = field(default_factory=dict)  # day → product id → fen
    product_orders: dict[date, dict[str, int]] = field(default_factory=dict)  # day → product id → orders
    products: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)  # id → title, code
    day_refs: dict[date, str] = field(default_factory=dict)  # day → its first row
    used: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (ref, message)
    errors: list[ValidationError] = field(default_factory=list)

    @property
    def days(self) -> list[date]:
        return sorted(set(self.shop) | set(self.agents) | set(self.units))


def _day_of(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return None


def _add(target: dict[str, int], metric: str, value: int) -> None:
    target[metric] = target.get(metric, 0) + value


def _days(table: Table, fields: Sequence[str]) -> list[date | None]:
    """Each row's day: the first of `fields` that holds a time."""
    out: list[date | None] = [None] * len(table)
    for f in fields:
        column = table.columns.get(f)
        if column is None:
            continue
        found = [w.date() if isinstance(w, datetime) else w if isinstance(w, date) else None for w in column]
        out = found if len(fields) == 1 else [a if a is not None else b for a, b in zip(out, found, strict=True)]
    return out


def _split(amount: int, weights: Sequence[int]) -> list[int]:
    """`amount` fen in proportion to `weights` (equal when they are all 0); what rounding leaves, to the first."""
    total = sum(weights)
    if total <= 0:
        weights, total = [1] * len(weights), len(weights)
    shares = [amount * w // total for w in weights]
    shares[0] += amount - sum(shares)
    return shares


def aggregate_orders(kind: str, rules: OrderRules, records: Table | Iterable[Record]) -> KindResult:
    """Sales, orders, refunds and units per payment day; unpaid and cancelled rows skipped.

    Kinds with products also get each product's sales and orders per day (the hero product,
    DESIGN §4.6): a line's amount, or, where the export repeats an order's amount on each SKU
    row (JD), the order's amount split over its rows by price × quantity.
    """
    table = records if isinstance(records, Table) else Table.of(records)
    out = KindResult(kind)
    refs = table.refs
    col = table.column
    skip_words = rules.skip_status_contains
    once = rules.sales_once_per_order
    by_status = rules.refunds == "status"
    by_column = rules.refunds == "column"
    count_rows = rules.orders == "rows"
    with_units = rules.units
    refund_status = rules.refund_status
    none = repeat(None)
    counted: set[str] = set()  # orders whose amount is already in (once per order)
    distinct: defaultdict[date, set[str]] = defaultdict(set)
    untitled: set[str] = set()  # products seen so far without a title
    per_product: dict[tuple[date, str], list] = {}  # (day, product) → [units, sales, order ids]
    shares: dict[str, list[tuple[tuple[date, str], int]]] = {}  # once per order: its rows to split over
    first_amount: dict[str, int] = {}
    titles, codes, prices = col("title"), col("sku_code"), col("price")
    rows = zip(range(len(table)), _days(table, rules.day_fields), col("amount"), col("order_id"),
               col("status") if skip_words else none, col("refund") if by_column else none,
               col("after_sale") if by_status else none, col("product_id") if with_units else none,
               col("units") if with_units else none, strict=False)
    shop = out.shop
    products = out.products
    used = 0
    for i, day, amount, order_id, status, refund, after, product, units in rows:
        if skip_words:
            status_text = str(status or "")
            if any(word in status_text for word in skip_words):
                out.skipped[CANCELLED] += 1
                continue
        if day is None:
            out.skipped[NOT_PAID] += 1
            continue
        if type(amount) is not int:
            out.errors.append(ValidationError(refs[i], QT_TRANSLATE_NOOP(
                "Platform", "a paid order without an amount")))
            continue
        if amount < 0:
            out.errors.append(ValidationError(refs[i], QT_TRANSLATE_NOOP(
                "Platform", "an amount cannot be negative")))
            continue
        oid = order_id if type(order_id) is str and order_id else str(order_id or refs[i])
        figures = shop.get(day)
        if figures is None:
            figures = shop[day] = {"sales": 0, "refunds": 0}
            out.day_refs[day] = refs[i]
        if not once:
            figures["sales"] += amount
            if by_status and refund_status in str(after or ""):
                figures["refunds"] += amount
        elif oid not in counted:
            counted.add(oid)
            first_amount[oid] = amount
            figures["sales"] += amount
            if by_status and refund_status in str(after or ""):
                figures["refunds"] += amount
        if by_column and type(refund) is int and refund > 0:
            figures["refunds"] += refund
        if count_rows:
            figures["orders"] = figures.get("orders", 0) + 1
        else:
            distinct[day].add(oid)
        if with_units and type(product) is str and product:
            key = (day, product)
            slot = per_product.get(key)
            if slot is None:
                slot = per_product[key] = [0, 0, set()]
                if product not in products or (product in untitled and titles[i]):
                    title, code = titles[i], codes[i]
                    products[product] = (str(title) if title else None, str(code) if code else None)
                    if title:
                        untitled.discard(product)
                    else:
                        untitled.add(product)
            elif untitled and product in untitled and titles[i]:
                title, code = titles[i], codes[i]
                products[product] = (str(title), str(code) if code else None)
                untitled.discard(product)
            if type(units) is int and units > 0:
                slot[0] += units
            slot[2].add(oid)
            if once:
                price = prices[i]
                n = units if type(units) is int and units > 0 else 1
                shares.setdefault(oid, []).append((key, price * n if type(price) is int else n))
            else:
                slot[1] += amount
        used += 1
    out.used = used
    for day, ids in distinct.items():
        out.shop[day]["orders"] = len(ids)
    for oid, rows_of in shares.items():
        for (key, _), share in zip(rows_of, _split(first_amount[oid], [w for _, w in rows_of]), strict=True):
            per_product[key][1] += share
    for (day, product), (units_sold, sales, ids) in per_product.items():
        if units_sold:
            out.units.setdefault(day, {})[product] = units_sold
        out.product_sales.setdefault(day, {})[product] = sales
        out.product_orders.setdefault(day, {})[product] = len(ids)
    return out


def _round(value: Decimal, places: str = "0.01") -> Decimal:
    return value.quantize(Decimal(places), rounding=ROUND_HALF_UP)


def aggregate_shop_daily(kind: str, records: Iterable[Record], ad_fields: tuple[str, ...]) -> KindResult:
    """One row per 统计日期: visitors, bounce rate, visit depth, ad spend, sales and refunds."""
    out = KindResult(kind)
    for rec in records:
        day = _day_of(rec.get("day"))
        if day is None:
            out.errors.append(ValidationError(rec.ref, QT_TRANSLATE_NOOP("Platform", "no 统计日期 on this row")))
            continue
        if day in out.shop:
            out.errors.append(ValidationError(rec.ref, QT_TRANSLATE_NOOP(
                "Platform", "{day} appears twice"), day=day.isoformat()))
            continue
        figures: dict[str, int] = {}
        visitors = rec.get("visitors")
        if isinstance(visitors, int):
            figures["visitors"] = visitors
        bounce = rec.get("bounce_rate")
        if isinstance(bounce, Decimal):
            if not 0 <= bounce <= MAX_PERCENT:
                out.errors.append(ValidationError(rec.ref, QT_TRANSLATE_NOOP(
                    "Platform", "a percentage must be between 0 and 100")))
                continue
            figures["bounce_rate"] = int(_round(bounce) * 100)
        depth = rec.get("visit_depth")
        views = rec.get("views")
        if isinstance(depth, Decimal):
            figures["visit_depth"] = int(_round(depth) * 100)
        elif isinstance(views, int) and isinstance(visitors, int) and visitors > 0:
            figures["visit_depth"] = int(_round(Decimal(views) / visitors) * 100)
        spends = [rec.get(f) for f in ad_fields]
        present = [v for v in spends if isinstance(v, int)]
        if present:
            figures["ad_spend"] = sum(present)
        for metric in ("sales", "refunds"):
            value = rec.get(metric)
            if isinstance(value, int):
                figures[metric] = value
        if any(v < 0 for v in figures.values()):
            out.errors.append(ValidationError(rec.ref, QT_TRANSLATE_NOOP(
                "Platform", "a figure cannot be negative")))
            continue
        out.shop[day] = figures
        out.day_refs[day] = rec.ref
        out.used += 1
    return out


_RANGE = re.compile(r"(\d{4}-\d{2}-\d{2})\s*(?:至|到|~|_|-{1,2})\s*(\d{4}-\d{2}-\d{2})")


def day_from_name(name: str) -> tuple[date, date] | None:
    """The date range a file name states (`…2026-11-03至2026-11-03…`, `_2026-11-03_2026-11-03`)."""
    match = _RANGE.search(name)
    if not match:
        return None
    try:
        return date.fromisoformat(match[1]), date.fromisoformat(match[2])
    except ValueError:
        return None


AGENT_METRICS = ("inquiries", "cs_orders", "cs_sales", "cs_response_s")


def aggregate_agents(kind: str, records: Iterable[Record], summary_names: Iterable[str],
                     delayed_words: Iterable[str], file_day: date | None,
                     has_day_column: bool, file_ref: str) -> KindResult:
    """Each agent's inquiries, paid orders, sales and mean response per day, by nickname.

    The day is the row's 日期, else `file_day` (from --day or the file name);
    summary rows (汇总值, 全店平均值 …) are skipped; a `延迟统计` cell is left out with a warning.
    """
    out = KindResult(kind)
    summaries = {s.strip() for s in summary_names}
    delayed = set(delayed_words)
    if not has_day_column and file_day is None:
        out.errors.append(ValidationError(file_ref, QT_TRANSLATE_NOOP(
            "Platform", "no 日期 column and the file does not cover a single day: "
                        "import one day at a time or give the day (--day)")))
        return out
    for rec in records:
        nick = str(rec.get("nickname") or "").strip()
        if not nick or nick in summaries:
            out.skipped[SUMMARY if nick else BLANK] += 1
            continue
        day = _day_of(rec.get("day")) if has_day_column else file_day
        if day is None:
            out.errors.append(ValidationError(rec.ref, QT_TRANSLATE_NOOP("Platform", "no 日期 on this row")))
            continue
        per_day = out.agents.setdefault(day, {})
        if nick in per_day:
            out.errors.append(ValidationError(rec.ref, QT_TRANSLATE_NOOP(
                "Platform", "{name} appears twice for {day}"), name=nick, day=day.isoformat()))
            continue
        figures: dict[str, int] = {}
        for metric in AGENT_METRICS:
            value = rec.get(metric)
            if isinstance(value, str) and value in delayed:
                out.warnings.append((rec.ref, Phrase("Platform", QT_TRANSLATE_NOOP(
                    "Platform", "{metric} left out: the file says “{value}”"), metric=_metric_word(metric), value=value)))
                continue
            if value is None:
                continue
            if isinstance(value, Decimal):  # seconds, stored in hundredths
                value = int(_round(value) * 100)
            if not isinstance(value, int) or value < 0:
                out.errors.append(ValidationError(rec.ref, QT_TRANSLATE_NOOP(
                    "Platform", "a figure cannot be negative")))
                break
            figures[metric] = value
        else:
            per_day[nick] = figures
            out.agent_refs.setdefault(nick, rec.ref)
            out.day_refs.setdefault(day, rec.ref)
            out.used += 1
    return out


def designed_units(units: Mapping[str, int], designers: Mapping[str, tuple[int | None, date | None]],
                   day: date) -> tuple[dict[int, int], int]:
    """A day's units per designer (products they made, from `designed_from` on) and units with none."""
    per: dict[int, int] = {}
    unassigned = 0
    for product, n in units.items():
        designer, since = designers.get(product, (None, None))
        if designer is None or (since is not None and day < since):
            unassigned += n
            continue
        per[designer] = per.get(designer, 0) + n
    return per, unassigned


def differs_over(a: int, b: int, percent: int = 1) -> bool:
    """True when a and b differ by more than `percent` % of the larger."""
    return abs(a - b) * 100 > max(abs(a), abs(b)) * percent


def _metric_word(key: str) -> Phrase | str:
    """A metric's name in a warning, translatable (a key the registry does not know stays as it is)."""
    from .metrics import DEFAULT_REGISTRY

    return Phrase("Metrics", DEFAULT_REGISTRY[key].name_en) if key in DEFAULT_REGISTRY else key
