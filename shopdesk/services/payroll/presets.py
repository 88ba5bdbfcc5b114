"""Ready-made rule sets from the articles, which the owner applies and then edits.

Operations earns 1 % of whole-shop sales; Design ¥1 per unit sold of the
products they designed above 300 units; Customer Service a tiered commission
on their own CS sales by achievement plus a grade bonus; Logistics a target
bonus on parcels shipped less ¥20 per shipping error.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal

from sqlalchemy import select

from shopdesk.domain.departments import Department
from shopdesk.domain.rules import RuleSpec
from shopdesk.domain.scope import Dialect, Scope
from shopdesk.domain.text import QT_TRANSLATE_NOOP
from shopdesk.services.common.context import OWNER, Actor
from shopdesk.services.demo.base import DemoShop
from shopdesk.services.payroll.rules import insert_rule
from shopdesk.store.db import Database
from shopdesk.store.models.payroll import PayRule


@dataclass(frozen=True)
class Preset:
    key: str
    name: str  # QT_TRANSLATE_NOOP("Presets", …)
    rules: tuple[RuleSpec, ...]


def _dept(d: Department) -> str:
    return Scope.of_department(d.value).key(Dialect.RULES)


PRESETS: tuple[Preset, ...] = (
    Preset("operations", QT_TRANSLATE_NOOP("Presets", "Operations: 1 % of whole-shop sales"), (
        RuleSpec(_dept(Department.OPERATIONS), QT_TRANSLATE_NOOP("Presets", "Shop sales commission"), "percent", "sales", "shop", rate=Decimal(1)),
    )),
    Preset("design", QT_TRANSLATE_NOOP("Presets", "Design: ¥1 per designed unit sold above 300"), (
        RuleSpec(_dept(Department.DESIGN), QT_TRANSLATE_NOOP("Presets", "Designed units bonus"), "per_unit", "units_sold_designed",
                 amount_fen=100, threshold=Decimal(300)),
    )),
    Preset("customer_service", QT_TRANSLATE_NOOP("Presets", "Customer Service: tiered CS sales commission + grade bonus"), (
        RuleSpec(_dept(Department.CUSTOMER_SERVICE), QT_TRANSLATE_NOOP("Presets", "CS sales commission"), "tiered", "cs_sales",
                 tiers="0-80:0%;80-100:1%;100-:1.5%"),
        RuleSpec(_dept(Department.CUSTOMER_SERVICE), QT_TRANSLATE_NOOP("Presets", "Grade bonus"), "grade_bonus", amount_fen=50000),
    )),
    Preset("logistics", QT_TRANSLATE_NOOP("Presets", "Logistics: parcels target bonus − ¥20 per shipping error"), (
        RuleSpec(_dept(Department.LOGISTICS), QT_TRANSLATE_NOOP("Presets", "Parcels target bonus"), "target_bonus", "parcels_shipped",
                 amount_fen=80000, threshold=Decimal(100)),
        RuleSpec(_dept(Department.LOGISTICS), QT_TRANSLATE_NOOP("Presets", "Shipping errors"), "penalty", "shipping_errors", amount_fen=2000,
                 threshold=Decimal(0)),
    )),
)


def apply_preset(db: Database, actor: Actor, key: str,
                 translate: Callable[[str, str], str] | None = None) -> int:
    """Add a ready-made set's rules (one transaction); rules it already has are left as they are.

    The labels become the bonus sheet's column headers, so they are written in
    the owner's language when `translate(context, text)` is given.
    """
    actor.require_owner(QT_TRANSLATE_NOOP("Errors", "edit pay rules"))
    preset = next((p for p in PRESETS if p.key == key), None)
    if preset is None:
        from shopdesk.domain.errors import ValidationError

        raise ValidationError("preset", QT_TRANSLATE_NOOP("Errors", "unknown rule set '{value}'"), value=key)
    added = 0
    with db.write() as s:
        have = set(s.execute(select(PayRule.applies_to, PayRule.label)).all())
        for spec in preset.rules:
            if translate is not None:
                spec = replace(spec, label=translate("Presets", spec.label))
            if (spec.applies_to, spec.label) not in have:
                insert_rule(s, actor, spec)
                added += 1
    return added


def add_demo_rules(shop: DemoShop) -> None:
    """The demo shop pays by all four ready-made sets, with grades for Customer Service."""
    for preset in PRESETS:
        apply_preset(shop.db, OWNER, preset.key, shop.translate)
    from shopdesk.services.payroll.edits import set_grade

    months = sorted({f"{shop.today.year}-{shop.today.month:02d}", _previous_month(shop.today)})
    for person, sid in zip(shop.people, shop.ids, strict=True):
        if person.department is Department.CUSTOMER_SERVICE:
            for month in months:
                set_grade(shop.db, OWNER, month, sid, shop.rng.choice("SAABBC"))


def _previous_month(today) -> str:
    y, m = (today.year, today.month - 1) if today.month > 1 else (today.year - 1, 12)
    return f"{y}-{m:02d}"
