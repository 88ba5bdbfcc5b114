"""Names in a workbook to ShopDesk keys: scopes ('shop', a department, a person) and metrics."""

from __future__ import annotations

from shopdesk.domain.departments import parse_department
from shopdesk.domain.metrics import MetricDef, MetricRegistry
from shopdesk.domain.text import QT_TRANSLATE_NOOP
from shopdesk.exchange.workbook.cells import CellError, shown
from shopdesk.exchange.workbook.layout import fold
from shopdesk.exchange.workbook.values import SHOP_SCOPE as SHOP_WORDS
from shopdesk.store.models.core import SHOP_SCOPE, dept_scope, staff_scope


class Names:
    """Scope and metric lookups for one import (people from the database and the Staff sheet)."""

    def __init__(self, registry: MetricRegistry, people: dict[str, int]) -> None:
        self.registry = registry
        self.people = {name.casefold(): sid for name, sid in people.items()}
        self.metrics: dict[str, MetricDef] = {}
        for m in registry:
            for spelling in (m.key, m.name_zh, m.name_en):
                self.metrics.setdefault(fold(spelling), m)
        self._scopes: dict[str, str] = {}

    def scope(self, value: object) -> str:
        raw = shown(value)
        hit = self._scopes.get(raw)
        if hit is not None:
            return hit
        folded = raw.casefold()
        if SHOP_WORDS.get(raw) is not None:
            out = SHOP_SCOPE
        elif folded in self.people:
            out = staff_scope(self.people[folded])
        else:
            try:
                out = dept_scope(parse_department(raw).value)
            except ValueError:
                raise CellError(QT_TRANSLATE_NOOP(
                    "Errors", "'{text}' is not the shop, a department or a person on the Staff sheet"),
                    text=raw) from None
        self._scopes[raw] = out
        return out

    def person(self, value: object) -> int:
        raw = shown(value)
        sid = self.people.get(raw.casefold())
        if sid is None:
            raise CellError(QT_TRANSLATE_NOOP("Errors", "'{text}' is not a person on the Staff sheet"), text=raw)
        return sid

    def metric(self, value: object) -> MetricDef:
        raw = shown(value)
        m = self.metrics.get(fold(raw))
        if m is None:
            raise CellError(QT_TRANSLATE_NOOP("Errors", "unknown metric '{key}'"), key=raw)
        return m
