"""Issue item 10: hostile command lines and files each end in one clear line and exit 2."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from pathlib import Path

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


# --- Every sub-command × every kind of bad argument: exit 2, one line, nothing touched ---------------

GOOD, JUNK, GARBAGE, FOLDER, MISSING = "{good}", "{junk}", "{garbage}", "{folder}", "/no/such/dir/x"
URL = "postgresql+psycopg://nobody@127.0.0.1:9/none"
BAD_ARGUMENTS = {  # kind → (argv, a fragment of the English line)
    "missing folder": [
        (["template", MISSING + ".xlsx"], "/no/such/dir does not exist"),
        (["export", MISSING + ".xlsx", "--db", GOOD], "/no/such/dir does not exist"),
        (["payroll", "2026-10", "--db", GOOD, "--export", MISSING + ".xlsx"], "/no/such/dir does not exist"),
        (["payroll", "2026", "--db", GOOD, "--export", MISSING + ".xlsx"], "/no/such/dir does not exist"),
        (["payslips", "2026-10", "--db", GOOD, "--export", MISSING + ".pdf"], "/no/such/dir does not exist"),
        (["backup", "--db", GOOD, "--to", MISSING], "/no/such/dir does not exist"),
        (["demo", "--db", MISSING + ".db"], "/no/such/dir does not exist"),
        (["restore", GOOD, "--db", MISSING + ".db"], "/no/such/dir does not exist"),
        (["import", MISSING + ".xlsx", "--db", GOOD], "no such file"),
        (["import-platform", MISSING + ".csv", "--db", GOOD], "no such file"),
        (["restore", MISSING, "--db", GOOD], "no such file"),
        (["migrate-to", URL, "--db", MISSING + ".db"], "existing shop file"),
        (["export", "{tmp}/out.xlsx", "--db", MISSING + ".db"], "does not exist"),
        (["payroll", "2026-10", "--db", MISSING + ".db", "--export", "{tmp}/out.xlsx"], "does not exist"),
        (["payslips", "2026-10", "--db", MISSING + ".db", "--export", "{tmp}/out.pdf"], "does not exist"),
        (["backup", "--db", MISSING + ".db"], "does not exist"),
    ],
    "not a database": [
        (["demo", "--db", JUNK], "cannot be used: the file is not a database"),
        (["backup", "--db", JUNK, "--to", "{tmp}/copy.db"], "cannot be used: the file is not a database"),
        (["export", "{tmp}/out.xlsx", "--db", JUNK], "cannot be used: the file is not a database"),
        (["import", "{book}", "--db", JUNK], "cannot be used: the file is not a database"),
        (["import-platform", "{csv}", "--db", JUNK], "cannot be used: the file is not a database"),
        (["payroll", "2026-10", "--db", JUNK, "--export", "{tmp}/out.xlsx"], "cannot be used"),
        (["payslips", "2026-10", "--db", JUNK, "--export", "{tmp}/out.pdf"], "cannot be used"),
        (["migrate-to", URL, "--db", JUNK], "cannot be used: the file is not a database"),
        (["restore", JUNK, "--db", GOOD], "not a database"),
        (["demo", "--db", GOOD], "already holds a shop"),
    ],
    "bad month": [
        *[(["payroll", month, "--db", GOOD, "--export", "{tmp}/out.xlsx"], f"'{month}' is not a month")
          for month in ("0001-01", "2026-13", "abc", "2026-00", "99999-01", "")],
        (["payroll", "0001", "--db", GOOD, "--export", "{tmp}/out.xlsx"], "'0001' is not a month"),
        (["payroll", "2099-01", "--db", GOOD, "--export", "{tmp}/out.xlsx"], "has not begun"),
        (["payroll", "2026", "--approve", "--db", GOOD, "--export", "{tmp}/out.xlsx"], "--approve takes a month"),
        *[(["payslips", month, "--db", GOOD, "--export", "{tmp}/out.pdf"], f"'{month}' is not a month")
          for month in ("0001-01", "2026-13", "abc")],
        (["import-platform", "{csv}", "--db", GOOD, "--day", "2026-13-01"], "is not a date"),
    ],
    "huge or wrong number": [
        (["demo", "--db", "{tmp}/new.db", "--staff", str(10**30)], "--staff must be 4 to 500"),
        (["demo", "--db", "{tmp}/new.db", "--months", str(10**30)], "--staff must be 4 to 500"),
        (["demo", "--db", "{tmp}/new.db", "--staff", "-1"], "--staff must be 4 to 500"),
        (["demo", "--db", "{tmp}/new.db", "--staff", "abc"], "'abc' is not a whole number"),
        (["demo", "--db", "{tmp}/new.db", "--months", "1e3"], "'1e3' is not a whole number"),
    ],
    "unreadable file": [
        (["import", GARBAGE, "--db", GOOD], "not an Excel workbook"),
        (["import", GARBAGE, "--db", "{tmp}/new.db"], "not an Excel workbook"),
        (["import-platform", GARBAGE, "--db", GOOD], "garbage.xlsx:row 1"),
        (["restore", GARBAGE, "--db", GOOD], "garbage.xlsx"),
        (["template", "{tmp}/book.csv"], "must end in .xlsx"),
        (["payslips", "2026-10", "--db", GOOD, "--export", "{tmp}/out.csv"], "must end in .xlsx or .pdf"),
    ],
    "folder for a file": [
        (["template", FOLDER], "is a folder"),
        (["export", FOLDER, "--db", GOOD], "is a folder"),
        (["payroll", "2026-10", "--db", GOOD, "--export", FOLDER], "is a folder"),
        (["payslips", "2026-10", "--db", GOOD, "--export", FOLDER], "is a folder"),
        (["backup", "--db", GOOD, "--to", FOLDER], "is a folder"),
        (["import", FOLDER, "--db", GOOD], "no such file"),
        (["import-platform", FOLDER, "--db", GOOD], "folder:row 1"),
        (["restore", FOLDER, "--db", GOOD], "no such file"),
        *[([command, *rest, "--db", FOLDER], "folder")
          for command, *rest in (["demo"], ["import", "{book}"], ["import-platform", "{csv}"], ["backup"],
                                 ["restore", GOOD], ["migrate-to", URL],
                                 ["export", "{tmp}/out.xlsx"], ["payroll", "2026-10", "--export", "{tmp}/o.xlsx"],
                                 ["payslips", "2026-10", "--export", "{tmp}/o.pdf"])],
    ],
    "unwritable folder": [
        (["template", ""], "name the file to write"),
        *[(argv, "nothing can be written in /proc") for argv in (
            ["template", "/proc/t.xlsx"], ["export", "/proc/t.xlsx", "--db", GOOD],
            ["payroll", "2026-10", "--db", GOOD, "--export", "/proc/t.xlsx"],
            ["payslips", "2026-10", "--db", GOOD, "--export", "/proc/t.pdf"], ["backup", "--db", GOOD, "--to", "/proc/t.db"],
        ) if Path("/proc/self").is_dir()],  # Linux: a folder where even root can make no file
    ],
    "a pipe for a file": [  # a device or pipe is never replaced, written or read as a shop
        (["template", "{pipe}.xlsx"], "is not a regular file"),
        (["export", "{pipe}.xlsx", "--db", GOOD], "is not a regular file"),
        (["payroll", "2026-10", "--db", GOOD, "--export", "{pipe}.xlsx"], "is not a regular file"),
        (["payslips", "2026-10", "--db", GOOD, "--export", "{pipe}.pdf"], "is not a regular file"),
        (["backup", "--db", GOOD, "--to", "{pipe}.db"], "is not a regular file"),
        (["restore", GOOD, "--db", "{pipe}.db"], "is not a shop file"),
        *[([command, *rest, "--db", "{pipe}.db"], "is not a shop file")
          for command, *rest in (["demo"], ["import", "{book}"], ["import-platform", "{csv}"],
                                 ["export", "{tmp}/out.xlsx"], ["payroll", "2026-10", "--export", "{tmp}/o.xlsx"],
                                 ["payslips", "2026-10", "--export", "{tmp}/o.pdf"])],
        (["migrate-to", URL, "--db", "{pipe}.db"], "--db must name an existing shop file"),
    ],
    "command line": [
        (["export", "{tmp}/out.xlsx", "--db", "bogus://x"], "--db bogus://x is neither a shop file"),
        *[([*argv, "a\x00b"], "an argument holds a NUL character")
          for argv in (["template"], ["demo", "--db"], ["check", "--db"], ["backup", "--db", GOOD, "--to"],
                       ["restore", "--db", GOOD], ["import-platform", "--db", GOOD],
                       ["payroll", "2026-10", "--db", GOOD, "--export"])],
        (["payroll", "2026-10", "--db", GOOD], "missing: --export"),
        (["payroll", "--export", "{tmp}/out.xlsx"], "missing: period"),
        (["frobnicate"], "'frobnicate' is not one of"),
        (["check", "--db", GOOD, "--lang", "fr"], "'fr' is not one of"),
        (["backup", "--db", GOOD, "--bogus"], "not understood: --bogus"),
        (["import-platform", "--db", GOOD], "missing: FILE"),
        (["restore", GOOD, "--db", GOOD, "--password", "x"], "--password is no longer accepted"),
        (["migrate-to", "http://example.com/shop", "--db", GOOD], "postgresql+psycopg://"),
    ],
}
CASES = [pytest.param(argv, fragment, id=f"{kind}: {' '.join(argv)}")
         for kind, cases in BAD_ARGUMENTS.items() for argv, fragment in cases]
# Every sub-command is tried with bad arguments (check's bad --db is a report, exit 1: tested above).
assert {argv[0] for argv, _ in (c.values[:2] for c in CASES)} >= {
    "demo", "backup", "restore", "template", "import", "import-platform", "export", "payroll", "payslips",
    "migrate-to", "check"}


@pytest.fixture
def hostile_files(demo_file, tmp_path):
    """The good shop (a copy), a file that is no database, a garbage 'workbook', a folder, a real
    workbook and platform export; and a snapshot of every file's bytes to compare with after."""
    from shopdesk.exchange.workbook.template import write_template

    good = tmp_path / "shop.db"
    shutil.copyfile(demo_file, good)
    conn = sqlite3.connect(good)  # as every shop file ShopDesk writes: in WAL mode
    conn.execute("PRAGMA journal_mode=WAL")
    conn.close()
    (tmp_path / "junk.db").write_bytes(b"this is no database" * 500)
    (tmp_path / "garbage.xlsx").write_bytes(b"PK\x03\x04 not really a zip" * 100)
    (tmp_path / "folder").mkdir()
    for suffix in (".xlsx", ".pdf", ".db"):
        os.mkfifo(tmp_path / f"pipe{suffix}")  # opening one to read would hang the test
    write_template(tmp_path / "book.xlsx")
    (tmp_path / "orders.csv").write_text("订单编号,买家实际支付金额,订单付款时间\n1,10.00,2026-11-03 10:00:00\n",
                                         encoding="utf-8")
    names = {"good": good, "junk": tmp_path / "junk.db", "garbage": tmp_path / "garbage.xlsx",
             "folder": tmp_path / "folder", "book": tmp_path / "book.xlsx", "csv": tmp_path / "orders.csv",
             "tmp": tmp_path, "pipe": tmp_path / "pipe"}
    return names, _snapshot(tmp_path)


