"""The monthly pay calculation (DESIGN §4.5): pure, exact, and explained line by line.

Each rule line is computed in `Decimal` and rounded once, half up, to the
fen; a person's totals are sums of rounded lines. Values come in natural
units (¥, %, count) per scope (`staff:<id>`, `dept:<key>`, `shop`), so this
module knows nothing of the database.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

from .attendance import Attendance, MonthBase, absence
from .explain import Money, Shown, Text
from .metrics import MetricRegistry, Unit
from .money import round_fen
from .rules import (
    DEFAULT_GRADE_MULTIPLIERS,
    Basis,
    RuleKind,
    RuleSpec,
    TierMode,
    in_force,
    parse_tiers,
    parse_weights,
)
from .tax import TaxMonth, TaxResult, TaxSoFar, contribution, withhold_month
from .text import QT_TRANSLATE_NOOP

HUNDRED = Decimal(100)
P = "Payroll"


@dataclass(frozen=True)
class Person:
    staff_id: int
    name: str
    department: str
    position: str = ""
    base_fen: int = 0


@dataclass(frozen=True)
class Facts:
    """One month's values and targets per scope, in natural units."""

    values: Mapping[str, Mapping[str, Decimal | None]]
    targets: Mapping[str, Mapping[str, Decimal]] = field(default_factory=dict)
    grades: Mapping[int, str] = field(default_factory=dict)
    scores: Mapping[int, Decimal] = field(default_factory=dict)
    attendance: Mapping[int, Attendance] = field(default_factory=dict)  # staff id → the month's attendance
    partial: frozenset[int] = frozenset()  # people hired or leaving inside the month

    def value(self, scope: str, metric: str) -> Decimal:
        got = self.values.get(scope, {}).get(metric)
        return Decimal(0) if got is None else got

    def target(self, scope: str, metric: str) -> Decimal | None:
        got = self.targets.get(scope, {}).get(metric)
        return got if got else None  # a zero target cannot measure achievement


class PayLine(NamedTuple):  # a NamedTuple: a run builds hundreds
    rule_id: int | None
    label: str
    kind: str
    amount_fen: int
    deduction: bool
    note: Text

    @property
    def explanation(self) -> str:
        return self.note.render()


@dataclass(frozen=True)
class PersonLines:
    lines: tuple[PayLine, ...]
    warnings: tuple[Text, ...]


# Plain strings in the per-person paths: an enum member lookup costs a call each time.
_SHOP, _DEPARTMENT, _OWN, _PENALTY = Basis.SHOP.value, Basis.DEPARTMENT.value, Basis.OWN.value, RuleKind.PENALTY.value
_STYLE = {Unit.YUAN: "y", Unit.PERCENT: "p", Unit.COUNT: "n"}


def scope_of(basis: str, person: Person) -> str:
    if basis == _SHOP:
        return "shop"
    if basis == _DEPARTMENT:
        return f"dept:{person.department}"
    return f"staff:{person.staff_id}"


def _y(value: Decimal) -> Shown:
    return Shown("y", value)


def _p(value: Decimal) -> Shown:
    return Shown("p", value)


def _n(value: Decimal) -> Shown:
    return Shown("n", value)


def _joined(parts: list[Text]) -> Text | str:
    """`a + b + c`, each part formatted only when shown."""
    if not parts:
        return "0"
    return Text(P, " + ".join(f"{{p{i}}}" for i in range(len(parts))), tuple((f"p{i}", p) for i, p in enumerate(parts)))


@lru_cache(maxsize=1024)
def _metric_text(name_en: str, basis: str) -> Text:
    """`sales`, `shop sales` or `department sales`, translated when shown."""
    name = Text("Metrics", name_en, lower=True)
    if basis == Basis.SHOP:
        return Text.of(P, QT_TRANSLATE_NOOP("Payroll", "shop {metric}"), metric=name)
    if basis == Basis.DEPARTMENT:
        return Text.of(P, QT_TRANSLATE_NOOP("Payroll", "department {metric}"), metric=name)
    return name


