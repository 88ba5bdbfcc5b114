"""Start-up safety in the window: damaged files, shared folders, one window per database, friendly errors."""

from __future__ import annotations

import sqlite3
from datetime import datetime

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox

from shopdesk.services.safety import backup
from shopdesk.ui.common.error_dialog import ErrorDialog, build_report, handle_exception
from shopdesk.ui.shell import safe_open
from shopdesk.ui.shell.single_instance import SingleInstance

pytestmark = pytest.mark.gui


def test_a_damaged_file_is_replaced_only_when_the_owner_says_yes(qapp, demo_db, owner, monkeypatch):
    good = backup.backup_now(demo_db, owner, now=datetime(2026, 11, 23, 18, 0))
    demo_db.dispose()
    raw = bytearray(demo_db.path.read_bytes())
    raw[100:5000] = b"\x42" * 4900
    demo_db.path.write_bytes(bytes(raw))
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: asked.append(a[2]) or QMessageBox.StandardButton.No)
    assert safe_open.open_safely(demo_db.path) is None
    assert demo_db.path.read_bytes() == bytes(raw)  # never overwritten
    assert "2026-11-23 18:00" in asked[0] and "12 people" in asked[0]

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a: ("demo", True))  # the demo owner's password
    db = safe_open.open_safely(demo_db.path)
    assert db is not None
    conn = sqlite3.connect(db.path)
    assert conn.execute("SELECT COUNT(*) FROM staff").fetchone()[0] == 12
    conn.close()
    db.dispose()
    assert backup.summarize(good).healthy


def test_a_cloud_sync_folder_is_refused_with_the_postgresql_hint(qapp, tmp_path, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: shown.append(a[2]))
    assert safe_open.open_safely(tmp_path / "Dropbox" / "shop.db") is None
    assert "PostgreSQL" in shown[0] and "cloud-sync" in shown[0]


def test_a_second_start_wakes_the_first(qapp, qtbot, tmp_path):
    first = SingleInstance(str(tmp_path / "shop.db"))
    assert first.claim()
    with qtbot.waitSignal(first.activated, timeout=3000):
        assert not SingleInstance(str(tmp_path / "shop.db")).claim()
    other = SingleInstance(str(tmp_path / "other.db"))
    assert other.claim()


def test_the_error_dialog_offers_a_copyable_report(qapp, qtbot):
    try:
        raise RuntimeError("disk said no")
    except RuntimeError as exc:
        report = build_report(type(exc), exc, exc.__traceback__)
    dialog = ErrorDialog(report, "/tmp/shopdesk.log")
    qtbot.addWidget(dialog)
    dialog.copy_button.click()
    assert "disk said no" in QGuiApplication.clipboard().text()
    assert "ShopDesk" in QGuiApplication.clipboard().text()


def test_an_expected_error_gets_its_plain_message(qapp, monkeypatch):
    from shopdesk.domain.errors import ValidationError

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    err = ValidationError("name", "a name is required")
    handle_exception(ValidationError, err, None)
    assert shown == ["a name is required"]


def test_the_days_first_backup_is_made_in_the_background(qapp, qtbot, db):
    safe_open.schedule_daily_backup(db, delay_ms=0)
    folder = backup.backup_folder(db)
    qtbot.waitUntil(lambda: len(backup.list_backups(folder)) == 1, timeout=5000)
    assert "daily" in backup.list_backups(folder)[0][2].name


def test_the_start_up_restore_asks_for_the_owners_password(qapp, demo_db, owner, monkeypatch):
    """Issue item 7: one "Yes" restored a backup before anyone logged in."""
    backup.backup_now(demo_db, owner, now=datetime(2026, 11, 23, 18, 0))
    demo_db.dispose()
    raw = bytearray(demo_db.path.read_bytes())
    raw[100:5000] = b"\x42" * 4900
    demo_db.path.write_bytes(bytes(raw))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: shown.append(a[2]))
    asked: list[str] = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a: asked.append(a[2]) or ("guess", True))
    assert safe_open.open_safely(demo_db.path) is None
    assert len(asked) == safe_open.OWNER_TRIES and "password" in asked[0]
    assert "wrong three times" in shown[-1]
    assert demo_db.path.read_bytes() == bytes(raw)  # nothing restored, nothing touched
    monkeypatch.setattr(QInputDialog, "getText", lambda *a: ("", False))  # cancelled
    assert safe_open.open_safely(demo_db.path) is None
    assert demo_db.path.read_bytes() == bytes(raw)


def test_values_of_the_wrong_type_are_found_after_start_up_and_the_owner_warned(qapp, qtbot, demo_db, monkeypatch):
    """Issue item 2 at start-up: text in a money column crashed payroll later."""
    demo_db.dispose()
    conn = sqlite3.connect(demo_db.path)
    conn.execute("UPDATE staff SET base_salary_fen = 'lots' WHERE id = 1")
    conn.commit()
    conn.close()
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    from shopdesk.services.safety.startup import file_health
    from shopdesk.store.db import Database

    assert file_health(demo_db.path).healthy  # the structure is fine: the window opens …
    db = Database(demo_db.path)
    safe_open.schedule_value_check(db)  # … and the value scan, run after it, warns
    qtbot.waitUntil(lambda: bool(warned), timeout=10000)
    assert "staff.base_salary_fen" in warned[0] and "shopdesk check" in warned[0]
    db.dispose()
