"""Appraisal scoring (绩效考核): a scheme, figures and ratings to a score and a grade.

A scheme has quantitative items (a metric with a weight, scored by how far
the target was reached) and qualitative items (rated 1–5 with a weight),
and a split between the two parts (e.g. 70/30). The maths is exact: every
step is a `Fraction`, and only the final score (and each line shown in the
breakdown) is rounded once, half up, to 0.01.

- A quantitative item's achievement is actual / target × 100 (target /
  actual × 100 for a metric where lower is better, such as the error rate),
  capped at the scheme's cap (e.g. 120 %) and mapped linearly onto 0–100:
  the cap earns full marks, so exceeding the target still counts.
- A rating r of 1–5 earns r × 20 points (5 is full marks).
- Each part is the weighted mean of its items' points; items without data
  (no target, an undefined ratio, not yet rated) are left out and named.
  If a whole part has no data, the other part counts alone.
- The grade is the first band whose lower bound the rounded score reaches
  (default S ≥ 95, A ≥ 85, B ≥ 70, C ≥ 60, D below), and the grade's
  multiplier is what the `grade_bonus` rule pays (DESIGN §4.5).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from fractions import Fraction

from .departments import Department
from .errors import ValidationError
from .metrics import DEFAULT_REGISTRY
from .text import QT_TRANSLATE_NOOP

GRADES: tuple[str, ...] = ("S", "A", "B", "C", "D")
RATING_MIN, RATING_MAX = 1, 5
POINTS_PER_RATING = 20
DEFAULT_BANDS: tuple[tuple[str, Decimal], ...] = (
    ("S", Decimal(95)), ("A", Decimal(85)), ("B", Decimal(70)), ("C", Decimal(60)), ("D", Decimal(0)))
DEFAULT_MULTIPLIERS: tuple[tuple[str, Decimal], ...] = (
    ("S", Decimal("1.5")), ("A", Decimal("1.2")), ("B", Decimal("1.0")), ("C", Decimal("0.5")), ("D", Decimal(0)))
DEFAULT_CAP = Decimal(120)
MAX_CAP = Decimal(300)
MAX_WEIGHT = Decimal(1000)
MAX_MULTIPLIER = Decimal(10)
MAX_LABEL = 60
_CENT = Decimal("0.01")

# The qualitative items the articles name: 合作精神, 工作热情, 责任心与忠诚度.
QUALITATIVE_DEFAULTS: tuple[tuple[str, str], ...] = (
    ("cooperation", QT_TRANSLATE_NOOP("Appraisal", "Cooperation")),
    ("enthusiasm", QT_TRANSLATE_NOOP("Appraisal", "Enthusiasm")),
    ("responsibility", QT_TRANSLATE_NOOP("Appraisal", "Responsibility and loyalty")),
)


@dataclass(frozen=True)
class QuantItem:
    metric: str
    weight: Decimal
    lower_is_better: bool = False


@dataclass(frozen=True)
class QualItem:
    key: str
    label: str
    weight: Decimal


@dataclass(frozen=True)
class Scheme:
    quantitative: tuple[QuantItem, ...]
    qualitative: tuple[QualItem, ...]
    quant_share: Decimal = Decimal(70)  # percent of the score from figures
    cap: Decimal = DEFAULT_CAP  # achievement % that earns full marks
    bands: tuple[tuple[str, Decimal], ...] = DEFAULT_BANDS
    multipliers: tuple[tuple[str, Decimal], ...] = DEFAULT_MULTIPLIERS

    def multiplier(self, grade: str) -> Decimal:
        return dict(self.multipliers)[grade]

    def grade(self, score: Decimal) -> str:
        return grade_for(score, self.bands)


def grade_for(score: Decimal, bands: tuple[tuple[str, Decimal], ...]) -> str:
    """The first band (highest first) whose lower bound the score reaches."""
    for grade, low in bands:
        if score >= low:
            return grade
    return bands[-1][0]


# ---------------------------------------------------------------- validation

_TOO_LARGE_DIGITS = 9  # 1,000,000,000 and up


def _decimal(value: object, fld: str) -> Decimal:
    try:
        number = Decimal(str(value).strip().replace("%", ""))
    except (InvalidOperation, ValueError):
        raise ValidationError(fld, QT_TRANSLATE_NOOP("Errors", "'{value}' is not a number"), value=value) from None
    if not number.is_finite():
        raise ValidationError(fld, QT_TRANSLATE_NOOP("Errors", "'{value}' is not a number"), value=value)
    # Bounded before any arithmetic (abs() and quantize() would overflow the decimal
    # context on an exponent like 1e999999999); adjusted() reads the exponent only.
    if number and number.adjusted() >= _TOO_LARGE_DIGITS:
        raise ValidationError(fld, QT_TRANSLATE_NOOP("Errors", "'{value}' is too large"), value=value)
    if number != number.quantize(_CENT, rounding=ROUND_HALF_UP):
        raise ValidationError(fld, QT_TRANSLATE_NOOP("Errors", "use at most two decimals"))
    return number


def _between(value: object, fld: str, low: Decimal, high: Decimal, *, open_low: bool = False) -> Decimal:
    number = _decimal(value, fld)
    if number > high or number < low or (open_low and number == low):
        raise ValidationError(fld, QT_TRANSLATE_NOOP("Errors", "must be between {low} and {high}"),
                              low=low, high=high)
    return number


def validate_scheme(scheme: Scheme, known_metrics: Mapping[str, bool] | None = None) -> Scheme:
    """A clean copy of the scheme, or ValidationError naming the field.

    `known_metrics` maps metric keys to "higher is better"; the direction
    of each quantitative item is taken from it.
    """
    known = known_metrics if known_metrics is not None else {m.key: m.higher_is_better for m in DEFAULT_REGISTRY}
    share = _between(scheme.quant_share, "quant_share", Decimal(0), Decimal(100))
    cap = _between(scheme.cap, "cap", Decimal(100), MAX_CAP)
    quant: list[QuantItem] = []
    for i, item in enumerate(scheme.quantitative, 1):
        fld = f"quantitative[{i}]"
        if item.metric not in known:
            raise ValidationError(fld, QT_TRANSLATE_NOOP("Errors", "unknown metric '{metric}'"), metric=item.metric)
        if any(q.metric == item.metric for q in quant):
            raise ValidationError(fld, QT_TRANSLATE_NOOP("Errors", "'{metric}' is listed twice"), metric=item.metric)
        weight = _between(item.weight, fld + ".weight", Decimal(0), MAX_WEIGHT, open_low=True)
        quant.append(QuantItem(item.metric, weight, not known[item.metric]))
    qual: list[QualItem] = []
    for i, q in enumerate(scheme.qualitative, 1):
        fld = f"qualitative[{i}]"
        label = str(q.label).strip()
        if not label or len(label) > MAX_LABEL or not str(q.key).strip():
            raise ValidationError(fld, QT_TRANSLATE_NOOP("Errors", "give each item a name of 1 to {n} characters"),
                                  n=MAX_LABEL)
        if any(o.key == q.key or o.label == label for o in qual):
            raise ValidationError(fld, QT_TRANSLATE_NOOP("Errors", "'{metric}' is listed twice"), metric=label)
        weight = _between(q.weight, fld + ".weight", Decimal(0), MAX_WEIGHT, open_low=True)
        qual.append(QualItem(str(q.key).strip(), label, weight))
    if share > 0 and not quant:
        raise ValidationError("quantitative", QT_TRANSLATE_NOOP("Errors", "add at least one measured item"))
    if share < 100 and not qual:
        raise ValidationError("qualitative", QT_TRANSLATE_NOOP("Errors", "add at least one rated item"))
    bands = _validate_bands(scheme.bands)
    mults = dict(scheme.multipliers)
    if set(mults) != set(GRADES):
        raise ValidationError("multipliers", QT_TRANSLATE_NOOP("Errors", "give a multiplier for each of S, A, B, C, D"))
    clean_mults = tuple((g, _between(mults[g], f"multipliers.{g}", Decimal(0), MAX_MULTIPLIER)) for g in GRADES)
    return Scheme(tuple(quant), tuple(qual), share, cap, bands, clean_mults)


def _validate_bands(bands: tuple[tuple[str, Decimal], ...]) -> tuple[tuple[str, Decimal], ...]:
    given = dict(bands)
    if set(given) != set(GRADES) or len(bands) != len(GRADES):
        raise ValidationError("bands", QT_TRANSLATE_NOOP("Errors", "give a lower bound for each of S, A, B, C, D"))
    out: list[tuple[str, Decimal]] = []
    for grade in GRADES:
        low = _between(given[grade], f"bands.{grade}", Decimal(0), Decimal(100))
        if out and low >= out[-1][1]:
            raise ValidationError(f"bands.{grade}", QT_TRANSLATE_NOOP(
                "Errors", "each grade's lower bound must be below the one above it"))
        out.append((grade, low))
    if out[-1][1] != 0:
        raise ValidationError("bands.D", QT_TRANSLATE_NOOP("Errors", "grade D starts at 0"))
    return tuple(out)


def validate_rating(value: object, fld: str) -> int:
    """A whole rating from 1 to 5."""
    text = str(value).strip()
    if not (text.isascii() and text.isdigit()) or not RATING_MIN <= int(text) <= RATING_MAX:
        raise ValidationError(fld, QT_TRANSLATE_NOOP("Errors", "rate from {low} to {high}"),
                              low=RATING_MIN, high=RATING_MAX)
    return int(text)


# ---------------------------------------------------------------- scoring

@dataclass(frozen=True)
class QuantLine:
    metric: str
    weight: Decimal
    target: Decimal | None
    actual: Decimal | None
    achievement: Decimal | None  # percent, 0.01, before the cap
    points: Decimal | None  # 0–100, 0.01


@dataclass(frozen=True)
class QualLine:
    key: str
    label: str
    weight: Decimal
    rating: int | None
    points: Decimal | None


@dataclass(frozen=True)
class Result:
    score: Decimal  # 0–100, 0.01
    grade: str
    multiplier: Decimal
    quant_part: Decimal | None  # the part's own 0–100 score
    qual_part: Decimal | None
    quant_share: Decimal  # the split actually used, after parts without data
    quant_lines: tuple[QuantLine, ...]
    qual_lines: tuple[QualLine, ...]
    missing: tuple[str, ...] = field(default=())  # metric keys / item keys left out


def _round(value: Fraction) -> Decimal:
    """Exactly half up to 0.01 (values here are never negative)."""
    hundredths = math.floor(value * 100 + Fraction(1, 2))
    return Decimal(hundredths).scaleb(-2)


def achievement(item: QuantItem, target: Decimal | None, actual: Decimal | None, cap: Decimal) -> Fraction | None:
    """Achievement % (exact), or None without a usable target or actual."""
    if target is None or actual is None or target < 0:
        return None
    t, a = Fraction(target), max(Fraction(actual), Fraction(0))
    if item.lower_is_better:
        if a == 0:
            return Fraction(cap)  # nothing went wrong: full marks
        return t / a * 100
    if t == 0:
        return None
    return a / t * 100


def score(scheme: Scheme, figures: Mapping[str, tuple[Decimal | None, Decimal | None]],
          ratings: Mapping[str, int | None]) -> Result:
    """Score a person: `figures` maps metric → (target, actual), `ratings` item key → 1–5."""
    cap = Fraction(scheme.cap)
    missing: list[str] = []
    quant_lines: list[QuantLine] = []
    q_sum, q_weight = Fraction(0), Fraction(0)
    for item in scheme.quantitative:
        target, actual = figures.get(item.metric, (None, None))
        ach = achievement(item, target, actual, scheme.cap)
        points = None
        if ach is None:
            missing.append(item.metric)
        else:
            points = min(ach, cap) / cap * 100
            q_sum += Fraction(item.weight) * points
            q_weight += Fraction(item.weight)
        quant_lines.append(QuantLine(item.metric, item.weight, target, actual,
                                     None if ach is None else _round(ach),
                                     None if points is None else _round(points)))
    qual_lines: list[QualLine] = []
    r_sum, r_weight = Fraction(0), Fraction(0)
    for q in scheme.qualitative:
        rating = ratings.get(q.key)
        points = None
        if rating is None:
            missing.append(q.key)
        else:
            rating = max(RATING_MIN, min(RATING_MAX, int(rating)))
            points = Fraction(rating * POINTS_PER_RATING)
            r_sum += Fraction(q.weight) * points
            r_weight += Fraction(q.weight)
        qual_lines.append(QualLine(q.key, q.label, q.weight, rating,
                                   None if points is None else _round(points)))
    quant_part = q_sum / q_weight if q_weight else None
    qual_part = r_sum / r_weight if r_weight else None
    share = Fraction(scheme.quant_share) / 100
    if quant_part is None:
        share = Fraction(0)
    elif qual_part is None:
        share = Fraction(1)
    total = share * (quant_part or 0) + (1 - share) * (qual_part or 0)
    rounded = _round(total)
    grade = scheme.grade(rounded)
    return Result(rounded, grade, scheme.multiplier(grade),
                  None if quant_part is None else _round(quant_part),
                  None if qual_part is None else _round(qual_part),
                  _round(share * 100), tuple(quant_lines), tuple(qual_lines), tuple(missing))


# ---------------------------------------------------------------- ready-made schemes

def default_qualitative() -> tuple[QualItem, ...]:
    return tuple(QualItem(key, label, Decimal(1)) for key, label in QUALITATIVE_DEFAULTS)


# What each department is judged on (DESIGN §2, from the articles): Operations
# by sales, traffic, conversion and order value; Design by pages and images
# delivered and what their pages sell; Customer Service by inquiries,
# conversion of inquiries, sales and good reviews; Logistics by parcels and
# the error rate. Creative work leans more on the qualitative part.
_READY: dict[Department, tuple[tuple[tuple[str, int], ...], int]] = {
    Department.OPERATIONS: ((("sales", 50), ("visitors", 15), ("conversion_rate", 20), ("aov", 15)), 70),
    Department.DESIGN: ((("pages_delivered", 40), ("images_delivered", 30), ("units_sold_designed", 30)), 60),
    Department.CUSTOMER_SERVICE: ((("inquiries", 20), ("cs_conversion", 30), ("cs_sales", 30),
                                   ("good_reviews", 20)), 70),
    Department.LOGISTICS: ((("parcels_shipped", 60), ("error_rate", 40)), 70),
}


def default_scheme(department: Department) -> Scheme:
    items, share = _READY[department]
    quant = tuple(QuantItem(key, Decimal(w), not DEFAULT_REGISTRY[key].higher_is_better) for key, w in items)
    return Scheme(quant, default_qualitative(), Decimal(share))


# ---------------------------------------------------------------- storage form

def scheme_to_dict(scheme: Scheme) -> dict:
    """Plain JSON-ready form; every number as exact text."""
    return {
        "quantitative": [{"metric": q.metric, "weight": str(q.weight), "lower_is_better": q.lower_is_better}
                         for q in scheme.quantitative],
        "qualitative": [{"key": q.key, "label": q.label, "weight": str(q.weight)} for q in scheme.qualitative],
        "quant_share": str(scheme.quant_share),
        "cap": str(scheme.cap),
        "bands": [[g, str(low)] for g, low in scheme.bands],
        "multipliers": [[g, str(m)] for g, m in scheme.multipliers],
    }


def scheme_from_dict(data: Mapping) -> Scheme:
    return Scheme(
        tuple(QuantItem(q["metric"], Decimal(q["weight"]), bool(q.get("lower_is_better"))) for q in data["quantitative"]),
        tuple(QualItem(q["key"], q["label"], Decimal(q["weight"])) for q in data["qualitative"]),
        Decimal(data["quant_share"]), Decimal(data["cap"]),
        tuple((g, Decimal(low)) for g, low in data["bands"]),
        tuple((g, Decimal(m)) for g, m in data["multipliers"]),
    )


def result_to_dict(result: Result) -> dict:
    """The breakdown kept with a finalised appraisal (exact text numbers)."""
    def s(v: object) -> str | None:
        return None if v is None else str(v)
    return {
        "score": str(result.score), "grade": result.grade, "multiplier": str(result.multiplier),
        "quant_part": s(result.quant_part), "qual_part": s(result.qual_part),
        "quant_share": str(result.quant_share), "missing": list(result.missing),
        "quant_lines": [{"metric": q.metric, "weight": str(q.weight), "target": s(q.target), "actual": s(q.actual),
                         "achievement": s(q.achievement), "points": s(q.points)} for q in result.quant_lines],
        "qual_lines": [{"key": q.key, "label": q.label, "weight": str(q.weight), "rating": q.rating,
                        "points": s(q.points)} for q in result.qual_lines],
    }


def result_from_dict(data: Mapping) -> Result:
    def d(v: object) -> Decimal | None:
        return None if v is None else Decimal(str(v))
    return Result(
        Decimal(data["score"]), data["grade"], Decimal(data["multiplier"]),
        d(data.get("quant_part")), d(data.get("qual_part")), Decimal(data["quant_share"]),
        tuple(QuantLine(q["metric"], Decimal(q["weight"]), d(q["target"]), d(q["actual"]),
                        d(q["achievement"]), d(q["points"])) for q in data["quant_lines"]),
        tuple(QualLine(q["key"], q["label"], Decimal(q["weight"]), q["rating"], d(q["points"]))
              for q in data["qual_lines"]),
        tuple(data.get("missing", ())),
    )