class _Calc:
    """Formats and reads facts for one rule; the kinds below use it."""

    def __init__(self, spec: RuleSpec, person: Person, facts: Facts, registry: MetricRegistry) -> None:
        self.spec, self.person, self.facts, self.registry = spec, person, facts, registry
        self.scope = scope_of(spec.basis, person)

    def metric_text(self, key: str | None = None) -> Text:
        name = self.registry[key or self.spec.metric].name_en
        return _metric_text(name, _OWN if key is not None else self.spec.basis)

    def shown(self, value: Decimal, key: str | None = None) -> Shown:
        unit = self.registry[key or self.spec.metric].unit
        return Shown(_STYLE.get(unit, "d"), value)

    @property
    def value(self) -> Decimal:
        return self.facts.value(self.scope, self.spec.metric)

    def achievement(self) -> Decimal | None:
        target = self.facts.target(self.scope, self.spec.metric)
        return None if target is None else self.value / target * HUNDRED

    def no_target(self) -> Text:
        return Text.of(P, QT_TRANSLATE_NOOP("Payroll", "{label}: no {metric} target this month, so no line"),
                       label=self.spec.label, metric=self.metric_text())


Result = tuple[Decimal, str, dict] | Text  # (exact yuan, template, args) or a warning


def _gate(c: _Calc) -> Result | None:
    """A threshold on percent/tiered is an achievement gate; below it pays 0."""
    if c.spec.threshold is None:
        return None
    ach = c.achievement()
    if ach is None:
        return c.no_target()
    if ach < c.spec.threshold:
        return Decimal(0), QT_TRANSLATE_NOOP("Payroll", "achievement {ach} below the {gate} gate = {amount}"), \
            {"ach": _p(ach), "gate": _p(c.spec.threshold)}
    return None


def _percent(c: _Calc) -> Result:
    if (gated := _gate(c)) is not None:
        return gated
    rate = c.spec.rate or Decimal(0)
    return rate / HUNDRED * c.value, QT_TRANSLATE_NOOP("Payroll", "{rate} × {value} {metric} = {amount}"), \
        {"rate": _p(rate), "value": c.shown(c.value), "metric": c.metric_text()}


def _tiered(c: _Calc) -> Result:
    if (gated := _gate(c)) is not None:
        return gated
    target = c.facts.target(c.scope, c.spec.metric)
    if target is None:
        return c.no_target()
    tiers = parse_tiers(c.spec.tiers)
    ach, value = c.value / target * HUNDRED, c.value
    if c.spec.tier_mode == TierMode.MARGINAL:
        total, parts = Decimal(0), []
        for t in tiers:
            low = t.low * target / HUNDRED
            high = value if t.high is None else min(value, t.high * target / HUNDRED)
            if high > low:
                total += t.value / HUNDRED * (high - low)
                parts.append(Text.of(P, "{r} × {v}", r=_p(t.value), v=c.shown(high - low)))
        return total, QT_TRANSLATE_NOOP("Payroll", "achievement {ach}: {parts} = {amount}"), \
            {"ach": _p(ach.quantize(Decimal("0.01"))), "parts": _joined(parts)}
    rate = next(t.value for t in tiers if t.holds(ach))
    return rate / HUNDRED * value, QT_TRANSLATE_NOOP("Payroll", "achievement {ach} → {rate} × {value} {metric} = {amount}"), \
        {"ach": _p(ach.quantize(Decimal("0.01"))), "rate": _p(rate), "value": c.shown(value), "metric": c.metric_text()}


def _over(c: _Calc, template: str) -> Result:
    each = Decimal(c.spec.amount_fen or 0) / HUNDRED
    threshold = c.spec.threshold or Decimal(0)
    units = max(Decimal(0), c.value - threshold)
    args = {"each": _y(each), "value": c.shown(c.value), "threshold": c.shown(threshold), "metric": c.metric_text()}
    if units == 0:  # nothing to pay or deduct: say why in words, not "¥20.00 × (0 − 0)"
        template = (QT_TRANSLATE_NOOP("Payroll", "{value} {metric}, not above the {threshold} allowed: "
                                                 "nothing deducted") if c.spec.kind == _PENALTY else
                    QT_TRANSLATE_NOOP("Payroll", "{value} {metric}, not above {threshold}: nothing earned"))
    return each * units, template, args


