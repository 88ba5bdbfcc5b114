"""Settings → Database: the owner points this PC at the shop server, tests it, and the choice
(never the password) is kept for the next start."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy.engine import make_url

from shopdesk.i18n import user_settings
from shopdesk.services.common.connection import SETTING, ServerAddress, saved_target, try_connect
from shopdesk.services.common.context import Actor, Role
from shopdesk.ui.shell.main_window import MainWindow
from shopdesk.ui.shell.settings_dialog import SettingsDialog

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def clean_choice():
    user_settings().remove(SETTING)
    yield
    user_settings().remove(SETTING)


@pytest.fixture
def told(monkeypatch):
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: messages.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: messages.append(text))
    return messages


def _fill(box, url: str, password: str = "") -> None:  # type: ignore[no-untyped-def]
    u = make_url(url)
    box.server.setChecked(True)
    box.host.setText(u.host)
    box.port.setText(str(u.port))
    box.database.setText(u.database)
    box.user.setText(u.username)
    box.password.setText(password)


def test_the_owner_tests_and_saves_the_shop_server(qtbot, pg_server, told):
    dialog = SettingsDialog("en", database_in_use="/home/shop/shopdesk.db")
    qtbot.addWidget(dialog)
    box = dialog.database
    _fill(box, pg_server.url, password="typed-only-to-test")

    assert box.test_connection()
    assert box.result.text() == "Connected."
    dialog.accept()

    kept = saved_target()
    assert kept.startswith("postgresql+psycopg://postgres@127.0.0.1:")
    assert "typed-only-to-test" not in kept
    assert any("started again" in m for m in told)


def test_an_unreachable_server_is_reported_plainly(qtbot, told):
    dialog = SettingsDialog("en", database_in_use="x.db")
    qtbot.addWidget(dialog)
    _fill(dialog.database, "postgresql+psycopg://shop@127.0.0.1:1/shop")
    assert not dialog.database.test_connection()
    assert dialog.database.result.text().startswith("Not connected:")


def test_a_server_without_a_name_is_not_saved(qtbot, told):
    dialog = SettingsDialog("en", database_in_use="x.db")
    qtbot.addWidget(dialog)
    dialog.database.server.setChecked(True)
    dialog.database.database.setText("shop")
    dialog.accept()
    assert saved_target() == ""
    assert any("server's name or address" in m for m in told)


def test_back_to_this_computers_file(qtbot, told):
    user_settings().setValue(SETTING, "postgresql+psycopg://shop@server:5432/shop")
    dialog = SettingsDialog("en", database_in_use="x.db")
    qtbot.addWidget(dialog)
    assert dialog.database.server.isChecked() and dialog.database.host.text() == "server"
    dialog.database.local.setChecked(True)
    dialog.accept()
    assert saved_target() == ""


def test_staff_do_not_get_the_database_choice(qtbot, ctx, monkeypatch):
    seen = {}
    monkeypatch.setattr(SettingsDialog, "exec", lambda self: seen.setdefault("db", self.database))
    ctx.set_actor(Actor(Role.STAFF, "王芳", staff_id=1, department="customer_service"))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show_settings()
    assert seen["db"] is None


def test_the_status_bar_says_which_database_is_in_use(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert "this computer:" in window.where.text()


def test_server_address_validation_names_the_field():
    from shopdesk.domain.errors import ValidationError

    with pytest.raises(ValidationError) as caught:
        ServerAddress("server", "99999", "shop", "owner").url()
    assert caught.value.field == "port"
    assert ServerAddress("192.168.1.10", "", "shop", "owner").url() == \
        "postgresql+psycopg://owner@192.168.1.10:5432/shop"


def test_a_missing_database_is_reported_in_the_servers_words(pg_server):
    problem = try_connect(pg_server.url_for("no_such_shop"))
    assert problem is not None and "no_such_shop" in problem
