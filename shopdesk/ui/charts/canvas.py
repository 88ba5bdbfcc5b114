"""A matplotlib figure on screen: hover tooltips with exact values, export to PNG."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtGui import QCursor, QPalette
from PySide6.QtWidgets import QScrollArea, QToolTip, QVBoxLayout, QWidget

from shopdesk.ui.common.text import translate

from ...charts.hover import hover_text
from ...charts.style import LIGHT, Theme

Builder = Callable[[Theme], Figure]
EXPORT_DPI = 150  # sharp enough to print at A4 width


def theme_of(widget: QWidget) -> Theme:
    """The chart colours that sit in the window: its base, text and mid colours."""
    palette = widget.palette()
    return Theme(background=palette.color(QPalette.ColorRole.Base).name(),
                 foreground=palette.color(QPalette.ColorRole.Text).name(),
                 grid=palette.color(QPalette.ColorRole.Midlight).name())


def chart_translate(context: str, text: str) -> str:
    """What the builders call for their labels: Qt's translation, outside the Qt-free layer."""
    return translate(context, text)


class ChartView(QWidget):
    """Shows the figure a builder makes; tall multi-panel figures scroll."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figure: Figure | None = None
        self.canvas: FigureCanvasQTAgg | None = None
        self._builder: Builder | None = None
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)

    def show_chart(self, builder: Builder) -> Figure:
        """Build the figure in the window's colours and put it on a fresh canvas."""
        self._builder = builder
        figure = builder(theme_of(self))
        canvas = FigureCanvasQTAgg(figure)
        # Panels keep a readable height; the scroll area takes the rest.
        canvas.setMinimumHeight(int(figure.get_figheight() * 80))
        canvas.setMinimumWidth(480)
        canvas.mpl_connect("motion_notify_event", self._hover)
        old = self.scroll_area.takeWidget()
        if old is not None:
            old.deleteLater()
        self.scroll_area.setWidget(canvas)
        self.figure, self.canvas = figure, canvas
        return figure

    def _hover(self, event) -> None:
        text = hover_text(self.figure, event) if self.figure is not None else None
        if text:
            QToolTip.showText(QCursor.pos(), text, self.canvas)
        else:
            QToolTip.hideText()

    def export_png(self, path: str | Path) -> Path:
        """The chart as a PNG on white paper, whatever the window's colours."""
        if self.figure is None or self._builder is None:
            raise RuntimeError("no chart to export")
        figure = self.figure
        if theme_of(self) != LIGHT:
            figure = self._builder(LIGHT)
            figure.set_size_inches(*self.figure.get_size_inches())
        out = Path(path)
        if out.suffix.lower() != ".png":
            out = out.with_suffix(".png")
        figure.savefig(out, dpi=EXPORT_DPI, facecolor=figure.get_facecolor())
        return out
