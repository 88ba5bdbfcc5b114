"""Refunds after approval (DESIGN §4.5): clawed back once, in the next month, at the approved rate."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from shopdesk.domain.rules import RuleSpec
from shopdesk.services.figures.entry import FigureInput, save_figures
from shopdesk.services.payroll.rules import add_rule
from shopdesk.services.payroll.run import approve, compute_run
from shopdesk.services.platform.run import import_platform
from shopdesk.services.staff.people import StaffInput, add_staff
from tests import platform_files as pf
from tests.conftest import TODAY


def _refund_file(folder):  # type: ignore[no-untyped-def]
    rows = [pf.TAOBAO_HEADER,
            ['="2001"', "买家X", "", "600.00", "0", "600.00", "600.00", "交易关闭", "", "", "", "2026-10-06 10:00:00",
             "2026-10-06 10:01:00", "陶瓷杯", "1", "", "500.00"]]
    return pf.write_csv(folder / "late_refund.csv", rows, "gbk")


def test_a_later_refund_is_clawed_back_once_at_the_approved_rate(db, owner, tmp_path):
    zhang = add_staff(db, owner, StaffInput("张伟", "Operations", base_salary=5000))
    add_rule(db, owner, RuleSpec("department:operations", "Net sales", "percent", "net_sales", "shop", rate=D("1.5")))
    add_rule(db, owner, RuleSpec("department:operations", "Sales", "percent", "sales", "shop", rate=D(1)))
    save_figures(db, owner, date(2026, 10, 5), [FigureInput("shop", "sales", "100000")], TODAY)
    october = approve(db, owner, "2026-10", TODAY)
    assert [line.amount_fen for line in october.person(zhang).lines] == [150000, 100000]

    import_platform(db, owner, [_refund_file(tmp_path)])  # ¥500 refunded on an October day, after approval
    assert compute_run(db, owner, "2026-10", TODAY).person(zhang).lines == october.person(zhang).lines

    november = compute_run(db, owner, "2026-11", TODAY).person(zhang)
    claws = [line for line in november.lines if line.kind == "refund_clawback"]
    assert len(claws) == 1  # the sales rule is not clawed back
    assert claws[0].amount_fen == 750 and claws[0].deduction  # 1.5 % × ¥500.00
    assert claws[0].explanation == "1.50% × ¥500.00 refunds recorded for 2026-10 after it was approved = ¥7.50"
    assert november.net_fen == november.gross_fen - 750

    approve(db, owner, "2026-11", TODAY)
    december = compute_run(db, owner, "2026-12", date(2026, 12, 15)).person(zhang)
    assert [line for line in december.lines if line.kind == "refund_clawback"] == []


def test_marginal_tiers_claw_back_at_the_highest_bracket_reached(db, owner, tmp_path):
    from shopdesk.services.targets.plan import set_target

    zhang = add_staff(db, owner, StaffInput("张伟", "Operations", base_salary=5000))
    add_rule(db, owner, RuleSpec("department:operations", "Net sales tiers", "tiered", "net_sales", "shop",
                                 tiers="0-80:0%;80-100:1%;100-:2%", tier_mode="marginal"))
    set_target(db, owner, "shop", "net_sales", "2026-10", "100000")
    save_figures(db, owner, date(2026, 10, 5), [FigureInput("shop", "sales", "120000")], TODAY)
    october = approve(db, owner, "2026-10", TODAY).person(zhang)
    assert october.lines[0].amount_fen == 60000  # 1 % × 20,000 + 2 % × 20,000
    import_platform(db, owner, [_refund_file(tmp_path)])
    claws = [line for line in compute_run(db, owner, "2026-11", TODAY).person(zhang).lines
             if line.kind == "refund_clawback"]
    assert [c.amount_fen for c in claws] == [1000]  # 2 % × ¥500.00