def _target_bonus(c: _Calc) -> Result:
    ach = c.achievement()
    if ach is None:
        return c.no_target()
    need = HUNDRED if c.spec.threshold is None else c.spec.threshold
    args = {"ach": _p(ach.quantize(Decimal("0.01"))), "need": _p(need), "metric": c.metric_text()}
    if ach >= need:
        return Decimal(c.spec.amount_fen or 0) / HUNDRED, \
            QT_TRANSLATE_NOOP("Payroll", "{metric} achievement {ach} ≥ {need} → {amount}"), args
    return Decimal(0), QT_TRANSLATE_NOOP("Payroll", "{metric} achievement {ach} < {need} → {amount}"), args


def _grade_bonus(c: _Calc) -> Result:
    grade = c.facts.grades.get(c.person.staff_id)
    if grade is None:
        return Text.of(P, QT_TRANSLATE_NOOP("Payroll", "{label}: no grade for this month; set one in the payroll run"),
                       label=c.spec.label)
    multipliers = dict(DEFAULT_GRADE_MULTIPLIERS)
    if (c.spec.weights or "").strip():
        multipliers.update(dict(parse_weights(c.spec.weights)))
    mult = multipliers.get(grade, Decimal(0))
    each = Decimal(c.spec.amount_fen or 0) / HUNDRED
    return each * mult, QT_TRANSLATE_NOOP("Payroll", "{each} × grade {grade} ({mult}) = {amount}"), \
        {"each": _y(each), "grade": grade, "mult": f"{mult.normalize():f}"}


def _points(c: _Calc) -> Result:
    weights = parse_weights(c.spec.weights)
    points, args = Decimal(0), []
    for i, (key, weight) in enumerate(weights):
        v = c.facts.value(c.scope, key)
        points += weight * v
        args += [(f"w{i}", f"{weight.normalize():f}"), (f"v{i}", _n(v)), (f"m{i}", c.metric_text(key))]
    parts = Text(P, _points_template(len(weights)), tuple(args))  # one Text: a run has one per person
    each = Decimal(c.spec.amount_fen or 0) / HUNDRED
    return points * each, QT_TRANSLATE_NOOP("Payroll", "{parts} = {points} points × {each} = {amount}"), \
        {"parts": parts, "points": _n(points), "each": _y(each)}


@lru_cache(maxsize=64)
def _points_template(n: int) -> str:
    return " + ".join(f"{{w{i}}} × {{v{i}}} {{m{i}}}" for i in range(n))


def _step_bonus(c: _Calc) -> Result:
    ach = c.achievement()
    if ach is None:
        return c.no_target()
    tier = next(t for t in parse_tiers(c.spec.tiers, money=True) if t.holds(ach))
    return tier.value, QT_TRANSLATE_NOOP("Payroll", "{metric} achievement {ach} → band {band} = {amount}"), \
        {"ach": _p(ach.quantize(Decimal("0.01"))), "band": tier.span, "metric": c.metric_text()}


def _score_bonus(c: _Calc) -> Result:
    score = c.facts.scores.get(c.person.staff_id)
    if score is None:
        return Text.of(P, QT_TRANSLATE_NOOP("Payroll", "{label}: no appraisal score for this month, so no line"),
                       label=c.spec.label)
    each = Decimal(c.spec.amount_fen or 0) / HUNDRED
    return each * score / HUNDRED, QT_TRANSLATE_NOOP("Payroll", "{each} × score {score} / 100 = {amount}"), \
        {"each": _y(each), "score": _n(score)}


def _full_attendance(c: _Calc) -> Result:
    """全勤奖: the amount for a whole month with no unpaid day and no late arrival; otherwise why not."""
    sid = c.person.staff_id
    att = c.facts.attendance.get(sid) or Attendance()
    if sid in c.facts.partial:
        return Text.of(P, QT_TRANSLATE_NOOP("Payroll", "{label}: not employed for the whole month, not paid"),
                       label=c.spec.label)
    if att.unpaid_halves:
        return Text.of(P, QT_TRANSLATE_NOOP("Payroll", "{label}: {days} unpaid days this month, not paid"),
                       label=c.spec.label, days=_n(att.unpaid_days))
    if att.late:
        return Text.of(P, QT_TRANSLATE_NOOP("Payroll", "{label}: late {n} times this month, not paid"),
                       label=c.spec.label, n=str(att.late))
    return Decimal(c.spec.amount_fen or 0) / HUNDRED, \
        QT_TRANSLATE_NOOP("Payroll", "no unpaid day and no late arrival this month = {amount}"), {}


