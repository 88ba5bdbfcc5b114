"""The words on the payroll workbooks (bonus sheet, year register, payslips), in English and Chinese.

The workbooks are written by the command line as well as the window, so
their fixed words live here rather than in the Qt catalogue.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from shopdesk.domain.departments import Department
from shopdesk.services.common.context import OWNER

_H = {
    "name": ("Name", "姓名"), "department": ("Department", "部门"), "position": ("Position", "岗位"),
    "base": ("Base salary", "底薪"), "adjustments": ("Adjustments", "调整"), "gross": ("Gross pay", "应发合计"),
    "absence": ("Absence", "缺勤扣款"), "clawback": ("Refund clawback", "退款扣回"),
    "typed": ("typed (computed {amount})", "手工录入（计算值 {amount}）"),
    "deductions": ("Deductions", "扣款合计"), "total": ("Total", "实发合计"), "signature": ("Signature", "领款人签字"),
    "shop": ("Shop", "店铺名称"), "month": ("Month", "所属月份"), "made": ("Date made", "制表日期"),
    "subtotal": ("{dept} subtotal", "{dept} 小计"), "grand": ("Total", "合计"),
    "prepared": ("Prepared by (制表人):", "制表人："), "checked": ("Finance check (财务审核):", "财务审核："),
    "approved_by": ("Approved by (主管审批):", "主管审批："),
    "title": ("{shop} — payroll {month}", "{shop} {year}年{m}月工资表"),
    "draft": ("Draft: not approved yet", "草稿：尚未审批"),
    "approved": ("Approved {at} by {who}", "已于 {at} 由 {who} 审批"),
    "owner": ("Owner", "老板"),
    "item": ("Item", "项目"), "type": ("Type", "类型"), "amount": ("Amount", "金额"),
    "explanation": ("Explanation", "说明"), "earning": ("Earning", "应发"), "deduction": ("Deduction", "扣款"),
    "adjustment": ("Adjustment", "调整"), "warning": ("Warning", "提示"), "entered": ("entered", "录入"),
    "from_record": ("from the staff record", "员工档案"),
    "metric": ("Metric", "指标"), "target": ("Target", "目标"), "actual": ("Actual", "实际"),
    "achievement": ("Achievement", "达成率"),
    "sheet_payroll": ("Payroll", "工资表"), "sheet_details": ("Details", "明细"),
    "sheet_targets": ("Targets", "目标达成"),
    # payslips (DESIGN §4.8)
    "payslip": ("Payslip", "工资条"), "payslip_title": ("{shop} — payslip {month}", "{shop} {year}年{m}月工资条"),
    "draft_mark": ("Draft", "草稿"), "net": ("Net pay", "实发工资"), "sheet_payslips": ("Payslips", "工资条"),
    "cut": ("cut here", "沿此线剪开"),
}


def h(key: str, lang: str) -> str:
    en, zh = _H[key]
    return zh if lang == "zh_CN" else en


def dept_name(key: str, lang: str) -> str:
    d = Department(key)
    return d.chinese if lang == "zh_CN" else d.english


def owner_name(name: str | None, lang: str) -> str:
    """Who approved, in the reader's language: the owner's account is "Owner" / "老板"."""
    if not name or name == OWNER.name:
        return h("owner", lang)
    return name


def yuan(fen: int | None) -> Decimal | None:
    return None if fen is None else Decimal(fen) / 100


ROW_HEIGHT = 24  # pt: ≥ 20 pt on paper at the smallest scale (90 %), room to sign


@dataclass(frozen=True)
class TargetLine:
    name: str
    department: str
    metric: str  # shown name
    unit: str  # "yuan" | "percent" | other
    target: Decimal
    actual: Decimal | None
