"""Issue item 10: hostile command lines and files each end in one clear line and exit 2."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from shopdesk.cli import main


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "shop.db"
    assert main(["demo", "--db", str(path), "--months", "2"]) == 0
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    return path


def one_clear_line(capsys) -> str:
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert "Traceback" not in captured.err + captured.out
    assert len(lines) == 1, lines
    return lines[0]


@pytest.mark.parametrize("command", [
    ["payroll", "2026-10", "--export", "{out}"], ["export", "{out}"], ["import", "{book}"]])
def test_a_file_that_is_not_a_database_is_one_line_and_exit_2(command, tmp_path, capsys):
    from shopdesk.exchange.workbook.template import write_template

    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is no database" * 500)
    book = tmp_path / "book.xlsx"
    write_template(book)
    capsys.readouterr()
    argv = [a.format(out=tmp_path / "out.xlsx", book=book) for a in command]
    assert main([*argv, "--db", str(junk)]) == 2
    assert "cannot be" in one_clear_line(capsys)
    assert junk.read_bytes() == b"this is no database" * 500
    assert not (tmp_path / "out.xlsx").exists()


def test_a_month_in_year_one_is_bad_input(demo_file, tmp_path, capsys):
    assert main(["payroll", "0001-01", "--db", str(demo_file), "--export", str(tmp_path / "o.xlsx")]) == 2
    assert "0001-01" in one_clear_line(capsys)


@pytest.mark.parametrize("option", [["--months", "100000"], ["--staff", "100000"], ["--staff", "501"],
                                    ["--months", "121"], ["--staff", "3"], ["--months", "0"]])
def test_demo_limits_leave_no_file(option, tmp_path, capsys):
    path = tmp_path / "demo.db"
    assert main(["demo", "--db", str(path), *option]) == 2
    assert "--staff must be 4 to 500 and --months 1 to 120" in one_clear_line(capsys)
    assert list(tmp_path.iterdir()) == []


def test_a_demo_that_fails_half_way_leaves_no_file(tmp_path, monkeypatch, capsys):
    from shopdesk.domain.errors import ShopDeskError
    from shopdesk.services.demo import shop

    def broken(*args, **kwargs):
        raise ShopDeskError("the disk is full")

    monkeypatch.setattr(shop, "write_demo", broken)
    assert main(["demo", "--db", str(tmp_path / "demo.db")]) == 2
    assert "the disk is full" in one_clear_line(capsys)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("start", [0, 100, 7 * 4096, 4096, 8192, 3 * 4096, 5 * 4096, 9 * 4096,
                                   17 * 4096, 25 * 4096, 40 * 4096, -8192])
def test_payroll_on_a_damaged_copy_exits_2_and_check_leaves_no_side_files(start, demo_file, tmp_path, capsys):
    path = tmp_path / "damaged.db"
    shutil.copyfile(demo_file, path)
    raw = bytearray(path.read_bytes())
    raw[start:start + 2048 if start >= 0 else start + 2048 or None] = b"\x5a" * 2048
    path.write_bytes(bytes(raw))
    damaged = path.read_bytes()
    assert main(["payroll", "2026-10", "--db", str(path), "--export", str(tmp_path / "o.xlsx")]) == 2
    one_clear_line(capsys)
    assert main(["check", "--db", str(path)]) == 1
    assert path.read_bytes() == damaged
    assert sorted(p.name for p in tmp_path.iterdir()) == ["damaged.db"]


def test_an_import_with_200000_bad_rows_prints_200_problems_and_a_count(tmp_path, capsys):
    from tests.exchange.workbook.hostile import sheet_xml, write_raw

    rows = [["date", "scope", "metric", "value"]] + [["2026-11-02", "shop", "orders", "many"]] * 200_000
    book = write_raw(tmp_path / "bad.xlsx", {"Actuals": sheet_xml(rows)})
    path = tmp_path / "shop.db"
    assert main(["import", str(book), "--db", str(path)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 202
    assert err[0] == "Actuals!D2: 'many' is not a number"
    assert err[-2] == "… and 199800 more problem(s)"
    assert err[-1] == "import: 200000 problem(s) found; nothing was written"
    assert not path.exists()  # the file it would have created is not left behind


def test_migrate_to_refuses_a_nul_byte_before_reaching_the_server(demo_file, tmp_path, capsys):
    """Issue item 8: a NUL byte in a name crashed `migrate-to` half-way on PostgreSQL."""
    path = tmp_path / "nul.db"
    shutil.copyfile(demo_file, path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE staff SET name = '王' || char(0) || '芳' WHERE id = 1")
    conn.commit()
    conn.close()
    assert main(["migrate-to", "postgresql+psycopg://nobody@127.0.0.1:9/none", "--db", str(path)]) == 2
    assert "NUL" in one_clear_line(capsys)
