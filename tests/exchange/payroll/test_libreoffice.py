"""LibreOffice recalculates the exported bonus sheet headlessly and gets ShopDesk's totals."""

from __future__ import annotations

import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from shopdesk.exchange.payroll.bonus_sheet import HEADER_ROW
from shopdesk.services.payroll.export import export_bonus_sheet
from tests.conftest import TODAY
from tests.exchange.workbook.test_fastxlsx import _same

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = [pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed"), pytest.mark.slow]


def _convert(src: Path, tmp_path: Path) -> Path:
    out = tmp_path / "converted"
    out.mkdir()
    profile = (tmp_path / "lo-profile").as_uri()  # its own profile: no clash with a running office
    subprocess.run([SOFFICE, "--headless", f"-env:UserInstallation={profile}", "--convert-to", "xlsx",
                    "--outdir", str(out), str(src)], check=True, capture_output=True, timeout=180)
    return out / src.name


def _money(value: object) -> Decimal:
    return Decimal(str(value)).quantize(Decimal("0.01"))


def test_libreoffice_totals_equal_shopdesk(demo_db, owner, tmp_path: Path) -> None:
    src = tmp_path / "bonus.xlsx"
    run = export_bonus_sheet(demo_db, owner, "2026-10", src, TODAY, "zh_CN")
    converted = _convert(src, tmp_path)
    _same(converted)  # the import's own reader reads what LibreOffice writes as openpyxl does
    ws = load_workbook(converted, data_only=True).worksheets[0]
    header = [c.value for c in ws[HEADER_ROW]]
    gross, ded, net = header.index("应发合计"), header.index("扣款合计"), header.index("实发合计")
    rows = {r[0]: r for r in ws.iter_rows(min_row=HEADER_ROW + 1, values_only=True) if r[0]}
    for p in run.people:
        assert _money(rows[p.name][net]) == Decimal(p.net_fen) / 100
        assert _money(rows[p.name][gross]) == Decimal(p.gross_fen) / 100
    total = rows["合计"]
    assert _money(total[net]) == Decimal(run.shop.net_fen) / 100
    assert _money(total[gross]) == Decimal(run.shop.gross_fen) / 100
    assert _money(total[ded]) == Decimal(run.shop.deductions_fen) / 100
    for dept, totals in run.departments.items():
        if totals.headcount:
            label = next(k for k in rows if isinstance(k, str) and k.endswith("小计") and k.startswith(
                {"operations": "运营", "design": "设计", "customer_service": "客服", "logistics": "物流"}[dept]))
            assert _money(rows[label][net]) == Decimal(totals.net_fen) / 100
