"""All tables. Each area keeps its models in its own module."""

from ..base import Base
from . import (  # noqa: F401
    appraisal,
    audit,
    auth,
    core,  # noqa: F401  (registers tables on Base.metadata)
    payroll,
    platform,
    tasks,
)

__all__ = ["Base"]
