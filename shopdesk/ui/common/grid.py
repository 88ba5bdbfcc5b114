"""Grids typed like a spreadsheet: a block pasted from Excel, Delete to clear.

`PasteTable` hands Ctrl+V to its model's `paste(top, left, text)` and clears
the selected cells on Delete; `clipboard_block` splits what Excel copies into
rows of cells. The targets, figures, attendance and deductions grids share both.
`WrittenAtOnce` is the model side the figures, attendance and deductions grids
share: a typed cell, a pasted block or the cleared selection goes to its writer
as one step.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget


def clipboard_block(text: str) -> list[list[str]]:
    """A tab-separated block as Excel copies it (a trailing line break ends the last row)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [[cell.strip() for cell in line.split("\t")] for line in lines]


class PasteTable(QTableView):
    """Ctrl+V pastes a block copied from Excel at the current cell; Delete clears the selected cells.

    A model that writes at once offers `clear_cells(indexes)`, so clearing a block is one step.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        model = self.model()
        if event.matches(QKeySequence.StandardKey.Paste) and hasattr(model, "paste"):
            index = self.currentIndex()
            if index.isValid():
                model.paste(index.row(), index.column(), QGuiApplication.clipboard().text())
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and model is not None:
            if hasattr(model, "clear_cells"):  # a grid that writes at once clears the block in one step
                model.clear_cells(self.selectedIndexes())
                return
            for index in self.selectedIndexes():
                model.setData(index, "")
            return
        super().keyPressEvent(event)


# (row, typed column, text) cells and what they are ("edit", "paste", "clear") → whether they were written.
Writer = Callable[[list[tuple[int, int, str]], str], bool]


class WrittenAtOnce(QAbstractTableModel):
    """A grid whose typed cells start at column `first`; each edit goes to `writer` as one step.

    Cells are (row, typed column) with the typed column counted from `first`. `saved` is what
    the database holds, `cells` what is on screen; a subclass says how many typed columns it
    has (`typed_columns`). Without a writer an edit only changes the screen.
    """

    first = 0  # the first typed column (the ones before it name the row)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.saved: dict[tuple[int, int], str] = {}
        self.cells: dict[tuple[int, int], str] = {}
        self.bad: tuple[int, int] | None = None
        self.writer: Writer | None = None  # set by the page or dialog

    def typed_columns(self) -> int:
        raise NotImplementedError

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() < self.first:
            return False
        cell = (index.row(), index.column() - self.first)
        text = str(value if value is not None else "").strip()
        if text == self.cells.get(cell, ""):
            return True  # an editor closed without a change: nothing to write
        return self._write([(*cell, text)], "edit")

    def paste(self, top: int, left: int, text: str) -> int:
        """A block copied from Excel, from (top, left); returns how many cells it wrote."""
        first = max(0, left - self.first)
        rows, columns = self.rowCount(), self.typed_columns()
        cells = [(top + dr, first + dc, cell) for dr, line in enumerate(clipboard_block(text))
                 for dc, cell in enumerate(line) if top + dr < rows and first + dc < columns]
        return len(cells) if cells and self._write(cells, "paste") else 0

    def clear_cells(self, indexes: list[QModelIndex]) -> int:
        """Delete on the selected cells that hold something: one write that clears them all."""
        cells = [(i.row(), i.column() - self.first, "") for i in indexes
                 if i.isValid() and i.column() >= self.first and self.saved.get((i.row(), i.column() - self.first))]
        return len(cells) if cells and self._write(cells, "clear") else 0

    def _write(self, cells: list[tuple[int, int, str]], kind: str) -> bool:
        if self.writer is not None:
            return self.writer(cells, kind)  # the page writes it, then shows what is stored
        for r, c, text in cells:
            self.cells[(r, c)] = text
        self.typed_changed()
        return True

    def mark_bad(self, r: int, c: int) -> QModelIndex:
        """Show typed cell (r, c) as the one refused; returns its index to select."""
        self.bad = (r, c)
        index = self.index(r, c + self.first)
        self.dataChanged.emit(index, index)
        return index

    def typed_changed(self) -> None:
        """Every typed cell may read otherwise now."""
        if self.rowCount() and self.typed_columns():
            self.dataChanged.emit(self.index(0, self.first),
                                  self.index(self.rowCount() - 1, self.first + self.typed_columns() - 1))