# Kinds whose line depends on the person, not only on the figures of the rule's basis scope.
PERSONAL = frozenset({RuleKind.GRADE_BONUS, RuleKind.SCORE_BONUS, RuleKind.FULL_ATTENDANCE})

KINDS = {
    RuleKind.FIXED: lambda c: (Decimal(c.spec.amount_fen or 0) / HUNDRED,
                               QT_TRANSLATE_NOOP("Payroll", "fixed monthly amount = {amount}"), {}),
    RuleKind.PERCENT: _percent,
    RuleKind.TIERED: _tiered,
    RuleKind.PER_UNIT: lambda c: _over(c, QT_TRANSLATE_NOOP(
        "Payroll", "{each} × ({value} − {threshold}) {metric} = {amount}")),
    RuleKind.TARGET_BONUS: _target_bonus,
    RuleKind.GRADE_BONUS: _grade_bonus,
    RuleKind.POINTS: _points,
    RuleKind.STEP_BONUS: _step_bonus,
    RuleKind.SCORE_BONUS: _score_bonus,
    RuleKind.PENALTY: lambda c: _over(c, QT_TRANSLATE_NOOP(
        "Payroll", "{each} × ({value} − {threshold}) {metric} = {amount} deducted")),
    RuleKind.FULL_ATTENDANCE: _full_attendance,
}


def _line(rule_id: int | None, spec: RuleSpec, exact: Decimal, template: str, args: dict) -> PayLine:
    """Round once; a cap bounds the rounded line from above."""
    fen = round_fen(exact)
    note = Text.of(P, template, **args, amount=Money(fen))
    if spec.cap_fen is not None and fen > spec.cap_fen:
        fen = spec.cap_fen
        note = Text.of(P, QT_TRANSLATE_NOOP("Payroll", "{note}, capped at {cap}"), note=note, cap=Money(fen))
    return PayLine(rule_id, spec.label, spec.kind, fen, spec.kind == _PENALTY, note)


def _team_pool(rule_id: int, spec: RuleSpec, members: list[Person], facts: Facts,
               registry: MetricRegistry) -> tuple[dict[int, PayLine], list[tuple[int, Text]]]:
    """Each basis scope's pool, shared by its members; leftover fen to the first by name."""
    lines: dict[int, PayLine] = {}
    warnings: list[tuple[int, Text]] = []
    weights = dict(parse_weights(spec.weights)) if (spec.weights or "").strip() else None
    groups: dict[str, list[Person]] = {}
    for p in members:
        groups.setdefault(scope_of(spec.basis, p), []).append(p)
    for scope, group in groups.items():
        group.sort(key=lambda p: p.name)
        c = _Calc(spec, group[0], facts, registry)
        exact = (spec.rate or Decimal(0)) / HUNDRED * facts.value(scope, spec.metric)
        pool = round_fen(exact)
        if spec.cap_fen is not None:
            pool = min(pool, spec.cap_fen)
        shares = {p.staff_id: (weights.get(p.name, Decimal(0)) if weights is not None else Decimal(1)) for p in group}
        total = sum(shares.values(), Decimal(0))
        if total <= 0:
            warnings += [(p.staff_id, Text.of(P, QT_TRANSLATE_NOOP("Payroll", "{label}: nobody here has a share"),
                                              label=spec.label)) for p in group]
            continue
        fens = {sid: round_fen(Decimal(pool) / HUNDRED * w / total) for sid, w in shares.items()}
        leftover = pool - sum(fens.values())
        fens[group[0].staff_id] += leftover
        for p in group:
            share = (Text.of(P, QT_TRANSLATE_NOOP("Payroll", "shared equally by {n}"), n=str(len(group)))
                     if weights is None else
                     Text.of(P, QT_TRANSLATE_NOOP("Payroll", "share {w} of {total}"),
                             w=f"{shares[p.staff_id].normalize():f}", total=f"{total.normalize():f}"))
            fen = fens[p.staff_id]
            left = p is group[0] and leftover != 0
            template = (QT_TRANSLATE_NOOP("Payroll", "{rate} × {value} {metric} = pool {pool}, {share} = {amount} "
                                                     "(with {left} left over)") if left else
                        QT_TRANSLATE_NOOP("Payroll", "{rate} × {value} {metric} = pool {pool}, {share} = {amount}"))
            note = Text.of(P, template, rate=_p(spec.rate or Decimal(0)), value=c.shown(facts.value(scope, spec.metric)),
                           metric=c.metric_text(), pool=Money(pool), share=share, amount=Money(fen),
                           left=Money(leftover))
            lines[p.staff_id] = PayLine(rule_id, spec.label, spec.kind, fen, False, note)
    if weights is not None:
        names = {p.name for p in members}
        for name in sorted(set(weights) - names):
            for p in members[:1]:
                warnings.append((p.staff_id, Text.of(P, QT_TRANSLATE_NOOP(
                    "Payroll", "{label}: {name} has a share but is not in this pool"), label=spec.label, name=name)))
    return lines, warnings


