"""The morning check: month to date against target, the gaps, and what needs a look."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shopdesk.domain.departments import DEPARTMENTS
from shopdesk.domain.metrics import KEY_METRICS
from shopdesk.domain.pace import Status
from shopdesk.services.common.settings import get_setting
from shopdesk.services.figures.registry import load_registry
from shopdesk.services.figures.rollup import HEADLINE
from shopdesk.services.morning.alerts import set_hero_aov
from shopdesk.services.morning.check import Line, Morning, morning_check
from shopdesk.ui.common.context import AppContext
from shopdesk.ui.common.fit import fit_columns
from shopdesk.ui.common.ops import Change, Op
from shopdesk.ui.common.refresh import keep_fresh
from shopdesk.ui.common.text import (
    day,
    department_name,
    metric_name,
    metric_value,
    money,
    percent,
    translate,
)
from shopdesk.ui.overview.morning_model import SORT_ROLE, STATUS_COLOURS, MorningModel

if TYPE_CHECKING:
    from shopdesk.ui.charts.shop_chart import ShopMonthChart  # matplotlib: loaded on first use


def _signed(value: Decimal | None) -> str:
    return percent(value, signed=True)


class Card(QFrame):
    """A headline number with its name above it and how it stands below."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(title)
        self.title.setStyleSheet("color: palette(mid); font-size: 10pt;")
        self.value = QLabel("—")
        self.value.setStyleSheet("font-size: 20pt; font-weight: 600;")
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.compare = QLabel()
        self.compare.setStyleSheet("color: palette(mid);")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        layout.addWidget(self.compare)

    def set_status(self, status: Status) -> None:
        colour = STATUS_COLOURS.get(status)
        self.status = status
        self.detail.setStyleSheet(f"color: {colour.name()}; font-weight: 600;" if colour else "")


class OverviewTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.registry = load_registry(ctx.db)
        self.morning: Morning | None = None
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.targets_button = QPushButton(self.tr("Targets…"))
        self.targets_button.clicked.connect(self.open_targets)
        self.hero_button = QPushButton(self.tr("Hero product AOV…"))
        self.hero_button.setToolTip(self.tr("The whole shop's AOV should be at least 1.3 × the hero product's"))
        self.hero_button.clicked.connect(self.ask_hero_aov)
        # The month's hero product from the imported order files (DESIGN §4.6), when there is one.
        self.hero_line = QLabel()
        self.hero_line.setTextFormat(Qt.TextFormat.PlainText)
        self.hero_line.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        # The month chart is built on first click: matplotlib stays out of start-up.
        self.chart_button = QPushButton(self.tr("Sales chart"))
        self.chart_button.setCheckable(True)
        self.chart_button.toggled.connect(self.show_chart)
        self.chart: ShopMonthChart | None = None
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.chart_button)
        top.addWidget(self.refresh_button)
        top.addWidget(self.hero_button)
        top.addWidget(self.targets_button)

        self.cards = {k: Card(metric_name(self.registry[k])) for k in HEADLINE}
        cards = QGridLayout()
        for i, key in enumerate(HEADLINE):
            cards.addWidget(self.cards[key], 0, i)
        self.dept_lines = {d: QLabel() for d in DEPARTMENTS}
        depts = QGridLayout()
        for row, dept in enumerate(DEPARTMENTS):
            name = QLabel(department_name(dept))
            name.setStyleSheet("font-weight: 600;")
            depts.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            self.dept_lines[dept].setWordWrap(True)
            depts.addWidget(self.dept_lines[dept], row, 1)
        depts.setColumnStretch(1, 1)

        self.alerts = QLabel()
        self.alerts.setWordWrap(True)
        self.alerts.setTextFormat(Qt.TextFormat.PlainText)
        self.alerts_box = QFrame()
        self.alerts_box.setFrameShape(QFrame.Shape.StyledPanel)
        alerts_layout = QVBoxLayout(self.alerts_box)
        alerts_title = QLabel(self.tr("Needs a look"))
        alerts_title.setStyleSheet("font-weight: 600;")
        alerts_layout.addWidget(alerts_title)
        alerts_layout.addWidget(self.alerts)

        self.model = MorningModel(self.registry, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        # Shop first, then departments, then people, until the owner sorts.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        # Size columns from the first rows only: measuring every row costs a frame per hundred.
        self.table.horizontalHeader().setResizeContentsPrecision(40)
        fit_columns(self.table, keep=2)  # who and which team stay whole; figures give way on a small screen
        self.behind_only = QCheckBox(self.tr("Only what is behind pace"))
        self.behind_only.toggled.connect(self.model.set_behind_only)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(cards)
        layout.addWidget(self.hero_line)
        middle = QHBoxLayout()
        middle.addLayout(depts, 3)
        middle.addWidget(self.alerts_box, 2)
        layout.addLayout(middle)
        self.chart_slot = QVBoxLayout()
        layout.addLayout(self.chart_slot)
        layout.addWidget(self.behind_only)
        layout.addWidget(self.table, 1)
        keep_fresh(self, ctx, Change.FIGURES | Change.TARGETS | Change.STAFF | Change.SETTINGS, self.refresh)
        self.refresh()

    def refresh(self) -> None:
        today = self.ctx.today()
        start = today.replace(day=1)
        self.heading.setText(self.tr("Morning check · month to date {start} – {end}").format(
            start=day(start), end=day(today)))
        self.targets_button.setVisible(self.ctx.actor.role.value != "staff")
        self.hero_button.setVisible(self.ctx.actor.is_owner)
        self.chart_button.setVisible(self.ctx.actor.is_owner)
        if self.chart is not None and self.chart.isVisible():
            self.chart.refresh()
        self.registry = load_registry(self.ctx.db)
        self.model.registry = self.registry
        morning = morning_check(self.ctx.db, self.ctx.actor, today, registry=self.registry)
        self.morning = morning
        self._show_hero(morning)
        self.model.reset(morning, self.tr("Whole shop"))
        if morning.shop is not None:
            for key, card in self.cards.items():
                self._fill_card(card, key, morning.shop.lines.get(key))
        for check in morning.departments:
            assert check.department is not None
            parts = [self.tr("{n} people").format(n=morning.headcount[check.department])]
            for key in KEY_METRICS[check.department]:
                line = check.lines.get(key)
                metric = self.registry[key]
                text = f"{metric_name(metric)} {metric_value(metric, line.mtd.actual if line else None)}"
                if line and line.mtd.achievement is not None:
                    text += f" ({percent(line.mtd.achievement)})"
                parts.append(text)
            self.dept_lines[check.department].setText(" · ".join(parts))
        texts = [a.render(translate, day) for a in morning.alerts]
        self.alerts.setText("\n".join(f"• {t}" for t in texts) if texts else self.tr("Nothing unusual this morning."))

    def _show_hero(self, morning: Morning) -> None:
        hero = morning.hero
        self.hero_line.setVisible(hero is not None)
        if hero is None:
            self.hero_line.clear()
            return
        aov = hero.aov_fen
        self.hero_line.setText(self.tr(
            "Hero product this month: {name} ({id}) · {sales} in {orders} orders · AOV {aov} "
            "(from the imported order files)").format(
            name=hero.name or hero.product_id, id=hero.product_id, sales=money(hero.sales_fen),
            orders=hero.orders, aov=money(aov) if aov is not None else "—"))

    def _fill_card(self, card: Card, key: str, line: Line | None) -> None:
        metric = self.registry[key]
        card.value.setText(metric_value(metric, line.mtd.actual if line else None))
        card.set_status(line.mtd.status if line else Status.NONE)
        if line is None or line.mtd.target is None:
            card.detail.setText(self.tr("No target set"))
        else:
            # The sentence carries its own % sign.
            achieved = percent(line.mtd.achievement).removesuffix("%")
            card.detail.setText(self.tr("Target {target} · pace {pace} · {achieved}% achieved").format(
                target=metric_value(metric, line.mtd.target), pace=metric_value(metric, line.mtd.pace),
                achieved=achieved))
        card.compare.setText(self.tr("MoM {mom} · YoY {yoy}").format(
            mom=_signed(line.mom if line else None), yoy=_signed(line.yoy if line else None)))

    def show_chart(self, shown: bool = True) -> None:
        """This month's sales against the pace line and last year's same month."""
        if shown and self.chart is None:
            from shopdesk.ui.charts.shop_chart import ShopMonthChart

            self.chart = ShopMonthChart(self.ctx)
            self.chart_slot.addWidget(self.chart)
        elif shown and self.chart is not None:
            self.chart.refresh()
        if self.chart is not None:
            self.chart.setVisible(shown)
        if self.chart_button.isChecked() != shown:
            self.chart_button.setChecked(shown)

    def ask_hero_aov(self) -> None:
        current = get_setting(self.ctx.db, "hero_aov")
        text, ok = QInputDialog.getText(self, self.tr("Hero product AOV"),
                                        self.tr("Average order value of the hero product (¥), empty for none:"),
                                        text=current)
        if not ok:
            return
        Op(self, self.ctx, lambda: set_hero_aov(self.ctx.db, self.ctx.actor, text), changes=Change.SETTINGS).run()

    def open_targets(self) -> None:
        from shopdesk.ui.targets.page import TargetsDialog  # built on demand

        dialog = TargetsDialog(self.ctx, parent=self)
        dialog.exec()
