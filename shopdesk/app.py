"""Start-up of the window: language, database, schema, main window."""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from .i18n import choose_language, install_translators
from .paths import default_db_path, resource
from .store.db import Database
from .store.schema import SchemaTooNew, ensure_schema


def make_demo_db() -> Path:
    """A fresh demo shop in a temporary folder (removed by the OS, not by us)."""
    from shopdesk.services.demo.shop import write_demo

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


def run_gui(args: argparse.Namespace) -> int:
    app = create_application()
    lang = choose_language(args.lang)
    app._translators = install_translators(app, lang)  # type: ignore[attr-defined]
    from shopdesk.ui.common.error_dialog import install_excepthook
    from shopdesk.ui.shell.safe_open import open_safely
    from shopdesk.ui.shell.single_instance import SingleInstance, bring_forward

    from .log import route_qt_messages, setup_logging

    install_excepthook(str(setup_logging()))
    route_qt_messages()
    from shopdesk.services.common.connection import is_server, saved_target, without_password

    target = make_demo_db() if args.demo else (args.db or saved_target() or default_db_path())
    if is_server(str(target)):
        from shopdesk.ui.shell.startup_prompts import server_url_with_password

        url = server_url_with_password(str(target))
        if url is None:
            return 1
        target = url
    # One window per database; the key never carries a password.
    instance = SingleInstance(without_password(str(target)) if is_server(str(target)) else str(target), app)
    if not instance.claim():
        return 0  # the window already open on this database was brought forward
    db = open_safely(target)
    if db is None:
        return 1
    try:
        from .store.schema import current_revision, needs_upgrade

        if current_revision(db) is not None and needs_upgrade(db):
            from shopdesk.ui.shell.startup_prompts import confirm_upgrade

            from .store.schema import known_revisions

            if current_revision(db) in known_revisions() and not confirm_upgrade(db):
                return 1
        ensure_schema(db)
    except SchemaTooNew:
        QMessageBox.critical(None, QCoreApplication.translate("Startup", "ShopDesk"),
                             QCoreApplication.translate(
                                 "Startup", "This shop database was written by a newer ShopDesk. "
                                 "Please install the newer version; nothing was changed."))
        return 1
    from shopdesk.ui.shell.session import UserSession

    session = UserSession(db, lang)
    instance.activated.connect(lambda: bring_forward(session.window) if session.window else None)
    if args.quit_after_show:
        # For the start-up benchmark: the first window is the log-in; report its first frame, quit.
        first = session.login_dialog()
        first.show()
        first.repaint()
        print(f"painted {time.time():.6f}", flush=True)
        QTimer.singleShot(0, app.quit)
        return app.exec()
    if not session.start():
        return 0
    return app.exec()
