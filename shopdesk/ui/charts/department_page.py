"""A department's Performance page: ranking (排行榜), months against target, growth."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shopdesk.services.figures.performance import DepartmentPerformance, department_performance
from shopdesk.services.figures.registry import load_registry
from shopdesk.ui.common.context import AppContext
from shopdesk.ui.common.ops import Change, fetch
from shopdesk.ui.common.refresh import keep_fresh
from shopdesk.ui.common.text import department_name, error_text, metric_name

from ...charts.department import department_chart
from ...domain.departments import Department
from ...domain.errors import ShopDeskError
from ...domain.metrics import KEY_METRICS, Kind
from .canvas import ChartView, chart_translate
from .period import PeriodPicker


class DepartmentPerformancePage(QWidget):
    def __init__(self, ctx: AppContext, department: Department, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.department = department
        self.data: DepartmentPerformance | None = None
        registry = load_registry(ctx.db)
        self.metric_box = QComboBox()
        for key in KEY_METRICS[department]:
            if key in registry and registry[key].kind is Kind.SUM:
                self.metric_box.addItem(metric_name(registry[key]), key)
        self.picker = PeriodPicker(ctx.today(), "year")
        self.export_button = QPushButton(self.tr("Export PNG…"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.view = ChartView()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Ranked by")))
        top.addWidget(self.metric_box)
        top.addStretch(1)
        top.addWidget(self.picker)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        self.picker.changed.connect(self.refresh)
        self.metric_box.currentIndexChanged.connect(self.refresh)
        self.export_button.clicked.connect(self.ask_export)
        keep_fresh(self, ctx, Change.FIGURES | Change.TARGETS | Change.STAFF, self.refresh)
        self.refresh()

    def refresh(self) -> None:
        start, end = self.picker.range()
        def refused(error: ShopDeskError) -> None:
            self.message.setText(error_text(error))
            self.message.show()

        ok, self.data = fetch(self, self.ctx, lambda: department_performance(
            self.ctx.db, self.ctx.actor, self.department, start, end, self.ctx.today(),
            metric=self.metric_box.currentData()), refused)
        if not ok or self.data is None:
            return
        self.message.hide()
        data, title = self.data, department_name(self.department)
        self.view.show_chart(lambda theme: department_chart(data, title, chart_translate, theme))

    def export_png(self, path: str | Path) -> Path:
        return self.view.export_png(path)

    def ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export chart"),
                                              f"{department_name(self.department)}.png",
                                              self.tr("PNG images (*.png)"))
        if not path:
            return
        try:
            self.export_png(path)
        except (OSError, RuntimeError) as error:
            QMessageBox.warning(self, self.tr("Export chart"), str(error))
