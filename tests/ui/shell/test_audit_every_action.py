"""Every kind of change the services record reads as a sentence in both languages.

The list of kinds is read from the services' own `record(…)` calls, so a new audited
action without words fails here; each is then made through its real service on a
demo shop, and its sentence names people, months and yuan, never a stored key."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from sqlalchemy import select

from shopdesk.domain.departments import Department
from shopdesk.domain.rules import RuleSpec
from shopdesk.i18n import install_translators
from shopdesk.services.appraisal import review as rv
from shopdesk.services.appraisal import rounds as ap
from shopdesk.services.common.audit import list_entries
from shopdesk.services.common.context import OWNER
from shopdesk.services.figures.entry import FigureInput, save_figures
from shopdesk.services.figures.registry import load_registry
from shopdesk.services.payroll import edits
from shopdesk.services.payroll import run as payroll
from shopdesk.services.payroll.attendance import AttendanceEntry, set_attendance
from shopdesk.services.payroll.rules import add_rule, delete_rule, update_rule
from shopdesk.services.payroll.setup import set_pay_setup
from shopdesk.services.platform.accounts import set_platform_accounts
from shopdesk.services.platform.products import list_products, set_designer
from shopdesk.services.platform.run import import_platform
from shopdesk.services.staff import auth
from shopdesk.services.staff.people import (
    StaffInput,
    add_staff,
    get_staff,
    list_staff,
    set_active,
    update_staff,
)
from shopdesk.services.targets.plan import set_target
from shopdesk.services.tasks.assignments import TaskInput, create_task, stop_task
from shopdesk.services.tasks.editing import update_task
from shopdesk.store.models.core import Staff
from shopdesk.ui.shell.audit_text import AuditNames, action_name, kind_name, sentence
from tests import platform_files as pf
from tests.conftest import TODAY

pytestmark = pytest.mark.gui

SERVICES = Path(__file__).resolve().parents[3] / "shopdesk" / "services"
# record(session, actor, "action" [if … else "other"], "entity", …)
RECORD = re.compile(r'record\(\s*\w+,\s*[\w ]+?,\s*"(\w+)"(?:\s+if\s+\w+\s+else\s+"(\w+)")?,\s*"(\w+)"')
# What a stored key looks like: snake_case, scope keys, storage units, JSON.
STORED = re.compile(r"\b[a-z]+_[a-z_]+\b|\b(?:staff|dept|department):\w+|_fen\b|\bNone\b|[{}\[\]]")
FILE_NAME = re.compile(r"[\w.-]+\.(?:csv|xlsx|xls)\b")  # the name the platform gave its file
NOW = datetime(2026, 11, 24, 9, 0)


def audited_kinds() -> set[tuple[str, str]]:
    found = set()
    for path in SERVICES.rglob("*.py"):
        for first, second, entity in RECORD.findall(path.read_text(encoding="utf-8")):
            found |= {(first, entity)} | ({(second, entity)} if second else set())
    return found


def test_the_services_record_the_kinds_this_test_makes():
    assert len(audited_kinds()) >= 30  # the pattern still finds the services' calls


@pytest.fixture
def history(qapp, demo_db, tmp_path):  # type: ignore[no-untyped-def]
    db = demo_db
    with db.read() as s:
        cs = s.scalars(select(Staff).where(Staff.department == "customer_service")).first()
        assert cs is not None
        cs_id = cs.id
    sid = add_staff(db, OWNER, StaffInput("韦辉", "Operations", "运营", "5000"))
    update_staff(db, OWNER, sid, StaffInput("韦辉", "Operations", "运营主管", "6000"), get_staff(db, OWNER, sid).version)
    set_active(db, OWNER, sid, False)
    set_active(db, OWNER, sid, True)
    set_platform_accounts(db, OWNER, cs_id, "小鹿家居:小芳")
    auth.set_owner_password(db, OWNER, "new-owner-pass", NOW, current="demo")
    auth.set_pin(db, OWNER, sid, "2468", NOW)
    set_target(db, OWNER, "shop", "sales", "2027-01", "193236")
    set_target(db, OWNER, "shop", "sales", "2027-01", "250000")
    set_target(db, OWNER, "shop", "sales", "2027-01", "")
    rule = add_rule(db, OWNER, RuleSpec("all", "餐补", "fixed", "sales", amount_fen=30000))
    update_rule(db, OWNER, rule, RuleSpec("all", "餐补", "fixed", "sales", amount_fen=35000))
    delete_rule(db, OWNER, rule)
    edits.set_deduction(db, OWNER, "2026-09", sid, "income_tax", "250")
    edits.copy_last_months_deductions(db, OWNER, "2026-10")
    adjustment = edits.add_adjustment(db, OWNER, "2026-10", sid, "-50", "迟到两次")
    edits.delete_adjustment(db, OWNER, adjustment)
    edits.set_grade(db, OWNER, "2026-10", sid, "A")
    set_pay_setup(db, OWNER, si_rate="10.5", hf_rate="7", income_tax="on", min_wage="2490")
    set_attendance(db, OWNER, "2026-10", [AttendanceEntry(sid, "1.5", 2)])
    save_figures(db, OWNER, pf.D3, [FigureInput("shop", "sales", "1000")], TODAY)
    import_platform(db, OWNER, [pf.taobao_orders(tmp_path), pf.tmall_lines(tmp_path)], replace=True)
    product = list_products(db, OWNER)[0]
    set_designer(db, OWNER, product.product_id, sid)
    payroll.approve(db, OWNER, "2026-10", TODAY)
    payroll.reopen(db, OWNER, "2026-10", "一笔提成算错了")
    task = create_task(db, OWNER, TaskInput("上新 5 款", [sid], due=TODAY), TODAY)
    update_task(db, OWNER, task, TaskInput("上新 6 款", [sid], due=TODAY, notes="主图先做"), TODAY)
    stop_task(db, OWNER, task)
    ap.save_scheme(db, OWNER, Department.OPERATIONS, replace(ap.get_scheme(db, OWNER, Department.OPERATIONS)))
    round_id = ap.open_round(db, OWNER, "2026-09", TODAY)
    row = next(r for r in rv.review_rows(db, OWNER, round_id, TODAY) if r.staff_id == sid)
    ratings = {item.key: "4" for item in ap.get_scheme(db, OWNER, Department.OPERATIONS).qualitative}
    rv.save_review(db, OWNER, row.id, ratings, "继续保持。")
    rv.finalise(db, OWNER, [row.id], TODAY)
    rv.reopen(db, OWNER, row.id)
    ap.delete_round(db, OWNER, round_id)
    people = {p.id: p.name for p in list_staff(db, OWNER, include_inactive=True)}
    return list_entries(db, OWNER), AuditNames(people, load_registry(db), OWNER.name)


def _in_chinese(qapp, make):  # type: ignore[no-untyped-def]
    translators = install_translators(qapp, "zh_CN")
    try:
        return make()
    finally:
        for t in translators:
            QCoreApplication.removeTranslator(t)
        install_translators(qapp, "en")


def test_every_audited_kind_of_change_reads_as_a_sentence_in_english_and_chinese(qapp, history):
    entries, names = history
    made = {(e.action, e.entity) for e in entries}
    assert audited_kinds() <= made, f"make these in the fixture: {sorted(audited_kinds() - made)}"
    one_of_each = {(e.action, e.entity): e for e in entries}
    for (action, entity), entry in one_of_each.items():
        for text in (sentence(entry, names), kind_name(entity), action_name(action)):
            assert not STORED.search(FILE_NAME.sub("", text)), (action, entity, text)
    chinese = _in_chinese(qapp, lambda: {key: (sentence(e, names), kind_name(e.entity), action_name(e.action))
                                         for key, e in one_of_each.items()})
    for key, texts in chinese.items():
        for text in texts:
            assert not STORED.search(FILE_NAME.sub("", text)), (key, text)
            # Latin letters are left only in names the shop gave (“rule label”, file names).
            bare = re.sub(r"“[^”]*”|ShopDesk|PIN", "", FILE_NAME.sub("", text))
            assert not re.search(r"[A-Za-z]{2,}", bare), (key, text)
            assert re.search(r"[\u4e00-\u9fff]", text), (key, text)
