"""Staff, daily figures, targets, custom metrics and shop settings."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint, func
from sqlalchemy.orm import Mapped, mapped_column

from shopdesk.domain.scope import SHOP_KEY, dept_key, person_key

from ..base import Base

# The stored scope keys of targets and figures; written by the one Scope type.
SHOP_SCOPE = SHOP_KEY
dept_scope = dept_key
staff_scope = person_key


class Staff(Base):
    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    department: Mapped[str] = mapped_column(String(30), index=True)
    position: Mapped[str] = mapped_column(String(60), default="")
    base_salary_fen: Mapped[int] = mapped_column(default=0)
    hire_date: Mapped[date | None]
    active: Mapped[bool] = mapped_column(default=True)
    # staff | manager (a manager has owner rights within their department)
    role: Mapped[str] = mapped_column(String(20), default="staff")
    version: Mapped[int] = mapped_column(default=1)
    updated_at: Mapped[datetime] = mapped_column(server_default=func.current_timestamp())

    __table_args__ = (CheckConstraint("base_salary_fen >= 0", name="salary_not_negative"),)
    __mapper_args__ = {"version_id_col": version}


class Figure(Base):
    """One day's value of one metric for the shop, a department or a person.

    `scope` is 'shop', 'dept:<key>' or 'staff:<id>'; `value` is an integer in
    the metric's base unit (fen, hundredths, count).
    """

    __tablename__ = "figure"

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date]
    scope: Mapped[str] = mapped_column(String(40))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"))
    metric: Mapped[str] = mapped_column(String(40))
    value: Mapped[int]

    __table_args__ = (
        UniqueConstraint("scope", "metric", "day", name="uq_figure_scope_metric_day"),
        # Covering index: period aggregates read only the index.
        Index("ix_figure_day_cover", "day", "scope", "metric", "value"),
        Index("ix_figure_staff", "staff_id"),
    )


class Target(Base):
    """A target for a metric on a scope and period (`2026`, `2026-Q4`, `2026-11`)."""

    __tablename__ = "target"

    id: Mapped[int] = mapped_column(primary_key=True)
    scope: Mapped[str] = mapped_column(String(40))
    metric: Mapped[str] = mapped_column(String(40))
    period: Mapped[str] = mapped_column(String(10))
    value: Mapped[int]
    # even | workdays | comma-separated weights for the children
    split: Mapped[str] = mapped_column(String(200), default="even")
    version: Mapped[int] = mapped_column(default=1)

    __table_args__ = (
        UniqueConstraint("scope", "metric", "period", name="uq_target_scope_metric_period"),
        CheckConstraint("value >= 0", name="target_not_negative"),
    )
    __mapper_args__ = {"version_id_col": version}


class MetricDefinition(Base):
    """An owner-defined metric (DESIGN §4.3: key, name, unit, department, sum or ratio)."""

    __tablename__ = "metric_definition"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(60))
    unit: Mapped[str] = mapped_column(String(20))
    department: Mapped[str | None] = mapped_column(String(30))
    kind: Mapped[str] = mapped_column(String(20))
    numerator: Mapped[str | None] = mapped_column(String(40))
    denominator: Mapped[str | None] = mapped_column(String(40))


class Setting(Base):
    """Business settings that travel with the shop (name, rest days, hero AOV…)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
