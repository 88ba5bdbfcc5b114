"""Choosing the language and installing Qt translators.

The translation source is `resources/i18n/shopdesk_<lang>.ts`. A build
compiles it to .qm next to it; running from source, a missing or stale .qm
is compiled once into the user cache folder with PySide6's lrelease.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from .paths import resource, user_cache_dir

LANGUAGES = ("en", "zh_CN")
SETTING = "language"  # QSettings key written by File → Settings: "en", "zh_CN" or "" (the system's)
log = logging.getLogger(__name__)


def user_settings():
    """This computer's ShopDesk settings, named explicitly so the headless sub-commands
    (which never set the application's name) read the same ones as the window."""
    from PySide6.QtCore import QSettings

    from .paths import APP_NAME

    return QSettings(APP_NAME, APP_NAME)


def saved_language() -> str | None:
    """The language chosen in Settings, or None to follow the system."""
    value = user_settings().value(SETTING, "")
    return value if value in LANGUAGES else None


def save_language(lang: str | None) -> None:
    if lang is not None and lang not in LANGUAGES:
        raise ValueError(f"unknown language '{lang}'")
    user_settings().setValue(SETTING, lang or "")


def choose_language(requested: str | None) -> str:
    """--lang first, then the language chosen in Settings, then the system's."""
    if requested:
        if requested not in LANGUAGES:
            raise ValueError(f"unknown language '{requested}' (use en or zh_CN)")
        return requested
    saved = saved_language()
    if saved:
        return saved
    return system_language()


def system_language() -> str:
    """zh_CN on a Chinese system (LANG / LC_ALL on Linux, the user's locale on Windows), else en."""
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def _lrelease() -> str | None:
    found = shutil.which("pyside6-lrelease")
    if found:
        return found
    candidate = Path(sys.executable).with_name("pyside6-lrelease")
    return str(candidate) if candidate.exists() else None


def compiled_catalog(lang: str) -> Path | None:
    """The .qm for `lang`: the bundled one, or one compiled from the .ts."""
    ts = resource("i18n", f"shopdesk_{lang}.ts")
    shipped = ts.with_suffix(".qm")
    if shipped.exists() and (not ts.exists() or shipped.stat().st_mtime >= ts.stat().st_mtime):
        return shipped
    if not ts.exists():
        return None
    cached = user_cache_dir() / shipped.name
    if cached.exists() and cached.stat().st_mtime >= ts.stat().st_mtime:
        return cached
    tool = _lrelease()
    if tool is None:
        log.warning("cannot compile %s: pyside6-lrelease not found", ts)
        return None
    subprocess.run([tool, "-silent", str(ts), "-qm", str(cached)], check=True)
    return cached


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Install ShopDesk's and Qt's own translations; keep the list alive."""
    QLocale.setDefault(QLocale(lang))
    translators: list[QTranslator] = []
    if lang == "en":
        return translators
    qm = compiled_catalog(lang)
    ours = QTranslator(app)
    if qm and ours.load(str(qm)):
        app.installTranslator(ours)
        translators.append(ours)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = QTranslator(app)
    if qtbase.load(f"qtbase_{lang}", qt_dir):
        app.installTranslator(qtbase)
        translators.append(qtbase)
    return translators
