"""What a payroll run hands to the screens, the bonus sheet and the approval snapshot.

`PayrollRun` is stable: the Payroll tab, `shopdesk payroll` and the
Excel bonus sheet (DESIGN §4.4) all read it. An approved month is stored as
its JSON and read back into the identical dataclasses.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from typing import Any

from shopdesk.domain.explain import Text
from shopdesk.domain.payroll import PayLine, before_gross
from shopdesk.domain.tax import TaxResult
from shopdesk.domain.text import QT_TRANSLATE_NOOP

# Entered per person (DESIGN §4.4), or computed where the shop has set them up (§4.7).
DEDUCTION_CATEGORIES: dict[str, tuple[str, str]] = {
    "social_insurance": (QT_TRANSLATE_NOOP("Deductions", "Social insurance"), "社保"),
    "housing_fund": (QT_TRANSLATE_NOOP("Deductions", "Housing fund"), "公积金"),
    "income_tax": (QT_TRANSLATE_NOOP("Deductions", "Income tax"), "个税"),
    "other": (QT_TRANSLATE_NOOP("Deductions", "Other deductions"), "其他扣款"),
}


@dataclass(frozen=True)
class AdjustmentRow:
    id: int
    amount_fen: int  # signed: + adds to gross pay, − takes away
    reason: str


@dataclass(frozen=True)
class PersonPay:
    staff_id: int
    name: str
    department: str
    position: str
    base_fen: int
    lines: tuple[PayLine, ...]
    adjustments: tuple[AdjustmentRow, ...]
    deductions: dict[str, int]  # category → positive fen, as deducted: typed, else computed
    grade: str | None
    gross_fen: int
    deductions_fen: int  # penalty lines + entered deductions
    net_fen: int
    warnings: tuple[Text, ...]
    previous_net_fen: int | None = None
    # DESIGN §4.7; empty for a month that uses none of it
    full_base_fen: int | None = None  # the staff record's base when the month's base is pro-rated
    absence_fen: int = 0  # 缺勤扣款, subtracted before gross pay
    entered: dict[str, int] = field(default_factory=dict)  # category → the value typed in the run
    computed: dict[str, int] = field(default_factory=dict)  # category → what ShopDesk computed
    notes: dict[str, Text] = field(default_factory=dict)  # "base", "absence", categories → explanation
    tax: TaxResult | None = None
    unpaid_halves: int = 0
    late: int = 0
    special_fen: int = 0  # the month's special additional deduction (专项附加扣除)

    @property
    def typed(self) -> list[str]:
        """Categories where a typed value replaced a computed one (shown as "typed")."""
        return [c for c in self.entered if c in self.computed]

    @property
    def earnings_fen(self) -> int:
        return sum(line.amount_fen for line in self.lines if not line.deduction)

    @property
    def penalties_fen(self) -> int:
        """Every line that takes money away (penalties, and refund clawbacks before gross pay)."""
        return sum(line.amount_fen for line in self.lines if line.deduction)

    @property
    def clawback_fen(self) -> int:
        """Refund clawbacks (退款扣回), subtracted before gross pay (DESIGN §4.5)."""
        return sum(line.amount_fen for line in self.lines if before_gross(line))

    @property
    def adjustments_fen(self) -> int:
        return sum(a.amount_fen for a in self.adjustments)

    @property
    def change_fen(self) -> int | None:
        return None if self.previous_net_fen is None else self.net_fen - self.previous_net_fen


@dataclass(frozen=True)
class RunTotals:
    headcount: int = 0
    base_fen: int = 0
    earnings_fen: int = 0
    adjustments_fen: int = 0
    gross_fen: int = 0
    deductions_fen: int = 0
    net_fen: int = 0

    @staticmethod
    def of(people: list[PersonPay] | tuple[PersonPay, ...]) -> RunTotals:
        return RunTotals.of_rows([RunTotals.row(p) for p in people])

    @staticmethod
    def row(p: PersonPay) -> tuple[int, ...]:
        return (1, p.base_fen, p.earnings_fen, p.adjustments_fen, p.gross_fen, p.deductions_fen, p.net_fen)

    @staticmethod
    def of_rows(rows: list[tuple[int, ...]]) -> RunTotals:
        return RunTotals(*(sum(column) for column in zip(*rows, strict=True))) if rows else RunTotals()


@dataclass(frozen=True)
class PayrollRun:
    month: str  # "YYYY-MM"
    people: tuple[PersonPay, ...]  # by department, then name
    departments: dict[str, RunTotals]  # department key → totals, in department order
    shop: RunTotals
    previous_shop: RunTotals | None
    warnings: tuple[Text, ...] = ()  # about the run as a whole (e.g. a rule on a deleted metric)
    approved_at: datetime | None = None
    approved_by: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def approved(self) -> bool:
        return self.approved_at is not None

    def person(self, staff_id: int) -> PersonPay | None:
        return next((p for p in self.people if p.staff_id == staff_id), None)

    @property
    def earning_labels(self) -> list[str]:
        """Earning rule labels used this month, in first-seen order (one bonus-sheet column each)."""
        return _labels(self, deduction=False)

    @property
    def penalty_labels(self) -> list[str]:
        return _labels(self, deduction=True)

    @property
    def deduction_categories(self) -> list[str]:
        used = {c for p in self.people for c, fen in p.deductions.items() if fen}
        return [c for c in DEDUCTION_CATEGORIES if c in used]

    @property
    def uses_absence(self) -> bool:
        return any(p.absence_fen for p in self.people)

    @property
    def uses_clawback(self) -> bool:
        return any(before_gross(line) for p in self.people for line in p.lines)


def _labels(run: PayrollRun, deduction: bool) -> list[str]:
    return line_labels(run.people, deduction)


def line_labels(people: tuple[PersonPay, ...] | list[PersonPay], deduction: bool) -> list[str]:
    """Rule labels of earning (or penalty) lines, in first-seen order; clawbacks have a column of their own."""
    seen: dict[str, None] = {}
    for p in people:
        for line in p.lines:
            if line.deduction is deduction and not before_gross(line):
                seen.setdefault(line.label, None)
    return list(seen)


# --- the approval snapshot ------------------------------------------------------------

def _line_json(line: PayLine) -> dict[str, Any]:
    return {"rule": line.rule_id, "label": line.label, "kind": line.kind, "fen": line.amount_fen,
            "deduction": line.deduction, "note": line.note.to_json()}


def _person_json(p: PersonPay) -> dict[str, Any]:
    return {"id": p.staff_id, "name": p.name, "department": p.department, "position": p.position,
            "base": p.base_fen, "lines": [_line_json(x) for x in p.lines],
            "adjustments": [[a.id, a.amount_fen, a.reason] for a in p.adjustments],
            "deductions": p.deductions, "grade": p.grade, "gross": p.gross_fen, "ded": p.deductions_fen,
            "net": p.net_fen, "warnings": [w.to_json() for w in p.warnings], "previous": p.previous_net_fen,
            "full_base": p.full_base_fen, "absence": p.absence_fen, "entered": p.entered, "computed": p.computed,
            "notes": {k: v.to_json() for k, v in p.notes.items()},
            "tax": None if p.tax is None else p.tax.to_json(), "unpaid": p.unpaid_halves, "late": p.late,
            "special": p.special_fen}


def _totals_json(t: RunTotals | None) -> list[int] | None:
    return None if t is None else [t.headcount, t.base_fen, t.earnings_fen, t.adjustments_fen, t.gross_fen,
                                   t.deductions_fen, t.net_fen]


def run_to_json(run: PayrollRun) -> str:
    return json.dumps({
        "month": run.month, "people": [_person_json(p) for p in run.people],
        "departments": {k: _totals_json(v) for k, v in run.departments.items()},
        "shop": _totals_json(run.shop), "previous_shop": _totals_json(run.previous_shop),
        "warnings": [w.to_json() for w in run.warnings],
    }, ensure_ascii=False, sort_keys=True)


def summary_to_json(run: PayrollRun) -> str:
    return json.dumps({"net": {str(p.staff_id): p.net_fen for p in run.people}, "shop": _totals_json(run.shop),
                       "tax": {str(p.staff_id): tax_facts(p) for p in run.people}})


def tax_facts(p: PersonPay) -> list[int]:
    """What a later month's income tax needs of this one: gross, SI + HF, special deduction, tax withheld."""
    d = p.deductions
    return [p.gross_fen, d.get("social_insurance", 0) + d.get("housing_fund", 0), p.special_fen,
            d.get("income_tax", 0)]


