"""Tables that fit their window: no sideways scrolling on a 1366×768 laptop, in either language.

Columns get the width their content asks for while that fits. When the window
is narrower, long headers give way first ("Projected month end" → "Projected
mo…"), so money and counts stay whole; only when the cells themselves do not fit
does every column give up width in proportion (none below a readable minimum).
Then words give way before figures. Texts are elided with "…", never wrapped,
and hovering an elided cell or header shows it in full. The first `keep`
columns (names) are not squeezed.
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
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.viewport().installEventFilter(self)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setWordWrap(False)  # a wrapped "+¥8,635.35" reads as two figures
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
        cells = {c: view.sizeHintForColumn(c) for c in columns}
        natural = {c: max(cells[c], header.sectionSizeHint(c)) for c in columns}
        available = view.viewport().width()
        total = sum(natural.values())
        if total <= available:
            # Room to spare is shared by the columns after the kept ones, so none stands out as wide.
            shared = columns[self.keep:] or columns
            each, extra = divmod(available - total, len(shared))
            for c in columns:
                grow = (each + (1 if c == shared[-1] and extra else 0) * extra) if c in shared else 0
                header.resizeSection(c, natural[c] + grow)
            return
        fixed = [c for c in columns[:self.keep]]
        fixed_width = sum(natural[c] for c in fixed)
        rest = [c for c in columns if c not in fixed]
        room = max(available - fixed_width, MIN_WIDTH * len(rest))
        for c in fixed:
            header.resizeSection(c, natural[c])
        whole = {c: max(MIN_WIDTH, cells[c]) for c in rest}  # every cell whole, headers elided
        words = [c for c in rest if not self._figures(c)]
        over = sum(whole.values()) - room
        if over > 0 and words and sum(whole[c] - MIN_WIDTH for c in words) >= over:
            # Still too wide: words (a group's "Customer Service (4 people)") give way before
            # figures do, in proportion to their width; hovering shows them whole.
            give = sum(whole[c] - MIN_WIDTH for c in words)
            for c in words:
                whole[c] -= -(-(whole[c] - MIN_WIDTH) * over // give)  # rounded up: the row ends inside
        if sum(whole.values()) <= room:
            # The headers share what is left in proportion to what each lacks.
            lacking = {c: max(0, natural[c] - whole[c]) for c in rest}
            spare, short = room - sum(whole.values()), sum(lacking.values()) or 1
            widths = {c: whole[c] + lacking[c] * spare // short for c in rest}
        else:
            want = sum(natural[c] for c in rest) or 1
            widths = {c: max(MIN_WIDTH, natural[c] * room // want) for c in rest}
        if rest:  # the last column takes the rounding, so the row ends at the edge
            widths[rest[-1]] = max(MIN_WIDTH, room - sum(widths[c] for c in rest[:-1]))
        for c in rest:
            header.resizeSection(c, widths[c])

    def _figures(self, column: int) -> bool:
        """A column of numbers (right-aligned, as every money and count column is)."""
        model = self.view.model()
        if model is None or model.rowCount() == 0:
            return False
        align = model.index(0, column).data(Qt.ItemDataRole.TextAlignmentRole)
        return align is not None and bool(Qt.AlignmentFlag(int(align)) & Qt.AlignmentFlag.AlignRight)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Resize:
            self._pending.start()
        elif event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            if watched is self.view.horizontalHeader().viewport():
                return self._elided_header_tip(event.pos(), event.globalPos())
            return self._elided_tip(event.pos(), event.globalPos())
        return False

    def _elided_header_tip(self, pos: QPoint, global_pos: QPoint) -> bool:
        header = self.view.horizontalHeader()
        column = header.logicalIndexAt(pos)
        model = self.view.model()
        if column < 0 or model is None or model.headerData(column, Qt.Orientation.Horizontal,
                                                           Qt.ItemDataRole.ToolTipRole):
            return False
        text = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str) or header.sectionSizeHint(column) <= header.sectionSize(column):
            return False
        QToolTip.showText(global_pos, text, header)
        return True

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
