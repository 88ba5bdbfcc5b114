"""Where a day's figures came from: typed, the shop workbook, or which platform files (DESIGN §4.6)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from shopdesk.services.common.context import Actor
from shopdesk.services.figures.entry import check_scopes
from shopdesk.store.db import Database
from shopdesk.store.models.core import Figure
from shopdesk.store.models.platform import FigurePart, PlatformImport


@dataclass(frozen=True)
class PartSource:
    kind: str
    file_name: str
    imported_at: datetime
    value: int


@dataclass(frozen=True)
class FigureSource:
    source: str  # typed | workbook | platform
    parts: tuple[PartSource, ...] = ()


def day_sources(db: Database, actor: Actor, day: date, scopes: Iterable[str]
                ) -> dict[tuple[str, str], FigureSource]:
    """(scope, metric) → where the day's figure came from, for the scopes the actor may see."""
    wanted = list(check_scopes(db, actor, scopes))
    if not wanted:
        return {}
    with db.read() as s:
        figures = s.execute(select(Figure.scope, Figure.metric, Figure.source)
                            .where(Figure.day == day, Figure.scope.in_(wanted))).all()
        parts = s.execute(select(FigurePart.scope, FigurePart.metric, FigurePart.source, PlatformImport.file_name,
                                 PlatformImport.imported_at, FigurePart.value)
                          .join(PlatformImport, PlatformImport.id == FigurePart.import_id)
                          .where(FigurePart.day == day, FigurePart.scope.in_(wanted))
                          .order_by(FigurePart.source)).all()
    by_key: dict[tuple[str, str], list[PartSource]] = {}
    for scope, metric, kind, name, at, value in parts:
        by_key.setdefault((scope, metric), []).append(PartSource(kind, name, at, value))
    return {(scope, metric): FigureSource(source, tuple(by_key.get((scope, metric), ())) if source == "platform"
                                          else ())
            for scope, metric, source in figures}
