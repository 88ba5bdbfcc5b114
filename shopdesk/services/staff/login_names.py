"""The names on the log-in list (no pay or other private data).

Before the shop database is opened (a file at start-up) they are read with the
standard library's sqlite3, read-only, so the log-in paints before SQLAlchemy
loads; once it is open, through `services.staff.auth`. Both give the same list.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from shopdesk.store.lazy import LazyDatabase
from shopdesk.store.peek import LoginChoice

if TYPE_CHECKING:
    from shopdesk.store.db import Database


@dataclass(frozen=True)
class LoginNames:
    owner_password_set: bool
    choices: list[LoginChoice]


def login_names(db: Database | LazyDatabase) -> LoginNames:
    shop = LazyDatabase.of(db)
    if not shop.opened and shop.path is not None:
        from shopdesk.store.peek import login_rows

        owner, rows = login_rows(shop.path)
        return LoginNames(owner, [LoginChoice(*row) for row in rows])
    from shopdesk.services.staff import auth

    opened = shop.get()
    return LoginNames(auth.has_owner_password(opened), auth.login_choices(opened))
