"""Log-in on a shared laptop: choose a person (or Owner), type the PIN or password.

On a shop with no owner password yet, the dialog asks the owner to set one.
The demo shop (`shopdesk --demo`) says its owner password and staff PIN.

At start-up the dialog is the first window and paints from what it needs alone:
for a shop file the names come from `services.staff.login_names` (sqlite3,
read-only) and SQLAlchemy loads behind it (`first_paint` tells when it has been
drawn); for a shop server it paints "Connecting…" and is given the names with
`show_names` once the server has answered.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QPaintEvent
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
from shopdesk.services.staff.login_names import LoginNames, login_names
from shopdesk.store.lazy import LazyDatabase
from shopdesk.store.peek import OWNER_ACCOUNT
from shopdesk.ui.common.ops import Op
from shopdesk.ui.common.text import department_name, error_text

if TYPE_CHECKING:
    from shopdesk.store.db import Database

ERROR_STYLE = "color: #b00020;"


class LoginDialog(QDialog):
    first_paint = Signal()
    ready = Signal()  # the names are shown: a log-in can be tried

    def __init__(self, db: Database | LazyDatabase, now: Callable[[], datetime] = datetime.now,
                 parent: QWidget | None = None, *, names: LoginNames | None = None,
                 connecting: bool = False, demo_login: tuple[str, str] | None = None) -> None:
        super().__init__(parent)
        self.demo_login = demo_login  # (owner password, staff PIN) of the demo shop `shopdesk --demo` made
        self.setObjectName("login_dialog")
        self.shop = LazyDatabase.of(db)
        self.now = now
        self.actor: Actor | None = None
        self._painted = False
        self.first_run = False
        self.setWindowTitle(self.tr("Log in — ShopDesk"))
        self.setMinimumWidth(380)
        self.box = QVBoxLayout(self)
        self.intro = QLabel(self.tr("Connecting to the shop server…"))
        self.intro.setObjectName("login_intro")
        self.intro.setWordWrap(True)
        self.box.addWidget(self.intro)
        self.form = QFormLayout()
        self.who = QComboBox()
        self.who.setObjectName("login_who")
        self.secret = QLineEdit()
        self.secret.setObjectName("login_secret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.box.addLayout(self.form)
        self.error = QLabel()
        self.error.setObjectName("login_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.box.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setObjectName("login_ok")
        self.ok.setText(self.tr("Log in"))
        self.ok.setEnabled(False)
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        self.box.addWidget(buttons)
        if not connecting:
            self.show_names(names if names is not None else login_names(self.shop))

    def show_names(self, names: LoginNames) -> None:
        """Fill in who may log in (at once for a file; once the server answered for a server)."""
        self.first_run = not names.owner_password_set
        if self.first_run:
            self.intro.setText(self.tr("Welcome! This shop has no owner password yet. Choose one now: "
                                       "staff log in with PINs you set for them later."))
            self.form.addRow(self.tr("Owner password"), self.secret)
            self.form.addRow(self.tr("Repeat it"), self.confirm)
        elif self.demo_login is not None:
            password, pin = self.demo_login
            self.intro.setText(self.tr("Demo shop: owner password {password}, staff PIN {pin}").format(
                password=password, pin=pin))
        else:
            self.intro.hide()
        if not self.first_run:
            self.who.addItem(self.tr("Owner"), OWNER_ACCOUNT)
            for choice in names.choices:
                if choice.has_pin:
                    self.who.addItem(f"{choice.name} · {department_name(Department(choice.department))}",
                                     choice.staff_id)
            self.secret.setPlaceholderText(self.tr("PIN or password"))
            self.form.addRow(self.tr("Who"), self.who)
            self.form.addRow(self.tr("PIN / password"), self.secret)
            self.confirm.hide()
        self.ok.setText(self.tr("Set password") if self.first_run else self.tr("Log in"))
        self.ok.setEnabled(True)
        self.secret.setFocus(Qt.FocusReason.OtherFocusReason)
        self.ready.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        # While the server is being reached, Enter (typed ahead with the password) must not
        # press Cancel, the only button left enabled, and quit ShopDesk.
        if not self.ok.isEnabled() and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_paint.emit()

    def choose(self, who: int | str) -> None:
        """Select a person by staff id, or 'owner' (used by tests and remembered choices)."""
        index = self.who.findData(who)
        if index >= 0:
            self.who.setCurrentIndex(index)

    def try_accept(self) -> None:
        if not self.ok.isEnabled():
            return  # still connecting: Enter does nothing yet
        secret = self.secret.text()

        def log_in() -> Actor:
            from shopdesk.services.staff import auth  # loaded behind the painted dialog

            db = self.shop.get()
            if self.first_run:
                if secret != self.confirm.text():
                    raise ValidationError("confirm", self.tr("the two passwords differ"))
                auth.set_owner_password(db, None, secret, self.now())
                return OWNER
            return auth.login(db, self.who.currentData(), secret, self.now())

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
