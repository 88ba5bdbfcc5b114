"""Where a month's appraisal grade and score come from for the pay rules.

`grade_bonus` reads `month_grades`, `score_bonus` reads `month_scores`.
Until appraisals are finalised, the grade is the one the owner set in the
payroll run (recorded and audited like an adjustment) and there is no score.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..store.models.payroll import PayGrade


def month_grades(session: Session, month: str) -> dict[int, str]:
    """staff_id → S/A/B/C/D for `month` ("YYYY-MM")."""
    rows = session.execute(select(PayGrade.staff_id, PayGrade.grade).where(PayGrade.month == month))
    return {sid: grade for sid, grade in rows}


def month_scores(session: Session, month: str) -> dict[int, Decimal]:
    """staff_id → appraisal score (0–100) for `month`; none yet, so score bonuses warn."""
    return {}
