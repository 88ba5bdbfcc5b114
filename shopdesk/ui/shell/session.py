"""Who is at the laptop: log-in, "Switch user", and locking after idle time.

Each log-in builds a fresh main window for that person, so nothing of the
previous person's screens (or data) stays in memory behind it.

The first log-in is the first window ShopDesk paints: SQLAlchemy, the services
and the main window's modules are imported behind it, one step per turn of the
event loop while the person types (`warm_up`), never on a worker thread.
"""

from __future__ import annotations

import gc
import importlib
from collections.abc import Callable
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QInputDialog, QWidget

from shopdesk.store.lazy import LazyDatabase
from shopdesk.ui.shell.login_dialog import LoginDialog

if TYPE_CHECKING:
    from shopdesk.store.db import Database
    from shopdesk.ui.common.context import AppContext

AUTO_LOCK_KEY = "auto_lock_minutes"
DEFAULT_AUTO_LOCK = 10
# Imported behind the painted log-in, in this order (what the log-in and the first window need).
WARM_UP_MODULES = ("shopdesk.services.staff.auth", "shopdesk.services.common.settings",
                   "shopdesk.ui.common.context", "shopdesk.ui.overview.page",
                   "shopdesk.ui.shell.main_window")
_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel}


def auto_lock_minutes(db: Database) -> int:
    """Minutes without input before the window locks (0: never)."""
    from shopdesk.services.common.settings import get_setting

    try:
        return max(0, int(get_setting(db, AUTO_LOCK_KEY, str(DEFAULT_AUTO_LOCK))))
    except ValueError:
        return DEFAULT_AUTO_LOCK


class UserSession(QObject):
    def __init__(self, db: Database | LazyDatabase, lang: str, today=date.today, *,
                 demo_login: tuple[str, str] | None = None) -> None:
        super().__init__()
        self.shop = LazyDatabase.of(db)
        self.demo_login = demo_login  # the demo shop's (owner password, staff PIN), shown at each log-in
        self.lang = lang
        self.today = today
        self.window: QWidget | None = None
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self._idle_lock)
        self._locking = False
        app = QApplication.instance()
        if isinstance(app, QApplication):
            # Between two people there is no window open; closing one must not quit.
            app.setQuitOnLastWindowClosed(False)
            app.installEventFilter(self)

    @property
    def db(self) -> Database:
        return self.shop.get()

    def login_dialog(self, connecting: bool = False) -> LoginDialog:
        return LoginDialog(self.shop, connecting=connecting, demo_login=self.demo_login)

    def warm_up(self, opened: Callable[[Database], None] | None = None,
                modules: tuple[str, ...] = WARM_UP_MODULES) -> None:
        """Open the database, then import `modules`, one per turn of the event loop, so keys
        typed meanwhile are handled between the steps; `opened(db)` runs once it is open."""
        steps: list[Callable[[], object]] = [self.shop.get]
        if opened is not None:
            steps.append(lambda: opened(self.shop.get()))
        steps += [partial(importlib.import_module, name) for name in modules]
        steps.append(self._prime)

        def step() -> None:
            steps.pop(0)()
            # What the imports made lives as long as the program: keep it out of every later
            # collection (ui/common/gc_guard.py collects on this thread every half second).
            gc.freeze()
            if steps:
                QTimer.singleShot(0, step)

        QTimer.singleShot(0, step)

    def _prime(self) -> None:
        """The ORM's mappers configured and a pooled connection opened (its PRAGMAs run), which
        the log-in's first query would otherwise do after Enter."""
        from sqlalchemy import text
        from sqlalchemy.orm import configure_mappers

        configure_mappers()
        with self.shop.get().read() as session:
            session.execute(text("SELECT 1"))

    def start(self, dialog: LoginDialog | None = None) -> bool:
        """Ask who is here and open their window; False when the log-in was cancelled."""
        dialog = dialog or self.login_dialog()
        if dialog.exec() != LoginDialog.DialogCode.Accepted or dialog.actor is None:
            return False
        from shopdesk.ui.common.context import AppContext

        self.open_window(AppContext(self.db, dialog.actor, self.lang, today=self.today))
        return True

    def open_window(self, ctx: AppContext) -> QWidget:
        from shopdesk.ui.shell.main_window import MainWindow

        window = MainWindow(ctx)
        self._add_actions(window)
        window.show()
        self.window = window
        self._restart_idle()
        return window

    def _add_actions(self, window) -> None:
        menu = window.file_menu
        first = menu.actions()[0] if menu.actions() else None
        switch = QAction(self.tr("Switch user…"), window)
        switch.setObjectName("switch_user")
        switch.setShortcut(QKeySequence("Ctrl+L"))
        switch.triggered.connect(self.lock)
        secret = QAction(self.tr("PINs and password…") if window.ctx.actor.is_owner
                         else self.tr("Change my PIN…"), window)
        secret.triggered.connect(lambda: self._change_secret(window))
        menu.insertAction(first, switch)
        menu.insertAction(first, secret)
        if window.ctx.actor.is_owner:
            lock = QAction(self.tr("Auto-lock…"), window)
            lock.triggered.connect(lambda: self._set_auto_lock(window))
            menu.insertAction(first, lock)
        menu.insertSeparator(first)

    def _change_secret(self, window) -> None:
        from shopdesk.ui.shell.account_dialogs import SecretDialog

        SecretDialog(window.ctx, parent=window).exec()

    def _set_auto_lock(self, window) -> None:
        minutes, ok = QInputDialog.getInt(
            window, self.tr("Auto-lock"), self.tr("Lock after this many idle minutes (0 = never):"),
            auto_lock_minutes(self.db), 0, 240)
        if ok:
            from shopdesk.services.common.settings import set_setting

            set_setting(self.db, window.ctx.actor, AUTO_LOCK_KEY, str(minutes))
            self._restart_idle()

    def _restart_idle(self) -> None:
        minutes = auto_lock_minutes(self.db) if self.window is not None else 0
        if minutes:
            self.idle.start(minutes * 60_000)
        else:
            self.idle.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind in _ACTIVITY and self.idle.isActive():
            self.idle.start()  # any key or mouse activity restarts the countdown
        elif kind == QEvent.Type.Close and watched is self.window and not self._locking:
            QTimer.singleShot(0, QApplication.quit)  # the person closed the window: quit
        return False

    def _idle_lock(self) -> None:
        # A dialog still open (a half-typed task, a restore question) would be torn down
        # under its own event loop: wait another round instead.
        if QApplication.activeModalWidget() is not None:
            self.idle.start()
            return
        self.lock()

    def lock(self) -> None:
        """Close the current person's window and ask who is here; quit if nobody logs in."""
        old, self.window = self.window, None
        self.idle.stop()
        if old is not None:
            self._locking = True
            try:
                old.close()
            finally:
                self._locking = False
            old.deleteLater()
        if not self.start():
            QApplication.quit()
