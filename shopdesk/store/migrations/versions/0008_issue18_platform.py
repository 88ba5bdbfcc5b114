"""Platform exports: where a figure came from, figure parts per kind, products and daily units,
the staff's platform accounts, and the refunds ledger for clawbacks after approval.

Revision ID: 0008_issue18
Revises: 0007_issue19
"""

import sqlalchemy as sa
from alembic import op

from shopdesk.store.base import BigInt

revision = "0008_issue18"
down_revision = "0007_issue19"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("figure", sa.Column("source", sa.String(30), server_default="typed", nullable=False))
    op.add_column("staff", sa.Column("platform_accounts", sa.Text(), server_default="", nullable=False))
    op.create_table(
        "platform_import",
        sa.Column("id", BigInt, nullable=False),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("file_name", sa.String(255), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(80), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_platform_import"),
    )
    op.create_table(
        "figure_part",
        sa.Column("id", BigInt, nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("scope", sa.String(40), nullable=False),
        sa.Column("staff_id", BigInt, nullable=True),
        sa.Column("metric", sa.String(40), nullable=False),
        sa.Column("source", sa.String(30), nullable=False),
        sa.Column("value", BigInt, nullable=False),
        sa.Column("import_id", BigInt, nullable=False),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], ondelete="CASCADE",
                                name="fk_figure_part_staff_id_staff"),
        sa.ForeignKeyConstraint(["import_id"], ["platform_import.id"],
                                name="fk_figure_part_import_id_platform_import"),
        sa.PrimaryKeyConstraint("id", name="pk_figure_part"),
        sa.UniqueConstraint("scope", "metric", "day", "source", name="uq_figure_part_key"),
    )
    op.create_index("ix_figure_part_day_source", "figure_part", ["day", "source"])
    op.create_index("ix_figure_part_staff", "figure_part", ["staff_id"])
    op.create_index("ix_figure_part_import", "figure_part", ["import_id"])
    op.create_table(
        "product",
        sa.Column("product_id", sa.String(60), nullable=False),
        sa.Column("sku_code", sa.String(100), nullable=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("designer_id", BigInt, nullable=True),
        sa.Column("designed_from", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["designer_id"], ["staff.id"], ondelete="SET NULL",
                                name="fk_product_designer_id_staff"),
        sa.PrimaryKeyConstraint("product_id", name="pk_product"),
    )
    op.create_index("ix_product_designer", "product", ["designer_id"])
    op.create_table(
        "product_units",
        sa.Column("id", BigInt, nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("product_id", sa.String(60), nullable=False),
        sa.Column("source", sa.String(30), nullable=False),
        sa.Column("units", BigInt, nullable=False),
        sa.Column("import_id", BigInt, nullable=False),
        sa.CheckConstraint("units >= 0", name="ck_product_units_units_not_negative"),
        sa.ForeignKeyConstraint(["product_id"], ["product.product_id"], ondelete="CASCADE",
                                name="fk_product_units_product_id_product"),
        sa.ForeignKeyConstraint(["import_id"], ["platform_import.id"],
                                name="fk_product_units_import_id_platform_import"),
        sa.PrimaryKeyConstraint("id", name="pk_product_units"),
        sa.UniqueConstraint("day", "product_id", "source", name="uq_product_units_key"),
    )
    op.create_index("ix_product_units_product", "product_units", ["product_id"])
    op.create_index("ix_product_units_import", "product_units", ["import_id"])
    op.create_table(
        "refund_ledger",
        sa.Column("id", BigInt, nullable=False),
        sa.Column("month", sa.String(7), nullable=False),
        sa.Column("staff_id", BigInt, nullable=False),
        sa.Column("rule_id", BigInt, nullable=False),
        sa.Column("scope", sa.String(40), nullable=False),
        sa.Column("rate", sa.String(40), nullable=False),
        sa.Column("refunds_fen", BigInt, nullable=False),
        sa.Column("entry", sa.String(10), nullable=False),
        sa.Column("recorded_month", sa.String(7), nullable=False),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], ondelete="CASCADE",
                                name="fk_refund_ledger_staff_id_staff"),
        sa.PrimaryKeyConstraint("id", name="pk_refund_ledger"),
    )
    op.create_index("ix_refund_ledger_month", "refund_ledger", ["month", "staff_id"])
    op.create_index("ix_refund_ledger_recorded", "refund_ledger", ["recorded_month"])


def downgrade() -> None:
    op.drop_table("refund_ledger")
    op.drop_table("product_units")
    op.drop_table("product")
    op.drop_table("figure_part")
    op.drop_table("platform_import")
    with op.batch_alter_table("staff") as batch:
        batch.drop_column("platform_accounts")
    with op.batch_alter_table("figure") as batch:
        batch.drop_column("source")
