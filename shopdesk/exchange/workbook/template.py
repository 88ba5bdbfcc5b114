"""An empty shop workbook to fill in: instructions, every sheet's headers and an example row.

The example rows are a consistent little shop, so importing the template
unchanged works and shows what each sheet does.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from shopdesk.exchange.common.style import DATE_FORMAT, YUAN_FORMAT
from shopdesk.exchange.workbook.layout import (
    ACTUALS,
    RULES,
    SHOP,
    STAFF,
    TARGETS,
    TASKS,
    SheetLayout,
)

_INSTRUCTIONS = {
    "en": [
        "ShopDesk shop workbook",
        "Fill in the sheets you need and import the file (File → Import shop workbook…, or "
        "shopdesk import BOOK.xlsx --db PATH). Every sheet is optional; blank rows and extra columns are ignored.",
        "Sheet and column names may be English or Chinese (Staff / 员工, name / 姓名 …).",
        "Shop: key/value rows — name (shop name shown on exports), rest_days (e.g. sun or sat,sun).",
        "Staff: name (unique), department (Operations/运营, Design/设计, Customer Service/客服, Logistics/物流), "
        "position, base_salary (yuan), hire_date (YYYY-MM-DD), active (yes/no, default yes).",
        "Targets: scope (shop, a department or a person's name), metric (e.g. sales, orders, inquiries), "
        "period (2026, 2026-Q4 or 2026-11), value, split (even, workdays, or 12 / 3 comma-separated weights). "
        "A year or quarter without its months on the sheet is broken down into months by its split.",
        "Actuals: date, scope, metric, value — one row per day, scope and metric. Days that already have "
        "figures are only overwritten when you confirm (or use --replace).",
        "Rules: applies_to (a name, department:<name> or all), label, kind (fixed, percent, tiered, per_unit, "
        "target_bonus, grade_bonus, points, step_bonus, score_bonus, team_pool, penalty), metric, basis "
        "(own, department, shop), rate (1% or 1 = one percent), amount (yuan), threshold, tiers "
        "(0-80:0%;80-100:1%;100-:1.5%), tier_mode (retroactive or marginal), cap (yuan), weights.",
        "Tasks: title, assignee (a person's name; several separated by commas), due (YYYY-MM-DD; for a repeating task "
        "its last day), repeat (none, daily, weekly:mon, monthly:1), points, start (first day of a repeating task).",
        "Import is all or nothing: if any cell is wrong, every problem is listed as Sheet!Cell: message and "
        "nothing is written.",
    ],
    "zh_CN": [
        "ShopDesk 店铺工作簿",
        "填写需要的工作表后导入（文件 → 导入店铺工作簿…，或 shopdesk import BOOK.xlsx --db PATH）。"
        "每个工作表都可省略；空行和多余的列会被忽略。",
        "工作表名和列名可用中文或英文（员工 / Staff，姓名 / name …）。",
        "店铺：项目/值 —— 店铺名称（导出时显示）、休息日（如 sun 或 sat,sun）。",
        "员工：姓名（不可重复）、部门（运营、设计、客服、物流）、岗位、底薪（元）、入职日期（YYYY-MM-DD）、在职（是/否，默认是）。",
        "目标：范围（shop、部门名或员工姓名）、指标（如 sales、orders、inquiries）、周期（2026、2026-Q4 或 2026-11）、"
        "目标值、分解（even、workdays，或 12 / 3 个逗号分隔的权重）。表中没有列出月份的年度或季度目标按分解方式拆到各月。",
        "实绩：日期、范围、指标、数值 —— 每天每个范围每个指标一行。已有数据的日期只有在确认后（或使用 --replace）才会被覆盖。",
        "规则：适用（姓名、department:<部门> 或 all）、名称、类型（fixed、percent、tiered、per_unit、target_bonus、"
        "grade_bonus、points、step_bonus、score_bonus、team_pool、penalty）、指标、口径（own、department、shop）、"
        "比例（1% 或 1 表示百分之一）、金额（元）、门槛、阶梯（0-80:0%;80-100:1%;100-:1.5%）、阶梯方式"
        "（retroactive 或 marginal）、封顶（元）、权重。",
        "任务：标题、负责人（员工姓名，多人用逗号分隔）、截止日期（YYYY-MM-DD；重复任务为最后一天）、重复（none、daily、weekly:mon、"
        "monthly:1）、积分、开始日期（重复任务的第一天）。",
        "导入要么全部成功，要么什么都不写入：任何单元格有问题都会以 工作表!单元格: 说明 的形式全部列出。",
    ],
}


def _examples(lang: str) -> dict[str, list[list[object]]]:
    zh = lang == "zh_CN"
    ops, cs = ("运营", "客服") if zh else ("Operations", "Customer Service")
    return {
        SHOP.key: [["店铺名称" if zh else "name", "小鹿家居旗舰店"], ["休息日" if zh else "rest_days", "sun"]],
        STAFF.key: [["张伟", ops, "运营主管" if zh else "Operations lead", Decimal("6000.00"), date(2024, 3, 1),
                     "是" if zh else "yes"],
                    ["刘洋", cs, "客服" if zh else "Customer service", Decimal("4500.00"), date(2025, 2, 17),
                     "是" if zh else "yes"]],
        TARGETS.key: [["shop", "sales", "2026", 6000000, "1,1,1,1,1,1.5,1,1,1,1,2,1"],
                      ["张伟", "sales", "2026-11", 400000, "workdays"]],
        ACTUALS.key: [[date(2026, 1, 5), "张伟", "sales", Decimal("12345.60")],
                      [date(2026, 1, 5), "刘洋", "inquiries", 86]],
        RULES.key: [["张伟", "销售提成" if zh else "Sales commission", "percent", "sales", "shop", "1%"],
                    ["all", "全勤奖" if zh else "Full attendance", "fixed", None, None, None, Decimal("300")]],
        TASKS.key: [["整理差评回复" if zh else "Answer bad reviews", "刘洋", None, "weekly:fri", 2, date(2026, 1, 9)],
                    ["更新首页海报" if zh else "New homepage banner", "张伟", date(2026, 1, 16), "none", 5]],
    }


_FORMATS: dict[str, dict[int, str]] = {STAFF.key: {3: YUAN_FORMAT, 4: DATE_FORMAT}, ACTUALS.key: {0: DATE_FORMAT},
                                       TASKS.key: {2: DATE_FORMAT, 5: DATE_FORMAT}, RULES.key: {6: YUAN_FORMAT}}


def write_template(path: Path, lang: str = "en") -> None:
    """The five sheets of DESIGN §4.2 (plus Shop) after an instructions sheet."""
    from shopdesk.exchange.workbook.export import write_sheets

    examples = _examples(lang)
    sheets: list[tuple[SheetLayout, list[list[object]], dict[int, str]]] = [
        (layout, examples[layout.key], _FORMATS.get(layout.key, {}))
        for layout in (SHOP, STAFF, TARGETS, ACTUALS, RULES, TASKS)]

    def instructions(wb) -> None:
        from openpyxl.cell import WriteOnlyCell

        from shopdesk.exchange.common.style import header_font

        ws = wb.create_sheet("说明" if lang == "zh_CN" else "Instructions")
        ws.column_dimensions["A"].width = 120
        for i, line in enumerate(_INSTRUCTIONS.get(lang, _INSTRUCTIONS["en"])):
            cell = WriteOnlyCell(ws, value=line)
            if i == 0:
                cell.font = header_font()
            ws.append([cell])

    write_sheets(Path(path), sheets, lang, first=instructions)
