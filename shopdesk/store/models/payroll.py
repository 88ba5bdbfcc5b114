"""Compensation rules and payroll runs: grades, adjustments, deductions, approvals.

Rates and thresholds are exact decimal text ("1.5"), never a binary float;
money is integer fen. An approved month keeps the computed run as JSON, so
later changes to rules, targets, figures or staff never change it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base


class PayRule(Base):
    __tablename__ = "pay_rule"

    id: Mapped[int] = mapped_column(primary_key=True)
    applies_to: Mapped[str] = mapped_column(String(60))
    label: Mapped[str] = mapped_column(String(60))
    kind: Mapped[str] = mapped_column(String(20))
    metric: Mapped[str] = mapped_column(String(40), default="")
    basis: Mapped[str] = mapped_column(String(20), default="own")
    rate: Mapped[str | None] = mapped_column(String(40))
    amount_fen: Mapped[int | None]
    threshold: Mapped[str | None] = mapped_column(String(40))
    tiers: Mapped[str] = mapped_column(String(400), default="")
    tier_mode: Mapped[str] = mapped_column(String(20), default="retroactive")
    cap_fen: Mapped[int | None]
    weights: Mapped[str] = mapped_column(String(400), default="")
    effective_from: Mapped[str] = mapped_column(String(7), default="")

    __table_args__ = (
        UniqueConstraint("applies_to", "label", "effective_from", name="uq_pay_rule_applies_to"),
    )


class PayGrade(Base):
    """The owner's grade for a person's month, until an appraisal gives one."""

    __tablename__ = "pay_grade"

    id: Mapped[int] = mapped_column(primary_key=True)
    month: Mapped[str] = mapped_column(String(7))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"))
    grade: Mapped[str] = mapped_column(String(1))

    __table_args__ = (UniqueConstraint("month", "staff_id", name="uq_pay_grade_month"),)


class PayAdjustment(Base):
    """A manual, signed change to a person's gross pay, always with a reason."""

    __tablename__ = "pay_adjustment"

    id: Mapped[int] = mapped_column(primary_key=True)
    month: Mapped[str] = mapped_column(String(7))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"))
    amount_fen: Mapped[int]
    reason: Mapped[str] = mapped_column(String(200))

    __table_args__ = (
        CheckConstraint("length(reason) > 0", name="reason_given"),
        Index("ix_pay_adjustment_month", "month", "staff_id"),
    )


class PayDeduction(Base):
    """An entered deduction by category (社保, 公积金, 个税, other): positive fen."""

    __tablename__ = "pay_deduction"

    id: Mapped[int] = mapped_column(primary_key=True)
    month: Mapped[str] = mapped_column(String(7))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"))
    category: Mapped[str] = mapped_column(String(30))
    amount_fen: Mapped[int]

    __table_args__ = (
        UniqueConstraint("month", "staff_id", "category", name="uq_pay_deduction_month"),
        CheckConstraint("amount_fen >= 0", name="deduction_not_negative"),
    )


class PayrollApproval(Base):
    """An approved, locked month. The primary key is the lock: one row per month."""

    __tablename__ = "payroll_approval"

    month: Mapped[str] = mapped_column(String(7), primary_key=True)
    approved_at: Mapped[datetime]
    approved_by: Mapped[str] = mapped_column(String(80))
    net_total_fen: Mapped[int]
    snapshot: Mapped[str] = mapped_column(Text)
    # Each person's net pay and the shop's totals, so next month's comparison need not read the snapshot.
    summary: Mapped[str] = mapped_column(Text)


class Attendance(Base):
    """A person's month (DESIGN §4.7): unpaid days (事假/旷工) in half days, and late arrivals."""

    __tablename__ = "attendance"

    id: Mapped[int] = mapped_column(primary_key=True)
    month: Mapped[str] = mapped_column(String(7))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"))
    unpaid_halves: Mapped[int] = mapped_column(default=0)
    late: Mapped[int] = mapped_column(default=0)

    __table_args__ = (
        UniqueConstraint("month", "staff_id", name="uq_attendance_month"),
        CheckConstraint("unpaid_halves >= 0", name="unpaid_not_negative"),
        CheckConstraint("late >= 0", name="late_not_negative"),
    )
