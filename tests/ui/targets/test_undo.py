"""Undo and redo in the targets grid: any run of edits, undos and redos leaves the database as if
only the surviving edits had been typed, in order.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    rule,
    run_state_machine_as_test,
)
from PySide6.QtCore import Qt
from sqlalchemy import select

from shopdesk.services.common.context import OWNER
from shopdesk.services.staff.people import StaffInput, add_staff
from shopdesk.services.targets.grid import target_grid
from shopdesk.store.db import Database
from shopdesk.store.models.core import Target
from shopdesk.store.schema import ensure_schema
from shopdesk.ui.targets.model import TargetsModel

pytestmark = pytest.mark.gui

YEAR = 2027
# A few month cells of the shop and of the Operations department.
CELLS = [(row, column) for row in (0, 1) for column in (7, 8, 9)]  # columns: who, share, year, Q1–Q4, Jan…


class UndoMachine(RuleBasedStateMachine):
    @initialize()
    def open_a_shop(self) -> None:
        self.folder = tempfile.TemporaryDirectory()
        self.db = Database(Path(self.folder.name) / "undo.db")
        ensure_schema(self.db)
        add_staff(self.db, OWNER, StaffInput("张伟", "Operations"))
        self.model = TargetsModel(self.db, OWNER)
        self.reload()
        self.keys = {cell: (self.model.grid.rows[cell[0]].scope, self.model.period_of(cell[1])) for cell in CELLS}
        self.done: list[tuple[tuple[int, int], str]] = []  # edits in order, as the stack holds them
        self.at = 0  # how many of them are in effect

    def reload(self) -> None:
        self.model.reset(target_grid(self.db, OWNER, "orders", YEAR))

    @rule(cell=st.sampled_from(CELLS), value=st.one_of(st.integers(0, 10**6).map(str), st.just("")))
    def type_a_target(self, cell: tuple[int, int], value: str) -> None:
        assert self.model.setData(self.model.index(*cell), value, Qt.ItemDataRole.EditRole)
        del self.done[self.at:]  # typing after undos drops what could be redone, as the stack does
        self.done.append((cell, value))
        self.at += 1
        self.reload()

    @rule()
    def undo(self) -> None:
        stack = self.model.undo_stack
        assert stack.canUndo() == (self.at > 0)
        if stack.canUndo():
            stack.undo()
            self.at -= 1
            self.reload()

    @rule()
    def redo(self) -> None:
        stack = self.model.undo_stack
        assert stack.canRedo() == (self.at < len(self.done))
        if stack.canRedo():
            stack.redo()
            self.at += 1
            self.reload()

    @invariant()
    def the_database_is_the_replay_of_the_surviving_edits(self) -> None:
        if not hasattr(self, "done"):
            return
        expected: dict[tuple[str, str], int] = {}
        for cell, value in self.done[:self.at]:
            key = self.keys[cell]
            if value == "":
                expected.pop(key, None)
            else:
                expected[key] = int(value)
        with self.db.read() as s:
            stored = {(t.scope, t.period): t.value for t in s.scalars(
                select(Target).where(Target.metric == "orders", Target.period.like(f"{YEAR}-%")))}
        assert {k: v for k, v in stored.items() if k in self.keys.values()} == expected

    def teardown(self) -> None:
        if hasattr(self, "db"):
            self.model.undo_stack.clear()
            self.db.dispose()
            self.folder.cleanup()


def test_undo_and_redo_replay_the_surviving_edits(qapp):
    run_state_machine_as_test(UndoMachine, settings=settings(max_examples=25, stateful_step_count=12,
                                                             deadline=None))
