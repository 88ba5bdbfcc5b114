"""A shop file from an older ShopDesk is backed up before a command updates it, and told so."""

from __future__ import annotations

from shopdesk.cli import main
from shopdesk.services.safety.backup import list_backups
from shopdesk.store.db import Database
from shopdesk.store.schema import SCHEMA_HEAD, alembic_config, current_revision


def _old_shop(path) -> None:  # type: ignore[no-untyped-def]
    from alembic import command

    db = Database(path)
    config = alembic_config()
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0002_targets")
    db.dispose()


def test_an_older_shop_file_is_backed_up_then_updated(tmp_path, capsys):
    path = tmp_path / "old.db"
    _old_shop(path)

    assert main(["export", str(tmp_path / "book.xlsx"), "--db", str(path)]) == 0

    err = capsys.readouterr().err
    assert "from schema 0002_targets to " + SCHEMA_HEAD in err and "backup first" in err
    db = Database(path)
    assert current_revision(db) == SCHEMA_HEAD
    db.dispose()
    from shopdesk.services.safety.backup import default_folder

    assert [reason for _, reason, _ in list_backups(default_folder(path))] == ["migration"]


def test_a_current_shop_is_opened_without_a_word(demo_db, tmp_path, capsys):
    assert main(["export", str(tmp_path / "book.xlsx"), "--db", str(demo_db.path)]) == 0
    assert "updated" not in capsys.readouterr().err
