"""The `Products` sheet (DESIGN §4.2): product id, merchant code, title, designer, credited from.

Importing adds or updates products by id; a changed designer or day re-credits
`units_sold_designed` for every day the product sold (in the import's own
transaction). The export writes every product, those without a designer first.
"""

from __future__ import annotations

from sqlalchemy import select

from shopdesk.domain.text import QT_TRANSLATE_NOOP
from shopdesk.exchange.workbook import cells
from shopdesk.exchange.workbook.cells import CellError
from shopdesk.exchange.workbook.import_setup import Stage
from shopdesk.exchange.workbook.reader import Row
from shopdesk.services.common import audit
from shopdesk.store.models.core import Staff
from shopdesk.store.models.platform import Product

MAX_ID, MAX_CODE, MAX_NAME = 60, 100, 200


def import_products(stage: Stage, rows: list[Row]) -> None:
    if not rows:
        return
    from shopdesk.services.platform.products import recredit

    s = stage.session
    people = {name.casefold(): sid for name, sid in s.execute(select(Staff.name, Staff.id))}
    seen: dict[str, int] = {}
    for row in rows:
        pid = cells.text(row.value("product_id"))
        if not pid or len(pid) > MAX_ID:
            stage.fail(row, "product_id", CellError(QT_TRANSLATE_NOOP(
                "Errors", "a product id of 1 to {n} characters is required"), n=MAX_ID))
            continue
        if pid in seen:
            stage.fail(row, "product_id", CellError(QT_TRANSLATE_NOOP(
                "Errors", "'{name}' appears twice (row {row})"), name=pid, row=seen[pid]))
            continue
        seen[pid] = row.number
        designer = cells.text(row.value("designer"))
        designer_id = people.get(designer.casefold()) if designer else None
        if designer and designer_id is None:
            stage.fail(row, "designer", CellError(QT_TRANSLATE_NOOP("Errors", "no one on the team is called '{name}'"),
                                                  name=designer))
            continue
        try:
            since = cells.optional_day(row.value("designed_from"))
        except CellError as exc:
            stage.fail(row, "designed_from", exc)
            continue
        code = cells.text(row.value("sku_code"))[:MAX_CODE] or None
        name = cells.text(row.value("name"))[:MAX_NAME]
        product = s.get(Product, pid)
        before = None if product is None else {"designer_id": product.designer_id,
                                               "designed_from": product.designed_from}
        if product is None:
            product = Product(product_id=pid, name=name, sku_code=code)
            s.add(product)
        else:
            product.name = name or product.name
            product.sku_code = code or product.sku_code
        product.designer_id, product.designed_from = designer_id, since
        s.flush()
        after = {"designer_id": designer_id, "designed_from": since}
        if before != after:
            audit.record(s, stage.actor, "import" if before else "add", "product", pid, before, after)
            if not stage.errors:
                recredit(s, pid)
            stage.add("products")
