"""Grids typed like a spreadsheet: a block pasted from Excel, Delete to clear.

`PasteTable` hands Ctrl+V to its model's `paste(top, left, text)` and clears
the selected cells on Delete; `clipboard_block` splits what Excel copies into
rows of cells. The targets, figures, attendance and deductions grids share both.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
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
