"""Undo and redo in the targets grid: each step is one service call (one transaction, audited).

A command remembers the stored value it replaced; undoing writes that value
back, guarded by the value the command itself wrote, so another PC's newer
edit is never overwritten by an undo (the undo is refused and says why).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from shopdesk.domain.errors import ShopDeskError
from shopdesk.domain.metrics import MetricDef
from shopdesk.services.common.context import Actor
from shopdesk.services.targets.plan import set_shares, set_target
from shopdesk.store.db import Database
from shopdesk.ui.common.text import error_text


def _natural_text(metric: MetricDef, stored: int | None) -> str:
    """A stored value as set_target reads it back ('' removes the target)."""
    if stored is None:
        return ""
    return f"{metric.to_natural(stored).normalize():f}"


class TargetCellEdit(QUndoCommand):
    """One target typed into the grid."""

    def __init__(self, db: Database, actor: Actor, scope: str, metric: MetricDef, period: str, split: str,
                 before: int | None, typed: str, failed: Callable[[str], None]) -> None:
        super().__init__(QCoreApplication.translate("TargetsUndo", "Edit target {period}").format(period=period))
        self.db, self.actor, self.scope, self.metric, self.period, self.split = db, actor, scope, metric, period, split
        self.before, self.typed, self.failed = before, typed, failed
        self.after: int | None = None

    def _write(self, text: str, expected: int | None) -> int | None:
        stored = set_target(self.db, self.actor, self.scope, self.metric.key, self.period, text, split=self.split,
                            expected=expected)
        return None if text.strip() == "" else stored

    def redo(self) -> None:
        try:
            self.after = self._write(self.typed, self.before)
        except ShopDeskError as error:  # the stack drops an obsolete command at once
            self.setObsolete(True)
            self.failed(error_text(error))

    def undo(self) -> None:
        try:
            self._write(_natural_text(self.metric, self.before), self.after)
        except ShopDeskError as error:
            self.setObsolete(True)
            self.failed(error_text(error))


class SharesEdit(QUndoCommand):
    """One share typed: the siblings' shares before and after, written as one call each way."""

    def __init__(self, db: Database, actor: Actor, parent_scope: str, metric: str,
                 before: Mapping[str, Decimal | str], after: Mapping[str, str], failed: Callable[[str], None]) -> None:
        super().__init__(QCoreApplication.translate("TargetsUndo", "Edit shares"))
        self.db, self.actor, self.parent_scope, self.metric = db, actor, parent_scope, metric
        self.before = {k: str(v) for k, v in before.items()}
        self.after, self.failed = dict(after), failed

    def _write(self, shares: dict[str, str]) -> None:
        try:
            set_shares(self.db, self.actor, self.parent_scope, self.metric, dict(shares))
        except ShopDeskError as error:
            self.setObsolete(True)
            self.failed(error_text(error))

    def redo(self) -> None:
        self._write(self.after)

    def undo(self) -> None:
        self._write(self.before)
