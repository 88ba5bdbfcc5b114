"""Who is at the laptop: log-in, "Switch user", and locking after idle time.

Each log-in builds a fresh main window for that person, so nothing of the
previous person's screens (or data) stays in memory behind it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QInputDialog, QWidget

from shopdesk.services.common.settings import get_setting, set_setting
from shopdesk.store.db import Database
from shopdesk.ui.common.context import AppContext
from shopdesk.ui.shell.login_dialog import LoginDialog

AUTO_LOCK_KEY = "auto_lock_minutes"
DEFAULT_AUTO_LOCK = 10
_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel}


def auto_lock_minutes(db: Database) -> int:
    """Minutes without input before the window locks (0: never)."""
    try:
        return max(0, int(get_setting(db, AUTO_LOCK_KEY, str(DEFAULT_AUTO_LOCK))))
    except ValueError:
        return DEFAULT_AUTO_LOCK


class UserSession(QObject):
    def __init__(self, db: Database, lang: str, today=date.today) -> None:
        super().__init__()
        self.db = db
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

    def login_dialog(self) -> LoginDialog:
        return LoginDialog(self.db)

    def start(self) -> bool:
        """Ask who is here and open their window; False when the log-in was cancelled."""
        dialog = self.login_dialog()
        if dialog.exec() != LoginDialog.DialogCode.Accepted or dialog.actor is None:
            return False
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
