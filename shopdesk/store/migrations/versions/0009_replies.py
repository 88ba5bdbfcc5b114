"""Replies to daily reports and feedback items.

Revision ID: 0009_replies
Revises: 0008_issue18
"""

import sqlalchemy as sa
from alembic import op

from shopdesk.store.base import BigInt

revision = "0009_replies"
down_revision = "0008_issue18"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "feed_reply",
        sa.Column("id", BigInt, nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("item_id", BigInt, nullable=False),
        sa.Column("author", sa.String(80), nullable=False),
        sa.Column("author_staff_id", BigInt, nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("written_at", sa.DateTime(), nullable=False),
        sa.Column("seen_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint("kind IN ('report', 'feedback')", name="ck_feed_reply_reply_kind"),
        sa.ForeignKeyConstraint(["author_staff_id"], ["staff.id"], name="fk_feed_reply_author_staff_id_staff",
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name="pk_feed_reply"),
    )
    op.create_index("ix_feed_reply_item", "feed_reply", ["kind", "item_id"])


def downgrade() -> None:
    op.drop_index("ix_feed_reply_item", table_name="feed_reply")
    op.drop_table("feed_reply")
