"""Compensation rules and payroll runs.

Revision ID: 0004_payroll
Revises: 0003_auth_tasks
"""

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = "0004_payroll"
down_revision = "0003_auth_tasks"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
