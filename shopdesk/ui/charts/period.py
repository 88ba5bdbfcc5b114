"""Choosing the period a chart covers: a month, a quarter, a year or any range of days."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QToolButton, QWidget

from ...domain.periods import Period

MODES = ("month", "quarter", "year", "custom")


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class PeriodPicker(QWidget):
    changed = Signal()

    def __init__(self, today: date, mode: str = "year", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.anchor = today
        self.mode = QComboBox()
        for key, text in zip(MODES, (self.tr("Month"), self.tr("Quarter"), self.tr("Year"),
                                     self.tr("Custom range")), strict=True):
            self.mode.addItem(text, key)
        self.back = QToolButton()
        self.back.setText("◀")
        self.back.setToolTip(self.tr("Previous"))
        self.forward = QToolButton()
        self.forward.setText("▶")
        self.forward.setToolTip(self.tr("Next"))
        self.label = QLabel()
        self.label.setMinimumWidth(70)
        self.start_edit = QDateEdit(_qdate(today.replace(day=1)))
        self.end_edit = QDateEdit(_qdate(today))
        self.to_label = QLabel(self.tr("to"))
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(self._custom_changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Period:")))
        for w in (self.mode, self.back, self.label, self.forward, self.start_edit, self.to_label, self.end_edit):
            layout.addWidget(w)
        self.back.clicked.connect(lambda: self.step(-1))
        self.forward.clicked.connect(lambda: self.step(1))
        self.mode.setCurrentIndex(MODES.index(mode))
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self._sync()

    def mode_key(self) -> str:
        return str(self.mode.currentData())

    def period(self) -> Period | None:
        """The calendar period chosen, or None for a custom range."""
        key = self.mode_key()
        a = self.anchor
        if key == "month":
            return Period.month(a.year, a.month)
        if key == "quarter":
            return Period.quarter(a.year, (a.month - 1) // 3 + 1)
        if key == "year":
            return Period.year(a.year)
        return None

    def range(self) -> tuple[date, date]:
        period = self.period()
        if period is not None:
            return period.start, period.end
        start, end = _pydate(self.start_edit.date()), _pydate(self.end_edit.date())
        return (start, end) if start <= end else (end, start)

    def set_mode(self, key: str) -> None:
        self.mode.setCurrentIndex(MODES.index(key))

    def set_custom(self, start: date, end: date) -> None:
        self.set_mode("custom")
        self.start_edit.blockSignals(True)
        self.start_edit.setDate(_qdate(start))
        self.start_edit.blockSignals(False)
        self.end_edit.setDate(_qdate(end))

    def step(self, steps: int) -> None:
        period = self.period()
        if period is None:
            return
        self.anchor = period.shifted(steps).start
        self._sync()
        self.changed.emit()

    def _mode_changed(self) -> None:
        self._sync()
        self.changed.emit()

    def _custom_changed(self) -> None:
        if self.mode_key() == "custom":
            self.changed.emit()

    def _sync(self) -> None:
        custom = self.mode_key() == "custom"
        for w in (self.back, self.label, self.forward):
            w.setVisible(not custom)
        for edit in (self.start_edit, self.to_label, self.end_edit):
            edit.setVisible(custom)
        period = self.period()
        self.label.setText(period.key if period else "")
