"""Issue item 2: a restored file is a ShopDesk database of a known schema with nothing else
in it, or it is refused before anything changes; `shopdesk check` reports the same problems."""

from __future__ import annotations

import re
import shutil
import sqlite3
from datetime import datetime

import pytest

from shopdesk.cli import main
from shopdesk.services.safety import backup
from shopdesk.services.safety.backup import BackupError
from shopdesk.services.safety.file_check import check_file
from shopdesk.services.safety.startup import file_health
from tests.conftest import file_bytes

pytestmark = pytest.mark.sqlite_only

NOW = datetime(2026, 11, 24, 9, 0)

# name → SQL that turns a good backup into a hostile one
HOSTILE = {
    "trigger multiplying a salary on approval": [
        "CREATE TRIGGER boost AFTER INSERT ON payroll_approval BEGIN "
        "UPDATE staff SET base_salary_fen = base_salary_fen * 10; END"],
    "trigger dropping audit entries": [
        "CREATE TRIGGER hush AFTER INSERT ON audit_log BEGIN DELETE FROM audit_log; END"],
    "view in place of the rules table": [
        "CREATE TABLE pay_rule_real AS SELECT * FROM pay_rule", "DROP TABLE pay_rule",
        "CREATE VIEW pay_rule AS SELECT id, applies_to, label, kind, metric, basis, rate, "
        "amount_fen * 10 AS amount_fen, threshold, tiers, tier_mode, cap_fen, weights, effective_from "
        "FROM pay_rule_real"],
    "newer schema": ["UPDATE alembic_version SET version_num = '0099_future'"],
    "two schema versions": ["INSERT INTO alembic_version VALUES ('0001_foundation')"],
    "text in a money column": ["UPDATE staff SET base_salary_fen = 'lots' WHERE id = (SELECT MIN(id) FROM staff)"],
    "real number in a money column": ["UPDATE staff SET base_salary_fen = 500000.5 WHERE id = (SELECT MIN(id) FROM staff)"],
    "huge money": [f"UPDATE staff SET base_salary_fen = {10**17} WHERE id = (SELECT MIN(id) FROM staff)"],
    "date that does not parse": ["UPDATE figure SET day = '2026-13-45' WHERE id = (SELECT MIN(id) FROM figure)"],
    "time that does not parse": ["UPDATE staff SET updated_at = 'yesterday' WHERE id = (SELECT MIN(id) FROM staff)"],
    "yes/no that is neither": ["UPDATE staff SET active = 7 WHERE id = (SELECT MIN(id) FROM staff)"],
    "NUL byte in a name": ["UPDATE staff SET name = 'a' || char(0) || 'b' WHERE id = (SELECT MIN(id) FROM staff)"],
    "name longer than its column": ["UPDATE staff SET name = printf('%.100c', 'x') WHERE id = (SELECT MIN(id) FROM staff)"],
    "extra table": ["CREATE TABLE notes (x TEXT)"],
    "extra column": ["ALTER TABLE staff ADD COLUMN secret TEXT"],
    "dropped index": ["DROP INDEX ix_staff_department"],
    # The staff table as the schema makes it, less its CHECK constraints (built from the file itself).
    "check constraint removed": ["STAFF_WITHOUT_CHECKS"],
    "broken foreign key": ["PRAGMA foreign_keys=OFF",
                           "UPDATE figure SET staff_id = 99999 WHERE id = (SELECT MIN(id) FROM figure WHERE staff_id IS NOT NULL)"],
}


def _hostile(good, tmp_path, edits):
    path = tmp_path / "hostile.shopdesk-backup"
    shutil.copyfile(good, path)
    conn = sqlite3.connect(path, isolation_level=None)
    for sql in edits:
        if sql == "STAFF_WITHOUT_CHECKS":
            import re

            table = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'staff'").fetchone()[0]
            unchecked = re.sub(r",\s*CONSTRAINT \w+ CHECK \((?:[^()]|\([^()]*\))*\)", "", table)
            assert unchecked != table, "the staff table has CHECK constraints to remove"
            for step in ("CREATE TABLE s2 AS SELECT * FROM staff", "PRAGMA foreign_keys=OFF", "DROP TABLE staff",
                         unchecked, "CREATE INDEX ix_staff_department ON staff (department)",
                         "INSERT INTO staff SELECT * FROM s2", "DROP TABLE s2"):
                conn.execute(step)
            continue
        conn.execute(sql)
    conn.close()
    return path


