"""Audit log.

Revision ID: 0006_audit
Revises: 0005_appraisal
"""

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = "0006_audit"
down_revision = "0005_appraisal"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
