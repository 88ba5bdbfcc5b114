"""Switch user and auto-lock: the window closes and the log-in comes back."""

from __future__ import annotations

import os
import subprocess
import sys

from shopdesk.services.common.context import OWNER
from shopdesk.services.common.settings import set_setting
from shopdesk.ui.common.context import AppContext
from shopdesk.ui.shell.session import AUTO_LOCK_KEY, UserSession, auto_lock_minutes
from tests.conftest import TODAY


def test_switch_user_is_in_the_file_menu_and_asks_who_is_here(qtbot, demo_db, monkeypatch):
    session = UserSession(demo_db, "en", today=lambda: TODAY)
    window = session.open_window(AppContext(demo_db, OWNER, "en", today=lambda: TODAY))
    qtbot.addWidget(window)
    names = [a.objectName() for a in window.file_menu.actions()]
    assert "switch_user" in names
    asked = []
    monkeypatch.setattr(session, "start", lambda: asked.append(True) or True)
    next(a for a in window.file_menu.actions() if a.objectName() == "switch_user").trigger()
    assert asked == [True]
    assert session.window is None and not window.isVisible()


def test_idle_time_locks_the_window(qtbot, demo_db, monkeypatch):
    assert auto_lock_minutes(demo_db) == 10
    set_setting(demo_db, OWNER, AUTO_LOCK_KEY, "2")
    session = UserSession(demo_db, "en", today=lambda: TODAY)
    window = session.open_window(AppContext(demo_db, OWNER, "en", today=lambda: TODAY))
    qtbot.addWidget(window)
    assert session.idle.isActive() and session.idle.interval() == 2 * 60_000
    asked = []
    monkeypatch.setattr(session, "start", lambda: asked.append(True) or True)
    session.idle.timeout.emit()  # as if two minutes passed without a key or a click
    assert asked == [True] and not window.isVisible()
    set_setting(demo_db, OWNER, AUTO_LOCK_KEY, "0")
    assert auto_lock_minutes(demo_db) == 0


def test_start_up_benchmark_path_paints_the_log_in(demo_db):
    assert demo_db.path is not None
    demo_db.dispose()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-m", "shopdesk", "--db", str(demo_db.path), "--lang", "en",
                          "--quit-after-show"], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    assert any(line.startswith("painted ") for line in out.stdout.splitlines())


def test_idle_lock_waits_while_a_dialog_is_open(qtbot, demo_db, monkeypatch):
    from PySide6.QtWidgets import QApplication, QDialog

    session = UserSession(demo_db, "en", today=lambda: TODAY)
    window = session.open_window(AppContext(demo_db, OWNER, "en", today=lambda: TODAY))
    qtbot.addWidget(window)
    monkeypatch.setattr(QApplication, "activeModalWidget", staticmethod(lambda: QDialog()))
    asked = []
    monkeypatch.setattr(session, "start", lambda: asked.append(True) or True)
    session.idle.timeout.emit()
    assert asked == [] and session.window is window and session.idle.isActive()
