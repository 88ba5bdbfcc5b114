"""Where things are: bundled resources and the user's data folder."""

from __future__ import annotations

import sys
from pathlib import Path

APP_NAME = "ShopDesk"


def resources_dir() -> Path:
    """`resources/` beside the package, or inside a PyInstaller bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def user_data_dir() -> Path:
    from platformdirs import user_data_path

    path = user_data_path(APP_NAME, appauthor=False, roaming=True)
    path.mkdir(parents=True, exist_ok=True)
    return path


def user_cache_dir() -> Path:
    from platformdirs import user_cache_path

    path = user_cache_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    return user_data_dir() / "shopdesk.db"
