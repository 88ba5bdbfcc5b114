"""Start-up of the window: language, database, schema, log-in, main window.

The log-in is painted first, from what it needs alone; SQLAlchemy, Alembic (only
when a schema must change) and the main window's modules load behind it
(`ui/shell/opening.py`, `UserSession.warm_up`). For a shop server the log-in paints
"Connecting…" and the connection (and its password prompt) follows.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from .i18n import choose_language, install_translators
from .paths import default_db_path, resource

if TYPE_CHECKING:
    from shopdesk.ui.shell.login_dialog import LoginDialog
    from shopdesk.ui.shell.session import UserSession


def demo_login() -> tuple[str, str]:
    """The demo shop's owner password and staff PIN, for its log-in to say."""
    from shopdesk.services.demo.tasks import DEMO_PASSWORD, DEMO_PIN

    return DEMO_PASSWORD, DEMO_PIN


def make_demo_db() -> Path:
    """A fresh demo shop in a temporary folder (removed by the OS, not by us)."""
    from shopdesk.services.demo.shop import write_demo

    from .store.db import Database
    from .store.schema import ensure_schema

    path = Path(tempfile.mkdtemp(prefix="shopdesk-demo-")) / "demo.db"
    db = Database(path)
    ensure_schema(db)
    write_demo(db, translate=QCoreApplication.translate)  # rule labels in the window's language
    db.dispose()
    return path


def register_fonts() -> None:
    """Bundled CJK font, so Chinese names render even where no CJK font is installed."""
    from PySide6.QtGui import QFontDatabase

    for font in sorted(resource("fonts").glob("*.tt[cf]")):
        QFontDatabase.addApplicationFont(str(font))


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    from shopdesk.ui.common import gc_guard

    gc_guard.install(app)  # parented to the app: lives as long as it
    QCoreApplication.setOrganizationName("ShopDesk")
    QCoreApplication.setApplicationName("ShopDesk")
    register_fonts()
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(resource("icons", "shopdesk.png"))))  # every window, the log-in too
    app.setDesktopFileName("shopdesk")  # matches shopdesk.desktop, for the icon on Wayland docks
    return app


def _painted(widget) -> None:
    """For the start-up benchmark: draw `widget` now and report the time."""
    widget.repaint()
    print(f"painted {time.time():.6f}", flush=True)


