"""The log-in is the first window and paints before SQLAlchemy, Alembic and the main window load.

Seen from fresh interpreters (`python -X importtime` lists every import on stderr as
it happens, and the log-in writes a mark there when it first paints), so the order
is observed, not timed.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from shopdesk.services.demo.tasks import DEMO_PASSWORD
from shopdesk.store import peek
from shopdesk.store.lazy import LazyDatabase
from shopdesk.store.schema import SCHEMA_HEAD
from shopdesk.ui.shell.login_dialog import LoginDialog
from shopdesk.ui.shell.opening import check_file
from shopdesk.ui.shell.session import UserSession
from tests.conftest import TODAY

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[3]
DEFERRED = ("sqlalchemy", "alembic", "shopdesk.store.db", "shopdesk.services.staff.auth",
            "shopdesk.ui.shell.main_window")

START = textwrap.dedent("""
    import sys
    from PySide6.QtWidgets import QMessageBox
    from shopdesk.ui.shell import login_dialog

    paint = login_dialog.LoginDialog.paintEvent

    def marked(self, event):
        if not self._painted:
            print("MARK log-in painted", file=sys.stderr, flush=True)
        paint(self, event)

    login_dialog.LoginDialog.paintEvent = marked
    QMessageBox.critical = staticmethod(
        lambda _p, _t, text: print("MARK refused: " + text.splitlines()[0], file=sys.stderr, flush=True))
    from shopdesk.cli import main
    sys.exit(main(sys.argv[1:]))
""")


def start(args: list[str], home: Path, stdin: str = "") -> tuple[int, str, list[str]]:
    """(exit code, stdout, stderr split at the paint mark: [imports before, after])."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_CONFIG_HOME=str(home),
               XDG_DATA_HOME=str(home), XDG_CACHE_HOME=str(home), PYTHONPATH=str(ROOT))
    run = subprocess.run([sys.executable, "-X", "importtime", "-c", START, *args], input=stdin,
                         capture_output=True, text=True, env=env, timeout=180, cwd=ROOT)
    before, mark, after = run.stderr.partition("MARK log-in painted")
    assert mark, run.stderr[-3000:]
    return run.returncode, run.stdout, [before, after]


def imported(stderr: str) -> set[str]:
    return {line.rsplit("|", 1)[1].strip() for line in stderr.splitlines()
            if line.startswith("import time:") and "|" in line}


def loaded(names: set[str], package: str) -> bool:
    return any(n == package or n.startswith(package + ".") for n in names)


def test_a_shop_file_paints_the_log_in_before_sqlalchemy_and_logs_in_after(demo_db, tmp_path):
    demo_db.dispose()
    code, out, (before, after) = start(["--db", str(demo_db.path), "--lang", "en", "--quit-after-login"],
                                       tmp_path, stdin=f"{DEMO_PASSWORD}\n0\n")
    assert code == 0, after[-3000:]
    early, late = imported(before), imported(after)
    assert "shopdesk.ui.shell.login_dialog" in early and "sqlite3" in early
    assert [m for m in DEFERRED if loaded(early, m)] == []
    # …and everything the main window needs came afterwards, in the same run.
    assert [m for m in DEFERRED if m != "alembic" and not loaded(late, m)] == []
    assert not loaded(late, "alembic")  # the schema was current: no migration, no Alembic
    assert [line.split()[0] for line in out.splitlines()] == ["login", "enter", "painted"]


def test_a_shop_server_paints_the_log_in_before_it_connects(tmp_path):
    code, _, (before, after) = start(["--db", "postgresql+psycopg://shop@127.0.0.1:1/shop", "--lang", "en"],
                                     tmp_path)
    assert code == 1
    assert not loaded(imported(before), "sqlalchemy")
    assert "MARK refused: ShopDesk cannot reach the shop server" in after
    assert loaded(imported(after), "sqlalchemy")


def test_the_log_in_reads_names_without_opening_the_database(qtbot, demo_db):
    shop = LazyDatabase(demo_db.path)
    dialog = LoginDialog(shop)
    qtbot.addWidget(dialog)
    assert dialog.who.count() > 1 and not shop.opened
    dialog.show()
    qtbot.keyClicks(dialog.secret, DEMO_PASSWORD)
    qtbot.keyClick(dialog.secret, Qt.Key.Key_Return)
    assert dialog.actor is not None and dialog.actor.is_owner
    assert shop.opened