@lru_cache(maxsize=64)  # an approved month's summary never changes, and a December run reads eleven
def tax_facts_from_summary(text: str) -> dict[int, list[int]] | None:
    """staff_id → tax facts of an approved month (not to be changed); None for a month approved before they
    were kept."""
    data = json.loads(text)
    if "tax" not in data:
        return None
    return {int(k): v for k, v in data["tax"].items()}


def summary_from_json(text: str) -> tuple[dict[int, int], RunTotals]:
    """(staff_id → net pay, shop totals) of an approved month."""
    data = json.loads(text)
    return {int(k): v for k, v in data["net"].items()}, RunTotals(*data["shop"])


def run_from_json(text: str, approved_at: datetime | None = None, approved_by: str | None = None) -> PayrollRun:
    data = json.loads(text)
    people = tuple(PersonPay(
        p["id"], p["name"], p["department"], p["position"], p["base"],
        tuple(PayLine(x["rule"], x["label"], x["kind"], x["fen"], x["deduction"], Text.from_json(x["note"]))
              for x in p["lines"]),
        tuple(AdjustmentRow(*a) for a in p["adjustments"]), dict(p["deductions"]), p["grade"],
        p["gross"], p["ded"], p["net"], tuple(Text.from_json(w) for w in p["warnings"]), p["previous"],
        p.get("full_base"), p.get("absence", 0), dict(p.get("entered", p["deductions"])), dict(p.get("computed", {})),
        {k: Text.from_json(v) for k, v in p.get("notes", {}).items()},
        None if p.get("tax") is None else TaxResult.from_json(p["tax"]), p.get("unpaid", 0), p.get("late", 0),
        p.get("special", 0))
        for p in data["people"])
    previous = data["previous_shop"]
    return PayrollRun(data["month"], people, {k: RunTotals(*v) for k, v in data["departments"].items()},
                      RunTotals(*data["shop"]), RunTotals(*previous) if previous else None,
                      tuple(Text.from_json(w) for w in data["warnings"]), approved_at, approved_by)


@dataclass(frozen=True)
class Payslips:
    """The slips of one month; the column set is that of the month's Payroll sheet (or one person's own)."""

    month: str
    shop: str
    approved: bool
    approved_at: datetime | None
    approved_by: str | None
    people: tuple[PersonPay, ...]
    earning_labels: tuple[str, ...]
    penalty_labels: tuple[str, ...]
    deduction_categories: tuple[str, ...]
    absence: bool = False  # an Absence column before gross pay
    clawback: bool = False  # a Refund clawback column before gross pay
