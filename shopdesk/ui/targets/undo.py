"""Undo and redo in the targets grid: each step is one service call (one transaction, audited).

A command remembers the stored value it replaced; undoing writes that value
back, guarded by the value the command itself wrote, so another PC's newer
edit is never overwritten by an undo (the undo is refused and says why).
The commands are `ui.common.undo.ServiceEdit`s, as in the other grids.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from shopdesk.domain.errors import ShopDeskError
from shopdesk.domain.metrics import MetricDef
from shopdesk.services.common.context import Actor
from shopdesk.services.targets.plan import TargetCell, set_shares, set_target, set_targets
from shopdesk.store.db import Database
from shopdesk.ui.common.text import error_text
from shopdesk.ui.common.undo import ServiceEdit


def _natural_text(metric: MetricDef, stored: int | None) -> str:
    """A stored value as set_target reads it back ('' removes the target)."""
    if stored is None:
        return ""
    return f"{metric.to_natural(stored).normalize():f}"


def _said(failed: Callable[[str], None]) -> Callable[[ShopDeskError], None]:
    return lambda error: failed(error_text(error))


class TargetCellEdit(ServiceEdit):
    """One target typed into the grid."""

    def __init__(self, db: Database, actor: Actor, scope: str, metric: MetricDef, period: str, split: str,
                 before: int | None, typed: str, failed: Callable[[str], None]) -> None:
        super().__init__(QCoreApplication.translate("TargetsUndo", "edit target {period}").format(period=period),
                         lambda: None, lambda: None, failed=_said(failed))
        self.db, self.actor, self.scope, self.metric, self.period, self.split = db, actor, scope, metric, period, split
        self.before, self.typed = before, typed
        self.after: int | None = None

    def _write(self, text: str, expected: int | None) -> int | None:
        stored = set_target(self.db, self.actor, self.scope, self.metric.key, self.period, text, split=self.split,
                            expected=expected)
        return None if text.strip() == "" else stored

    def write_forward(self) -> None:
        self.after = self._write(self.typed, self.before)

    def write_back(self) -> None:
        self._write(_natural_text(self.metric, self.before), self.after)


class TargetsPaste(ServiceEdit):
    """A block pasted from Excel (or cleared): every cell in one call, and back in one call.

    `cells` hold the typed text and, as `expected`, the stored value each replaces;
    undo writes those values back, guarded by what the paste stored.
    """

    def __init__(self, db: Database, actor: Actor, metric: MetricDef, cells: list[TargetCell],
                 failed: Callable[[ShopDeskError], None], *, clearing: bool = False) -> None:
        n = len(cells)
        if clearing:  # Delete on the selected cells
            text = (QCoreApplication.translate("TargetsUndo", "clear 1 target") if n == 1
                    else QCoreApplication.translate("TargetsUndo", "clear {n} targets").format(n=n))
        else:
            text = (QCoreApplication.translate("TargetsUndo", "paste 1 target") if n == 1
                    else QCoreApplication.translate("TargetsUndo", "paste {n} targets").format(n=n))
        super().__init__(text,
                         lambda: None, lambda: None, failed=failed)
        self.db, self.actor, self.metric, self.cells = db, actor, metric, cells
        self.after: list[int | None] = []

    def write_forward(self) -> None:
        set_targets(self.db, self.actor, self.metric.key, self.cells)
        self.after = [None if str(c.value).strip() == "" else self._stored(c) for c in self.cells]

    def _stored(self, cell: TargetCell) -> int | None:
        from shopdesk.services.figures.entry import validate_value

        return validate_value(self.metric, cell.value, "value")

    def write_back(self) -> None:
        back = [replace(c, value=_natural_text(self.metric, c.expected if isinstance(c.expected, int) else None),
                        expected=after) for c, after in zip(self.cells, self.after, strict=True)]
        set_targets(self.db, self.actor, self.metric.key, back)


class SharesEdit(ServiceEdit):
    """One share typed: the siblings' shares before and after, written as one call each way."""

    def __init__(self, db: Database, actor: Actor, parent_scope: str, metric: str,
                 before: Mapping[str, Decimal | str], after: Mapping[str, str], failed: Callable[[str], None]) -> None:
        before_text = {k: str(v) for k, v in before.items()}
        after_text = dict(after)
        super().__init__(QCoreApplication.translate("TargetsUndo", "edit shares"),
                         lambda: set_shares(db, actor, parent_scope, metric, dict(after_text)),
                         lambda: set_shares(db, actor, parent_scope, metric, dict(before_text)),
                         failed=_said(failed))
        self.before, self.after = before_text, after_text
