"""Business settings stored in the shop database (name, rest days, …)."""

from __future__ import annotations

from shopdesk.services.common.context import Actor
from shopdesk.store.db import Database
from shopdesk.store.models.core import Setting

DEFAULT_SHOP_NAME = "ShopDesk"


def get_setting(db: Database, key: str, default: str = "") -> str:
    with db.read() as s:
        row = s.get(Setting, key)
        return row.value if row is not None else default


def set_setting(db: Database, actor: Actor, key: str, value: str) -> None:
    actor.require_owner("change shop settings")
    with db.write() as s:
        row = s.get(Setting, key)
        if row is None:
            s.add(Setting(key=key, value=value))
        else:
            row.value = value


def shop_name(db: Database) -> str:
    return get_setting(db, "shop_name", DEFAULT_SHOP_NAME) or DEFAULT_SHOP_NAME
