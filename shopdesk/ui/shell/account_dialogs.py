"""Small dialogs for log-in secrets: the owner sets PINs, everyone changes their own."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

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

from shopdesk.domain.departments import Department
from shopdesk.domain.errors import ValidationError
from shopdesk.services.staff import auth
from shopdesk.ui.common.context import AppContext
from shopdesk.ui.common.ops import Op
from shopdesk.ui.common.text import department_name, error_text


def _secret_field() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class SecretDialog(QDialog):
    """Set a PIN (owner: anyone's) or change one's own PIN or password."""

    def __init__(self, ctx: AppContext, now: Callable[[], datetime] = datetime.now,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.now = now
        actor = ctx.actor
        self.setMinimumWidth(380)
        form = QFormLayout()
        self.person = QComboBox()
        self.current = _secret_field()
        self.new = _secret_field()
        self.repeat = _secret_field()
        if actor.is_owner:
            self.setWindowTitle(self.tr("PINs and password"))
            self.person.addItem(self.tr("Owner (my password)"), None)
            for choice in auth.login_choices(ctx.db):
                label = f"{choice.name} · {department_name(Department(choice.department))}"
                if not choice.has_pin:
                    label += " " + self.tr("(no PIN yet)")
                self.person.addItem(label, choice.staff_id)
            form.addRow(self.tr("For"), self.person)
            self.person.currentIndexChanged.connect(self._for_changed)
        else:
            self.setWindowTitle(self.tr("Change my PIN"))
        self.current_label = QLabel(self.tr("Current"))
        form.addRow(self.current_label, self.current)
        form.addRow(self.tr("New"), self.new)
        form.addRow(self.tr("Repeat"), self.repeat)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._for_changed()

    def _for_changed(self) -> None:
        setting_pin = self.ctx.actor.is_owner and self.person.currentData() is not None
        # The owner sets a staff PIN without knowing the old one; changing one's own needs it.
        self.current.setVisible(not setting_pin)
        self.current_label.setVisible(not setting_pin)
        self.hint.setText(self.tr("A PIN is 4 to 8 digits.") if self.person.currentData() is not None
                          or not self.ctx.actor.is_owner else self.tr("A password is at least 4 characters."))

    def try_accept(self) -> None:
        actor, now = self.ctx.actor, self.now()

        def save() -> None:
            if self.new.text() != self.repeat.text():
                raise ValidationError("repeat", self.tr("the two entries differ"))
            if actor.is_owner and self.person.currentData() is None:
                auth.set_owner_password(self.ctx.db, actor, self.new.text(), now, current=self.current.text())
            elif actor.is_owner:
                auth.set_pin(self.ctx.db, actor, self.person.currentData(), self.new.text(), now)
            else:
                assert actor.staff_id is not None
                auth.set_pin(self.ctx.db, actor, actor.staff_id, self.new.text(), now, current=self.current.text())

        if Op(self, self.ctx, save).failure(lambda e: self.error.setText(error_text(e))).run():
            self.accept()
