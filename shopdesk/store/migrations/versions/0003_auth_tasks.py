"""Log-in credentials, tasks, daily reports and feedback.

Revision ID: 0003_auth_tasks
Revises: 0002_targets
"""

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = "0003_auth_tasks"
down_revision = "0002_targets"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