def compute_lines(month: str, people: Sequence[Person], rules: Sequence[tuple[int, RuleSpec]], facts: Facts,
                  registry: MetricRegistry) -> dict[int, PersonLines]:
    """Every person's rule lines and warnings for `month` ("YYYY-MM")."""
    active = in_force(list(rules), month)
    lines: dict[int, list[PayLine]] = {p.staff_id: [] for p in people}
    warnings: dict[int, list[Text]] = {p.staff_id: [] for p in people}
    covered: set[int] = set()
    addressed: dict[str, list[Person]] = {"all": list(people)}
    for p in people:
        addressed.setdefault(f"department:{p.department}", []).append(p)
        addressed[f"staff:{p.staff_id}"] = [p]
    for rule_id, spec in active:
        members = addressed.get(spec.applies_to, [])
        covered.update(p.staff_id for p in members)
        if spec.kind == RuleKind.TEAM_POOL:
            pool_lines, pool_warnings = _team_pool(rule_id, spec, members, facts, registry)
            for sid, line in pool_lines.items():
                lines[sid].append(line)
            for sid, text in pool_warnings:
                warnings[sid].append(text)
            continue
        kind = RuleKind(spec.kind)
        calc = KINDS[kind]
        personal = kind in PERSONAL
        same: dict[str, PayLine | Text] = {}  # one result per basis scope: a shop-wide line is computed once
        for p in members:
            key = f"p{p.staff_id}" if personal else ("" if kind is RuleKind.FIXED else scope_of(spec.basis, p))
            result = same.get(key)
            if result is None:
                got = calc(_Calc(spec, p, facts, registry))
                result = got if isinstance(got, Text) else _line(rule_id, spec, *got)
                same[key] = result
            if isinstance(result, Text):
                warnings[p.staff_id].append(result)
            else:
                lines[p.staff_id].append(result)
    for p in people:
        if p.staff_id not in covered:
            warnings[p.staff_id].append(Text.of(P, QT_TRANSLATE_NOOP(
                "Payroll", "no pay rules apply to {name}; only the base salary is paid"), name=p.name))
    return {sid: PersonLines(tuple(lines[sid]), tuple(warnings[sid])) for sid in lines}


@dataclass(frozen=True)
class PayTotals:
    gross_fen: int
    deductions_fen: int
    net_fen: int


# A `Refund clawback` line (DESIGN §4.5) is subtracted before gross pay, like absence, in its own
# column; other lines that take money away (penalties) are deductions after gross pay.
CLAWBACK = "refund_clawback"


def before_gross(line: PayLine) -> bool:
    """True for a line subtracted before gross pay (a refund clawback)."""
    return line.kind == CLAWBACK


