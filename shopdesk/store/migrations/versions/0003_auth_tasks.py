"""Log-in credentials, tasks, daily reports and feedback.

Revision ID: 0003_auth_tasks
Revises: 0002_targets
"""

import sqlalchemy as sa
from alembic import op

from shopdesk.store.base import BigInt

revision = "0003_auth_tasks"
down_revision = "0002_targets"
branch_labels = None
depends_on = None


def _staff_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], ondelete="CASCADE",
                                   name=f"fk_{table}_staff_id_staff")


def upgrade() -> None:
    op.create_table(
        "credential",
        sa.Column("id", BigInt, nullable=False),
        sa.Column("account", sa.String(40), nullable=False),
        sa.Column("staff_id", BigInt, nullable=True),
        sa.Column("secret_hash", sa.String(128), nullable=False),
        sa.Column("salt", sa.String(64), nullable=False),
        sa.Column("cost", BigInt, nullable=False),
        sa.Column("failed_tries", BigInt, nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        _staff_fk("credential"),
        sa.PrimaryKeyConstraint("id", name="pk_credential"),
        sa.UniqueConstraint("account", name="uq_credential_account"),
    )
    op.create_table(
        "task",
        sa.Column("id", BigInt, nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("department", sa.String(30), nullable=False),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("priority", BigInt, nullable=False),
        sa.Column("points", BigInt, nullable=False),
        sa.Column("repeat", sa.String(40), nullable=False),
        sa.Column("generated_until", sa.Date(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_by", sa.String(80), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("points >= 0", name="ck_task_points_not_negative"),
        sa.PrimaryKeyConstraint("id", name="pk_task"),
    )
    op.create_index("ix_task_pending", "task", ["active", "generated_until"])
    op.create_index("ix_task_department", "task", ["department"])
    op.create_table(
        "task_assignee",
        sa.Column("task_id", BigInt, nullable=False),
        sa.Column("staff_id", BigInt, nullable=False),
        sa.ForeignKeyConstraint(["task_id"], ["task.id"], ondelete="CASCADE",
                                name="fk_task_assignee_task_id_task"),
        _staff_fk("task_assignee"),
        sa.PrimaryKeyConstraint("task_id", "staff_id", name="pk_task_assignee"),
    )
    op.create_table(
        "task_occurrence",
        sa.Column("id", BigInt, nullable=False),
        sa.Column("task_id", BigInt, nullable=False),
        sa.Column("staff_id", BigInt, nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("done_at", sa.DateTime(), nullable=True),
        sa.Column("done_day", sa.Date(), nullable=True),
        sa.Column("done_by", sa.String(80), nullable=True),
        sa.ForeignKeyConstraint(["task_id"], ["task.id"], ondelete="CASCADE",
                                name="fk_task_occurrence_task_id_task"),
        _staff_fk("task_occurrence"),
        sa.PrimaryKeyConstraint("id", name="pk_task_occurrence"),
        sa.UniqueConstraint("task_id", "staff_id", "day", name="uq_task_occurrence_task_staff_day"),
    )
    op.create_index("ix_task_occurrence_staff_day", "task_occurrence", ["staff_id", "day"])
    op.create_index("ix_task_occurrence_day", "task_occurrence", ["day"])
    op.create_table(
        "daily_report",
        sa.Column("id", BigInt, nullable=False),
        sa.Column("staff_id", BigInt, nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("done", sa.Text(), nullable=False),
        sa.Column("problems", sa.Text(), nullable=False),
        sa.Column("plan", sa.Text(), nullable=False),
        sa.Column("written_at", sa.DateTime(), nullable=False),
        _staff_fk("daily_report"),
        sa.PrimaryKeyConstraint("id", name="pk_daily_report"),
        sa.UniqueConstraint("staff_id", "day", name="uq_daily_report_staff_day"),
    )
    op.create_index("ix_daily_report_day", "daily_report", ["day"])
    op.create_index("ix_daily_report_written_at", "daily_report", ["written_at"])
    op.create_table(
        "feedback_item",
        sa.Column("id", BigInt, nullable=False),
        sa.Column("staff_id", BigInt, nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("tag", sa.String(20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("written_at", sa.DateTime(), nullable=False),
        _staff_fk("feedback_item"),
        sa.PrimaryKeyConstraint("id", name="pk_feedback_item"),
    )
    op.create_index("ix_feedback_item_day", "feedback_item", ["day"])
    op.create_index("ix_feedback_item_staff", "feedback_item", ["staff_id"])
    op.create_index("ix_feedback_item_written_at", "feedback_item", ["written_at"])
    op.create_table(
        "read_mark",
        sa.Column("reader", sa.String(40), nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("item_id", BigInt, nullable=False),
        sa.PrimaryKeyConstraint("reader", "kind", "item_id", name="pk_read_mark"),
    )


def downgrade() -> None:
    for table in ("read_mark", "feedback_item", "daily_report", "task_occurrence",
                  "task_assignee", "task", "credential"):
        op.drop_table(table)
