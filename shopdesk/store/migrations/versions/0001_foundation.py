"""Foundation: staff, daily figures, targets, custom metrics, settings.

Revision ID: 0001_foundation
Revises:
"""

import sqlalchemy as sa
from alembic import op

from shopdesk.store.base import BigInt

revision = "0001_foundation"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "staff",
        sa.Column("id", BigInt, nullable=False),
        sa.Column("name", sa.String(60), nullable=False),
        sa.Column("department", sa.String(30), nullable=False),
        sa.Column("position", sa.String(60), nullable=False),
        sa.Column("base_salary_fen", BigInt, nullable=False),
        sa.Column("hire_date", sa.Date(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("version", BigInt, nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.func.current_timestamp(),
                  nullable=False),
        sa.CheckConstraint("base_salary_fen >= 0", name="ck_staff_salary_not_negative"),
        sa.PrimaryKeyConstraint("id", name="pk_staff"),
        sa.UniqueConstraint("name", name="uq_staff_name"),
    )
    op.create_index("ix_staff_department", "staff", ["department"])
    op.create_table(
        "figure",
        sa.Column("id", BigInt, nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("scope", sa.String(40), nullable=False),
        sa.Column("staff_id", BigInt, nullable=True),
        sa.Column("metric", sa.String(40), nullable=False),
        sa.Column("value", BigInt, nullable=False),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], ondelete="CASCADE",
                                name="fk_figure_staff_id_staff"),
        sa.PrimaryKeyConstraint("id", name="pk_figure"),
        sa.UniqueConstraint("scope", "metric", "day", name="uq_figure_scope_metric_day"),
    )
    op.create_index("ix_figure_day_cover", "figure", ["day", "scope", "metric", "value"])
    op.create_index("ix_figure_staff", "figure", ["staff_id"])
    op.create_table(
        "target",
        sa.Column("id", BigInt, nullable=False),
        sa.Column("scope", sa.String(40), nullable=False),
        sa.Column("metric", sa.String(40), nullable=False),
        sa.Column("period", sa.String(10), nullable=False),
        sa.Column("value", BigInt, nullable=False),
        sa.Column("split", sa.String(200), nullable=False),
        sa.Column("version", BigInt, nullable=False),
        sa.CheckConstraint("value >= 0", name="ck_target_target_not_negative"),
        sa.PrimaryKeyConstraint("id", name="pk_target"),
        sa.UniqueConstraint("scope", "metric", "period", name="uq_target_scope_metric_period"),
    )
    op.create_table(
        "metric_definition",
        sa.Column("key", sa.String(40), nullable=False),
        sa.Column("name", sa.String(60), nullable=False),
        sa.Column("unit", sa.String(20), nullable=False),
        sa.Column("department", sa.String(30), nullable=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("numerator", sa.String(40), nullable=True),
        sa.Column("denominator", sa.String(40), nullable=True),
        sa.PrimaryKeyConstraint("key", name="pk_metric_definition"),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(60), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_setting"),
    )


def downgrade() -> None:
    for table in ("setting", "metric_definition", "target", "figure", "staff"):
        op.drop_table(table)
