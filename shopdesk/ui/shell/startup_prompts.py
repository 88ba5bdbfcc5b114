"""Questions asked before the window opens: the shop server's password, and a schema update."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox

from shopdesk.store.db import Database


def server_url_with_password(url: str) -> str | None:
    """The URL to open (with a password typed now, kept in memory only), or None after telling why not."""
    from sqlalchemy.engine import make_url

    from shopdesk.services.common.connection import needs_password, try_connect

    shown = make_url(url).render_as_string(hide_password=True)
    for _attempt in range(3):
        problem = try_connect(url)
        if problem is None:
            return url
        if not needs_password(Exception(problem)):
            QMessageBox.critical(None, QCoreApplication.translate("Startup", "ShopDesk"), QCoreApplication.translate(
                "Startup", "ShopDesk cannot reach the shop server {server}:\n{reason}\n\nCheck that the server PC "
                "is on and connected, or choose this computer's file in Settings.").format(
                server=shown, reason=problem))
            return None
        password, ok = QInputDialog.getText(
            None, QCoreApplication.translate("Startup", "Shop server"), QCoreApplication.translate("Startup", "Password for {server}:").format(server=shown),
            QLineEdit.EchoMode.Password)
        if not ok:
            return None
        url = make_url(url).set(password=password).render_as_string(hide_password=False)
    QMessageBox.critical(None, QCoreApplication.translate("Startup", "ShopDesk"), QCoreApplication.translate("Startup", "The shop server did not accept the password."))
    return None


def confirm_upgrade(db: Database) -> bool:
    """An older shop database is updated only when the owner agrees (and, for a file, after its backup)."""
    question = QCoreApplication.translate("Startup", "This shop database was made by an older ShopDesk and needs a one-time update "
                  "before it can be used. Computers still running the older ShopDesk will then have "
                  "to be updated too.")
    if db.is_sqlite:
        question += "\n\n" + QCoreApplication.translate("Startup", "A backup of the file has been made beside it.")
    question += "\n\n" + QCoreApplication.translate("Startup", "Update it now?")
    answer = QMessageBox.question(None, QCoreApplication.translate("Startup", "ShopDesk"), question)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        from shopdesk.services.staff.auth import has_owner_password, verify_owner_password

        guarded = has_owner_password(db)
    except Exception:  # a schema from before log-in existed: nothing to check against
        guarded = False
    if not guarded:
        return True
    password, ok = QInputDialog.getText(None, QCoreApplication.translate("Startup", "ShopDesk"), QCoreApplication.translate("Startup", "The owner's password:"),
                                        QLineEdit.EchoMode.Password)
    if ok and verify_owner_password(db, password):
        return True
    QMessageBox.warning(None, QCoreApplication.translate("Startup", "ShopDesk"), QCoreApplication.translate("Startup", "The database was not updated."))
    return False
