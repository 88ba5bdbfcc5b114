"""Before the window: an older database is updated only with the owner's consent, and an
unreachable shop server is explained instead of crashing."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from shopdesk.services.staff.auth import set_owner_password
from shopdesk.ui.shell.startup_prompts import confirm_upgrade, server_url_with_password

pytestmark = pytest.mark.gui


@pytest.fixture
def answers(monkeypatch):
    said: dict[str, object] = {"question": QMessageBox.StandardButton.Yes, "password": ("", False)}
    shown: list[str] = []

    def question(_parent, _title, text):  # type: ignore[no-untyped-def]
        shown.append(text)
        return said["question"]

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: said["password"])
    return said, shown


def test_saying_no_leaves_the_database_alone(qapp, db, answers):
    said, shown = answers
    said["question"] = QMessageBox.StandardButton.No
    assert confirm_upgrade(db) is False
    assert "backup of the file" in shown[0]


def test_the_owners_password_is_needed_when_there_is_one(qapp, db, answers):
    said, shown = answers
    set_owner_password(db, None, "shop-owner-1", datetime(2026, 11, 24, 9))
    said["password"] = ("wrong", True)
    assert confirm_upgrade(db) is False
    assert "not updated" in shown[-1]
    said["password"] = ("shop-owner-1", True)
    assert confirm_upgrade(db) is True


def test_a_shop_without_an_owner_password_updates_on_yes(qapp, db, answers):
    assert confirm_upgrade(db) is True


def test_an_unreachable_server_is_explained(qapp, answers):
    _, shown = answers
    assert server_url_with_password("postgresql+psycopg://shop@127.0.0.1:1/shop") is None
    assert "cannot reach the shop server" in shown[0] and "127.0.0.1" in shown[0]


def test_a_reachable_server_opens_without_questions(qapp, pg_server, answers):
    _, shown = answers
    assert server_url_with_password(pg_server.url) == pg_server.url
    assert shown == []
