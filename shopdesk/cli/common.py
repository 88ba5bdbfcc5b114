"""Helpers shared by the sub-commands."""

from __future__ import annotations

import argparse

from ..paths import default_db_path
from ..store.db import Database
from ..store.schema import ensure_schema


def open_db(args: argparse.Namespace, *, create: bool = True) -> Database:
    """The database named by --db (or the default), migrated to the current schema."""
    db = Database(getattr(args, "db", None) or default_db_path())
    if create or db.path is None or db.path.exists():
        ensure_schema(db)
    return db