def person_totals(base_fen: int, lines: Sequence[PayLine], adjustments_fen: Sequence[int],
                  deductions_fen: Sequence[int], absence_fen: int = 0) -> PayTotals:
    """Gross = base + earning lines + adjustments − absence − refund clawbacks; deductions =
    penalties + the deduction categories (社保, 公积金, 个税, other); net = gross − deductions."""
    earned = sum(line.amount_fen for line in lines if not line.deduction)
    clawed = sum(line.amount_fen for line in lines if line.deduction and line.kind == CLAWBACK)
    penalties = sum(line.amount_fen for line in lines if line.deduction and line.kind != CLAWBACK)
    gross = base_fen + earned + sum(adjustments_fen) - absence_fen - clawed
    deductions = penalties + sum(deductions_fen)
    return PayTotals(gross, deductions, gross - deductions)


# --- the whole month (DESIGN §4.7): absence, social insurance, housing fund, income tax ----------------

SI, HF, TAX = "social_insurance", "housing_fund", "income_tax"


@dataclass(frozen=True)
class PaySetup:
    """The shop's payroll settings: rates in percent, income tax on/off, the minimum wage."""

    si_rate: Decimal = Decimal("10.5")
    hf_rate: Decimal = Decimal(5)
    income_tax: bool = False
    min_wage_fen: int | None = None


@dataclass(frozen=True)
class Settlement:
    absence_fen: int
    gross_fen: int
    deductions: dict[str, int]  # category → positive fen, as deducted (typed or computed)
    computed: dict[str, int]  # category → what ShopDesk computed
    typed: tuple[str, ...]  # categories where a typed value replaced the computed one
    notes: dict[str, Text]  # "base", "absence" and computed categories → explanation
    tax: TaxResult | None
    deductions_fen: int  # penalties + every category
    net_fen: int
    warnings: tuple[Text, ...]


def settle(base: MonthBase, attendance: Attendance, lines: Sequence[PayLine], adjustments_fen: Sequence[int],
           typed: Mapping[str, int], setup: PaySetup, *, month: str = "", si_base_fen: int | None = None,
           hf_base_fen: int | None = None, special_fen: int = 0,
           earlier: Sequence[TaxMonth] | TaxSoFar = ()) -> Settlement:
    """One person's month from the pro-rated base to net pay; typed deductions override computed ones."""
    absence_fen, absence_note = absence(base, attendance)
    notes: dict[str, Text] = {}
    if base.note is not None:
        notes["base"] = base.note
    if absence_note is not None:
        notes["absence"] = absence_note
    totals = person_totals(base.fen, lines, adjustments_fen, [], absence_fen)
    computed: dict[str, int] = {}
    for category, base_fen, rate in ((SI, si_base_fen, setup.si_rate), (HF, hf_base_fen, setup.hf_rate)):
        got = contribution(base_fen, rate)
        if got is not None:
            computed[category], notes[category] = got
    deductions = {c: fen for c, fen in computed.items() if fen}
    deductions.update({c: fen for c, fen in typed.items() if c != TAX})
    deductions = {c: fen for c, fen in deductions.items() if fen}
    tax: TaxResult | None = None
    if setup.income_tax:
        insurance = deductions.get(SI, 0) + deductions.get(HF, 0)
        tax = withhold_month(earlier, TaxMonth(month, totals.gross_fen, insurance, special_fen))
        computed[TAX], notes[TAX] = tax.tax_fen, tax.explain()
        if tax.tax_fen:
            deductions[TAX] = tax.tax_fen
    if typed.get(TAX):
        deductions[TAX] = typed[TAX]
    elif TAX in typed:
        deductions.pop(TAX, None)
    marked = tuple(c for c in typed if c in computed)
    penalties = totals.deductions_fen
    deductions_fen = penalties + sum(deductions.values())
    net = totals.gross_fen - deductions_fen
    warnings: list[Text] = []
    if setup.min_wage_fen is not None and net < setup.min_wage_fen:
        warnings.append(Text.of(P, QT_TRANSLATE_NOOP("Payroll", "net pay {net} is below the minimum wage {min}"),
                                net=Money(net), min=Money(setup.min_wage_fen)))
    return Settlement(absence_fen, totals.gross_fen, deductions, computed, marked, notes, tax, deductions_fen, net,
                      tuple(warnings))
