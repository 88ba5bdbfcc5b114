"""`shopdesk backup` then `shopdesk restore` brings the shop back as it was; a bad file is refused."""

import sqlite3

from shopdesk.cli import main


def staff_names(path):
    conn = sqlite3.connect(path)
    try:
        return sorted(r[0] for r in conn.execute("SELECT name FROM staff"))
    finally:
        conn.close()


def test_backup_then_restore_round_trip(tmp_path, capsys, monkeypatch):
    path, copy = tmp_path / "shop.db", tmp_path / "copy.db"
    assert main(["demo", "--db", str(path), "--months", "1"]) == 0
    names = staff_names(path)
    assert main(["backup", "--db", str(path), "--to", str(copy)]) == 0
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM staff WHERE id = (SELECT MIN(id) FROM staff)")
    conn.commit()
    conn.close()
    assert staff_names(path) != names
    # The demo shop's owner password guards restores: from SHOPDESK_PASSWORD, never argv.
    monkeypatch.setenv("SHOPDESK_PASSWORD", "demo")
    assert main(["restore", str(copy), "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert "people" in out and "kept as" in out
    assert staff_names(path) == names
    assert main(["check", "--db", str(path)]) == 0


def test_backup_into_the_default_folder(tmp_path):
    path = tmp_path / "shop.db"
    main(["demo", "--db", str(path), "--months", "1"])
    assert main(["backup", "--db", str(path)]) == 0
    assert len(list((tmp_path / "backups").glob("*.shopdesk-backup"))) == 1


def test_restore_refuses_a_file_that_is_not_a_backup(tmp_path, capsys, monkeypatch):
    path, junk = tmp_path / "shop.db", tmp_path / "junk.db"
    main(["demo", "--db", str(path), "--months", "1"])
    junk.write_bytes(b"garbage" * 1000)
    before = path.read_bytes()
    monkeypatch.setenv("SHOPDESK_PASSWORD", "demo")
    assert main(["restore", str(junk), "--db", str(path)]) == 2
    assert "cannot be restored" in capsys.readouterr().err
    assert path.read_bytes() == before


def test_check_reports_the_newest_backup(tmp_path, capsys):
    path = tmp_path / "shop.db"
    main(["demo", "--db", str(path), "--months", "1"])
    assert main(["backup", "--db", str(path)]) == 0
    assert main(["check", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert "1 backup(s)" in out and "exact integer" in out


def test_restore_takes_the_password_from_the_environment_or_a_prompt_never_argv(tmp_path, capsys, monkeypatch):
    """Issue item 9: `restore --password P` put the password in the process list."""
    import getpass
    import sys

    path, copy = tmp_path / "shop.db", tmp_path / "copy.db"
    main(["demo", "--db", str(path), "--months", "1"])
    assert main(["backup", "--db", str(path), "--to", str(copy)]) == 0
    before = path.read_bytes()
    capsys.readouterr()
    assert main(["restore", str(copy), "--db", str(path), "--password", "demo"]) == 2
    assert "SHOPDESK_PASSWORD" in capsys.readouterr().err
    monkeypatch.delenv("SHOPDESK_PASSWORD", raising=False)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False, raising=False)
    assert main(["restore", str(copy), "--db", str(path)]) == 2  # no terminal, no variable: refused
    monkeypatch.setenv("SHOPDESK_PASSWORD", "wrong")
    assert main(["restore", str(copy), "--db", str(path)]) == 2
    assert "password" in capsys.readouterr().err
    assert path.read_bytes() == before
    monkeypatch.delenv("SHOPDESK_PASSWORD")
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(getpass, "getpass", lambda prompt: "demo")
    assert main(["restore", str(copy), "--db", str(path)]) == 0
