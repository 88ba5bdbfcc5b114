"""What every step of the demo shop gets: the people written, their ids, and the span of figures."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time

from shopdesk.domain.demo import DemoPerson
from shopdesk.store.db import Database


def as_written(_context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class DemoShop:
    """What a demo step gets: the people written, their ids, and the span of figures."""

    db: Database
    people: list[DemoPerson]
    ids: list[int]
    start: date
    today: date
    rng: random.Random
    # Names the demo writes as data (rule labels): in the window's language when it made the demo.
    translate: Callable[[str, str], str] = as_written
    # Nothing is stamped after this moment (work done, reports written): demo data is never in the future.
    now: datetime | None = None

    @property
    def latest(self) -> datetime:
        return self.now or datetime.combine(self.today, time(23, 59))


DemoStep = Callable[[DemoShop], None]
