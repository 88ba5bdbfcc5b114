"""Figures from platform exports, kept per source; products and their daily units (DESIGN §4.6).

A platform kind's contribution to a day's figure is a `FigurePart`; the
`figure` row holds their sum (its `source` then says `platform`), so every
existing query reads one value per day, scope and metric as before.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base


class PlatformImport(Base):
    """One file imported: its kind, name and when."""

    __tablename__ = "platform_import"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))
    file_name: Mapped[str] = mapped_column(String(255))
    imported_at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(80))


class FigurePart(Base):
    """What one platform kind counted for a day, scope and metric."""

    __tablename__ = "figure_part"

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date]
    scope: Mapped[str] = mapped_column(String(40))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"))
    metric: Mapped[str] = mapped_column(String(40))
    source: Mapped[str] = mapped_column(String(30))
    value: Mapped[int]
    import_id: Mapped[int] = mapped_column(ForeignKey("platform_import.id"))

    __table_args__ = (
        UniqueConstraint("scope", "metric", "day", "source", name="uq_figure_part_key"),
        Index("ix_figure_part_day_source", "day", "source"),
        Index("ix_figure_part_staff", "staff_id"),
        Index("ix_figure_part_import", "import_id"),
    )


class Product(Base):
    """A product on a platform: its id, merchant code, title and the designer credited for it."""

    __tablename__ = "product"

    product_id: Mapped[str] = mapped_column(String(60), primary_key=True)
    sku_code: Mapped[str | None] = mapped_column(String(100))
    name: Mapped[str] = mapped_column(String(200), default="")
    designer_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    designed_from: Mapped[date | None]

    __table_args__ = (Index("ix_product_designer", "designer_id"),)


class ProductUnits(Base):
    """Units, sales and orders of one product on a day, as one platform kind counted them."""

    __tablename__ = "product_units"

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date]
    product_id: Mapped[str] = mapped_column(ForeignKey("product.product_id", ondelete="CASCADE"))
    source: Mapped[str] = mapped_column(String(30))
    units: Mapped[int]
    import_id: Mapped[int] = mapped_column(ForeignKey("platform_import.id"))
    sales_fen: Mapped[int] = mapped_column(default=0, server_default="0")  # its lines' paid amounts
    orders: Mapped[int] = mapped_column(default=0, server_default="0")  # orders holding it

    __table_args__ = (
        UniqueConstraint("day", "product_id", "source", name="uq_product_units_key"),
        Index("ix_product_units_product", "product_id"),
        Index("ix_product_units_import", "import_id"),
        CheckConstraint("units >= 0", name="units_not_negative"),
    )


class RefundLedger(Base):
    """Refunds a `net_sales` pay line has accounted for (DESIGN §4.5 "Refunds after approval").

    When month A is approved, each person's percent/tiered line on net sales records the rate it
    applied, its basis scope and the refunds A's days had then (`seen`); the month that claws
    later refunds back records them when it is approved (`clawed`), so each is clawed back once.
    """

    __tablename__ = "refund_ledger"

    id: Mapped[int] = mapped_column(primary_key=True)
    month: Mapped[str] = mapped_column(String(7))  # the month whose days the refunds are for
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"))
    rule_id: Mapped[int]
    scope: Mapped[str] = mapped_column(String(40))
    rate: Mapped[str] = mapped_column(String(40))  # percent as exact text: "1.5" is 1.5 %
    refunds_fen: Mapped[int]
    entry: Mapped[str] = mapped_column(String(10))  # seen | clawed
    recorded_month: Mapped[str] = mapped_column(String(7))  # the approved month that recorded it

    __table_args__ = (
        Index("ix_refund_ledger_month", "month", "staff_id"),
        Index("ix_refund_ledger_recorded", "recorded_month"),
    )
