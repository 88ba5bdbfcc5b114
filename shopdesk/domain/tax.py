"""Individual income tax on wages by cumulative withholding (累计预扣法, DESIGN §4.7).

For month m of the calendar year at this shop:

    cumulative taxable = Σ gross pay − 5,000 × months employed − Σ (social insurance + housing fund)
                         − Σ special additional deductions
    tax due so far     = taxable × rate − quick deduction   (0 when taxable ≤ 0)
    this month's tax   = tax due so far − tax withheld in the earlier months,
                         rounded once, half up, never below 0

Money is integer fen in and out; the rate and quick deduction come from the
table below. Pure: no database, no Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, NamedTuple

from .explain import Money, Shown, Text
from .money import round_fen
from .text import QT_TRANSLATE_NOOP

BASIC_DEDUCTION_FEN = 500000  # ¥5,000 a month (基本减除费用)
HUNDRED = Decimal(100)


@dataclass(frozen=True)
class Bracket:
    up_to_fen: int | None  # the bracket holds taxable income ≤ this (None: no upper end)
    rate: Decimal  # percent
    quick_deduction_fen: int


# 个人所得税预扣率表一 (居民个人工资、薪金所得预扣预缴适用)
BRACKETS: tuple[Bracket, ...] = (
    Bracket(3_600_000, Decimal(3), 0),
    Bracket(14_400_000, Decimal(10), 252_000),
    Bracket(30_000_000, Decimal(20), 1_692_000),
    Bracket(42_000_000, Decimal(25), 3_192_000),
    Bracket(66_000_000, Decimal(30), 5_292_000),
    Bracket(96_000_000, Decimal(35), 8_592_000),
    Bracket(None, Decimal(45), 18_192_000),
)


def bracket(taxable_fen: int) -> Bracket:
    """The bracket of a cumulative taxable income: upper ends belong to the lower bracket."""
    for b in BRACKETS:
        if b.up_to_fen is None or taxable_fen <= b.up_to_fen:
            return b
    raise AssertionError("the last bracket has no upper end")


def tax_due(taxable_fen: int) -> Decimal:
    """Exact tax due (yuan) on a cumulative taxable income; 0 when it is not positive."""
    if taxable_fen <= 0:
        return Decimal(0)
    b = bracket(taxable_fen)
    return (Decimal(taxable_fen) * b.rate / HUNDRED - b.quick_deduction_fen) / HUNDRED


class TaxMonth(NamedTuple):  # NamedTuples: a December run reads eleven of them per person
    """One employed month of the year, as far as the tax needs it."""

    month: str  # "YYYY-MM"
    gross_fen: int  # 应发合计 (net of absence)
    insurance_fen: int  # social insurance + housing fund, the employee's part
    special_fen: int  # 专项附加扣除 for this month
    withheld_fen: int | None = None  # tax actually withheld (an approved month); None: compute it


class TaxResult(NamedTuple):
    month: str
    months: int  # months employed this year up to this one
    income_fen: int  # cumulative gross
    basic_fen: int  # 5,000 × months
    insurance_fen: int  # cumulative SI + HF
    special_fen: int  # cumulative special deductions
    taxable_fen: int
    rate: Decimal
    quick_deduction_fen: int
    withheld_before_fen: int
    tax_fen: int  # this month's tax
    computed: bool = True  # False: the month was approved and its withheld tax is taken as it was

    @property
    def due_fen(self) -> int:
        return round_fen(tax_due(self.taxable_fen))

    def explain(self) -> Text:
        if self.taxable_fen <= 0:
            return Text.of("Payroll", QT_TRANSLATE_NOOP(
                "Payroll", "cumulative income {income} − basic {basic} ({months} months) − insurance {insurance} "
                           "− special deductions {special} = taxable {taxable}, not above 0: tax {tax} "
                           "(withheld before {before})"),
                income=Money(self.income_fen), basic=Money(self.basic_fen), months=str(self.months),
                insurance=Money(self.insurance_fen), special=Money(self.special_fen),
                taxable=Money(self.taxable_fen), tax=Money(self.tax_fen), before=Money(self.withheld_before_fen))
        return Text.of("Payroll", QT_TRANSLATE_NOOP(
            "Payroll", "cumulative income {income} − basic {basic} ({months} months) − insurance {insurance} "
                       "− special deductions {special} = taxable {taxable}; {taxable} × {rate} − quick deduction "
                       "{quick} = {due} due so far − withheld before {before} = {tax}"),
            income=Money(self.income_fen), basic=Money(self.basic_fen), months=str(self.months),
            insurance=Money(self.insurance_fen), special=Money(self.special_fen),
            taxable=Money(self.taxable_fen), rate=Shown("p", self.rate), quick=Money(self.quick_deduction_fen),
            due=Shown("y", tax_due(self.taxable_fen)), before=Money(self.withheld_before_fen),
            tax=Money(self.tax_fen))

    def to_json(self) -> dict[str, object]:
        return {"month": self.month, "months": self.months, "income": self.income_fen, "basic": self.basic_fen,
                "insurance": self.insurance_fen, "special": self.special_fen, "taxable": self.taxable_fen,
                "rate": str(self.rate), "quick": self.quick_deduction_fen, "before": self.withheld_before_fen,
                "tax": self.tax_fen, "computed": self.computed}

    @staticmethod
    def from_json(d: dict[str, Any]) -> TaxResult:
        return TaxResult(d["month"], d["months"], d["income"], d["basic"], d["insurance"], d["special"],
                         d["taxable"], Decimal(d["rate"]), d["quick"], d["before"], d["tax"], bool(d["computed"]))


def withhold(months: Sequence[TaxMonth]) -> list[TaxResult]:
    """Each month's tax, in order, for one person's employed months of one calendar year.

    An earlier month with `withheld_fen` set (approved) counts with what was
    withheld then; the others with what this computes for them.
    """
    out: list[TaxResult] = []
    income = insurance = special = withheld = 0
    for i, m in enumerate(months, start=1):
        income += m.gross_fen
        insurance += m.insurance_fen
        special += m.special_fen
        basic = BASIC_DEDUCTION_FEN * i
        taxable = income - basic - insurance - special
        b = bracket(max(taxable, 0))
        due = tax_due(taxable)
        tax = max(0, round_fen(due - Decimal(withheld) / HUNDRED))
        computed = m.withheld_fen is None
        if not computed:
            tax = m.withheld_fen  # type: ignore[assignment]
        out.append(TaxResult(m.month, i, income, basic, insurance, special, taxable,
                             b.rate if taxable > 0 else Decimal(0), b.quick_deduction_fen if taxable > 0 else 0,
                             withheld, tax, computed))
        withheld += tax
    return out


class TaxSoFar(NamedTuple):
    """The year's employed months before this one, summed: what this month's tax needs of them."""

    months: int = 0
    income_fen: int = 0
    insurance_fen: int = 0
    special_fen: int = 0
    withheld_fen: int = 0

    def add(self, gross_fen: int, insurance_fen: int, special_fen: int, withheld_fen: int) -> TaxSoFar:
        return TaxSoFar(self.months + 1, self.income_fen + gross_fen, self.insurance_fen + insurance_fen,
                        self.special_fen + special_fen, self.withheld_fen + withheld_fen)


def withhold_month(earlier: Sequence[TaxMonth] | TaxSoFar, this: TaxMonth) -> TaxResult:
    """This month's tax after the earlier months: the same as `withhold([*earlier, this])[-1]`."""
    if not isinstance(earlier, TaxSoFar):
        if any(m.withheld_fen is None for m in earlier):
            return withhold([*earlier, this])[-1]
        total = TaxSoFar()
        for m in earlier:
            total = total.add(m.gross_fen, m.insurance_fen, m.special_fen, m.withheld_fen or 0)
        earlier = total
    months = earlier.months + 1
    income = earlier.income_fen + this.gross_fen
    insurance = earlier.insurance_fen + this.insurance_fen
    special = earlier.special_fen + this.special_fen
    basic = BASIC_DEDUCTION_FEN * months
    taxable = income - basic - insurance - special
    b = bracket(max(taxable, 0))
    tax = max(0, round_fen(tax_due(taxable) - Decimal(earlier.withheld_fen) / HUNDRED))
    if this.withheld_fen is not None:
        tax = this.withheld_fen
    return TaxResult(this.month, months, income, basic, insurance, special, taxable,
                     b.rate if taxable > 0 else Decimal(0), b.quick_deduction_fen if taxable > 0 else 0,
                     earlier.withheld_fen, tax, this.withheld_fen is None)


def contribution(base_fen: int | None, rate: Decimal) -> tuple[int, Text] | None:
    """The employee's part of social insurance or housing fund: base × rate, rounded once; no base, no line."""
    if not base_fen:
        return None
    fen = round_fen(Decimal(base_fen) * rate / HUNDRED / HUNDRED)
    return fen, Text.of("Payroll", QT_TRANSLATE_NOOP("Payroll", "{base} × {rate} = {amount}"),
                        base=Money(base_fen), rate=Shown("p", rate), amount=Money(fen))
