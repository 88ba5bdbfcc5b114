"""Building real shop workbooks for the tests (Chinese sheet names, headers and names)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from openpyxl import Workbook

STAFF = [
    ("张伟", "运营", "运营主管", 8000, datetime(2024, 3, 1), "是"),
    ("王芳", "设计", "美工", 6000, "2024-05-20", "是"),
    ("刘洋", "客服", "客服", 4500.5, datetime(2025, 1, 15), None),
    ("陈静", "物流", "仓管", 4200, None, "是"),
]


def chinese_book(path: Path, *, actual_days: int = 5) -> dict[str, list[list[object]]]:
    """A valid workbook in Chinese; returns the rows written per sheet (to break one cell)."""
    sheets: dict[str, list[list[object]]] = {
        "店铺": [["项目", "值"], ["店铺名称", "小鹿家居旗舰店"], ["休息日", "sun"]],
        "员工": [["姓名", "部门", "岗位", "底薪", "入职日期", "在职"], *[list(r) for r in STAFF]],
        "目标": [["范围", "指标", "周期", "目标值", "分解"],
                 ["店铺", "sales", "2026", 6000000, "1,1,1,1,1,1.5,1,1,1,1,2,1"],
                 ["张伟", "sales", datetime(2026, 11, 1), 400000, "workdays"],
                 ["客服", "inquiries", "2026-Q4", 9000, None],
                 ["物流", "parcels_shipped", "2026-11", 3000, "even"]],
        "实绩": [["日期", "范围", "指标", "数值"]],
    }
    sheets["规则"] = [["适用", "名称", "类型", "指标", "口径", "比例", "金额", "门槛", "阶梯", "阶梯方式"],
                    ["张伟", "销售提成", "tiered", "sales", "own", None, None, None, "0-80:0%;80-100:1%;100-:1.5%",
                     "retroactive"],
                    ["department:客服", "询单奖", "per_unit", "inquiries", "own", None, 0.5, 300],
                    ["all", "全勤奖", "fixed", None, None, None, 300]]
    sheets["任务"] = [["标题", "负责人", "截止日期", "重复", "积分"], ["整理差评", "刘洋", datetime(2026, 10, 9), "none", 2]]
    for d in range(1, actual_days + 1):
        sheets["实绩"] += [[datetime(2026, 10, d), "张伟", "sales", 12345.6 + d],
                          [f"2026-10-{d:02d}", "刘洋", "inquiries", 80 + d],
                          [datetime(2026, 10, d), "陈静", "parcels_shipped", 100 + d]]
    write_book(path, sheets)
    return sheets


def write_book(path: Path, sheets: dict[str, list[list[object]]],
               formats: dict[tuple[str, str], str] | None = None) -> None:
    wb = Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    for (title, ref), fmt in (formats or {}).items():
        wb[title][ref].number_format = fmt
    wb.save(path)
