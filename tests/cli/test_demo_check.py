"""`shopdesk demo` writes a believable shop; `shopdesk check` says whether it is healthy."""

import sqlite3

from shopdesk.cli import main


def test_demo_then_check_is_healthy(tmp_path, capsys):
    path = tmp_path / "demo.db"
    assert main(["demo", "--db", str(path), "--staff", "10", "--months", "12", "--seed", "5"]) == 0
    assert main(["check", "--db", str(path)]) == 0
    assert "healthy" in capsys.readouterr().out
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT COUNT(*) FROM staff").fetchone()[0] == 10
    assert conn.execute("SELECT COUNT(DISTINCT department) FROM staff").fetchone()[0] == 4
    conn.close()


def test_demo_refuses_to_write_over_a_shop(tmp_path):
    path = tmp_path / "demo.db"
    assert main(["demo", "--db", str(path)]) == 0
    assert main(["demo", "--db", str(path)]) == 2


def test_check_finds_inconsistent_figures(tmp_path, capsys):
    path = tmp_path / "demo.db"
    main(["demo", "--db", str(path), "--months", "1"])
    conn = sqlite3.connect(path)
    conn.execute("UPDATE figure SET value = 999999 WHERE metric = 'orders' AND id = "
                 "(SELECT MIN(id) FROM figure WHERE metric = 'orders')")
    conn.commit()
    conn.close()
    assert main(["check", "--db", str(path)]) == 1
    assert "more orders than visitors" in capsys.readouterr().out


def test_check_refuses_a_file_that_is_not_a_database(tmp_path):
    path = tmp_path / "broken.db"
    path.write_bytes(b"this is not sqlite" * 100)
    assert main(["check", "--db", str(path)]) == 1
    assert path.read_bytes() == b"this is not sqlite" * 100
