"""Two people (two PCs) editing the same record: the second save is refused with who and when."""

from __future__ import annotations

import threading

import pytest

from shopdesk.domain.errors import Conflict
from shopdesk.services.common.audit import AuditFilter, list_entries
from shopdesk.services.common.context import Actor, Role
from shopdesk.services.payroll.run import approve
from shopdesk.services.staff.people import StaffInput, add_staff, get_staff, update_staff
from shopdesk.services.targets.plan import list_targets, set_target
from shopdesk.store.db import Database
from tests.conftest import TODAY

pytestmark = pytest.mark.both_backends

WANG = Actor(Role.OWNER, "王芳")
LI = Actor(Role.OWNER, "李强")


def _target(db, actor=WANG):  # type: ignore[no-untyped-def]
    rows = list_targets(db, actor, "sales", ["2026-12"])
    return next((r.value for r in rows if r.scope == "shop"), None)


def test_a_stale_target_edit_names_who_changed_it_first(db):
    set_target(db, WANG, "shop", "sales", "2026-12", "500000")
    shown = _target(db)  # both PCs show ¥500,000
    set_target(db, WANG, "shop", "sales", "2026-12", "520000", expected=shown)

    with pytest.raises(Conflict) as caught:
        set_target(db, LI, "shop", "sales", "2026-12", "480000", expected=shown)

    assert "王芳" in caught.value.message and "reload" in caught.value.message
    assert _target(db) == 52_000_000  # the first save stands


def test_target_changes_are_audited_with_before_and_after(db):
    set_target(db, WANG, "shop", "sales", "2026-12", "500000")
    set_target(db, LI, "shop", "sales", "2026-12", "520000")
    entries = list_entries(db, WANG, AuditFilter(entity="target"))
    assert [(e.actor, e.before and e.before["value"], e.after["value"]) for e in entries] == [
        ("李强", 50_000_000, 52_000_000), ("王芳", None, 50_000_000)]


def test_a_stale_staff_edit_names_who_changed_it_first(db):
    sid = add_staff(db, WANG, StaffInput("赵敏", "客服", "售前客服", "4000"))
    version = get_staff(db, WANG, sid).version
    update_staff(db, WANG, sid, StaffInput("赵敏", "客服", "客服主管", "4500"), expected_version=version)
    with pytest.raises(Conflict) as caught:
        update_staff(db, LI, sid, StaffInput("赵敏", "客服", "售后客服", "4000"), expected_version=version)
    assert "王芳" in caught.value.message
    assert get_staff(db, WANG, sid).position == "客服主管"


def _race(db: Database, jobs) -> list[object]:  # type: ignore[no-untyped-def]
    """Run the jobs at the same moment on their own connections; what each returned or raised."""
    results: list[object] = [None] * len(jobs)
    start = threading.Barrier(len(jobs))

    def run(i: int) -> None:
        other = Database(db.url)  # a second client: its own engine and connections
        start.wait()
        try:
            results[i] = jobs[i](other)
        except Exception as exc:  # noqa: BLE001 (recorded for the assertions)
            results[i] = exc
        finally:
            other.dispose()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(jobs))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


@pytest.mark.parametrize("trial", range(5))
def test_two_clients_saving_the_same_target_at_once_exactly_one_wins(db, trial):
    set_target(db, WANG, "shop", "sales", "2026-12", "500000")
    shown = _target(db)
    results = _race(db, [
        lambda d: set_target(d, WANG, "shop", "sales", "2026-12", "520000", expected=shown),
        lambda d: set_target(d, LI, "shop", "sales", "2026-12", "480000", expected=shown),
    ])
    won = [r for r in results if isinstance(r, int)]
    lost = [r for r in results if isinstance(r, Conflict)]
    assert len(won) == 1 and len(lost) == 1, results
    assert _target(db) == won[0]


@pytest.mark.parametrize("trial", range(3))
def test_two_owners_approving_the_same_month_at_once_approve_it_once(demo_db, trial):
    results = _race(demo_db, [lambda d: approve(d, WANG, "2026-10", TODAY),
                              lambda d: approve(d, LI, "2026-10", TODAY)])
    lost = [r for r in results if isinstance(r, Conflict)]
    won = [r for r in results if not isinstance(r, Exception)]
    assert len(won) == 1 and len(lost) == 1, results
    assert "already approved" in lost[0].message
    approvals = list_entries(demo_db, WANG, AuditFilter(entity="payroll", action="approve"))
    assert len(approvals) == 1
