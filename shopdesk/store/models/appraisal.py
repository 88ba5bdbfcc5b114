"""Appraisal schemes per department, rounds for a month or quarter, one appraisal per person.

Ratings, the scheme used and the breakdown are JSON text with every number
as exact text; the final score is an integer in hundredths (no float column).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base


class AppraisalScheme(Base):
    """The owner's scheme for one department (domain.appraisal.scheme_to_dict as JSON)."""

    __tablename__ = "appraisal_scheme"

    department: Mapped[str] = mapped_column(String(30), primary_key=True)
    body: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime]
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}


class AppraisalRound(Base):
    """An appraisal period the owner opened: `2026-11` or `2026-Q4`."""

    __tablename__ = "appraisal_round"

    id: Mapped[int] = mapped_column(primary_key=True)
    period: Mapped[str] = mapped_column(String(10), unique=True)
    opened_at: Mapped[datetime]
    opened_by: Mapped[str] = mapped_column(String(80))


class Appraisal(Base):
    """One person's appraisal in a round: self-assessment, review, final result."""

    __tablename__ = "appraisal"

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("appraisal_round.id", ondelete="CASCADE"))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"))
    self_ratings: Mapped[str | None] = mapped_column(Text)  # {"cooperation": 4, …}
    self_summary: Mapped[str] = mapped_column(Text, default="")
    self_submitted_at: Mapped[datetime | None]
    owner_ratings: Mapped[str | None] = mapped_column(Text)
    owner_comment: Mapped[str] = mapped_column(Text, default="")
    reviewed_by: Mapped[str | None] = mapped_column(String(80))
    # Final: score × 100, grade, and the breakdown with the scheme used (JSON).
    score_centi: Mapped[int | None]
    grade: Mapped[str | None] = mapped_column(String(2))
    breakdown: Mapped[str | None] = mapped_column(Text)
    finalised_at: Mapped[datetime | None]
    finalised_by: Mapped[str | None] = mapped_column(String(80))
    version: Mapped[int] = mapped_column(default=1)

    __table_args__ = (
        UniqueConstraint("round_id", "staff_id", name="uq_appraisal_round_staff"),
        Index("ix_appraisal_staff", "staff_id"),
        CheckConstraint("score_centi IS NULL OR (score_centi >= 0 AND score_centi <= 10000)",
                        name="score_in_range"),
    )
    __mapper_args__ = {"version_id_col": version}
