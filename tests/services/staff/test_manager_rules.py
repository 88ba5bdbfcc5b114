"""Issue item 6: a manager cannot pay themselves. Within their department they may not change
their own salary, role or targets, nor their own figures of past days; they make and promote no
managers and change no targets of an approved month; every figure change is audited."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from shopdesk.domain.errors import PermissionDenied
from shopdesk.services.common.context import Actor, Role
from shopdesk.services.figures.entry import FigureInput, save_figures
from shopdesk.services.payroll.run import approve, compute_run
from shopdesk.services.staff.people import (
    StaffInput,
    add_staff,
    get_staff,
    set_active,
    update_staff,
)
from shopdesk.services.targets.plan import break_down, set_shares, set_target
from shopdesk.store.models.audit import AuditEntry
from tests.conftest import TODAY, file_bytes


def _manager(db, owner):  # type: ignore[no-untyped-def]
    me = next(p for p in _people(db, owner) if p.role == "manager" and p.department.value == "operations")
    colleague = next(p for p in _people(db, owner) if p.role == "staff" and p.department.value == "operations")
    return Actor(Role.MANAGER, me.name, me.id, "operations"), me, colleague


def _people(db, owner):  # type: ignore[no-untyped-def]
    from shopdesk.services.staff.people import list_staff

    return list_staff(db, owner, include_inactive=True)


def _as_input(p, **changes):  # type: ignore[no-untyped-def]
    fields = {"name": p.name, "department": p.department.value, "position": p.position,
              "base_salary": p.base_salary_fen / 100, "hire_date": p.hire_date, "active": p.active,
              "role": p.role} | changes
    return StaffInput(**fields)


def test_a_manager_cannot_pay_themselves(demo_db, owner):
    boss, me, colleague = _manager(demo_db, owner)
    approve(demo_db, owner, "2026-10", TODAY)
    pay_before = compute_run(demo_db, owner, "2026-11", TODAY).person(me.id).net_fen
    before = file_bytes(demo_db)
    attempts = {
        "own base ×10": lambda: update_staff(demo_db, boss, me.id, _as_input(me, base_salary=me.base_salary_fen / 10)),
        "promote a colleague": lambda: update_staff(demo_db, boss, colleague.id, _as_input(colleague, role="manager")),
        "new manager on ¥1,000,000": lambda: add_staff(demo_db, boss, StaffInput(
            "新经理", "Operations", base_salary=1_000_000, role="manager")),
        "own sales target 1": lambda: set_target(demo_db, boss, f"staff:{me.id}", "sales", "2026-11", "1"),
        "approved month's target": lambda: set_target(
            demo_db, boss, f"staff:{colleague.id}", "sales", "2026-10", "1"),
        "approved month's breakdown": lambda: break_down(demo_db, boss, "dept:operations", "sales", "2026-10"),
        "own figures of a past day": lambda: save_figures(
            demo_db, boss, date(2026, 11, 3), [FigureInput(f"staff:{me.id}", "sales", "999999")], TODAY),
        "own department moved": lambda: update_staff(demo_db, boss, me.id, _as_input(me, department="Design")),
        "deactivate themselves": lambda: set_active(demo_db, boss, me.id, False),
    }
    for name, attempt in attempts.items():
        with pytest.raises(PermissionDenied):
            attempt()
        assert file_bytes(demo_db) == before, name
    assert compute_run(demo_db, owner, "2026-11", TODAY).person(me.id).net_fen == pay_before
    assert get_staff(demo_db, owner, me.id).base_salary_fen == me.base_salary_fen


def test_a_breakdown_that_would_reach_the_managers_own_target_is_refused(demo_db, owner):
    boss, me, colleague = _manager(demo_db, owner)
    set_target(demo_db, owner, "dept:operations", "sales", "2026-12", "300000")
    # Shares giving the manager a sliver, then a breakdown: their own target would drop.
    set_shares(demo_db, boss, "dept:operations", "sales", {f"staff:{me.id}": "1", f"staff:{colleague.id}": "99"})
    before = file_bytes(demo_db)
    with pytest.raises(PermissionDenied, match="your own targets"):
        break_down(demo_db, boss, "dept:operations", "sales", "2026-12")
    assert file_bytes(demo_db) == before
    assert break_down(demo_db, owner, "dept:operations", "sales", "2026-12") > 0


def test_what_a_manager_still_may_do(demo_db, owner):
    boss, me, colleague = _manager(demo_db, owner)
    update_staff(demo_db, boss, colleague.id, _as_input(colleague, base_salary=5000, position="运营专员"))
    update_staff(demo_db, boss, me.id, _as_input(me, position="运营主管"))
    set_target(demo_db, boss, f"staff:{colleague.id}", "sales", "2026-11", "1000")
    assert save_figures(demo_db, boss, TODAY, [FigureInput(f"staff:{me.id}", "sales", "10")], TODAY) == 1
    assert save_figures(demo_db, boss, date(2026, 11, 3), [FigureInput(f"staff:{colleague.id}", "sales", "10")],
                        TODAY) == 1


def test_every_figure_change_is_audited_with_who_before_and_after(demo_db, owner):
    boss, me, colleague = _manager(demo_db, owner)
    day = date(2026, 11, 3)
    scope = f"staff:{colleague.id}"
    save_figures(demo_db, boss, day, [FigureInput(scope, "sales", "1234.56"), FigureInput(scope, "orders", "")], TODAY)
    with demo_db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity == "figures")
                          .order_by(AuditEntry.id.desc())).first()
    assert entry is not None and entry.actor == me.name and entry.entity_id == "2026-11-03"
    assert f'"{scope} sales": 123456' in entry.after and f'"{scope} orders": null' in entry.after
    assert f'"{scope} sales": ' in entry.before and '"orders": null' not in entry.before
    # Saving the same values again changes nothing and records nothing.
    count = _audit_count(demo_db)
    save_figures(demo_db, boss, day, [FigureInput(scope, "sales", "1234.56")], TODAY)
    assert _audit_count(demo_db) == count


def _audit_count(db) -> int:  # type: ignore[no-untyped-def]
    from sqlalchemy import func

    with db.read() as s:
        return s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.entity == "figures"))
