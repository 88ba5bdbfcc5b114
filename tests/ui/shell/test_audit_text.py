"""The audit log reads as sentences in the owner's language: names, months and yuan, never stored keys."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication

from shopdesk.i18n import install_translators
from shopdesk.services.common.audit import list_entries
from shopdesk.services.common.context import OWNER
from shopdesk.services.figures.registry import load_registry
from shopdesk.services.payroll import edits
from shopdesk.services.payroll.rules import add_rule
from shopdesk.services.payroll.run import approve
from shopdesk.services.staff.people import (
    StaffInput,
    add_staff,
    get_staff,
    list_staff,
    update_staff,
)
from shopdesk.services.targets.plan import set_target
from shopdesk.services.tasks.assignments import TaskInput, create_task
from shopdesk.ui.shell.audit_text import AuditNames, sentence
from tests.conftest import TODAY

pytestmark = pytest.mark.gui

# What a stored key looks like: snake_case words, scope keys, storage units.
STORED = re.compile(r"\b[a-z]+_[a-z_]+\b|\b(?:staff|dept|department):\w+|_fen\b|\bNone\b|\{|\}")


@pytest.fixture
def history(qapp, db):  # type: ignore[no-untyped-def]
    from shopdesk.domain.rules import RuleSpec

    sid = add_staff(db, OWNER, StaffInput("张伟", "Operations", "运营", "5000"))
    person = get_staff(db, OWNER, sid)
    update_staff(db, OWNER, sid, StaffInput("张伟", "Operations", "运营主管", "6000"), person.version)
    set_target(db, OWNER, "shop", "sales", "2027-01", "193236")
    set_target(db, OWNER, "shop", "sales", "2027-01", "250000")
    edits.set_deduction(db, OWNER, "2026-10", sid, "income_tax", "250")
    edits.add_adjustment(db, OWNER, "2026-10", sid, "-50", "迟到两次")
    add_rule(db, OWNER, RuleSpec("all", "餐补", "fixed", "sales", amount_fen=30000))
    create_task(db, OWNER, TaskInput("上新 5 款", [sid], due=TODAY), TODAY)
    approve(db, OWNER, "2026-10", TODAY)
    people = {p.id: p.name for p in list_staff(db, OWNER, include_inactive=True)}
    return list_entries(db, OWNER), AuditNames(people, load_registry(db), OWNER.name)


def _sentences(history) -> dict[str, str]:  # type: ignore[no-untyped-def]
    entries, names = history
    return {f"{e.id}": sentence(e, names) for e in entries}


def test_in_english_each_change_is_a_sentence(history):
    said = _sentences(history)
    text = "\n".join(said.values())
    assert "The owner changed person 张伟: base salary from ¥5,000.00 to ¥6,000.00, position from 运营 to 运营主管" in text
    assert "The owner set the Sales target of the shop for 2027-01 from ¥193,236.00 to ¥250,000.00" in text
    assert "The owner set Income tax of 张伟 for 2026-10 to ¥250.00" in text
    assert "The owner added a pay adjustment of 张伟 for 2026-10: amount -¥50.00, reason 迟到两次" in text
    assert "The owner approved and locked the payroll of 2026-10" in text
    assert "The owner added task “上新 5 款”" in text
    for line in said.values():
        assert not STORED.search(line), line


def test_in_chinese_the_same_history_reads_in_chinese(qapp, history):
    translators = install_translators(qapp, "zh_CN")
    try:
        said = _sentences(history)
    finally:
        for t in translators:
            QCoreApplication.removeTranslator(t)
        install_translators(qapp, "en")
    text = "\n".join(said.values())
    assert "老板 设置了全店 2027年01月 的销售额目标 从 ¥193,236.00 改为 ¥250,000.00" in text
    assert "老板 设置了张伟 2026年10月 的个税 为 ¥250.00" in text
    assert "老板 审批并锁定了2026年10月 的工资" in text
    for line in said.values():
        assert not STORED.search(line), line
        assert "Owner" not in line and "the shop" not in line


def test_attendance_pay_settings_and_figures_read_as_words_in_both_languages(qapp, db):
    from shopdesk.services.figures.entry import FigureInput, save_figures
    from shopdesk.services.payroll.attendance import AttendanceEntry, set_attendance
    from shopdesk.services.payroll.setup import set_pay_setup
    from shopdesk.ui.shell.audit_text import action_name, kind_name

    sid = add_staff(db, OWNER, StaffInput("李娜", "Design", "设计", "5000"))
    set_attendance(db, OWNER, "2026-10", [AttendanceEntry(sid, "1.5", 2)])
    set_pay_setup(db, OWNER, si_rate="10.5", hf_rate="7", income_tax="on", min_wage="2490")
    save_figures(db, OWNER, TODAY, [FigureInput("shop", "sales", "1000")], TODAY)
    entries = list_entries(db, OWNER)
    names = AuditNames({sid: "李娜"}, load_registry(db), OWNER.name)
    text = "\n".join(sentence(e, names) for e in entries)
    assert "The owner set the attendance of 李娜 for 2026-10: late arrivals 2, unpaid days 1.5" in text
    assert ("The owner set the social insurance and tax settings: housing fund rate from 5% to 7%, "
            "income tax from no to yes, minimum wage from nothing to ¥2,490.00") in text
    assert f"The owner set the daily figures of {TODAY.isoformat()}: Sales of the shop from nothing to ¥1,000.00" in text
    for e in entries:
        for line in (sentence(e, names), kind_name(e.entity), action_name(e.action)):
            assert not STORED.search(line), line
    translators = install_translators(qapp, "zh_CN")
    try:
        chinese = [sentence(e, names) for e in entries] + [kind_name(e.entity) for e in entries]
    finally:
        for t in translators:
            QCoreApplication.removeTranslator(t)
        install_translators(qapp, "en")
    for line in chinese:
        assert not re.search(r"[A-Za-z]{2,}", line), line
