"""Add or edit a person. Errors appear at the field; nothing is saved until valid."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from shopdesk.domain.departments import DEPARTMENTS, Department
from shopdesk.domain.errors import ShopDeskError, ValidationError
from shopdesk.domain.text import QT_TRANSLATE_NOOP
from shopdesk.services.staff import people as staff_service
from shopdesk.services.staff.people import StaffInput, StaffRecord
from shopdesk.ui.common.context import AppContext
from shopdesk.ui.common.ops import Change, Op
from shopdesk.ui.common.text import department_name, error_text

ERROR_STYLE = "color: #b00020;"


def _yuan(fen: int | None) -> str:
    return "" if fen is None else f"{fen // 100}.{fen % 100:02d}"


class StaffDialog(QDialog):
    def __init__(self, ctx: AppContext, department: Department,
                 person: StaffRecord | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person = person
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Edit person") if person else self.tr("Add person"))
        self.setMinimumWidth(420)

        self.name = QLineEdit(person.name if person else "")
        self.name.setPlaceholderText(self.tr("e.g. 王芳"))
        self.department = QComboBox()
        for dept in DEPARTMENTS:
            self.department.addItem(department_name(dept), dept.value)
        self.department.setCurrentIndex(DEPARTMENTS.index(person.department if person else department))
        self.position = QLineEdit(person.position if person else "")
        self.salary = QLineEdit(f"{person.base_salary_fen / 100:.2f}" if person else "")
        self.salary.setPlaceholderText(self.tr("yuan per month, e.g. 4500"))
        self.hire_date = QDateEdit()
        self.hire_date.setCalendarPopup(True)
        self.hire_date.setDisplayFormat("yyyy-MM-dd")
        hired = person.hire_date if person and person.hire_date else ctx.today()
        self.hire_date.setDate(QDate(hired.year, hired.month, hired.day))
        self.accounts = QLineEdit(person.platform_accounts if person else "")
        self.accounts.setPlaceholderText(self.tr("customer-service nicknames, e.g. 小鹿家居:小芳, 小鹿家居:阿明"))
        self.manager = QCheckBox(self.tr("Department manager"))
        self.manager.setChecked(bool(person and person.role == "manager"))
        self.leave_date = QLineEdit(person.leave_date.isoformat() if person and person.leave_date else "")
        self.leave_date.setPlaceholderText(self.tr("last day worked, e.g. 2026-10-31; blank while employed"))
        self.si_base = QLineEdit(_yuan(person.si_base_fen) if person else "")
        self.si_base.setPlaceholderText(self.tr("yuan; blank: no social insurance"))
        self.hf_base = QLineEdit(_yuan(person.hf_base_fen) if person else "")
        self.hf_base.setPlaceholderText(self.tr("yuan; blank: no housing fund"))
        self.special_deduction = QLineEdit(_yuan(person.special_deduction_fen or None) if person else "")
        self.special_deduction.setPlaceholderText(self.tr("yuan a month, e.g. 2000"))
        # A new person can log in at once with a first PIN (the owner sets it; it can also wait).
        self.first_pin = QLineEdit()
        self.first_pin.setObjectName("first_pin")
        self.first_pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.first_pin.setPlaceholderText(self.tr("optional: 4 to 8 digits, can be set later"))
        pin_row = [("first_pin", self.tr("First PIN"), self.first_pin)] if person is None and ctx.actor.is_owner else []

        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label, widget in (
            ("name", self.tr("Name"), self.name),
            ("department", self.tr("Department"), self.department),
            ("position", self.tr("Position"), self.position),
            ("base_salary", self.tr("Base salary (¥)"), self.salary),
            ("hire_date", self.tr("Hire date"), self.hire_date),
            ("platform_accounts", self.tr("Platform accounts"), self.accounts),
            ("role", "", self.manager),
            ("leave_date", self.tr("Leave date"), self.leave_date),
            ("si_base", self.tr("Social insurance base (¥)"), self.si_base),
            ("hf_base", self.tr("Housing fund base (¥)"), self.hf_base),
            ("special_deduction", self.tr("Special additional deduction (¥)"), self.special_deduction),
            *pin_row,
        ):
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            error = QLabel()
            error.setStyleSheet(ERROR_STYLE)
            error.setObjectName(f"error_{key}")
            error.hide()
            box.addWidget(error)
            self.errors[key] = error
            form.addRow(label, box)
        self.general_error = QLabel()
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _input(self) -> StaffInput:
        d = self.hire_date.date()
        return StaffInput(
            name=self.name.text(),
            department=self.department.currentData(),
            position=self.position.text(),
            base_salary=self.salary.text().strip() or "0",
            hire_date=date(d.year(), d.month(), d.day()),
            active=self.person.active if self.person else True,
            role="manager" if self.manager.isChecked() else "staff",
            leave_date=self._leave(),
            si_base=self.si_base.text().strip() or None,
            hf_base=self.hf_base.text().strip() or None,
            special_deduction=self.special_deduction.text().strip() or None,
            platform_accounts=self.accounts.text(),
        )

    def _leave(self) -> date | None:
        text = self.leave_date.text().strip()
        if not text:
            return None
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise ValidationError("leave_date", QT_TRANSLATE_NOOP(
                "Errors", "'{text}' is not a date (use YYYY-MM-DD)"), text=text) from None

    def show_error(self, error: ShopDeskError) -> None:
        for label in self.errors.values():
            label.hide()
        self.general_error.hide()
        field = error.field if isinstance(error, ValidationError) else None
        label = self.errors.get(field or "", self.general_error)
        label.setText(error_text(error))
        label.show()

    def save(self) -> None:
        person = self.person

        def write() -> int:
            data = self._input()  # a leave date that is not a date is refused like the service's errors
            if person is None:
                return staff_service.add_staff(self.ctx.db, self.ctx.actor, data,
                                               first_pin=self.first_pin.text() or None)
            staff_service.update_staff(self.ctx.db, self.ctx.actor, person.id, data, expected_version=person.version)
            return person.id

        def saved(staff_id: int) -> None:
            self.saved_id = staff_id
            self.accept()

        Op(self, self.ctx, write, changes=Change.STAFF).success(saved).failure(self.show_error).run()
