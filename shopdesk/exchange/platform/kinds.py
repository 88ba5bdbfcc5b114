"""The kinds of platform export, loaded from their data files in `kinds/` (DESIGN §4.6).

Each `kinds/<kind>.json` names the kind's key headers (each a list of
alternatives, all of which must be found in one row), its columns (a
logical name, the header cells it may have, the cell type) and how its rows
add up. A new export variant is a change to these files, not to code.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

from shopdesk.domain.platform import OrderRules

from .cells import PARSERS, header_key


@dataclass(frozen=True)
class Column:
    name: str
    headers: tuple[str, ...]  # as compared (header_key)
    type: str


@dataclass(frozen=True)
class KindSpec:
    kind: str
    title: str
    model: str  # orders | shop-daily | agents
    key_headers: tuple[tuple[str, ...], ...]
    columns: tuple[Column, ...]
    order_rules: OrderRules | None
    ad_fields: tuple[str, ...] = ()
    summary_rows: tuple[str, ...] = ()
    delayed: tuple[str, ...] = ()

    def matches(self, header: set[str]) -> bool:
        return all(any(alt in header for alt in alts) for alts in self.key_headers)

    def key_text(self) -> str:
        return ", ".join(" / ".join(alts) for alts in self.key_headers)


def _spec(data: dict) -> KindSpec:
    columns = []
    for name, col in data["columns"].items():
        if col["type"] not in PARSERS:
            raise ValueError(f"{data['kind']}: unknown cell type {col['type']!r}")
        columns.append(Column(name, tuple(header_key(h) for h in col["headers"]), col["type"]))
    rules = None
    if data["model"] == "orders":
        rules = OrderRules(
            day_fields=tuple(data["day"]), orders=data["orders"],
            sales_once_per_order=bool(data.get("sales_once_per_order")),
            refunds=data.get("refunds", "none"), refund_status=data.get("refund_status", "退款成功"),
            skip_status_contains=tuple(data.get("skip_status_contains", ())),
            units=bool(data.get("units")))
    return KindSpec(
        kind=data["kind"], title=data["title"], model=data["model"],
        key_headers=tuple(tuple(header_key(h) for h in alts) for alts in data["key_headers"]),
        columns=tuple(columns), order_rules=rules, ad_fields=tuple(data.get("ad_spend", ())),
        summary_rows=tuple(data.get("summary_rows", ())), delayed=tuple(data.get("delayed", ())))


@cache
def all_kinds() -> tuple[KindSpec, ...]:
    """Every kind, from the package's data files, in a stable order."""
    folder = resources.files("shopdesk.exchange.platform").joinpath("kinds")
    specs = [_spec(json.loads(entry.read_text(encoding="utf-8")))
             for entry in sorted(folder.iterdir(), key=lambda e: e.name) if entry.name.endswith(".json")]
    return tuple(specs)


def kind_named(kind: str) -> KindSpec:
    return next(k for k in all_kinds() if k.kind == kind)


def detect(header: set[str]) -> KindSpec | None:
    """The kind whose key headers this row holds (the most specific when several do)."""
    found = [k for k in all_kinds() if k.matches(header)]
    if not found:
        return None
    return max(found, key=lambda k: len(k.key_headers))
