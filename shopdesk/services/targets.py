"""Targets: reading and setting them, and breaking them down."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.periods import Period
from ..store.models.core import Target


def month_target(session: Session, scope: str, metric: str, month: Period) -> int | None:
    """The stored month target (in the metric's stored unit), or None when none is set."""
    return session.execute(
        select(Target.value).where(Target.scope == scope, Target.metric == metric,
                                   Target.period == month.key)
    ).scalar_one_or_none()
