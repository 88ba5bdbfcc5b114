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


def platform_dirs():
    """This system's folders for ShopDesk (platformdirs): on Windows the data is roaming,
    `%APPDATA%\\ShopDesk`, the cache local, `%LOCALAPPDATA%\\ShopDesk\\Cache`."""
    from platformdirs import PlatformDirs

    return PlatformDirs(APP_NAME, appauthor=False, roaming=True)


def user_data_dir() -> Path:
    path = Path(platform_dirs().user_data_dir)
    path.mkdir(parents=True, exist_ok=True)
    return path


def user_cache_dir() -> Path:
    path = Path(platform_dirs().user_cache_dir)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    return user_data_dir() / "shopdesk.db"
