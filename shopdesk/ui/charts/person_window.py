"""A person's performance charts: opened from the people table, or a staff member's own page."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from matplotlib.figure import Figure
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from shopdesk.services.figures.performance import (
    PersonPerformance,
    Trend,
    person_performance,
    person_trends,
)
from shopdesk.services.payroll.earnings import Earnings, person_earnings
from shopdesk.ui.common.context import AppContext
from shopdesk.ui.common.ops import fetch
from shopdesk.ui.common.text import department_name, error_text
from shopdesk.ui.common.worker import run_in_background

from ...charts import person as charts
from ...charts.pay import earnings_chart
from ...charts.style import Theme
from ...domain.errors import ShopDeskError
from .canvas import ChartView, chart_translate
from .period import PeriodPicker


class PersonCharts(QWidget):
    """Period picker, one tab per chart, Export PNG. Charts are drawn when their tab is shown."""

    def __init__(self, ctx: AppContext, staff_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.staff_id = staff_id
        self.data: PersonPerformance | None = None
        self.picker = PeriodPicker(ctx.today(), "year")
        self.picker.changed.connect(self.refresh)
        self.export_button = QPushButton(self.tr("Export PNG…"))
        self.export_button.clicked.connect(self.ask_export)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.views: list[tuple[ChartView, Callable[[PersonPerformance, Theme], Figure]]] = []
        for title, build in (
            (self.tr("Target and actual"), lambda d, t: charts.target_bars(d.bars, d.name, chart_translate, t)),
            (self.tr("This month"), lambda d, t: charts.pace_chart(d.pace, d.name, chart_translate, t)),
            (self.tr("Trends"), self._trends_figure),
        ):
            view = ChartView()
            self.views.append((view, build))
            self.tabs.addTab(view, title)
        # Pay: the owner's, or one's own (the payroll service checks it again).
        self.earnings: Earnings | None = None
        self._earnings_job: object | None = None
        self.trends: list[Trend] | None = None
        if ctx.actor.is_owner or ctx.actor.staff_id == staff_id:
            view = ChartView()
            self.views.append((view, self._earnings_figure))
            self.tabs.addTab(view, self.tr("Earnings"))
        from shopdesk.ui.appraisal.self_review import AppraisalHistoryView

        self.tabs.addTab(AppraisalHistoryView(ctx, staff_id), self.tr("Appraisals"))  # a table, not a chart
        self._drawn: set[int] = set()
        self.tabs.currentChanged.connect(self._draw_current)
        self.tabs.currentChanged.connect(lambda i: self.export_button.setEnabled(i < len(self.views)))

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.picker)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        self.refresh()

    def refresh(self) -> None:
        start, end = self.picker.range()
        def refused(error: ShopDeskError) -> None:
            self.message.setText(error_text(error))
            self.message.show()
            self.tabs.setEnabled(False)
            self.export_button.setEnabled(False)

        ok, self.data = fetch(self, self.ctx, lambda: person_performance(
            self.ctx.db, self.ctx.actor, self.staff_id, start, end, self.ctx.today(), with_trends=False), refused)
        if not ok or self.data is None:
            return
        self.message.hide()
        self.heading.setText(self.tr("{name} · {department}").format(
            name=self.data.name, department=department_name(self.data.department)))
        self._drawn.clear()
        self.earnings = None
        self.trends = None
        self._draw_current()

    def _trends_figure(self, data: PersonPerformance, theme: Theme) -> Figure:
        """The shop's side of the trends is the costly read: loaded when the tab is opened."""
        if self.trends is None:
            self.trends = person_trends(self.ctx.db, self.ctx.actor, self.staff_id, data.end, self.ctx.today())
        return charts.trend_chart(self.trends, data.name, chart_translate, theme)

    def _earnings_figure(self, _data: PersonPerformance, theme: Theme) -> Figure:
        """Payroll runs are costly: loaded only when the Earnings tab is opened."""
        if self.earnings is None:
            start, end = self.picker.range()
            self.earnings = person_earnings(self.ctx.db, self.ctx.actor, self.staff_id, start, end,
                                            self.ctx.today())
        return earnings_chart(self.earnings, chart_translate, theme)

    def current_view(self) -> ChartView:
        return self.views[self.tabs.currentIndex()][0]

    def _draw_current(self) -> None:
        index = self.tabs.currentIndex()
        if self.data is None or index in self._drawn or index >= len(self.views):
            return
        view, build = self.views[index]
        if build == self._earnings_figure and self.earnings is None:
            self._load_earnings()  # drawn when the payroll runs are in
            return
        data = self.data
        view.show_chart(lambda theme: build(data, theme))
        self._drawn.add(index)

    def _load_earnings(self) -> None:
        """A year of payroll runs takes most of a second on a big shop: off the UI thread."""
        if self._earnings_job is not None:
            return
        start, end = self.picker.range()
        ctx, staff_id, today = self.ctx, self.staff_id, self.ctx.today()

        def done(result: Earnings) -> None:
            self._earnings_job = None
            if not isValid(self):
                return
            if self.picker.range() == (start, end):
                self.earnings = result
            self._draw_current()  # or, when the period changed meanwhile, load that one

        def failed(error: BaseException) -> None:
            self._earnings_job = None
            if isValid(self):
                self.message.setText(error_text(error) if isinstance(error, ShopDeskError) else str(error))
                self.message.show()

        self._earnings_job = run_in_background(
            lambda: person_earnings(ctx.db, ctx.actor, staff_id, start, end, today), done, failed)

    def export_png(self, path: str | Path) -> Path:
        """Save the chart on the current tab (tests call this directly)."""
        self._draw_current()
        return self.current_view().export_png(path)

    def ask_export(self) -> None:
        name = self.data.name if self.data else "chart"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export chart"), f"{name}.png",
                                              self.tr("PNG images (*.png)"))
        if not path:
            return
        try:
            self.export_png(path)
        except (OSError, RuntimeError) as error:  # RuntimeError: the chart is still loading
            QMessageBox.warning(self, self.tr("Export chart"), str(error))


class PersonChartsDialog(QDialog):
    """The charts in their own window, so several people can be compared side by side."""

    def __init__(self, ctx: AppContext, staff_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.charts = PersonCharts(ctx, staff_id, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.charts)
        name = self.charts.data.name if self.charts.data else ""
        self.setWindowTitle(self.tr("Performance · {name}").format(name=name))
        self.resize(1000, 760)