def _four_table_fake(tmp_path):
    path = tmp_path / "fake.shopdesk-backup"
    conn = sqlite3.connect(path)
    conn.executescript("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY);"
                       "INSERT INTO alembic_version VALUES ('0006_audit');"
                       "CREATE TABLE staff (id INTEGER, name TEXT); CREATE TABLE figure (day TEXT);"
                       "CREATE TABLE target (id INTEGER);")
    conn.close()
    return path


@pytest.mark.parametrize("kind", [*HOSTILE, "four-table fake"])
def test_a_hostile_backup_is_refused_leaves_the_shop_byte_identical_and_check_says_why(
        kind, demo_db, owner, tmp_path, capsys):
    good = backup.backup_now(demo_db, owner, now=NOW)
    assert check_file(good).ok
    tmp_path = tmp_path / "hostile"
    tmp_path.mkdir()
    bad = _four_table_fake(tmp_path) if kind == "four-table fake" else _hostile(good, tmp_path, HOSTILE[kind])
    hostile_bytes = bad.read_bytes()
    before = file_bytes(demo_db)
    verdict = check_file(bad)
    assert not verdict.ok, kind
    with pytest.raises(BackupError, match="cannot be restored"):
        backup.restore(demo_db.path, bad, owner, now=NOW)
    assert file_bytes(demo_db) == before
    assert not list(demo_db.path.parent.glob("backups/*safety*"))  # refused before anything moved
    # `shopdesk check` on the hostile file finds the same first problem and writes nothing.
    capsys.readouterr()
    assert main(["check", "--db", str(bad)]) == 1
    assert verdict.problems[0] in capsys.readouterr().out
    assert bad.read_bytes() == hostile_bytes
    assert not list(tmp_path.glob("*-wal")) and not list(tmp_path.glob("*-shm"))


def test_a_newer_schema_is_refused_by_restore_not_after_it(demo_db, owner, tmp_path):
    good = backup.backup_now(demo_db, owner, now=NOW)
    bad = _hostile(good, tmp_path, HOSTILE["newer schema"])
    with pytest.raises(BackupError, match="newer ShopDesk"):
        backup.restore(demo_db.path, bad, owner, now=NOW)
    # At start-up a newer file is not called damaged: the schema update refuses it instead.
    assert file_health(bad).healthy


def test_a_hostile_shop_file_is_found_at_start_up(demo_db, tmp_path):
    demo_db.dispose()
    shop = _hostile(demo_db.path, tmp_path, HOSTILE["trigger multiplying a salary on approval"])
    health = file_health(shop)
    assert not health.healthy and "trigger" in health.problems[0]


def test_an_older_known_schema_is_accepted(tmp_path):
    from alembic import command

    from shopdesk.store.db import Database
    from shopdesk.store.schema import alembic_config

    path = tmp_path / "old.db"
    db = Database(path)
    config = alembic_config()
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0004_payroll")
    db.dispose()
    verdict = check_file(path)
    assert verdict.ok and verdict.revision == "0004_payroll"


@pytest.mark.parametrize("kind", [*HOSTILE, "four-table fake"])
def test_why_a_backup_is_refused_reads_in_chinese(kind, demo_db, owner, tmp_path):
    """The reason travels with the refusal and is worded in the owner's language when shown."""
    from shopdesk.domain.text import Phrase
    from shopdesk.exchange.common.translate import translator

    good = backup.backup_now(demo_db, owner, now=NOW)
    (tmp_path / "hostile").mkdir()
    bad = _four_table_fake(tmp_path / "hostile") if kind == "four-table fake" else _hostile(
        good, tmp_path / "hostile", HOSTILE[kind])
    problem = check_file(bad).problems[0]
    assert isinstance(problem, Phrase), kind
    chinese = problem.render(translator("zh_CN"))
    assert chinese != str(problem) and re.search(r"[\u4e00-\u9fff]", chinese), chinese
    with pytest.raises(BackupError) as refused:
        backup.restore(demo_db.path, bad, owner, now=NOW)
    message = refused.value.render(translator("zh_CN"))
    assert chinese in message
    # What stays Latin is a name from the file (table, column, schema) or ShopDesk's own.
    leftover = re.sub(r"“[^”]*”|\b\w+\.\w+\b|\b[a-z_]+\b(?= 表| 记录)|ShopDesk|SQLite|[^A-Za-z]", " ",
                      message.replace(bad.name, ""))
    assert leftover.split() == [], message
