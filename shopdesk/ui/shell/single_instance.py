"""One ShopDesk window per user and database: a second start brings the first forward."""

from __future__ import annotations

import getpass
import hashlib
import ntpath
import os
import posixpath
import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

TIMEOUT_MS = 500
IS_WINDOWS = sys.platform == "win32"


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # Windows without USERNAME (getpass falls back to the Unix-only pwd)
        return os.environ.get("USERNAME", "")


def database_key(target: str, windows: bool | None = None) -> str:
    """One spelling per database: a file's absolute path (on Windows case and slashes folded,
    as the file system does), a server URL as given (the caller removes its password)."""
    if "://" in target and not target.startswith("sqlite"):
        return target
    path = target.removeprefix("sqlite:///")
    if IS_WINDOWS if windows is None else windows:
        return ntpath.normcase(ntpath.abspath(path) if IS_WINDOWS else ntpath.normpath(path))
    return posixpath.abspath(os.path.expanduser(path))


def server_name(target: str, windows: bool | None = None) -> str:
    """Per user and per database, short enough for every platform's socket names (a named pipe
    on Windows, a socket file elsewhere), ASCII whatever the path's characters."""
    digest = hashlib.sha1(f"{_user()}|{database_key(target, windows)}".encode()).hexdigest()[:16]
    return f"shopdesk-{digest}"


class SingleInstance(QObject):
    """`claim()` returns False when another window already has this database (and wakes it)."""

    activated = Signal()

    def __init__(self, target: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(str(target))
        self.server: QLocalServer | None = None

    def _wake_other(self) -> bool:
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(TIMEOUT_MS):
            return False
        socket.write(b"raise\n")
        socket.waitForBytesWritten(TIMEOUT_MS)
        socket.disconnectFromServer()
        return True

    def claim(self) -> bool:
        if self._wake_other():
            return False
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            # A server left behind by a crashed process: nobody answered, so take it over.
            QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                return True  # cannot guard; WAL still keeps two windows' writes safe
        server.newConnection.connect(self._on_connection)
        self.server = server
        return True

    def _on_connection(self) -> None:
        assert self.server is not None
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.disconnected.connect(socket.deleteLater)
            self.activated.emit()


def bring_forward(window) -> None:
    from PySide6.QtCore import Qt

    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