def test_connecting_shows_no_names_until_the_server_answered(qtbot, demo_db):
    from shopdesk.services.staff.login_names import login_names

    dialog = LoginDialog(LazyDatabase.of(demo_db), connecting=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ok.isEnabled() and dialog.who.count() == 0
    assert "Connecting" in dialog.intro.text()
    qtbot.keyClicks(dialog.secret, DEMO_PASSWORD)
    qtbot.keyClick(dialog.secret, Qt.Key.Key_Return)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # typed ahead: must not press Cancel
    qtbot.keyClick(dialog, Qt.Key.Key_Enter)
    assert dialog.actor is None and dialog.isVisible() and dialog.result() == 0
    readied: list[bool] = []
    dialog.ready.connect(lambda: readied.append(True))
    dialog.show_names(login_names(demo_db))
    assert readied == [True]
    assert dialog.ok.isEnabled() and dialog.who.count() > 1 and not dialog.intro.isVisible()


def test_the_warm_up_opens_the_database_then_imports_on_the_ui_thread(qtbot, demo_db):
    shop = LazyDatabase(demo_db.path)
    session = UserSession(shop, "en", today=lambda: TODAY)
    dialog = session.login_dialog()
    qtbot.addWidget(dialog)
    opened = []
    session.warm_up(opened.append, modules=("shopdesk.ui.department.tab",))
    assert not shop.opened  # nothing before the event loop turns
    qtbot.waitUntil(lambda: "shopdesk.ui.department.tab" in sys.modules and bool(opened), timeout=10_000)
    assert opened == [shop.get()] and shop.get().path == demo_db.path.resolve()


def test_a_current_file_takes_the_quick_way_and_anything_else_the_careful_one(qapp, demo_db, tmp_path,
                                                                            monkeypatch):
    demo_db.dispose()
    quick = LazyDatabase(demo_db.path)
    assert check_file(quick) and not quick.opened
    new = LazyDatabase(tmp_path / "new" / "shop.db")
    (tmp_path / "new").mkdir()
    assert check_file(new) and new.opened and peek.revision(tmp_path / "new" / "shop.db") == SCHEMA_HEAD
    new.dispose()
    # A newer program's file is refused and left as it was.
    import sqlite3

    conn = sqlite3.connect(tmp_path / "new" / "shop.db")
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: shown.append(a[2]))
    assert not check_file(LazyDatabase(tmp_path / "new" / "shop.db"))
    assert "newer ShopDesk" in shown[-1] and peek.revision(tmp_path / "new" / "shop.db") == "9999_future"


def test_a_damaged_file_gets_the_restore_offer_and_is_left_alone(qapp, demo_db, monkeypatch):
    demo_db.dispose()
    raw = bytearray(demo_db.path.read_bytes())
    raw[100:5000] = b"\x42" * 4900
    demo_db.path.write_bytes(bytes(raw))
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: asked.append(a[2]))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: asked.append(a[2]) or QMessageBox.StandardButton.No)
    assert not check_file(LazyDatabase(demo_db.path))
    assert "damaged" in asked[0]
    assert demo_db.path.read_bytes() == bytes(raw)


def test_code_written_for_a_database_works_on_the_lazy_one(demo_db):
    from shopdesk.services.staff import auth

    shop = LazyDatabase(demo_db.path)
    assert not shop.opened
    assert auth.verify_owner_password(shop, DEMO_PASSWORD)  # type: ignore[arg-type]
    assert shop.opened and shop.display_name == str(demo_db.path.resolve())
    with pytest.raises(AttributeError):
        _ = shop.no_such_thing


def test_a_shop_server_logs_in_after_the_painted_dialog_connected(pg_demo_template, tmp_path):
    server, template = pg_demo_template
    url = server.create_database(template)
    try:
        code, out, (before, after) = start(["--db", url, "--lang", "en", "--quit-after-login"], tmp_path,
                                           stdin=f"{DEMO_PASSWORD}\n0\n")
    finally:
        server.drop_database(url)
    assert code == 0, "\n".join(x for x in after.splitlines() if not x.startswith("import time"))
    assert not loaded(imported(before), "sqlalchemy") and not loaded(imported(before), "psycopg")
    assert loaded(imported(after), "psycopg") and loaded(imported(after), "shopdesk.ui.shell.main_window")
    assert [line.split()[0] for line in out.splitlines()] == ["login", "enter", "painted"]
