"""The shop database before SQLAlchemy is loaded.

`LazyDatabase` knows where the data lives (a file's path for the start-up checks
and the log-in names, read with `store.peek`) and opens the real `Database` on
first use: behind the painted log-in, or when the log-in needs it.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .peek import database_url, revision, sqlite_path

if TYPE_CHECKING:
    from .db import Database


class LazyDatabase:
    def __init__(self, target: str | os.PathLike[str], db: Database | None = None) -> None:
        self.url = db.url if db is not None else database_url(target)
        self.is_sqlite = self.url.startswith("sqlite")
        self.path: Path | None = sqlite_path(self.url)
        self._db = db

    @classmethod
    def of(cls, db: Database | LazyDatabase) -> LazyDatabase:
        return db if isinstance(db, LazyDatabase) else cls(db.url, db)

    @property
    def opened(self) -> bool:
        return self._db is not None

    def get(self) -> Database:
        """The `Database` (SQLAlchemy imported and the engine made the first time)."""
        if self._db is None:
            from .db import Database

            self._db = Database(self.url)
        return self._db

    def schema_is_current(self) -> bool:
        """An existing file at this program's schema: nothing to create, update or refuse."""
        from .schema import SCHEMA_HEAD

        if self.path is None or not self.path.is_file():
            return False
        try:
            return revision(self.path) == SCHEMA_HEAD
        except sqlite3.Error:  # damaged or not a database: the careful way decides
            return False

    def __getattr__(self, name: str) -> Any:
        """Anything else a `Database` offers (`read`, `write`, `engine`, …) opens it first, so code
        written for a `Database` (the start-up checks, a restore) works on this one too."""
        if name.startswith("__") or name == "_db":
            raise AttributeError(name)
        return getattr(self.get(), name)

    def dispose(self) -> None:
        if self._db is not None:
            self._db.dispose()

    def __repr__(self) -> str:
        return f"LazyDatabase({self.url if self.is_sqlite else 'server'!r})"
