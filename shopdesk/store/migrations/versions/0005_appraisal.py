"""Appraisal schemes, rounds and results.

Revision ID: 0005_appraisal
Revises: 0004_payroll
"""

import sqlalchemy as sa
from alembic import op

from shopdesk.store.base import BigInt

revision = "0005_appraisal"
down_revision = "0004_payroll"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "appraisal_scheme",
        sa.Column("department", sa.String(30), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", BigInt, nullable=False),
        sa.PrimaryKeyConstraint("department", name="pk_appraisal_scheme"),
    )
    op.create_table(
        "appraisal_round",
        sa.Column("id", BigInt, nullable=False),
        sa.Column("period", sa.String(10), nullable=False),
        sa.Column("opened_at", sa.DateTime(), nullable=False),
        sa.Column("opened_by", sa.String(80), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_appraisal_round"),
        sa.UniqueConstraint("period", name="uq_appraisal_round_period"),
    )
    op.create_table(
        "appraisal",
        sa.Column("id", BigInt, nullable=False),
        sa.Column("round_id", BigInt, nullable=False),
        sa.Column("staff_id", BigInt, nullable=False),
        sa.Column("self_ratings", sa.Text(), nullable=True),
        sa.Column("self_summary", sa.Text(), nullable=False),
        sa.Column("self_submitted_at", sa.DateTime(), nullable=True),
        sa.Column("owner_ratings", sa.Text(), nullable=True),
        sa.Column("owner_comment", sa.Text(), nullable=False),
        sa.Column("reviewed_by", sa.String(80), nullable=True),
        sa.Column("score_centi", BigInt, nullable=True),
        sa.Column("grade", sa.String(2), nullable=True),
        sa.Column("breakdown", sa.Text(), nullable=True),
        sa.Column("finalised_at", sa.DateTime(), nullable=True),
        sa.Column("finalised_by", sa.String(80), nullable=True),
        sa.Column("version", BigInt, nullable=False),
        sa.CheckConstraint("score_centi IS NULL OR (score_centi >= 0 AND score_centi <= 10000)",
                           name="ck_appraisal_score_in_range"),
        sa.ForeignKeyConstraint(["round_id"], ["appraisal_round.id"], ondelete="CASCADE",
                                name="fk_appraisal_round_id_appraisal_round"),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], ondelete="CASCADE",
                                name="fk_appraisal_staff_id_staff"),
        sa.PrimaryKeyConstraint("id", name="pk_appraisal"),
        sa.UniqueConstraint("round_id", "staff_id", name="uq_appraisal_round_staff"),
    )
    op.create_index("ix_appraisal_staff", "appraisal", ["staff_id"])


def downgrade() -> None:
    op.drop_index("ix_appraisal_staff", table_name="appraisal")
    op.drop_table("appraisal")
    op.drop_table("appraisal_round")
    op.drop_table("appraisal_scheme")
