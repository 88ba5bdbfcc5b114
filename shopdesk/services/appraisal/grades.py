"""Where a month's appraisal grade and score come from for the pay rules.

`grade_bonus` reads `month_grades`, `score_bonus` reads `month_scores`.
A finalised appraisal comes first: the month's own round, else the quarter
round that covers the month. Without one, the grade is the one the owner set
in the payroll run (recorded and audited like an adjustment) and there is no
score; with neither, the rule warns and pays nothing. An approved payroll
keeps the grades it used in its snapshot.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from shopdesk.domain.periods import Period
from shopdesk.services.appraisal.figures import finalised_for_month
from shopdesk.store.models.payroll import PayGrade


def month_grades(session: Session, month: str) -> dict[int, str]:
    """staff_id → S/A/B/C/D for `month` ("YYYY-MM")."""
    rows = session.execute(select(PayGrade.staff_id, PayGrade.grade).where(PayGrade.month == month))
    grades = {sid: grade for sid, grade in rows}
    grades.update({sid: grade for sid, (_score, grade) in finalised_for_month(session, Period.parse(month)).items()})
    return grades


def month_scores(session: Session, month: str) -> dict[int, Decimal]:
    """staff_id → finalised appraisal score (0–100) for `month`; without one, score bonuses warn."""
    return {sid: score for sid, (score, _grade) in finalised_for_month(session, Period.parse(month)).items()}
