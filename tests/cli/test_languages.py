"""Issue 20: the command line speaks the chosen language — --lang, else Settings, else the
system's — in every message and every file it writes; Chinese sentences with Chinese punctuation."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from shopdesk.cli import main
from shopdesk.store.db import Database
from shopdesk.store.schema import SCHEMA_HEAD, ensure_schema

CHINESE = re.compile(r"[\u4e00-\u9fff]")
ENGLISH_SENTENCE = re.compile(r"\b[A-Za-z]{2,}(?: [A-Za-z]{2,}){2,}\b")


@pytest.fixture(scope="module")
def shop_file(tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("lang") / "shop.db"
    assert main(["demo", "--db", str(path), "--months", "2", "--lang", "en"]) == 0
    return path


@pytest.fixture
def shop(shop_file, tmp_path) -> Path:  # type: ignore[no-untyped-def]
    path = tmp_path / "shop.db"
    conn = sqlite3.connect(shop_file)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    shutil.copyfile(shop_file, path)
    return path


def _chinese_lines(text: str) -> list[str]:
    lines = [line for line in text.splitlines() if line.strip()]
    assert lines
    for line in lines:
        assert CHINESE.search(line), line
        assert not ENGLISH_SENTENCE.search(line), line
        assert not re.search(r"[\u4e00-\u9fff][:;,]", line), line  # no ASCII punctuation after Chinese
    return lines


# --- where the language comes from ----------------------------------------------------------------

def _shopdesk(args: list[str], home: Path, locale: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
               XDG_CACHE_HOME=str(home / "cache"), LANG=locale, LANGUAGE="", LC_ALL=locale)
    return subprocess.run([sys.executable, "-m", "shopdesk", *args], env=env, capture_output=True, text=True,
                          timeout=120)


def test_without_lang_the_settings_choice_then_the_system_language(tmp_path):
    home = tmp_path / "home"
    english = _shopdesk(["template", str(tmp_path / "a.xlsx")], home, "C")
    assert english.returncode == 0 and english.stdout == f"template written to {tmp_path / 'a.xlsx'}\n"
    assert "Instructions" in load_workbook(tmp_path / "a.xlsx").sheetnames

    chinese_system = _shopdesk(["template", str(tmp_path / "b.xlsx")], home, "zh_CN.UTF-8")
    assert chinese_system.stdout == f"模板已写入 {tmp_path / 'b.xlsx'}\n"
    assert "说明" in load_workbook(tmp_path / "b.xlsx").sheetnames

    env = dict(os.environ, HOME=str(home), XDG_CONFIG_HOME=str(home / "config"))
    subprocess.run([sys.executable, "-c", "from shopdesk.app import create_application; create_application()\n"
                    "from shopdesk.i18n import save_language; save_language('zh_CN')"], env=env, check=True)
    chosen = _shopdesk(["template", str(tmp_path / "c.xlsx")], home, "C")  # Settings beats an English system
    assert chosen.stdout == f"模板已写入 {tmp_path / 'c.xlsx'}\n"
    assert "说明" in load_workbook(tmp_path / "c.xlsx").sheetnames
    refused = _shopdesk(["payroll", "2026-13", "--export", str(tmp_path / "p.xlsx")], home, "C")
    assert (refused.returncode, refused.stderr) == (2, "payroll：“2026-13”不是像 2026-11 这样的月份\n")

    asked = _shopdesk(["template", str(tmp_path / "d.xlsx"), "--lang", "en"], home, "zh_CN.UTF-8")
    assert asked.stdout == f"template written to {tmp_path / 'd.xlsx'}\n"  # --lang beats both
    assert "Instructions" in load_workbook(tmp_path / "d.xlsx").sheetnames


# --- every message and file in Chinese -----------------------------------------------------------

def test_demo_check_backup_and_restore_in_chinese(tmp_path, capsys, monkeypatch):
    path = tmp_path / "new.db"
    assert main(["demo", "--db", str(path), "--months", "2", "--lang", "zh_CN"]) == 0
    assert _chinese_lines(capsys.readouterr().out)[0].startswith(f"演示店铺已写入 {path}：12 人，数据 ")
    # what the demo writes as data is in Chinese too: its pay rules are named as the window names them
    with sqlite3.connect(path) as conn:
        labels = [label for (label,) in conn.execute("SELECT label FROM pay_rule")]
    assert labels and all(re.search(r"[\u4e00-\u9fff]", label) for label in labels), labels

    assert main(["check", "--db", str(path), "--lang", "zh_CN"]) == 0
    lines = _chinese_lines(capsys.readouterr().out)
    assert lines[0] == "正常：SQLite 完整性检查与外键"
    assert f"正常：结构版本 {SCHEMA_HEAD}" in lines
    assert lines[-1] == "正常"

    copy = tmp_path / "copy.db"
    assert main(["backup", "--db", str(path), "--to", str(copy), "--lang", "zh_CN"]) == 0
    assert capsys.readouterr().out == f"备份已写入 {copy}（已校验）\n"

    monkeypatch.setenv("SHOPDESK_PASSWORD", "demo")  # the demo shop's owner password
    assert main(["restore", str(copy), "--db", str(path), "--lang", "zh_CN"]) == 0
    lines = _chinese_lines(capsys.readouterr().out)
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d 的备份：12 人，\d+ 个每日数据（最后一天 [\d-]+），\d+ 个目标",
                        lines[0]), lines[0]
    assert lines[-1] == f"已从 copy.db 恢复 {path}"


def test_check_reports_problems_in_chinese(tmp_path, capsys):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is no database" * 500)
    assert main(["check", "--db", str(junk), "--lang", "zh_CN"]) == 1
    assert capsys.readouterr().out.splitlines() == ["问题：这个文件不是数据库", "发现 1 个问题"]


def test_export_payroll_and_payslips_write_chinese_files_and_say_so(shop, tmp_path, capsys):
    book = tmp_path / "导出.xlsx"
    assert main(["export", str(book), "--db", str(shop), "--lang", "zh_CN"]) == 0
    assert re.fullmatch(rf"店铺工作簿已写入 {re.escape(str(book))}（\d+ 行）\n", capsys.readouterr().out)
    assert {"店铺", "员工", "目标"} <= set(load_workbook(book).sheetnames)

    year = tmp_path / "year.xlsx"
    assert main(["payroll", "2026", "--db", str(shop), "--export", str(year), "--lang", "zh_CN"]) == 0
    assert capsys.readouterr().out == f"2026 年工资台账已写入 {year}（12 个月）\n"
    assert all(CHINESE.search(name) for name in load_workbook(year).sheetnames)

    slips = tmp_path / "slips.xlsx"
    assert main(["payslips", "2026-10", "--db", str(shop), "--export", str(slips), "--lang", "zh_CN"]) == 0
    _chinese_lines(capsys.readouterr().out)


def test_workbook_problems_in_chinese_keep_their_cell(tmp_path, capsys):
    from tests.exchange.workbook.hostile import sheet_xml, write_raw

    rows = [["date", "scope", "metric", "value"], ["2026-11-02", "shop", "orders", "many"],
            ["2026-11-03", "shop", "orders", "few"]]
    book = write_raw(tmp_path / "bad.xlsx", {"Actuals": sheet_xml(rows)})
    path = tmp_path / "shop.db"
    assert main(["import", str(book), "--db", str(path), "--lang", "zh_CN"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err == ["Actuals!D2：“many”不是数字", "Actuals!D3：“few”不是数字", "import：发现 2 个问题；没有写入任何内容"]
    assert not path.exists()


def test_platform_preview_and_problems_in_chinese(tmp_path, capsys):
    from tests import platform_files as pf

    path = tmp_path / "shop.db"
    db = Database(path)
    ensure_schema(db)
    db.dispose()
    orders = pf.taobao_orders(tmp_path)
    assert main(["import-platform", str(orders), "--db", str(path), "--dry-run", "--lang", "zh_CN"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(f"{orders.name}：淘宝/天猫订单报表 — 表头在第 1 行；读取 "), lines[0]
    assert any(re.fullmatch(r"2026-11-\d\d: 订单数=\d+，退款金额=[\d.]+，销售额=[\d.]+", line) for line in lines), lines
    assert lines[-1] == "试运行：没有写入任何内容"
    assert "orders=" not in "\n".join(lines)  # no stored metric key in the Chinese preview

    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert main(["import-platform", str(orders), str(empty), str(tmp_path / "gone.csv"), "--db", str(path),
                 "--lang", "zh_CN"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err == ["empty.csv：第 1 行：文件是空的", "gone.csv：第 1 行：文件不存在",
                   "import-platform：发现 2 个问题；没有写入任何内容"]


def test_the_schema_update_line_in_chinese(tmp_path, capsys):
    from tests.cli.test_schema_update import _old_shop

    path = tmp_path / "old.db"
    _old_shop(path)
    assert main(["export", str(tmp_path / "book.xlsx"), "--db", str(path), "--lang", "zh_CN"]) == 0
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"已把 {path} 的结构从 0002_targets 更新到 {SCHEMA_HEAD}（先做了备份："), err
    assert err.endswith("）")


@pytest.mark.parametrize("command", [[], ["demo"], ["payroll"], ["import-platform"], ["migrate-to"]])
def test_help_in_chinese(command, capsys):
    assert main([*command, "--help", "--lang", "zh_CN"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"用法：shopdesk {' '.join(command)}".rstrip())
    assert "\n选项：\n" in out and "显示本帮助并退出" in out
    described = [line.split("  ")[-1].strip() for line in out.splitlines()
                 if line.startswith("  ") and "  " in line.strip()]
    assert described and all(CHINESE.search(text) or text.startswith("YYYY") for text in described), described
    assert not ENGLISH_SENTENCE.search(out), out


def test_help_in_english(capsys):
    assert main(["payroll", "--help", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: shopdesk payroll") and "approve and lock the month first" in out
