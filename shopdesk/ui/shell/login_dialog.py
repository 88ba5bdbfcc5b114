"""Log-in on a shared laptop: choose a person (or Owner), type the PIN or password.

On a shop with no owner password yet, the dialog asks the owner to set one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt
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
from shopdesk.domain.errors import ShopDeskError, ValidationError
from shopdesk.services.common.context import OWNER, Actor
from shopdesk.services.staff import auth
from shopdesk.store.db import Database
from shopdesk.store.models.auth import OWNER_ACCOUNT
from shopdesk.ui.common.ops import Op
from shopdesk.ui.common.text import department_name, error_text

ERROR_STYLE = "color: #b00020;"


class LoginDialog(QDialog):
    def __init__(self, db: Database, now: Callable[[], datetime] = datetime.now,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("login_dialog")
        self.db = db
        self.now = now
        self.actor: Actor | None = None
        self.first_run = not auth.has_owner_password(db)
        self.setWindowTitle(self.tr("Log in — ShopDesk"))
        self.setMinimumWidth(380)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.who = QComboBox()
        self.who.setObjectName("login_who")
        self.secret = QLineEdit()
        self.secret.setObjectName("login_secret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        if self.first_run:
            intro = QLabel(self.tr("Welcome! This shop has no owner password yet. Choose one now: "
                                   "staff log in with PINs you set for them later."))
            intro.setWordWrap(True)
            layout.addWidget(intro)
            form.addRow(self.tr("Owner password"), self.secret)
            form.addRow(self.tr("Repeat it"), self.confirm)
        else:
            self.who.addItem(self.tr("Owner"), OWNER_ACCOUNT)
            for choice in auth.login_choices(db):
                if choice.has_pin:
                    self.who.addItem(f"{choice.name} · {department_name(Department(choice.department))}",
                                     choice.staff_id)
            self.secret.setPlaceholderText(self.tr("PIN or password"))
            form.addRow(self.tr("Who"), self.who)
            form.addRow(self.tr("PIN / password"), self.secret)
            self.confirm.hide()
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("login_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Set password") if self.first_run else self.tr("Log in"))
        ok.setObjectName("login_ok")
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.secret.setFocus(Qt.FocusReason.OtherFocusReason)

    def choose(self, who: int | str) -> None:
        """Select a person by staff id, or 'owner' (used by tests and remembered choices)."""
        index = self.who.findData(who)
        if index >= 0:
            self.who.setCurrentIndex(index)

    def try_accept(self) -> None:
        secret = self.secret.text()

        def log_in() -> Actor:
            if self.first_run:
                if secret != self.confirm.text():
                    raise ValidationError("confirm", self.tr("the two passwords differ"))
                auth.set_owner_password(self.db, None, secret, self.now())
                return OWNER
            return auth.login(self.db, self.who.currentData(), secret, self.now())

        def refused(error: ShopDeskError) -> None:
            self.error.setText(error_text(error))
            self.secret.clear()
            self.confirm.clear()
            self.secret.setFocus()

        def logged_in(actor: Actor) -> None:
            self.actor = actor
            self.accept()

        # Before log-in there is no window context yet: nothing to announce.
        Op(self, None, log_in).success(logged_in).failure(refused).run()
