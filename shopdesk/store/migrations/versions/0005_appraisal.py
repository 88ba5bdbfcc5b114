"""Appraisal schemes, rounds and results.

Revision ID: 0005_appraisal
Revises: 0004_payroll
"""

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = "0005_appraisal"
down_revision = "0004_payroll"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
