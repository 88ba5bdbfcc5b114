"""`shopdesk payslips`: writes .xlsx or .pdf; bad input names the problem and exits 2, without a traceback."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from shopdesk.cli import main
from shopdesk.services.payroll.run import compute_run
from tests.conftest import TODAY


def test_payslips_xlsx_and_pdf(demo_db, owner, tmp_path: Path, capsys) -> None:
    db = str(demo_db.path)
    run = compute_run(demo_db, owner, "2026-10", TODAY)
    demo_db.dispose()
    out = tmp_path / "工资条.xlsx"
    assert main(["payslips", "2026-10", "--db", db, "--export", str(out), "--lang", "zh_CN"]) == 0
    assert "2026-10 工资条（草稿：尚未审批）：12 人；已写入" in capsys.readouterr().out
    ws = load_workbook(out).active
    assert {p.name for p in run.people} <= {c.value for c in ws["A"]}
    pdf = tmp_path / "slips.pdf"
    assert main(["payslips", "2026-10", "--db", db, "--export", str(pdf), "--lang", "en"]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        assert all(p.name in text for p in run.people) and "Draft" in text


@pytest.mark.parametrize(("args", "message"), [
    (["2026-13"], "not a month"),
    (["2027-01"], "has not begun"),
    (["2026-10", "--export-as", "x"], None),
])
def test_bad_input_exits_2_without_a_traceback(demo_db, tmp_path: Path, args, message) -> None:
    db = str(demo_db.path)
    demo_db.dispose()
    export = [] if "--export-as" in args else ["--export", str(tmp_path / "x.pdf")]
    done = subprocess.run([sys.executable, "-m", "shopdesk", "payslips", *args, "--db", db, *export, "--lang", "en"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    if message:
        assert message in done.stderr


def test_wrong_extension_and_missing_database(tmp_path: Path, capsys) -> None:
    assert main(["payslips", "2026-10", "--db", str(tmp_path / "none.db"), "--export", str(tmp_path / "a.pdf")]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert main(["payslips", "2026-10", "--db", str(tmp_path / "none.db"), "--export", str(tmp_path / "a.csv")]) == 2
    assert ".xlsx or .pdf" in capsys.readouterr().err
    assert not (tmp_path / "none.db").exists()
