"""Metric keys (DESIGN §4.3) and how a period's value is derived from sums.

Every figure is stored as an integer in the metric's base unit: fen for
yuan, hundredths for percentages and pages, whole numbers for counts. So a
period value is always a ratio of exact integer sums, never an average of
daily ratios.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from .departments import Department
from .text import QT_TRANSLATE_NOOP


class Unit(StrEnum):
    YUAN = "yuan"
    COUNT = "count"
    PERCENT = "percent"
    PAGES = "pages"
    TIMES = "times"


class Kind(StrEnum):
    SUM = "sum"  # entered per day, period value = sum
    RATIO = "ratio"  # numerator sum / denominator sum (× 100 for percent)
    WEIGHTED = "weighted"  # entered per day, period value = weighted mean


SCALE: dict[Unit, int] = {
    Unit.YUAN: 100,
    Unit.COUNT: 1,
    Unit.PERCENT: 100,
    Unit.PAGES: 100,
    Unit.TIMES: 100,
}


@dataclass(frozen=True)
class MetricDef:
    key: str
    name_en: str
    name_zh: str
    unit: Unit
    kind: Kind
    department: Department | None = None  # None: the shop / everyone
    numerator: str | None = None
    denominator: str | None = None
    weight: str | None = None  # for WEIGHTED: the metric that weighs each day
    custom: bool = False
    higher_is_better: bool = True

    @property
    def scale(self) -> int:
        return SCALE[self.unit]

    @property
    def entered(self) -> bool:
        """True for metrics people type in (or import) day by day."""
        return self.kind is not Kind.RATIO and self.key not in TASK_METRICS

    @property
    def splits_by_sum(self) -> bool:
        """Sum targets break down by adding up; ratio targets apply as-is."""
        return self.kind is Kind.SUM

    def to_stored(self, natural: Decimal) -> int:
        """A value in natural units (¥, %, count) to the stored integer."""
        scaled = natural * self.scale
        if scaled != scaled.to_integral_value():
            places = {1: "whole numbers", 100: "two decimals"}[self.scale]
            raise ValueError(f"{self.key} takes {places}")
        return int(scaled)

    def to_natural(self, stored: int | Decimal) -> Decimal:
        return Decimal(stored) / self.scale


OPS, DES, CS, LOG = (
    Department.OPERATIONS,
    Department.DESIGN,
    Department.CUSTOMER_SERVICE,
    Department.LOGISTICS,
)

TASK_METRICS = frozenset({"tasks_done", "task_points"})

BUILTIN: tuple[MetricDef, ...] = (
    MetricDef("sales", QT_TRANSLATE_NOOP("Metrics", "Sales"), "销售额", Unit.YUAN, Kind.SUM, OPS),
    MetricDef("orders", QT_TRANSLATE_NOOP("Metrics", "Orders"), "订单数", Unit.COUNT, Kind.SUM, OPS),
    MetricDef("visitors", QT_TRANSLATE_NOOP("Metrics", "Visitors"), "访客数", Unit.COUNT, Kind.SUM, OPS),
    MetricDef("ad_spend", QT_TRANSLATE_NOOP("Metrics", "Ad spend"), "推广花费", Unit.YUAN, Kind.SUM, OPS, higher_is_better=False),
    MetricDef("bounce_rate", QT_TRANSLATE_NOOP("Metrics", "Bounce rate"), "跳失率", Unit.PERCENT, Kind.WEIGHTED, OPS,
              weight="visitors", higher_is_better=False),
    MetricDef("visit_depth", QT_TRANSLATE_NOOP("Metrics", "Visit depth"), "访问深度", Unit.PAGES, Kind.WEIGHTED, OPS,
              weight="visitors"),
    MetricDef("conversion_rate", QT_TRANSLATE_NOOP("Metrics", "Conversion rate"), "转化率", Unit.PERCENT, Kind.RATIO, OPS,
              numerator="orders", denominator="visitors"),
    MetricDef("aov", QT_TRANSLATE_NOOP("Metrics", "Average order value"), "客单价", Unit.YUAN, Kind.RATIO, OPS,
              numerator="sales", denominator="orders"),
    MetricDef("roi", QT_TRANSLATE_NOOP("Metrics", "ROI"), "投入产出比", Unit.TIMES, Kind.RATIO, OPS,
              numerator="sales", denominator="ad_spend"),
    MetricDef("pages_delivered", QT_TRANSLATE_NOOP("Metrics", "Pages delivered"), "页面交付", Unit.COUNT, Kind.SUM, DES),
    MetricDef("images_delivered", QT_TRANSLATE_NOOP("Metrics", "Images delivered"), "图片处理", Unit.COUNT, Kind.SUM, DES),
    MetricDef("units_sold_designed", QT_TRANSLATE_NOOP("Metrics", "Units sold (designed)"), "设计款销量", Unit.COUNT,
              Kind.SUM, DES),
    MetricDef("inquiries", QT_TRANSLATE_NOOP("Metrics", "Inquiries"), "咨询人数", Unit.COUNT, Kind.SUM, CS),
    MetricDef("cs_orders", QT_TRANSLATE_NOOP("Metrics", "CS orders"), "客服成交单数", Unit.COUNT, Kind.SUM, CS),
    MetricDef("cs_sales", QT_TRANSLATE_NOOP("Metrics", "CS sales"), "客服销售额", Unit.YUAN, Kind.SUM, CS),
    MetricDef("cs_conversion", QT_TRANSLATE_NOOP("Metrics", "CS conversion"), "询单转化率", Unit.PERCENT, Kind.RATIO, CS,
              numerator="cs_orders", denominator="inquiries"),
    MetricDef("good_reviews", QT_TRANSLATE_NOOP("Metrics", "Good reviews"), "好评数", Unit.COUNT, Kind.SUM, CS),
    MetricDef("bad_reviews", QT_TRANSLATE_NOOP("Metrics", "Bad reviews resolved"), "差评处理", Unit.COUNT, Kind.SUM, CS),
    MetricDef("repeat_customers", QT_TRANSLATE_NOOP("Metrics", "Repeat customers"), "回头客", Unit.COUNT, Kind.SUM, CS),
    MetricDef("parcels_shipped", QT_TRANSLATE_NOOP("Metrics", "Parcels shipped"), "发货包裹", Unit.COUNT, Kind.SUM, LOG),
    MetricDef("shipping_errors", QT_TRANSLATE_NOOP("Metrics", "Shipping errors"), "发货差错", Unit.COUNT, Kind.SUM, LOG,
              higher_is_better=False),
    MetricDef("error_rate", QT_TRANSLATE_NOOP("Metrics", "Error rate"), "差错率", Unit.PERCENT, Kind.RATIO, LOG,
              numerator="shipping_errors", denominator="parcels_shipped",
              higher_is_better=False),
    MetricDef("tasks_done", QT_TRANSLATE_NOOP("Metrics", "Tasks done"), "完成任务", Unit.COUNT, Kind.SUM),
    MetricDef("task_points", QT_TRANSLATE_NOOP("Metrics", "Task points"), "任务积分", Unit.COUNT, Kind.SUM),
)

# The figures each department's table shows, in order (DESIGN §2 KPIs).
KEY_METRICS: dict[Department, tuple[str, ...]] = {
    OPS: ("sales", "orders", "visitors", "conversion_rate", "aov"),
    DES: ("pages_delivered", "images_delivered", "units_sold_designed"),
    CS: ("inquiries", "cs_orders", "cs_sales", "cs_conversion", "good_reviews"),
    LOG: ("parcels_shipped", "shipping_errors", "error_rate"),
}


@dataclass
class MetricRegistry:
    """The built-in metrics plus the owner's own ones."""

    defs: dict[str, MetricDef] = field(default_factory=lambda: {m.key: m for m in BUILTIN})

    def add(self, metric: MetricDef) -> None:
        if metric.key in self.defs:
            raise ValueError(f"metric '{metric.key}' already exists")
        if metric.kind is Kind.RATIO:
            for part in (metric.numerator, metric.denominator):
                if part not in self.defs or self.defs[part].kind is Kind.RATIO:
                    raise ValueError(f"'{part}' is not a summed metric")
        self.defs[metric.key] = metric

    def __getitem__(self, key: str) -> MetricDef:
        try:
            return self.defs[key]
        except KeyError:
            raise KeyError(f"unknown metric '{key}'") from None

    def __contains__(self, key: object) -> bool:
        return key in self.defs

    def __iter__(self) -> Iterator[MetricDef]:
        return iter(self.defs.values())

    def base_keys(self, keys: Iterable[str]) -> set[str]:
        """The stored metrics needed to compute `keys` over a period."""
        need: set[str] = set()
        for key in keys:
            m = self[key]
            if m.kind is Kind.RATIO:
                need |= {m.numerator or "", m.denominator or ""}
            elif m.kind is Kind.WEIGHTED:
                need |= {key, m.weight or ""}
            else:
                need.add(key)
        return need

    def period_value(self, key: str, totals: Mapping[str, int]) -> Decimal | None:
        """A metric's value over a period from the integer sums of its parts.

        `totals` maps stored metric keys to their sums over the period; for a
        weighted metric k, `weighted_key(k)` holds Σ(daily value × daily
        weight) and `weight_total_key(k)` Σ(weight) over the same days. Returns natural units (¥, %, count), or None when undefined
        (no data, or a zero denominator).
        """
        metric = self[key]
        if metric.kind is Kind.SUM:
            total = totals.get(metric.key)
            return None if total is None else metric.to_natural(total)
        if metric.kind is Kind.WEIGHTED:
            weight = totals.get(weight_total_key(metric.key))
            weighted = totals.get(weighted_key(metric.key))
            if not weight or weighted is None:
                return None
            return metric.to_natural(Decimal(weighted) / Decimal(weight))
        num_def, den_def = self[metric.numerator or ""], self[metric.denominator or ""]
        num, den = totals.get(num_def.key), totals.get(den_def.key)
        if num is None or not den:
            return None
        ratio = num_def.to_natural(num) / den_def.to_natural(den)
        return ratio * 100 if metric.unit is Unit.PERCENT else ratio


def weighted_key(key: str) -> str:
    """The name under which Σ(value × weight) travels in a totals mapping."""
    return f"{key}*w"


def weight_total_key(key: str) -> str:
    """Σ(weight) over the days that have a value of the weighted metric."""
    return f"{key}*n"


DEFAULT_REGISTRY = MetricRegistry()
