"""`shopdesk --demo` says how to log in; a normal shop's log-in does not."""

from __future__ import annotations

import pytest

from shopdesk.app import demo_login
from shopdesk.ui.shell.session import UserSession

pytestmark = pytest.mark.gui


def _dialog(qtbot, db, demo):  # type: ignore[no-untyped-def]
    session = UserSession(db, "en", demo_login=demo_login() if demo else None)
    dialog = session.login_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_demo_log_in_names_the_password_and_pin_and_they_work(qtbot, demo_db):
    dialog = _dialog(qtbot, demo_db, demo=True)
    assert dialog.intro.isVisible()
    assert dialog.intro.text() == "Demo shop: owner password demo, staff PIN 1234"
    dialog.choose("owner")
    dialog.secret.setText("demo")  # the password the hint gives
    dialog.try_accept()
    assert dialog.actor is not None and dialog.actor.is_owner


def test_the_pin_the_demo_hint_gives_logs_a_person_in(qtbot, demo_db):
    dialog = _dialog(qtbot, demo_db, demo=True)
    dialog.who.setCurrentIndex(1)  # the first person with a PIN
    dialog.secret.setText(demo_login()[1])
    dialog.try_accept()
    assert dialog.actor is not None and dialog.actor.staff_id == dialog.who.currentData()


def test_a_normal_shop_gives_no_hint(qtbot, demo_db):
    dialog = _dialog(qtbot, demo_db, demo=False)
    assert not dialog.intro.isVisible()
    assert "demo" not in dialog.intro.text()


def test_the_hint_is_in_chinese_in_a_chinese_window(qtbot, demo_db, qapp):
    from PySide6.QtCore import QCoreApplication

    from shopdesk.i18n import install_translators

    translators = install_translators(qapp, "zh_CN")
    try:
        dialog = _dialog(qtbot, demo_db, demo=True)
        assert "demo" in dialog.intro.text() and "1234" in dialog.intro.text()
        assert "Demo shop" not in dialog.intro.text()
    finally:
        for t in translators:
            QCoreApplication.removeTranslator(t)
        install_translators(qapp, "en")
