"""Alerts for the morning check, from the healthy ranges in the owner's playbook.

Bounce rate over 70 %, visit depth under 2.5, whole-shop AOV under 1.3 ×
the hero product's AOV, a customer-service member converting below the
department's average, and people who entered nothing yesterday.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from shopdesk.domain.departments import Department
from shopdesk.domain.metrics import MetricRegistry
from shopdesk.domain.money import MoneyError, parse_yuan
from shopdesk.domain.text import QT_TRANSLATE_NOOP
from shopdesk.services.common.context import Actor
from shopdesk.services.morning.query import Ranges
from shopdesk.services.platform.hero import Hero
from shopdesk.store.models.core import SHOP_SCOPE, staff_scope

BOUNCE_LIMIT = Decimal(70)
DEPTH_FLOOR = Decimal("2.5")
HERO_FACTOR = Decimal("1.3")


@dataclass(frozen=True)
class Alert:
    """A message template (context "Alerts") and its parameters, translated by the UI."""

    kind: str
    scope: str
    template: str
    params: dict[str, Any] = field(default_factory=dict)

    def render(self, translate=None, show_date: Callable[[date], str] = date.isoformat) -> str:
        """The message; dates as `show_date` writes them (the UI passes the locale's format)."""
        text = translate("Alerts", self.template) if translate else self.template
        params = {k: show_date(v) if isinstance(v, date) else v for k, v in self.params.items()}
        return text.format(**params)


def _q(value: Decimal, places: str = "0.01") -> str:
    return str(value.quantize(Decimal(places)))


def hero_aov_fen(text: str | None) -> int | None:
    """The hero product AOV setting (yuan, as typed) in fen; None when unset or unreadable."""
    if not text:
        return None
    try:
        fen = parse_yuan(text)
    except MoneyError:
        return None
    return fen if fen > 0 else None


def find_alerts(registry: MetricRegistry, ranges: Ranges, rest_days: frozenset[int], hero_aov: str | None,
                shop: dict[str, dict[str, int]], departments: dict[Department, dict[str, dict[str, int]]],
                scopes: dict[str, dict[str, dict[str, int]]], staff: Sequence[Any], entered: set[str],
                actor: Actor, hero: Hero | None = None) -> list[Alert]:
    """Everything worth a look this morning that the actor may see.

    The hero product's AOV comes from the imported order files when they name one for the month
    (`hero`), else from the typed `hero_aov` setting."""
    out: list[Alert] = []
    mtd = shop.get("mtd", {})
    if actor.is_owner:
        bounce = registry.period_value("bounce_rate", mtd)
        if bounce is not None and bounce > BOUNCE_LIMIT:
            out.append(Alert("bounce_rate", SHOP_SCOPE, QT_TRANSLATE_NOOP(
                "Alerts", "Bounce rate is {value}% this month (keep it under 70%, good shops stay under 60%)"),
                {"value": _q(bounce)}))
        depth = registry.period_value("visit_depth", mtd)
        if depth is not None and depth < DEPTH_FLOOR:
            out.append(Alert("visit_depth", SHOP_SCOPE, QT_TRANSLATE_NOOP(
                "Alerts", "Visit depth is {value} pages this month (aim for over 2.5, good is over 3.5)"),
                {"value": _q(depth)}))
        imported = hero.aov_fen if hero is not None else None
        hero_fen = imported if imported is not None else hero_aov_fen(hero_aov)
        aov = registry.period_value("aov", mtd)
        if hero_fen is not None and aov is not None and aov * 100 < HERO_FACTOR * hero_fen:
            values = {"value": _q(aov), "hero": _q(Decimal(hero_fen) / 100),
                      "floor": _q(HERO_FACTOR * hero_fen / 100)}
            if imported is not None and hero is not None:
                out.append(Alert("aov_hero", SHOP_SCOPE, QT_TRANSLATE_NOOP(
                    "Alerts", "Average order value ¥{value} is under 1.3 × the AOV of the hero product "
                              "{product}, ¥{hero} (¥{floor})"), {**values, "product": hero.name or hero.product_id}))
            else:
                out.append(Alert("aov_hero", SHOP_SCOPE, QT_TRANSLATE_NOOP(
                    "Alerts", "Average order value ¥{value} is under 1.3 × the hero product's ¥{hero} (¥{floor})"),
                    values))
    cs_avg = registry.period_value("cs_conversion", departments.get(Department.CUSTOMER_SERVICE, {}).get("mtd", {}))
    names = {sid: name for sid, name, *_ in staff}
    for sid, name, dept, active, hired in staff:
        if not active or not actor.can_see_person(sid, dept):
            continue
        scope = staff_scope(sid)
        own = scopes.get(scope, {})
        if dept == Department.CUSTOMER_SERVICE.value and cs_avg is not None:
            conv = registry.period_value("cs_conversion", own.get("mtd", {}))
            if conv is not None and conv < cs_avg:
                out.append(Alert("cs_conversion", scope, QT_TRANSLATE_NOOP(
                    "Alerts", "{name} converts {value}% of inquiries, below the team's {average}%"),
                    {"name": names[sid], "value": _q(conv), "average": _q(cs_avg)}))
        worked = ranges.yesterday.weekday() not in rest_days and (hired is None or hired <= ranges.yesterday)
        if worked and scope not in entered:
            out.append(Alert("no_figures", scope, QT_TRANSLATE_NOOP(
                "Alerts", "{name} entered no figures yesterday ({day})"),
                {"name": name, "day": ranges.yesterday}))
    return out



def set_hero_aov(db, actor: Actor, text: str) -> int | None:
    """Mark the hero product's AOV (yuan as typed; empty clears it); returns it in fen."""
    from shopdesk.domain.errors import ValidationError
    from shopdesk.services.common.settings import set_setting

    actor.require_owner("change shop settings")
    raw = (text or "").strip()
    if not raw:
        set_setting(db, actor, "hero_aov", "")
        return None
    try:
        fen = parse_yuan(raw)
    except MoneyError:
        raise ValidationError("hero_aov", QT_TRANSLATE_NOOP("Errors", "'{text}' is not an amount of money"),
                              text=raw) from None
    if fen <= 0:
        raise ValidationError("hero_aov", QT_TRANSLATE_NOOP("Errors", "the hero product's AOV must be above zero"))
    set_setting(db, actor, "hero_aov", str(Decimal(fen) / 100))
    return fen
