"""Which backups to keep: at least 12 daily, 10 weekly and 9 monthly copies.

Pure and Qt-free: given the backups' times, pick the ones to keep.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import TypeVar

T = TypeVar("T")

KEEP_DAILY = 12
KEEP_WEEKLY = 10
KEEP_MONTHLY = 9


def _newest_per(items: list[tuple[datetime, T]], key: Callable[[datetime], object], count: int) -> set[int]:
    """Indexes of the newest item in each of the `count` newest buckets."""
    seen: dict[object, int] = {}
    for index, (when, _) in enumerate(items):  # items are newest first
        bucket = key(when)
        if bucket not in seen:
            if len(seen) == count:
                break
            seen[bucket] = index
    return set(seen.values())


def to_keep(backups: Iterable[tuple[datetime, T]], daily: int = KEEP_DAILY,
            weekly: int = KEEP_WEEKLY, monthly: int = KEEP_MONTHLY) -> list[T]:
    """The backups a daily/weekly/monthly rotation keeps, newest first."""
    items = sorted(backups, key=lambda b: b[0], reverse=True)
    keep = {0} if items else set()
    keep |= _newest_per(items, lambda t: t.date(), daily)
    keep |= _newest_per(items, lambda t: t.isocalendar()[:2], weekly)
    keep |= _newest_per(items, lambda t: (t.year, t.month), monthly)
    return [items[i][1] for i in sorted(keep)]
