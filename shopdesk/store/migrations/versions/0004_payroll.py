"""Compensation rules and payroll runs.

Revision ID: 0004_payroll
Revises: 0003_auth_tasks
"""

import sqlalchemy as sa
from alembic import op

from shopdesk.store.base import BigInt

revision = "0004_payroll"
down_revision = "0003_auth_tasks"
branch_labels = None
depends_on = None


def _staff_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], ondelete="CASCADE",
                                   name=f"fk_{table}_staff_id_staff")


def upgrade() -> None:
    op.create_table(
        "pay_rule",
        sa.Column("id", BigInt, nullable=False),
        sa.Column("applies_to", sa.String(60), nullable=False),
        sa.Column("label", sa.String(60), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("metric", sa.String(40), nullable=False),
        sa.Column("basis", sa.String(20), nullable=False),
        sa.Column("rate", sa.String(40), nullable=True),
        sa.Column("amount_fen", BigInt, nullable=True),
        sa.Column("threshold", sa.String(40), nullable=True),
        sa.Column("tiers", sa.String(400), nullable=False),
        sa.Column("tier_mode", sa.String(20), nullable=False),
        sa.Column("cap_fen", BigInt, nullable=True),
        sa.Column("weights", sa.String(400), nullable=False),
        sa.Column("effective_from", sa.String(7), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_pay_rule"),
        sa.UniqueConstraint("applies_to", "label", "effective_from", name="uq_pay_rule_applies_to"),
    )
    op.create_table(
        "pay_grade",
        sa.Column("id", BigInt, nullable=False),
        sa.Column("month", sa.String(7), nullable=False),
        sa.Column("staff_id", BigInt, nullable=False),
        sa.Column("grade", sa.String(1), nullable=False),
        _staff_fk("pay_grade"),
        sa.PrimaryKeyConstraint("id", name="pk_pay_grade"),
        sa.UniqueConstraint("month", "staff_id", name="uq_pay_grade_month"),
    )
    op.create_table(
        "pay_adjustment",
        sa.Column("id", BigInt, nullable=False),
        sa.Column("month", sa.String(7), nullable=False),
        sa.Column("staff_id", BigInt, nullable=False),
        sa.Column("amount_fen", BigInt, nullable=False),
        sa.Column("reason", sa.String(200), nullable=False),
        sa.CheckConstraint("length(reason) > 0", name="ck_pay_adjustment_reason_given"),
        _staff_fk("pay_adjustment"),
        sa.PrimaryKeyConstraint("id", name="pk_pay_adjustment"),
    )
    op.create_index("ix_pay_adjustment_month", "pay_adjustment", ["month", "staff_id"])
    op.create_table(
        "pay_deduction",
        sa.Column("id", BigInt, nullable=False),
        sa.Column("month", sa.String(7), nullable=False),
        sa.Column("staff_id", BigInt, nullable=False),
        sa.Column("category", sa.String(30), nullable=False),
        sa.Column("amount_fen", BigInt, nullable=False),
        sa.CheckConstraint("amount_fen >= 0", name="ck_pay_deduction_deduction_not_negative"),
        _staff_fk("pay_deduction"),
        sa.PrimaryKeyConstraint("id", name="pk_pay_deduction"),
        sa.UniqueConstraint("month", "staff_id", "category", name="uq_pay_deduction_month"),
    )
    op.create_table(
        "payroll_approval",
        sa.Column("month", sa.String(7), nullable=False),
        sa.Column("approved_at", sa.DateTime(), nullable=False),
        sa.Column("approved_by", sa.String(80), nullable=False),
        sa.Column("net_total_fen", BigInt, nullable=False),
        sa.Column("snapshot", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("month", name="pk_payroll_approval"),
    )


def downgrade() -> None:
    op.drop_table("payroll_approval")
    op.drop_table("pay_deduction")
    op.drop_index("ix_pay_adjustment_month", table_name="pay_adjustment")
    op.drop_table("pay_adjustment")
    op.drop_table("pay_grade")
    op.drop_table("pay_rule")