def _snapshot(root):
    return {str(p.relative_to(root)): (p.read_bytes() if p.is_file() else p.stat().st_mode)
            for p in sorted(root.rglob("*"))}


def _argv(argv, names, lang):
    return [a.format(**names) for a in argv] + ["--lang", lang] * ("--lang" not in argv)


def _run_bad(argv, hostile_files, capsys, lang, monkeypatch):
    names, before = hostile_files
    monkeypatch.delenv("SHOPDESK_PASSWORD", raising=False)
    capsys.readouterr()
    assert main(_argv(argv, names, lang)) == 2
    line = one_clear_line(capsys)
    assert _snapshot(names["tmp"]) == before  # nothing created, nothing changed, byte for byte
    assert not Path("/no").exists()
    return line


@pytest.mark.parametrize(("argv", "fragment"), CASES)
def test_every_bad_argument_is_one_line_exit_2_and_changes_nothing(argv, fragment, hostile_files, capsys,
                                                                   monkeypatch):
    line = _run_bad(argv, hostile_files, capsys, "en", monkeypatch)
    assert fragment.format(**hostile_files[0]) in line
    assert line.startswith(("shopdesk", argv[0]))  # the command that refused


ENGLISH_SENTENCE = re.compile(r"\b[A-Za-z]{2,}(?: [A-Za-z]{2,}){2,}\b")  # three English words in a row
CHINESE = re.compile(r"[\u4e00-\u9fff]")


