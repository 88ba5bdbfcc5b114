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
    ATTENDANCE,
    RULES,
    SHOP,
    STAFF,
    TARGETS,
    TASKS,
    SheetLayout,
    shop_key_word,
)
from shopdesk.exchange.workbook.values import (
    BASIS,
    KINDS,
    SHOP_SCOPE,
    SPLIT,
    YES_NO,
    applies_to_word,
    metric_words,
    repeat_word,
    rest_days_word,
)

_INSTRUCTIONS = {
    "en": [
        "ShopDesk shop workbook",
        "Fill in the sheets you need and import the file (File → Import shop workbook…, or "
        "shopdesk import BOOK.xlsx --db PATH). Every sheet is optional; blank rows and extra columns are ignored.",
        "Sheet and column names may be English or Chinese (Staff / 员工, name / 姓名 …).",
        "Shop: key/value rows — name (shop name shown on exports), rest_days (e.g. sun or sat,sun), "
        "si_rate (employee's social insurance rate, default 10.5%), hf_rate (housing fund rate, default 5%), "
        "income_tax (on/off: withhold income tax by the cumulative method, default off), min_wage (yuan, optional).",
        "Staff: name (unique), department (Operations/运营, Design/设计, Customer Service/客服, Logistics/物流), "
        "position, base_salary (yuan), hire_date (YYYY-MM-DD), active (yes/no, default yes), leave_date "
        "(last day worked), role (staff or manager), si_base and hf_base (social insurance and housing fund bases, yuan), "
        "special_deduction (special additional deduction, yuan a month).",
        "Attendance: month (2026-11), name, unpaid_days (unpaid leave and absence, a multiple of 0.5), late "
        "(late arrivals).",
        "Targets: scope (shop, a department or a person's name), metric (e.g. sales, orders, inquiries), "
        "period (2026, 2026-Q4 or 2026-11), value, split (even, workdays, or 12 / 3 comma-separated weights). "
        "A year or quarter without its months on the sheet is broken down into months by its split.",
        "Actuals: date, scope, metric, value — one row per day, scope and metric. Days that already have "
        "figures are only overwritten when you confirm (or use --replace).",
        "Rules: applies_to (a name, department:<name> or all), label, kind (fixed, percent, tiered, per_unit, "
        "target_bonus, grade_bonus, points, step_bonus, score_bonus, team_pool, penalty, full_attendance), metric, basis "
        "(own, department, shop), rate (1% or 1 = one percent), amount (yuan), threshold, tiers "
        "(0-80:0%;80-100:1%;100-:1.5%), tier_mode (retroactive or marginal), cap (yuan), weights.",
        "Tasks: title, assignee (a person's name; several separated by commas), due (YYYY-MM-DD; for a repeating task "
        "its last day), repeat (none, daily, weekly:mon, monthly:1), points, start (first day of a repeating task).",
        "Values may also be written in Chinese (全店, 全员, 部门:客服, 平均, 按工作日, 每周:周一,周四, 比例提成, 全额累进, 是/否 …), "
        "in any mix with the codes above.",
        "Import is all or nothing: if any cell is wrong, every problem is listed as Sheet!Cell: message and "
        "nothing is written.",
    ],
    "zh_CN": [
        "ShopDesk 店铺工作簿",
        "填写需要的工作表后导入（文件 → 导入店铺工作簿…，或 shopdesk import BOOK.xlsx --db PATH）。"
        "每个工作表都可省略；空行和多余的列会被忽略。",
        "工作表名和列名可用中文或英文（员工 / Staff，姓名 / name …）。",
        "店铺：项目/值 —— 店铺名称（导出时显示）、休息日（如 周日 或 周六,周日）、社保个人比例（默认 10.5%）、"
        "公积金个人比例（默认 5%）、代扣个税（是/否：按累计预扣法代扣个税，默认 否）、最低工资（元，可不填）。",
        "员工：姓名（不可重复）、部门（运营、设计、客服、物流）、岗位、底薪（元）、入职日期（YYYY-MM-DD）、在职（是/否，默认是）、"
        "角色（员工/主管）、离职日期（最后工作日）、社保基数和公积金基数（元）、专项附加扣除（元/月）。",
        "考勤：月份（2026-11）、姓名、事假/旷工天数（0.5 的倍数）、迟到次数。",
        "目标：范围（全店、部门名或员工姓名）、指标（指标名称，如 销售额、订单数、咨询人数）、周期（2026、2026-Q4 或 2026-11）、"
        "目标值、分解（平均、按工作日，或 12 / 3 个逗号分隔的权重）。表中没有列出月份的年度或季度目标按分解方式拆到各月。",
        "实绩：日期、范围、指标、数值 —— 每天每个范围每个指标一行。已有数据的日期只有在确认后（或使用 --replace）才会被覆盖。",
        "规则：适用（姓名、部门:<部门> 或 全员）、名称、类型（固定、比例提成、阶梯提成、计件、达标奖、等级奖、积分、阶梯奖金、"
        "绩效工资、团队奖池、扣款、全勤奖）、指标、口径（本人、部门、全店）、比例（1% 或 1 表示百分之一）、金额（元）、门槛、"
        "阶梯（0-80:0%;80-100:1%;100-:1.5%）、阶梯方式（全额累进 或 超额累进）、封顶（元）、权重。",
        "任务：标题、负责人（员工姓名，多人用逗号分隔）、截止日期（YYYY-MM-DD；重复任务为最后一天）、重复（不重复、每天、"
        "每周:周一,周四、每月:15）、积分、开始日期（重复任务的第一天）。",
        "这些值也可以填英文代码（shop、all、even、weekly:mon 等），中英文可以混用；冒号和逗号用全角（：，、）也可以。",
        "导入要么全部成功，要么什么都不写入：任何单元格有问题都会以 工作表!单元格: 说明 的形式全部列出。",
    ],
}


