"""Opening the shop at start-up, before the log-in: the quick way and the careful way.

A shop file at this program's schema is checked with the standard library only
(where it lives, SQLite's quick_check read-only, the stored revision) and opened
behind the painted log-in. Anything else — a new file, an older or a newer
schema, a damaged file, a shop server — takes the careful way first: the restore
offer, the backup before a migration, the owner's consent to update.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

if TYPE_CHECKING:
    from shopdesk.store.db import Database
    from shopdesk.store.lazy import LazyDatabase


def check_file(shop: LazyDatabase) -> bool:
    """Location and health of a shop file, and its schema brought up to date when it must be.
    False when the person was told why it cannot be used."""
    from shopdesk.services.safety.startup import file_health
    from shopdesk.ui.shell.safe_open import check_health, check_location

    if not check_location(shop):
        return False
    if shop.path is not None and not file_health(shop.path).healthy and not check_health(shop):
        return False
    if shop.schema_is_current():
        return True  # the quick way: nothing to create, update or refuse
    return prepare_schema(shop.get())


def prepare_schema(db: Database) -> bool:
    """Create a new shop, or update an older one with the owner's consent (a file after its
    backup); refuse a newer one. False when the shop cannot be used."""
    from shopdesk.services.safety.startup import automatic_backups
    from shopdesk.store.schema import (
        SchemaTooNew,
        current_revision,
        ensure_schema,
        known_revisions,
        needs_upgrade,
    )

    revision = current_revision(db)
    outdated = revision is not None and needs_upgrade(db)
    if outdated and db.path is not None and db.path.exists():
        automatic_backups(db, True)  # must exist before the migration starts
    try:
        if outdated:
            from shopdesk.ui.shell.startup_prompts import confirm_upgrade

            if revision in known_revisions() and not confirm_upgrade(db):
                return False
        ensure_schema(db)
    except SchemaTooNew:
        QMessageBox.critical(None, QCoreApplication.translate("Startup", "ShopDesk"),
                             QCoreApplication.translate(
                                 "Startup", "This shop database was written by a newer ShopDesk. "
                                 "Please install the newer version; nothing was changed."))
        return False
    return True
