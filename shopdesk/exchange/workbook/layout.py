"""Sheet names and header cells of the shop workbook (DESIGN §4.2).

English keys are what ShopDesk writes; the Chinese header in brackets is
accepted too, for sheet names as well. `role` on Staff and `hero_aov` on
Shop are extra columns/keys ShopDesk adds so an export round-trips; other
tools may leave them out. So are `effective_from` on Rules and `start` on Tasks.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Column:
    key: str
    zh: str
    required: bool = False
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class SheetLayout:
    key: str
    en: str
    zh: str
    columns: tuple[Column, ...]

    def title(self, lang: str) -> str:
        return self.zh if lang == "zh_CN" else self.en

    def headers(self, lang: str) -> list[str]:
        return [c.zh if lang == "zh_CN" else c.key for c in self.columns]


SHOP = SheetLayout("shop", "Shop", "店铺", (
    Column("key", "项目", True, ("键", "设置")),
    Column("value", "值", True, ("内容", "数值")),
))
STAFF = SheetLayout("staff", "Staff", "员工", (
    Column("name", "姓名", True),
    Column("department", "部门", True),
    Column("position", "岗位"),
    Column("base_salary", "底薪"),
    Column("hire_date", "入职日期"),
    Column("active", "在职"),
    Column("role", "角色"),
    Column("leave_date", "离职日期"),
    Column("si_base", "社保基数"),
    Column("hf_base", "公积金基数"),
    Column("special_deduction", "专项附加扣除"),
    Column("platform_accounts", "平台账号"),  # customer-service nicknames, comma-separated
))
TARGETS = SheetLayout("targets", "Targets", "目标", (
    Column("scope", "范围", True),
    Column("metric", "指标", True),
    Column("period", "周期", True),
    Column("value", "目标值", True),
    Column("split", "分解"),
))
ACTUALS = SheetLayout("actuals", "Actuals", "实绩", (
    Column("date", "日期", True),
    Column("scope", "范围", True),
    Column("metric", "指标", True),
    Column("value", "数值", True),
    Column("source", "来源"),  # typed | workbook | platform (export only; an import records `workbook`)
))
RULES = SheetLayout("rules", "Rules", "规则", (
    Column("applies_to", "适用", True),
    Column("label", "名称", True),
    Column("kind", "类型", True),
    Column("metric", "指标"),
    Column("basis", "口径"),
    Column("rate", "比例"),
    Column("amount", "金额"),
    Column("threshold", "门槛"),
    Column("tiers", "阶梯"),
    Column("tier_mode", "阶梯方式", aliases=("计算方式",)),
    Column("cap", "封顶"),
    Column("weights", "权重"),
    Column("effective_from", "生效月份"),
))
TASKS = SheetLayout("tasks", "Tasks", "任务", (
    Column("title", "标题", True, ("任务",)),
    Column("assignee", "负责人", True, ("执行人",)),
    Column("due", "截止日期", aliases=("截止",)),
    Column("repeat", "重复"),
    Column("points", "积分"),
    Column("start", "开始日期"),
))

ATTENDANCE = SheetLayout("attendance", "Attendance", "考勤", (
    Column("month", "月份", True),
    Column("name", "姓名", True),
    Column("unpaid_days", "事假/旷工天数", aliases=("事假旷工天数", "缺勤天数")),
    Column("late", "迟到次数"),
))

PRODUCTS = SheetLayout("products", "Products", "商品", (
    Column("product_id", "商品ID", True),
    Column("sku_code", "商家编码"),
    Column("name", "商品名称"),
    Column("designer", "美工"),
    Column("designed_from", "上线日期"),
))

SHEETS: tuple[SheetLayout, ...] = (SHOP, STAFF, TARGETS, ACTUALS, RULES, TASKS, ATTENDANCE, PRODUCTS)

# Shop sheet keys: stored setting → accepted spellings.
SHOP_KEYS: dict[str, tuple[str, ...]] = {
    "shop_name": ("name", "店铺名称", "shop_name"),
    "rest_days": ("rest_days", "休息日"),
    "hero_aov": ("hero_aov", "主推款客单价"),
    "si_rate": ("si_rate", "社保个人比例"),
    "hf_rate": ("hf_rate", "公积金个人比例"),
    "income_tax": ("income_tax", "代扣个税"),
    "min_wage": ("min_wage", "最低工资"),
}



def shop_key_word(key: str, lang: str) -> str:
    """A Shop setting's key as a workbook in `lang` writes it (`name` / `店铺名称`)."""
    return SHOP_KEYS[key][1 if lang == "zh_CN" else 0]


def fold(text: object) -> str:
    """A header or keyword as compared: trimmed, case-folded, spaces as underscores."""
    return str(text or "").strip().casefold().replace(" ", "_").replace("-", "_")


def find_sheet(names: list[str], layout: SheetLayout) -> str | None:
    """The workbook's sheet for a layout, by its English or Chinese name."""
    wanted = {fold(layout.en), fold(layout.zh)}
    for name in names:
        if fold(name) in wanted:
            return name
    return None


def column_for(header: object, layout: SheetLayout) -> Column | None:
    text = fold(header)
    for col in layout.columns:
        if text in {fold(col.key), fold(col.zh), *(fold(a) for a in col.aliases)}:
            return col
    return None