def _examples(lang: str) -> dict[str, list[list[object]]]:
    from shopdesk.domain.metrics import MetricRegistry

    zh = lang == "zh_CN"
    ops, cs = ("运营", "客服") if zh else ("Operations", "Customer Service")
    metric = metric_words(MetricRegistry(), lang)
    yes = YES_NO.word("yes", lang)
    return {
        SHOP.key: [[shop_key_word("shop_name", lang), "小鹿家居旗舰店"],
                   [shop_key_word("rest_days", lang), rest_days_word("sun", lang)]],
        STAFF.key: [["张伟", ops, "运营主管" if zh else "Operations lead", Decimal("6000.00"), date(2024, 3, 1), yes],
                    ["刘洋", cs, "客服" if zh else "Customer service", Decimal("4500.00"), date(2025, 2, 17), yes]],
        TARGETS.key: [[SHOP_SCOPE.word("shop", lang), metric["sales"], "2026", 6000000, "1,1,1,1,1,1.5,1,1,1,1,2,1"],
                      ["张伟", metric["sales"], "2026-11", 400000, SPLIT.word("workdays", lang)]],
        ACTUALS.key: [[date(2026, 1, 5), "张伟", metric["sales"], Decimal("12345.60")],
                      [date(2026, 1, 5), "刘洋", metric["inquiries"], 86]],
        RULES.key: [["张伟", "销售提成" if zh else "Sales commission", KINDS.word("percent", lang), metric["sales"],
                     BASIS.word("shop", lang), "1%"],
                    [applies_to_word("all", lang), "全勤奖" if zh else "Full attendance",
                     KINDS.word("full_attendance", lang), None, None, None, Decimal("300")]],
        TASKS.key: [["整理差评回复" if zh else "Answer bad reviews", "刘洋", None, repeat_word("weekly:fri", lang), 2,
                     date(2026, 1, 9)],
                    ["更新首页海报" if zh else "New homepage banner", "张伟", date(2026, 1, 16),
                     repeat_word("none", lang), 5]],
        ATTENDANCE.key: [["2026-01", "张伟", 0, 1], ["2026-01", "刘洋", Decimal("1.5"), 0]],
    }


_FORMATS: dict[str, dict[int, str]] = {STAFF.key: {3: YUAN_FORMAT, 4: DATE_FORMAT}, ACTUALS.key: {0: DATE_FORMAT},
                                       TASKS.key: {2: DATE_FORMAT, 5: DATE_FORMAT}, RULES.key: {6: YUAN_FORMAT}}


def write_template(path: Path, lang: str = "en") -> None:
    """The five sheets of DESIGN §4.2 (plus Shop) after an instructions sheet."""
    from shopdesk.exchange.workbook.export import write_sheets

    examples = _examples(lang)
    sheets: list[tuple[SheetLayout, list[list[object]], dict[int, str]]] = [
        (layout, examples[layout.key], _FORMATS.get(layout.key, {}))
        for layout in (SHOP, STAFF, TARGETS, ACTUALS, RULES, TASKS, ATTENDANCE)]

    def instructions(wb) -> None:
        from shopdesk.exchange.common.cells import text_cell
        from shopdesk.exchange.common.style import header_font

        ws = wb.create_sheet("说明" if lang == "zh_CN" else "Instructions")
        ws.column_dimensions["A"].width = 120
        for i, line in enumerate(_INSTRUCTIONS.get(lang, _INSTRUCTIONS["en"])):
            cell = text_cell(ws, line)
            if i == 0:
                cell.font = header_font()
            ws.append([cell])

    write_sheets(Path(path), sheets, lang, first=instructions)
