"""Overview: the shop's sales this month against the pace line and last year's same month."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from shopdesk.services.figures.performance import PaceData, shop_month
from shopdesk.ui.common.context import AppContext
from shopdesk.ui.common.ops import fetch
from shopdesk.ui.common.text import error_text

from ...charts.department import shop_month_chart
from ...domain.errors import ShopDeskError
from .canvas import ChartView, chart_translate


class ShopMonthChart(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: PaceData | None = None
        self.view = ChartView()
        self.view.setMinimumHeight(240)
        self.message = QLabel()
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message)
        layout.addWidget(self.view)
        self.refresh()

    def refresh(self) -> None:
        ok, data = fetch(self, self.ctx, lambda: shop_month(self.ctx.db, self.ctx.actor, self.ctx.today()),
                         self._refused)
        if not ok or data is None:
            return
        self.data = data
        self.view.show_chart(lambda theme: shop_month_chart(data, chart_translate, theme))

    def _refused(self, error: ShopDeskError) -> None:
        self.message.setText(error_text(error))
        self.message.show()
