"""Each product's sales and orders per day beside its units, so the hero product follows from imported orders.

Revision ID: 0010_platform
Revises: 0009_replies
"""

import sqlalchemy as sa
from alembic import op

from shopdesk.store.base import BigInt

revision = "0010_platform"
down_revision = "0009_replies"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("product_units", sa.Column("sales_fen", BigInt, nullable=False, server_default="0"))
    op.add_column("product_units", sa.Column("orders", BigInt, nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("product_units") as batch:
        batch.drop_column("orders")
        batch.drop_column("sales_fen")
