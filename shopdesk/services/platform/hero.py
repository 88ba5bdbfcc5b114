"""The hero product (主推款) of a period, from the imported order files (DESIGN §4.6).

The hero product is the one with the most sales in the period, over every
platform kind; its AOV is its sales ÷ the orders that held it, rounded once,
half up. The morning check compares the whole shop's AOV with 1.3 × it, so
nobody has to type it any more (the typed `hero_aov` setting stays as the
fallback for a shop that imports no order files).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from shopdesk.store.models.platform import Product, ProductUnits


@dataclass(frozen=True)
class Hero:
    product_id: str
    name: str
    sales_fen: int
    orders: int
    units: int

    @property
    def aov_fen(self) -> int | None:
        if self.orders <= 0:
            return None
        return int((Decimal(self.sales_fen) / self.orders).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def hero_product(session: Session, start: date, end: date) -> Hero | None:
    """The product with the most imported sales from `start` to `end` (ties: the lower id); None when
    no order file with products covers those days."""
    sales = func.sum(ProductUnits.sales_fen)
    rows = session.execute(
        select(ProductUnits.product_id, sales, func.sum(ProductUnits.orders), func.sum(ProductUnits.units))
        .where(ProductUnits.day >= start, ProductUnits.day <= end)
        .group_by(ProductUnits.product_id)
        .having(sales > 0)).all()
    if not rows:
        return None
    pid, fen, orders, units = min(rows, key=lambda r: (-int(r[1]), r[0]))
    name = session.scalar(select(Product.name).where(Product.product_id == pid)) or ""
    return Hero(pid, name, int(fen), int(orders or 0), int(units or 0))
