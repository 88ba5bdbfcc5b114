"""Logging: a rotating file in the user data folder, with Qt's own messages routed in."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_NAME = "shopdesk.log"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_file(folder: Path | None = None) -> Path:
    if folder is None:
        from .paths import user_data_dir

        folder = user_data_dir()
    return folder / "logs" / LOG_NAME


def setup_logging(folder: Path | None = None, level: int = logging.INFO) -> Path:
    """Five files of 1 MB each: enough to see what led to a problem, never filling the disk."""
    path = log_file(folder)
    path.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    if not any(getattr(h, "shopdesk", False) for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        handler.setFormatter(logging.Formatter(FORMAT))
        handler.shopdesk = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    root.setLevel(level)
    return path


def route_qt_messages() -> None:
    """qDebug/qWarning/… into the `qt` logger instead of the console only."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    levels = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
              QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
              QtMsgType.QtFatalMsg: logging.CRITICAL}
    logger = logging.getLogger("qt")

    def handler(kind, context, message: str) -> None:
        where = f" ({context.file}:{context.line})" if context.file else ""
        logger.log(levels.get(kind, logging.WARNING), "%s%s", message, where)

    qInstallMessageHandler(handler)