@pytest.mark.parametrize(("argv", "fragment"), [c for c in CASES if "--lang" not in c.values[0]])
def test_the_same_lines_in_chinese(argv, fragment, hostile_files, capsys, monkeypatch):
    line = _run_bad(argv, hostile_files, capsys, "zh_CN", monkeypatch)
    assert CHINESE.search(line), line
    assert not ENGLISH_SENTENCE.search(line), line
    # Chinese punctuation in Chinese sentences: no ASCII colon, comma or semicolon after a Chinese character
    assert not re.search(r"[\u4e00-\u9fff][:;,] ?", line), line
    assert "：" in line


def test_a_chinese_message_reads_with_chinese_punctuation(demo_file, tmp_path, capsys):
    assert main(["demo", "--db", str(tmp_path / "d.db"), "--staff", "3", "--lang", "zh_CN"]) == 2
    assert one_clear_line(capsys) == "demo：--staff 须为 4 至 500，--months 须为 1 至 120"
    assert main(["payroll", "2026-13", "--db", str(demo_file), "--export", str(tmp_path / "o.xlsx"),
                 "--lang", "zh_CN"]) == 2
    assert one_clear_line(capsys) == "payroll：“2026-13”不是像 2026-11 这样的月份"


def test_backup_to_a_missing_folder_creates_no_folder(demo_file, tmp_path, capsys):
    target = tmp_path / "no" / "such" / "x.db"
    assert main(["backup", "--db", str(demo_file), "--to", str(target), "--lang", "en"]) == 2
    assert one_clear_line(capsys) == f"backup: --to: the folder {target.parent} does not exist"
    assert not (tmp_path / "no").exists()


def test_template_into_a_missing_folder_is_quiet(tmp_path):
    """Before: openpyxl's half-written sheets printed "I/O operation on closed file" after the message."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "shopdesk", "template", str(tmp_path / "no" / "t.xlsx"),
                           "--lang", "zh_CN"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert done.stderr.splitlines() == [f"template：文件夹 {tmp_path / 'no'} 不存在；没有写入任何内容"]
    assert done.stdout == "" and list(tmp_path.iterdir()) == []


def test_a_bad_command_line_through_the_real_entry_point(tmp_path):
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "shopdesk", "demo", "--db", str(tmp_path / "d.db"),
                           "--staff", "many", "--lang", "zh_CN"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert done.stderr.splitlines() == ["shopdesk demo：--staff：'many' 不是整数"]
    assert list(tmp_path.iterdir()) == []