def _type_into(dialog: LoginDialog, text: str, interval_ms: int) -> None:
    """For the start-up benchmark: type `text` and Enter into the log-in as key presses,
    one every `interval_ms` (0: all at once); report when Enter is pressed."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    plain = Qt.KeyboardModifier.NoModifier
    keys = [(Qt.Key.Key_unknown, ch) for ch in text] + [(Qt.Key.Key_Return, "\r")]

    def press(key: Qt.Key, ch: str) -> None:
        if key == Qt.Key.Key_Return:
            print(f"enter {time.time():.6f}", flush=True)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.postEvent(dialog.secret, QKeyEvent(kind, key, plain, ch))

    for n, (key, ch) in enumerate(keys, start=1):
        if interval_ms:
            QTimer.singleShot(n * interval_ms, lambda key=key, ch=ch: press(key, ch))
        else:
            press(key, ch)


def _connect_after_paint(dialog: LoginDialog, session: UserSession, target: str, exit_code: list[int]) -> None:
    """A shop server: the log-in is painted first; then the connection, its password, one window
    per database, the schema; then the names. On a refusal the dialog closes with `exit_code`."""
    from PySide6.QtWidgets import QDialog

    def connect() -> None:
        from shopdesk.services.common.connection import without_password
        from shopdesk.services.staff.login_names import login_names
        from shopdesk.store.lazy import LazyDatabase
        from shopdesk.ui.shell.opening import prepare_schema
        from shopdesk.ui.shell.safe_open import open_safely
        from shopdesk.ui.shell.single_instance import SingleInstance, bring_forward
        from shopdesk.ui.shell.startup_prompts import server_url_with_password

        exit_code[0] = 1  # refused, unless someone logs in
        url = server_url_with_password(target)
        if url is None:
            dialog.done(QDialog.DialogCode.Rejected)
            return
        # One window per database; the key never carries a password.
        instance = SingleInstance(without_password(url), QApplication.instance())
        if not instance.claim():
            exit_code[0] = 0  # the window already open on this database was brought forward
            dialog.done(QDialog.DialogCode.Rejected)
            return
        instance.activated.connect(lambda: bring_forward(session.window) if session.window else None)
        session.instance = instance  # type: ignore[attr-defined]  # lives as long as the session
        db = open_safely(url)
        if db is None or not prepare_schema(db):
            dialog.done(QDialog.DialogCode.Rejected)
            return
        exit_code[0] = 0
        session.shop = dialog.shop = LazyDatabase.of(db)
        dialog.show_names(login_names(db))
        session.warm_up()

    dialog.first_paint.connect(lambda: QTimer.singleShot(0, connect))


def run_gui(args: argparse.Namespace) -> int:
    app = create_application()
    lang = choose_language(args.lang)
    app._translators = install_translators(app, lang)  # type: ignore[attr-defined]
    from shopdesk.ui.common.error_dialog import install_excepthook

    from .log import route_qt_messages, setup_logging

    install_excepthook(str(setup_logging()))
    route_qt_messages()
    from shopdesk.services.common.connection import is_server, saved_target
    from shopdesk.store.lazy import LazyDatabase
    from shopdesk.ui.shell.session import UserSession

    target = make_demo_db() if args.demo else (args.db or saved_target() or default_db_path())
    shop = LazyDatabase(target)
    exit_code = [0]  # when the log-in closes without anyone logging in: 0 cancelled, 1 refused
    if is_server(str(target)):
        session = UserSession(shop, lang)
        dialog = session.login_dialog(connecting=True)
        _connect_after_paint(dialog, session, str(target), exit_code)
    else:
        from shopdesk.ui.shell.opening import check_file
        from shopdesk.ui.shell.safe_open import schedule_daily_backup
        from shopdesk.ui.shell.single_instance import SingleInstance, bring_forward

        instance = SingleInstance(str(target), app)  # one window per database file
        if not instance.claim():
            return 0  # the window already open on this database was brought forward
        quick = shop.path is not None and shop.path.is_file() and shop.schema_is_current()
        if not check_file(shop):
            return 1
        session = UserSession(shop, lang, demo_login=demo_login() if args.demo else None)
        instance.activated.connect(lambda: bring_forward(session.window) if session.window else None)
        dialog = session.login_dialog()
        # The database opens behind the painted log-in; the day's first backup follows it.
        dialog.first_paint.connect(lambda: session.warm_up(schedule_daily_backup if quick else None))
    if args.quit_after_show:
        # For the start-up benchmark: the first window is the log-in; report its first frame, quit.
        dialog.show()
        _painted(dialog)
        QTimer.singleShot(0, app.quit)
        return app.exec()
    if getattr(args, "quit_after_login", False):
        # For the start-up benchmark: the password (first line of stdin) is typed into the
        # painted log-in, a key every N ms (second line; 0 or none: at once); report the
        # log-in's and the main window's first frames, quit.
        password = sys.stdin.readline().rstrip("\r\n")
        interval = int(sys.stdin.readline().strip() or 0)
        dialog.first_paint.connect(lambda: print(f"login {time.time():.6f}", flush=True))

        def type_when_ready() -> None:  # a shop server's log-in lists the names once connected
            if dialog.ok.isEnabled():
                _type_into(dialog, password, interval)
            else:
                dialog.ready.connect(lambda: _type_into(dialog, password, interval))

        dialog.first_paint.connect(type_when_ready)
        if not session.start(dialog) or session.window is None:
            return 1
        _painted(session.window)
        QTimer.singleShot(0, app.quit)
        return app.exec()
    if not session.start(dialog):
        return exit_code[0]
    return app.exec()
