"""Products and the designers credited for them (DESIGN §4.2 `Products`, §4.6).

A designer's `units_sold_designed` for a day is the units of the products
whose designer they are, from `designed_from` on, per platform kind. Changing
a product's designer re-credits every day that product sold.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, delete, func, select, update
from sqlalchemy.orm import Session

from shopdesk.domain import platform as rules
from shopdesk.domain.departments import Department
from shopdesk.domain.errors import NotFound, ValidationError
from shopdesk.domain.text import QT_TRANSLATE_NOOP
from shopdesk.services.common.audit import record
from shopdesk.services.common.context import Actor
from shopdesk.store.db import Database
from shopdesk.store.models.core import Staff, staff_scope
from shopdesk.store.models.platform import FigurePart, Product, ProductUnits

METRIC = "units_sold_designed"


@dataclass(frozen=True)
class ProductRow:
    product_id: str
    sku_code: str | None
    name: str
    designer_id: int | None
    designer: str | None
    designed_from: date | None
    units: int  # all units imported for it


def list_products(db: Database, actor: Actor) -> list[ProductRow]:
    """Products without a designer first, then by title."""
    actor.require_manage(Department.DESIGN.value, "see products")
    units = (select(ProductUnits.product_id, func.sum(ProductUnits.units).label("n"))
             .group_by(ProductUnits.product_id).subquery())
    stmt = (select(Product.product_id, Product.sku_code, Product.name, Product.designer_id, Staff.name,
                   Product.designed_from, func.coalesce(units.c.n, 0))
            .outerjoin(Staff, Staff.id == Product.designer_id)
            .outerjoin(units, units.c.product_id == Product.product_id)
            .order_by(case((Product.designer_id.is_(None), 0), else_=1), Product.name, Product.product_id))
    with db.read() as s:
        return [ProductRow(pid, code, name, did, dname, since, int(n))
                for pid, code, name, did, dname, since, n in s.execute(stmt)]


def set_designer(db: Database, actor: Actor, product_id: str, designer_id: int | None,
                 designed_from: date | None = None) -> int:
    """Credit a product to a designer (None: nobody); returns how many daily figures changed. Audited."""
    actor.require_manage(Department.DESIGN.value, "assign designers")
    with db.write() as s:
        row = s.get(Product, product_id)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "product {id} not found"), id=product_id)
        if designer_id is not None:
            person = s.get(Staff, designer_id)
            if person is None:
                raise ValidationError("designer", QT_TRANSLATE_NOOP("Errors", "person #{id} not found"),
                                      id=designer_id)
        before = {"designer_id": row.designer_id, "designed_from": row.designed_from}
        if before == {"designer_id": designer_id, "designed_from": designed_from}:
            return 0
        row.designer_id, row.designed_from = designer_id, designed_from
        record(s, actor, "update", "product", product_id, before,
               {"designer_id": designer_id, "designed_from": designed_from})
        s.flush()
        return recredit(s, product_id)


def recredit(s: Session, product_id: str) -> int:
    """Recompute designers' units on every (day, kind) the product sold."""
    from shopdesk.services.platform.run import refresh_figures

    designers = {pid: (did, since) for pid, did, since in
                 s.execute(select(Product.product_id, Product.designer_id, Product.designed_from))}
    slots = s.execute(select(ProductUnits.day, ProductUnits.source, func.max(ProductUnits.import_id))
                      .where(ProductUnits.product_id == product_id)
                      .group_by(ProductUnits.day, ProductUnits.source)).all()
    touched: set[tuple[date, str, str]] = set()
    for day, source, import_id in slots:
        units = dict(s.execute(select(ProductUnits.product_id, ProductUnits.units)
                               .where(ProductUnits.day == day, ProductUnits.source == source)).all())
        credited, _ = rules.designed_units(units, designers, day)
        wanted = {staff_scope(sid): (sid, n) for sid, n in credited.items()}
        existing = {scope: (pid, v) for pid, scope, v in s.execute(
            select(FigurePart.id, FigurePart.scope, FigurePart.value)
            .where(FigurePart.day == day, FigurePart.source == source, FigurePart.metric == METRIC))}
        for scope, (pid, value) in existing.items():
            if scope not in wanted:
                s.execute(delete(FigurePart).where(FigurePart.id == pid))
            elif wanted[scope][1] != value:
                s.execute(update(FigurePart).where(FigurePart.id == pid).values(value=wanted[scope][1]))
            else:
                continue
            touched.add((day, scope, METRIC))
        for scope, (sid, n) in wanted.items():
            if scope not in existing:
                s.add(FigurePart(day=day, scope=scope, staff_id=sid, metric=METRIC, source=source, value=n,
                                 import_id=import_id))
                touched.add((day, scope, METRIC))
    s.flush()
    return refresh_figures(s, touched)
