"""Opening the shop file at start-up without ever making things worse.

Refuses network and cloud-sync folders, quick-checks the file read-only, offers
the newest good backup when it is damaged (the damaged file is set aside, never
overwritten), and makes the automatic daily / pre-migration backups.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

if TYPE_CHECKING:  # SQLAlchemy loads with the first Database, after the log-in is painted
    from shopdesk.store.db import Database
    from shopdesk.store.lazy import LazyDatabase

log = logging.getLogger(__name__)


def _t(text: str) -> str:
    """A message marked elsewhere with QT_TRANSLATE_NOOP("Startup", …)."""
    return QCoreApplication.translate("Startup", text)


def check_location(db: Database | LazyDatabase) -> bool:
    from shopdesk.services.safety.startup import SHARED_HINT, shared_location

    if db.path is None:
        return True
    why = shared_location(db.path)
    if why is None:
        return True
    log.warning("refused database at %s: %s", db.path, why)
    text = QCoreApplication.translate("Startup", "ShopDesk will not open {path}: {why}.").format(
        path=db.path, why=_t(why))
    QMessageBox.critical(None, _t("ShopDesk"), text + "\n\n" + _t(SHARED_HINT))
    return False


def check_health(db: Database | LazyDatabase) -> bool:
    """True when the file is healthy, or has just been restored from a good backup."""
    from shopdesk.services.common.context import OWNER
    from shopdesk.services.safety import backup
    from shopdesk.services.safety.startup import file_health

    if db.path is None:
        return True
    health = file_health(db.path)
    if health.healthy:
        return True
    good = backup.newest_good_backup_anywhere(db.path)
    log.error("database %s failed its check: %s", db.path, health.problems[:5])
    message = QCoreApplication.translate(
        "Startup", "The shop file {path} is damaged and cannot be used safely. ShopDesk has not "
        "changed it.").format(path=db.path)
    if good is None:
        QMessageBox.critical(None, _t("ShopDesk"), message + "\n\n" + QCoreApplication.translate(
            "Startup", "No good backup was found. Keep the file and ask for help; do not delete it."))
        return False
    summary = backup.summarize(good)
    question = message + "\n\n" + QCoreApplication.translate(
        "Startup", "The newest good backup is from {when}: {staff} people, {figures} daily figures. "
        "Restore it? The damaged file is kept aside.").format(
        when=f"{summary.made:%Y-%m-%d %H:%M}", staff=summary.staff, figures=summary.figures)
    answer = QMessageBox.question(None, _t("ShopDesk"), question)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    # Nobody has logged in yet: the owner's password stands behind this restore.
    verify = backup.owner_verifier(db.path, good)
    password = None
    if verify is not None:
        password = ask_owner_password(verify)
        if password is None:
            return False
    db.dispose()
    backup.restore(db.path, good, OWNER, password, verify)
    return True


OWNER_TRIES = 3


def ask_owner_password(verify: Callable[[str | None], bool]) -> str | None:
    """The owner's password, checked; None when cancelled or wrong three times."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    prompt = QCoreApplication.translate("Startup", "The owner's password is needed to restore the backup:")
    for _ in range(OWNER_TRIES):
        password, ok = QInputDialog.getText(None, _t("ShopDesk"), prompt, QLineEdit.EchoMode.Password)
        if not ok:
            return None
        if verify(password):
            return str(password)
        prompt = QCoreApplication.translate("Startup", "That is not the owner's password. Try again:")
    QMessageBox.critical(None, _t("ShopDesk"), QCoreApplication.translate(
        "Startup", "The password was wrong three times; nothing was restored."))
    return None


def open_safely(target: str | Path) -> Database | None:
    """The database ready to migrate and use, or None when the user was told why not."""
    from shopdesk.store.db import Database

    db = Database(target)
    if not check_location(db) or not check_health(db):
        db.dispose()
        return None
    from shopdesk.services.safety.startup import automatic_backups
    from shopdesk.store.schema import current_revision, needs_upgrade

    if db.path is not None and db.path.exists() and current_revision(db) is not None:
        if needs_upgrade(db):
            automatic_backups(db, True)  # must exist before the migration starts
        else:
            schedule_daily_backup(db)
    return db


def schedule_daily_backup(db: Database, delay_ms: int = 1500) -> None:
    """The day's first backup, off the UI thread once the window is up (a 5-year shop takes ~0.3 s)."""
    from PySide6.QtCore import QTimer

    from shopdesk.services.safety.startup import automatic_backups
    from shopdesk.ui.common.worker import run_in_background

    def backed_up(made: object) -> None:
        log.info("daily backup: %s", made)
        schedule_value_check(db)  # after the backup: one background reader at a time

    def failed(exc: BaseException) -> None:
        log.error("daily backup failed: %s", exc)
        schedule_value_check(db)

    def start() -> None:
        run_in_background(lambda: automatic_backups(db, False), backed_up, failed)

    QTimer.singleShot(delay_ms, start)


def schedule_value_check(db: Database) -> None:
    """Every stored value of its column's type, checked off the UI thread; the owner is warned."""
    from shopdesk.services.safety.startup import suspicious_values
    from shopdesk.ui.common.worker import run_in_background

    if db.path is None:
        return
    path = db.path

    def done(problems: list[str]) -> None:
        if not problems:
            return
        from shopdesk.ui.common.text import phrase_text

        log.error("database %s holds values of the wrong type: %s", path, problems[:5])
        QMessageBox.warning(None, _t("ShopDesk"), QCoreApplication.translate(
            "Startup", "The shop file {path} holds values ShopDesk does not write ({problem}). It may have "
            "been changed by another program. Run “shopdesk check”, and restore a backup if in doubt."
        ).format(path=path, problem=phrase_text(problems[0])))

    run_in_background(lambda: suspicious_values(path), done,
                      lambda exc: log.error("value check failed: %s", exc))
