"""Platform export rows to per-day figures (DESIGN §4.6). Pure: no files, no database.

A reader hands over `Record`s (a row's reference `FILE:row N` and its values
by logical column: `amount` in fen, `paid_at` a datetime, …) and the kind's
rules; these functions add them up per day: the shop's sales, orders and
refunds, units per product, a shop's daily traffic figures, or each
customer-service agent's figures by nickname.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import NamedTuple

from .errors import ValidationError
from .text import QT_TRANSLATE_NOOP

# Why a row was not used, as shown to the user (translated by the caller).
NOT_PAID = QT_TRANSLATE_NOOP("Platform", "not paid")
CANCELLED = QT_TRANSLATE_NOOP("Platform", "cancelled or deleted")
SUMMARY = QT_TRANSLATE_NOOP("Platform", "summary row")
BLANK = QT_TRANSLATE_NOOP("Platform", "blank row")

MAX_PERCENT = Decimal(100)


class Record(NamedTuple):  # a NamedTuple: an import makes one per row, 100,000 and more
    ref: str  # FILE:row N
    values: Mapping[str, object]

    def get(self, key: str) -> object:
        return self.values.get(key)


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


def aggregate_orders(kind: str, rules: OrderRules, records: Iterable[Record]) -> KindResult:
    """Sales, orders, refunds and units per payment day; unpaid and cancelled rows skipped."""
    out = KindResult(kind)
    counted: set[str] = set()  # orders whose amount is already in (once per order)
    distinct: dict[date, set[str]] = {}
    skip_words = rules.skip_status_contains
    day_fields = rules.day_fields
    once = rules.sales_once_per_order
    by_status = rules.refunds == "status"
    by_column = rules.refunds == "column"
    count_rows = rules.orders == "rows"
    with_units = rules.units
    refund_status = rules.refund_status
    for ref, v in records:
        if skip_words:
            status = str(v.get("status") or "")
            if any(word in status for word in skip_words):
                out.skipped[CANCELLED] += 1
                continue
        day = None
        for f in day_fields:
            when = v.get(f)
            if when is not None:
                day = _day_of(when)
                if day is not None:
                    break
        if day is None:
            out.skipped[NOT_PAID] += 1
            continue
        amount = v.get("amount")
        if type(amount) is not int:
            out.errors.append(ValidationError(ref, QT_TRANSLATE_NOOP(
                "Platform", "a paid order without an amount")))
            continue
        if amount < 0:
            out.errors.append(ValidationError(ref, QT_TRANSLATE_NOOP(
                "Platform", "an amount cannot be negative")))
            continue
        order_id = str(v.get("order_id") or ref)
        figures = out.shop.get(day)
        if figures is None:
            figures = out.shop[day] = {"sales": 0, "refunds": 0}
            out.day_refs[day] = ref
        if not once or order_id not in counted:
            figures["sales"] += amount
            if by_status and refund_status in str(v.get("after_sale") or ""):
                figures["refunds"] += amount
        counted.add(order_id)
        if by_column:
            refund = v.get("refund")
            if type(refund) is int and refund > 0:
                figures["refunds"] += refund
        if count_rows:
            figures["orders"] = figures.get("orders", 0) + 1
        else:
            ids = distinct.get(day)
            if ids is None:
                ids = distinct[day] = set()
            ids.add(order_id)
        if with_units:
            product = v.get("product_id")
            if type(product) is str and product:
                units = v.get("units")
                if type(units) is int and units > 0:
                    per_day = out.units.setdefault(day, {})
                    per_day[product] = per_day.get(product, 0) + units
                known = out.products.get(product)
                if known is None or (known[0] is None and v.get("title")):
                    title, code = v.get("title"), v.get("sku_code")
                    out.products[product] = (str(title) if title else None, str(code) if code else None)
        out.used += 1
    for day, ids in distinct.items():
        out.shop[day]["orders"] = len(ids)
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
                out.warnings.append((rec.ref, f"{metric}: {value}"))
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
