"""Payroll settings (the owner's): social insurance and housing fund rates, income tax on/off, minimum wage."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from shopdesk.domain.errors import ShopDeskError, ValidationError
from shopdesk.services.payroll.setup import pay_setup, set_pay_setup
from shopdesk.ui.common.context import AppContext
from shopdesk.ui.common.ops import Change, Op
from shopdesk.ui.common.text import error_text


class PayrollSettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Payroll settings"))
        setup = pay_setup(ctx.db)
        self.si_rate = QLineEdit(f"{setup.si_rate:f}")
        self.hf_rate = QLineEdit(f"{setup.hf_rate:f}")
        self.income_tax = QCheckBox(self.tr("Withhold income tax (cumulative method)"))
        self.income_tax.setChecked(setup.income_tax)
        self.min_wage = QLineEdit("" if setup.min_wage_fen is None else f"{setup.min_wage_fen / 100:.2f}")
        self.min_wage.setPlaceholderText(self.tr("yuan a month; blank: no warning"))
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label, widget in (
            ("si_rate", self.tr("Social insurance, employee's part (%)"), self.si_rate),
            ("hf_rate", self.tr("Housing fund, employee's part (%)"), self.hf_rate),
            ("income_tax", "", self.income_tax),
            ("min_wage", self.tr("Minimum wage (¥)"), self.min_wage),
        ):
            box = QVBoxLayout()
            box.addWidget(widget)
            error = QLabel()
            error.setStyleSheet("color: #b00020;")
            error.hide()
            box.addWidget(error)
            self.errors[key] = error
            form.addRow(label, box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _failed(self, error: ShopDeskError) -> None:
        for label in self.errors.values():
            label.hide()
        field = error.field if isinstance(error, ValidationError) else "min_wage"
        label = self.errors.get(field, self.errors["min_wage"])
        label.setText(error_text(error))
        label.show()

    def save(self) -> bool:
        ok = Op(self, self.ctx, lambda: set_pay_setup(
            self.ctx.db, self.ctx.actor, si_rate=self.si_rate.text(), hf_rate=self.hf_rate.text(),
            income_tax=self.income_tax.isChecked(), min_wage=self.min_wage.text()),
            changes=Change.PAYROLL | Change.SETTINGS).failure(self._failed).run()
        if ok:
            self.accept()
        return ok
