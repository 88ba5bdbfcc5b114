"""The shop at a glance: month-to-date headline figures and each department."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from ..domain.departments import DEPARTMENTS
from ..domain.metrics import KEY_METRICS
from ..services.figures import HEADLINE, shop_summary
from ..services.metrics import load_registry
from .context import AppContext
from .text import department_name, metric_name, metric_value


class Card(QFrame):
    """A headline number with its name above it."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(title)
        self.title.setStyleSheet("color: palette(mid); font-size: 10pt;")
        self.value = QLabel("—")
        self.value.setStyleSheet("font-size: 20pt; font-weight: 600;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.value)


class OverviewTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.registry = load_registry(ctx.db)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
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
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(cards)
        layout.addSpacing(12)
        layout.addLayout(depts)
        layout.addStretch(1)
        ctx.bus.changed.connect(lambda _area: self.refresh() if self.isVisible() else None)
        self.refresh()

    def refresh(self) -> None:
        today = self.ctx.today()
        start = today.replace(day=1)
        self.heading.setText(self.tr("Month to date: {start} – {end}").format(
            start=start.isoformat(), end=today.isoformat()))
        if not self.ctx.actor.is_owner:
            return
        summary = shop_summary(self.ctx.db, self.ctx.actor, start, today)
        for key, card in self.cards.items():
            card.value.setText(metric_value(self.registry[key], summary.headline[key]))
        for dept, label in self.dept_lines.items():
            parts = [self.tr("{n} people").format(n=summary.headcount[dept])]
            for key in KEY_METRICS[dept]:
                metric = self.registry[key]
                parts.append(f"{metric_name(metric)} {metric_value(metric, summary.departments[dept][key])}")
            label.setText(" · ".join(parts))
