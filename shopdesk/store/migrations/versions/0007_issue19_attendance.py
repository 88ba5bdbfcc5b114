"""Attendance, leave dates, social insurance and housing fund bases, special deductions.

Revision ID: 0007_issue19
Revises: 0006_audit

The staff columns are added in place (ALTER TABLE ADD COLUMN): rebuilding the
staff table on SQLite would drop it, and with foreign keys on that deletes the
rows that refer to it. The service checks their values.
"""

import sqlalchemy as sa
from alembic import op

from shopdesk.store.base import BigInt

revision = "0007_issue19"
down_revision = "0006_audit"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("staff", sa.Column("leave_date", sa.Date(), nullable=True))
    op.add_column("staff", sa.Column("si_base_fen", BigInt, nullable=True))
    op.add_column("staff", sa.Column("hf_base_fen", BigInt, nullable=True))
    op.add_column("staff", sa.Column("special_deduction_fen", BigInt, nullable=False, server_default="0"))
    op.create_table(
        "attendance",
        sa.Column("id", BigInt, nullable=False),
        sa.Column("month", sa.String(7), nullable=False),
        sa.Column("staff_id", BigInt, nullable=False),
        sa.Column("unpaid_halves", BigInt, nullable=False),
        sa.Column("late", BigInt, nullable=False),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], ondelete="CASCADE",
                                name="fk_attendance_staff_id_staff"),
        sa.CheckConstraint("unpaid_halves >= 0", name="ck_attendance_unpaid_not_negative"),
        sa.CheckConstraint("late >= 0", name="ck_attendance_late_not_negative"),
        sa.PrimaryKeyConstraint("id", name="pk_attendance"),
        sa.UniqueConstraint("month", "staff_id", name="uq_attendance_month"),
    )


def downgrade() -> None:
    op.drop_table("attendance")
    with op.batch_alter_table("staff") as batch:
        batch.drop_column("special_deduction_fen")
        batch.drop_column("hf_base_fen")
        batch.drop_column("si_base_fen")
        batch.drop_column("leave_date")
