"""What every screen needs: the database, who is logged in, and change signals."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Signal

from shopdesk.services.common.context import Actor
from shopdesk.store.db import Database


class DataBus(QObject):
    """Operations announce what they changed (a `ui.common.ops.Change` set); pages listen."""

    changed = Signal(object)


class AppContext(QObject):
    actor_changed = Signal()

    def __init__(self, db: Database, actor: Actor, lang: str = "en",
                 today: Callable[[], date] = date.today) -> None:
        super().__init__()
        self.db = db
        self.actor = actor
        self.lang = lang
        self.today = today  # a function, so tests can pin the date
        self.bus = DataBus()

    def set_actor(self, actor: Actor) -> None:
        self.actor = actor
        self.actor_changed.emit()
