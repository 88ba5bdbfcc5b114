"""Tables that fit their window: no sideways scrolling on a 1366×768 laptop, in either language.

Columns get the width their content asks for while that fits; when the window
is narrower, every column gives up width in proportion (none below a readable
minimum), texts are elided with "…", and hovering an elided cell shows it in
full. The first `keep` columns (names) are not squeezed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QToolTip

MIN_WIDTH = 48


class FitColumns(QObject):
    def __init__(self, view: QTableView, keep: int = 1) -> None:
        super().__init__(view)
        self.view = view
        self.keep = keep
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.viewport().installEventFilter(self)
        # One pass after the event loop settles, however many resets and resizes arrive.
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.fit)
        model = view.model()
        if model is not None:
            for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.dataChanged):
                signal.connect(self._pending.start)
        self.fit()

    def fit(self) -> None:
        view, header = self.view, self.view.horizontalHeader()
        columns = [c for c in range(header.count()) if not view.isColumnHidden(c)]
        if not columns:
            return
        natural = {c: max(view.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in columns}
        available = view.viewport().width()
        total = sum(natural.values())
        if total <= available:
            # Room to spare goes to the last column, as a stretched last section would.
            spare = available - total
            for c in columns:
                header.resizeSection(c, natural[c] + (spare if c == columns[-1] else 0))
            return
        fixed = [c for c in columns[:self.keep]]
        fixed_width = sum(natural[c] for c in fixed)
        rest = [c for c in columns if c not in fixed]
        room = max(available - fixed_width, MIN_WIDTH * len(rest))
        want = sum(natural[c] for c in rest) or 1
        for c in fixed:
            header.resizeSection(c, natural[c])
        used = 0
        for c in rest[:-1]:
            width = max(MIN_WIDTH, natural[c] * room // want)
            header.resizeSection(c, width)
            used += width
        if rest:
            header.resizeSection(rest[-1], max(MIN_WIDTH, room - used))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Resize:
            self._pending.start()
        elif event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            return self._elided_tip(event.pos(), event.globalPos())
        return False

    def _elided_tip(self, pos: QPoint, global_pos: QPoint) -> bool:
        """A cell's own tooltip wins; otherwise an elided text is shown in full."""
        index = self.view.indexAt(pos)
        if not index.isValid() or index.data(Qt.ItemDataRole.ToolTipRole):
            return False
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str) or not text:
            return False
        width = self.view.fontMetrics().horizontalAdvance(text) + 12
        if width <= self.view.columnWidth(index.column()):
            return False
        QToolTip.showText(global_pos, text, self.view)
        return True


def fit_columns(view: QTableView, keep: int = 1) -> FitColumns:
    """Make `view`'s columns fit its width (see the module's note); returns the fitter."""
    fitter = FitColumns(view, keep)
    view.__dict__["_fit_columns"] = fitter  # held from Python: Qt alone would let its Python side go
    return fitter
