"""The owner defines their own metric: a figure people enter, or a ratio of two summed metrics."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from shopdesk.domain.departments import DEPARTMENTS
from shopdesk.domain.errors import ShopDeskError, ValidationError
from shopdesk.domain.metrics import Kind
from shopdesk.services.figures.custom_metrics import MetricInput, add_metric
from shopdesk.services.figures.registry import load_registry
from shopdesk.ui.common.context import AppContext
from shopdesk.ui.common.ops import Change, Op
from shopdesk.ui.common.text import department_name, error_text, metric_name


class MetricDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("New metric"))
        self.key = QLineEdit()
        self.key.setObjectName("metric_key")  # the one field where the owner types a stored key
        self.key.setPlaceholderText(self.tr("e.g. returns (letters, digits, _)"))
        self.name = QLineEdit()
        self.unit = QComboBox()
        for value, label in (("count", self.tr("Count")), ("yuan", self.tr("Yuan (¥)")),
                             ("percent", self.tr("Percent (%)")), ("times", self.tr("Times (×)")),
                             ("pages", self.tr("Decimal (two places)"))):
            self.unit.addItem(label, value)
        self.department = QComboBox()
        self.department.addItem(self.tr("Whole shop"), "")
        for dept in DEPARTMENTS:
            self.department.addItem(department_name(dept), dept.value)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Entered every day (summed over a period)"), Kind.SUM.value)
        self.kind.addItem(self.tr("Ratio of two summed metrics"), Kind.RATIO.value)
        self.numerator = QComboBox()
        self.denominator = QComboBox()
        for m in load_registry(ctx.db):
            if m.kind is Kind.SUM:
                self.numerator.addItem(metric_name(m), m.key)
                self.denominator.addItem(metric_name(m), m.key)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        form = QFormLayout()
        self.errors: dict[str, QLabel] = {}
        for field, label, widget in (("key", self.tr("Key"), self.key), ("name", self.tr("Name"), self.name),
                                     ("unit", self.tr("Unit"), self.unit),
                                     ("department", self.tr("Department"), self.department),
                                     ("kind", self.tr("Kind"), self.kind),
                                     ("numerator", self.tr("Numerator"), self.numerator),
                                     ("denominator", self.tr("Denominator"), self.denominator)):
            form.addRow(label, widget)
            error = QLabel()
            error.setStyleSheet("color: #d23c3c;")
            error.hide()
            form.addRow("", error)
            self.errors[field] = error
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._kind_changed()
        self.setMinimumWidth(460)

    def _kind_changed(self) -> None:
        ratio = self.kind.currentData() == Kind.RATIO.value
        self.numerator.setEnabled(ratio)
        self.denominator.setEnabled(ratio)

    def save(self) -> None:
        for label in self.errors.values():
            label.hide()
        ratio = self.kind.currentData() == Kind.RATIO.value
        data = MetricInput(self.key.text(), self.name.text(), str(self.unit.currentData()),
                           str(self.department.currentData()), str(self.kind.currentData()),
                           str(self.numerator.currentData()) if ratio else "",
                           str(self.denominator.currentData()) if ratio else "")
        def refused(error: ShopDeskError) -> None:
            field = error.field if isinstance(error, ValidationError) else "key"
            label = self.errors.get(field, self.errors["key"])
            label.setText(error_text(error))
            label.show()

        # A new metric is a new column wherever figures and targets show.
        if Op(self, self.ctx, lambda: add_metric(self.ctx.db, self.ctx.actor, data),
              changes=Change.FIGURES | Change.TARGETS).failure(refused).run():
            self.accept()
