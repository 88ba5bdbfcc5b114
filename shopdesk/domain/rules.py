"""Compensation rule lines (DESIGN §4.5): what a rule is, and whether it is well formed.

A `RuleSpec` mirrors one row of the workbook's Rules sheet. Rates are
percentages held as `Decimal` (1 means 1 %), money is integer fen, a
threshold is a `Decimal` in the metric's natural unit (or an achievement
percentage for gates and target bonuses). Validation returns every problem
at once, each naming its field, so a dialog or an import can show them all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, DecimalException
from enum import StrEnum
from functools import lru_cache

from shopdesk.domain.scope import Dialect, Scope

from .errors import ValidationError
from .metrics import MetricRegistry
from .text import QT_TRANSLATE_NOOP


class RuleKind(StrEnum):
    FIXED = "fixed"
    PERCENT = "percent"
    TIERED = "tiered"
    PER_UNIT = "per_unit"
    TARGET_BONUS = "target_bonus"
    GRADE_BONUS = "grade_bonus"
    POINTS = "points"
    STEP_BONUS = "step_bonus"
    SCORE_BONUS = "score_bonus"
    TEAM_POOL = "team_pool"
    PENALTY = "penalty"


class Basis(StrEnum):
    OWN = "own"
    DEPARTMENT = "department"
    SHOP = "shop"


class TierMode(StrEnum):
    RETROACTIVE = "retroactive"
    MARGINAL = "marginal"


KIND_NAMES: dict[RuleKind, str] = {
    RuleKind.FIXED: QT_TRANSLATE_NOOP("RuleKinds", "Fixed amount"),
    RuleKind.PERCENT: QT_TRANSLATE_NOOP("RuleKinds", "Percentage"),
    RuleKind.TIERED: QT_TRANSLATE_NOOP("RuleKinds", "Tiered commission"),
    RuleKind.PER_UNIT: QT_TRANSLATE_NOOP("RuleKinds", "Per unit"),
    RuleKind.TARGET_BONUS: QT_TRANSLATE_NOOP("RuleKinds", "Target bonus"),
    RuleKind.GRADE_BONUS: QT_TRANSLATE_NOOP("RuleKinds", "Grade bonus"),
    RuleKind.POINTS: QT_TRANSLATE_NOOP("RuleKinds", "Points"),
    RuleKind.STEP_BONUS: QT_TRANSLATE_NOOP("RuleKinds", "Step bonus"),
    RuleKind.SCORE_BONUS: QT_TRANSLATE_NOOP("RuleKinds", "Appraisal score bonus"),
    RuleKind.TEAM_POOL: QT_TRANSLATE_NOOP("RuleKinds", "Team pool"),
    RuleKind.PENALTY: QT_TRANSLATE_NOOP("RuleKinds", "Penalty"),
}

GRADES = ("S", "A", "B", "C", "D")
DEFAULT_GRADE_MULTIPLIERS: dict[str, Decimal] = {
    "S": Decimal("1.5"), "A": Decimal("1.2"), "B": Decimal("1.0"), "C": Decimal("0.5"), "D": Decimal("0"),
}

# Which fields each kind reads; the editor shows only these.
NEEDS_METRIC = frozenset({RuleKind.PERCENT, RuleKind.TIERED, RuleKind.PER_UNIT, RuleKind.TARGET_BONUS,
                          RuleKind.STEP_BONUS, RuleKind.TEAM_POOL, RuleKind.PENALTY})
NEEDS_RATE = frozenset({RuleKind.PERCENT, RuleKind.TEAM_POOL})
NEEDS_AMOUNT = frozenset({RuleKind.FIXED, RuleKind.PER_UNIT, RuleKind.TARGET_BONUS, RuleKind.GRADE_BONUS,
                          RuleKind.POINTS, RuleKind.SCORE_BONUS, RuleKind.PENALTY})
NEEDS_TIERS = frozenset({RuleKind.TIERED, RuleKind.STEP_BONUS})
NEEDS_WEIGHTS = frozenset({RuleKind.POINTS})
NEEDS_TARGET = frozenset({RuleKind.TIERED, RuleKind.TARGET_BONUS, RuleKind.STEP_BONUS})

MAX_LABEL = 60
MAX_TEXT = 400
MAX_AMOUNT_FEN = 10**15
_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
_APPLIES = re.compile(r"^(all|department:[a-z_]+|staff:\d+)$")


@dataclass(frozen=True)
class RuleSpec:
    """One rule line, as the Rules sheet and the editor describe it."""

    applies_to: str  # "all" | "department:<key>" | "staff:<id>"
    label: str
    kind: str
    metric: str = ""
    basis: str = Basis.OWN.value
    rate: Decimal | None = None  # percent: Decimal(1) is 1 %
    amount_fen: int | None = None
    threshold: Decimal | None = None
    tiers: str = ""
    tier_mode: str = TierMode.RETROACTIVE.value
    cap_fen: int | None = None
    weights: str = ""
    effective_from: str = ""  # "YYYY-MM"; "" applies to every month


@dataclass(frozen=True)
class Tier:
    """A bracket [low, high) of achievement %, paying `value` (a rate % or yuan)."""

    low: Decimal
    high: Decimal | None
    value: Decimal

    def holds(self, x: Decimal) -> bool:
        return x >= self.low and (self.high is None or x < self.high)

    @property
    def span(self) -> str:
        return f"{self.low.normalize():f}–{'' if self.high is None else f'{self.high.normalize():f}'}"


class RuleTextError(ValueError):
    """A tiers or weights text that does not parse; carries a translatable template."""

    def __init__(self, template: str, **args: object) -> None:
        self.template, self.args_ = template, args
        super().__init__(template.format(**args))


def _decimal(text: str) -> Decimal:
    try:
        value = Decimal(text.strip())
    except DecimalException:
        raise ValueError(text) from None
    if not value.is_finite():
        raise ValueError(text)
    return value


def _normalise(text: str) -> str:
    # Chinese input methods type full-width punctuation.
    table = str.maketrans({"；": ";", "：": ":", "，": ",", "％": "%", "－": "-", "—": "-", "～": "-", "~": "-"})
    return text.translate(table)


@lru_cache(maxsize=512)  # a payroll run reads the same rule's tiers once per person
def parse_tiers(text: str, *, money: bool = False) -> tuple[Tier, ...]:
    """`0-80:0%;80-100:1%;100-:1.5%` (rates) or `0-80:0;80-100:500;100-:1000` (yuan).

    Brackets must start at 0, follow each other without gap or overlap and
    end open (`100-`), so every achievement falls in exactly one.
    """
    parts = [p.strip() for p in re.split(r"[;\n]", _normalise(text or "")) if p.strip()]
    if not parts:
        raise RuleTextError(QT_TRANSLATE_NOOP("Errors", "enter the tiers, e.g. {example}"),
                            example="0-80:0;80-100:500;100-:1000" if money else "0-80:0%;80-100:1%;100-:1.5%")
    tiers: list[Tier] = []
    for part in parts:
        m = re.fullmatch(r"\s*([0-9.]+)\s*-\s*([0-9.]*)\s*:\s*([-0-9.]+)\s*(%?)\s*", part)
        if not m or (money and m[4]):
            raise RuleTextError(QT_TRANSLATE_NOOP("Errors", "'{part}' is not a tier like {example}"), part=part,
                                example="80-100:500" if money else "80-100:1%")
        try:
            low, value = _decimal(m[1]), _decimal(m[3])
            high = _decimal(m[2]) if m[2] else None
        except ValueError:
            raise RuleTextError(QT_TRANSLATE_NOOP("Errors", "'{part}' is not a tier like {example}"), part=part,
                                example="80-100:500" if money else "80-100:1%") from None
        if high is not None and high <= low:
            raise RuleTextError(QT_TRANSLATE_NOOP("Errors", "tier '{part}' ends before it starts"), part=part)
        if value < 0 or (not money and value > 100):
            raise RuleTextError(QT_TRANSLATE_NOOP("Errors", "tier '{part}': the rate must be between 0 and 100 %")
                                if not money else
                                QT_TRANSLATE_NOOP("Errors", "tier '{part}': the amount must not be negative"),
                                part=part)
        if money and value > MAX_AMOUNT_FEN / 100:
            raise RuleTextError(QT_TRANSLATE_NOOP("Errors", "'{value}' is not a plausible amount"), value=part)
        tiers.append(Tier(low, high, value))
    if tiers[0].low != 0:
        raise RuleTextError(QT_TRANSLATE_NOOP("Errors", "tiers must start at 0"))
    for before, after in zip(tiers, tiers[1:], strict=False):
        if before.high is None or after.low < before.high:
            raise RuleTextError(QT_TRANSLATE_NOOP("Errors", "tiers {a} and {b} overlap"), a=before.span, b=after.span)
        if after.low > before.high:
            raise RuleTextError(QT_TRANSLATE_NOOP("Errors", "gap between tiers {a} and {b}"),
                                a=before.span, b=after.span)
    if tiers[-1].high is not None:
        raise RuleTextError(QT_TRANSLATE_NOOP("Errors", "the last tier must be open-ended, like {example}"),
                            example=f"{tiers[-1].high.normalize():f}-:…")
    return tuple(tiers)


@lru_cache(maxsize=512)
def parse_weights(text: str) -> tuple[tuple[str, Decimal], ...]:
    """`sales:0.01,inquiries:1` (points) or `张伟:2,刘洋:1` (a team pool's shares)."""
    parts = [p.strip() for p in re.split(r"[,;\n]", _normalise(text or "")) if p.strip()]
    if not parts:
        raise RuleTextError(QT_TRANSLATE_NOOP("Errors", "enter the weights, e.g. {example}"),
                            example="sales:0.01,inquiries:1")
    out: list[tuple[str, Decimal]] = []
    seen: set[str] = set()
    for part in parts:
        key, sep, raw = part.rpartition(":")
        key = key.strip()
        try:
            weight = _decimal(raw) if sep and key else None
        except ValueError:
            weight = None
        if weight is None or abs(weight) > Decimal(10) ** 9:
            raise RuleTextError(QT_TRANSLATE_NOOP("Errors", "'{part}' is not a weight like {example}"),
                                part=part, example="sales:0.01")
        if key in seen:
            raise RuleTextError(QT_TRANSLATE_NOOP("Errors", "'{key}' is weighted twice"), key=key)
        seen.add(key)
        out.append((key, weight))
    return tuple(out)


def _err(field: str, template: str, **args: object) -> ValidationError:
    return ValidationError(field, template, **args)


def validate_rule(spec: RuleSpec, registry: MetricRegistry) -> list[ValidationError]:
    """Every problem with `spec`, each naming its field; empty when it is sound."""
    errors: list[ValidationError] = []
    if not _APPLIES.match(spec.applies_to or ""):
        errors.append(_err("applies_to", QT_TRANSLATE_NOOP(
            "Errors", "'{value}' is not a person, a department or everyone"), value=spec.applies_to))
    label = (spec.label or "").strip()
    if not label:
        errors.append(_err("label", QT_TRANSLATE_NOOP("Errors", "give the rule a name")))
    elif len(label) > MAX_LABEL:
        errors.append(_err("label", QT_TRANSLATE_NOOP("Errors", "at most {n} characters"), n=MAX_LABEL))
    try:
        kind = RuleKind(spec.kind)
    except ValueError:
        errors.append(_err("kind", QT_TRANSLATE_NOOP("Errors", "unknown rule type '{value}'"), value=spec.kind))
        return errors
    if kind in NEEDS_METRIC:
        if not spec.metric:
            errors.append(_err("metric", QT_TRANSLATE_NOOP("Errors", "choose a metric")))
        elif spec.metric not in registry:
            errors.append(_err("metric", QT_TRANSLATE_NOOP("Errors", "unknown metric '{value}'"), value=spec.metric))
    try:
        basis = Basis(spec.basis)
    except ValueError:
        basis = None
        errors.append(_err("basis", QT_TRANSLATE_NOOP("Errors", "basis must be own, department or shop")))
    if kind is RuleKind.TEAM_POOL and basis is Basis.OWN:
        errors.append(_err("basis", QT_TRANSLATE_NOOP("Errors", "a team pool is on the department's or the shop's figures")))
    if kind in NEEDS_RATE and spec.rate is None:
        errors.append(_err("rate", QT_TRANSLATE_NOOP("Errors", "enter a rate")))
    if spec.rate is not None and (not spec.rate.is_finite() or not 0 <= spec.rate <= 100):
        errors.append(_err("rate", QT_TRANSLATE_NOOP("Errors", "the rate must be between 0 and 100 %")))
    if kind in NEEDS_AMOUNT and spec.amount_fen is None:
        errors.append(_err("amount", QT_TRANSLATE_NOOP("Errors", "enter an amount")))
    for field, fen in (("amount", spec.amount_fen), ("cap", spec.cap_fen)):
        if fen is not None and not 0 <= fen <= MAX_AMOUNT_FEN:
            errors.append(_err(field, QT_TRANSLATE_NOOP("Errors", "the amount must not be negative")))
    if spec.threshold is not None and (not spec.threshold.is_finite() or spec.threshold < 0
                                       or spec.threshold > Decimal(10) ** 13):
        errors.append(_err("threshold", QT_TRANSLATE_NOOP("Errors", "the threshold must not be negative")))
    if kind in NEEDS_TIERS:
        try:
            parse_tiers(spec.tiers, money=kind is RuleKind.STEP_BONUS)
        except RuleTextError as exc:
            errors.append(_err("tiers", exc.template, **exc.args_))
    if spec.tier_mode not in {m.value for m in TierMode}:
        errors.append(_err("tier_mode", QT_TRANSLATE_NOOP("Errors", "tier mode must be retroactive or marginal")))
    if kind in NEEDS_WEIGHTS or (kind in {RuleKind.TEAM_POOL, RuleKind.GRADE_BONUS} and (spec.weights or "").strip()):
        errors.extend(_weight_errors(kind, spec.weights, registry))
    if spec.effective_from and not _MONTH.match(spec.effective_from):
        errors.append(_err("effective_from", QT_TRANSLATE_NOOP("Errors", "'{value}' is not a month like 2026-05"),
                           value=spec.effective_from))
    return errors


def _weight_errors(kind: RuleKind, text: str, registry: MetricRegistry) -> list[ValidationError]:
    try:
        weights = parse_weights(text)
    except RuleTextError as exc:
        return [_err("weights", exc.template, **exc.args_)]
    errors = []
    for key, weight in weights:
        if kind is RuleKind.POINTS and key not in registry:
            errors.append(_err("weights", QT_TRANSLATE_NOOP("Errors", "unknown metric '{value}'"), value=key))
        elif kind is RuleKind.GRADE_BONUS and key not in GRADES:
            errors.append(_err("weights", QT_TRANSLATE_NOOP("Errors", "'{value}' is not a grade (S, A, B, C, D)"),
                               value=key))
        elif kind is not RuleKind.POINTS and weight < 0:
            errors.append(_err("weights", QT_TRANSLATE_NOOP("Errors", "'{value}' has a negative weight"), value=key))
    if kind is RuleKind.TEAM_POOL and not errors and sum(w for _, w in weights) <= 0:
        errors.append(_err("weights", QT_TRANSLATE_NOOP("Errors", "the shares add up to nothing")))
    return errors


def applies(spec_applies_to: str, staff_id: int, department: str) -> bool:
    """Whether a rule addressed to `spec_applies_to` covers this person."""
    scope = Scope.try_parse(spec_applies_to, Dialect.RULES)
    if scope is None:
        return False
    return scope.is_shop or scope.department == department or scope.staff_id == staff_id


def in_force(specs: list[tuple[int, RuleSpec]], month: str) -> list[tuple[int, RuleSpec]]:
    """The rule versions in force in `month` ("YYYY-MM").

    Rules with the same addressee and label are versions of one rule: the
    one with the latest `effective_from` not after the month wins, so a
    change from May leaves April as it was.
    """
    best: dict[tuple[str, str], tuple[int, RuleSpec]] = {}
    for rid, spec in specs:
        if spec.effective_from and spec.effective_from > month:
            continue
        key = (spec.applies_to, spec.label.strip())
        held = best.get(key)
        if held is None or spec.effective_from > held[1].effective_from:
            best[key] = (rid, spec)
    return sorted(best.values(), key=lambda pair: pair[0])
