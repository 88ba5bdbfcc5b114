"""Tasks: who may assign and complete, occurrences without duplicates, task figures."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from shopdesk.domain.errors import Conflict, PermissionDenied, ValidationError
from shopdesk.services.common.context import Actor, Role
from shopdesk.services.staff.people import StaffInput, add_staff
from shopdesk.services.tasks import assignments as tasks
from shopdesk.services.tasks.assignments import TaskInput
from shopdesk.store.models.core import Figure, staff_scope
from shopdesk.store.models.tasks import TaskOccurrence
from tests.conftest import TODAY

NOW = datetime(2026, 11, 24, 10, 30)


@pytest.fixture
def team(db, owner):  # type: ignore[no-untyped-def]
    ids = {name: add_staff(db, owner, StaffInput(name, dept, role=role)) for name, dept, role in [
        ("李娜", "Customer Service", "staff"), ("赵敏", "Customer Service", "staff"),
        ("周杰", "Customer Service", "manager"), ("王强", "Logistics", "staff")]}
    return ids


def as_staff(ids, name, dept="customer_service", role=Role.STAFF):  # type: ignore[no-untyped-def]
    return Actor(role, name, ids[name], dept)


def figure(db, sid, metric, day=TODAY):  # type: ignore[no-untyped-def]
    with db.read() as s:
        return s.scalar(select(Figure.value).where(
            Figure.scope == staff_scope(sid), Figure.metric == metric, Figure.day == day))


def test_a_one_off_task_lands_on_each_assignee_day(db, owner, team):
    tid = tasks.create_task(db, owner, TaskInput("回复差评", [team["李娜"], team["赵敏"]],
                                                 due=TODAY, points=3), TODAY)
    li = tasks.my_day(db, as_staff(team, "李娜"), TODAY)
    assert [(r.task_id, r.title, r.points) for r in li] == [(tid, "回复差评", 3)]
    assert len(tasks.my_day(db, as_staff(team, "赵敏"), TODAY)) == 1
    assert tasks.my_day(db, as_staff(team, "王强", "logistics"), TODAY) == []


def test_done_records_who_and_when_and_feeds_the_task_metrics(db, owner, team):
    tasks.create_task(db, owner, TaskInput("整理快捷回复", [team["李娜"]], due=TODAY, points=4), TODAY)
    li = as_staff(team, "李娜")
    occ = tasks.my_day(db, li, TODAY)[0]
    tasks.complete(db, li, occ.id, NOW)
    done = tasks.my_day(db, li, TODAY)[0]
    assert done.done and done.done_by == "李娜" and done.done_at == NOW
    assert figure(db, team["李娜"], "tasks_done") == 1
    assert figure(db, team["李娜"], "task_points") == 4
    with pytest.raises(Conflict):
        tasks.complete(db, li, occ.id, NOW)
    tasks.undo(db, li, occ.id, NOW + timedelta(hours=2))
    assert not tasks.my_day(db, li, TODAY)[0].done
    assert figure(db, team["李娜"], "tasks_done") == 0
    assert figure(db, team["李娜"], "task_points") == 0


def test_undo_only_on_the_same_day(db, owner, team):
    tasks.create_task(db, owner, TaskInput("盘点", [team["李娜"]], due=TODAY), TODAY)
    li = as_staff(team, "李娜")
    occ = tasks.my_day(db, li, TODAY)[0]
    tasks.complete(db, li, occ.id, NOW)
    with pytest.raises(Conflict):
        tasks.undo(db, li, occ.id, NOW + timedelta(days=1))
    assert figure(db, team["李娜"], "tasks_done") == 1


def test_overdue_one_offs_come_first_and_missed_repeats_do_not_pile_up(db, owner, team):
    sid = team["李娜"]
    tasks.create_task(db, owner, TaskInput("今天的", [sid], due=TODAY, priority="high"), TODAY)
    tasks.create_task(db, owner, TaskInput("上周的", [sid], due=TODAY - timedelta(days=6)), TODAY)
    tasks.create_task(db, owner, TaskInput("每日巡店", [sid], repeat="daily",
                                           start=TODAY - timedelta(days=10)), TODAY)
    rows = tasks.my_day(db, as_staff(team, "李娜"), TODAY)
    assert [r.title for r in rows] == ["上周的", "今天的", "每日巡店"]
    assert rows[0].overdue and not rows[1].overdue


def test_repeating_tasks_are_made_once_per_day_however_often_asked(db, owner, team):
    sid = team["李娜"]
    start = TODAY - timedelta(days=30)
    tasks.create_task(db, owner, TaskInput("周报", [sid, team["赵敏"]], repeat="weekly:mon,thu",
                                           start=start), start)
    for day in (TODAY - timedelta(days=20), TODAY, TODAY, TODAY - timedelta(days=3)):
        tasks.ensure_occurrences(db, day)
    with db.read() as s:
        days = s.execute(select(TaskOccurrence.day, func.count()).where(TaskOccurrence.staff_id == sid)
                         .group_by(TaskOccurrence.day)).all()
    expected = [start + timedelta(days=i) for i in range(31)
                if (start + timedelta(days=i)).weekday() in (0, 3)]
    assert sorted(d for d, _ in days) == expected
    assert {n for _, n in days} == {1}


def test_monthly_on_the_31st_falls_on_the_30th_in_november(db, owner, team):
    tasks.create_task(db, owner, TaskInput("月底对账", [team["李娜"]], repeat="monthly:31",
                                           start=date(2026, 9, 1)), TODAY)
    rows = tasks.list_occurrences(db, owner, TODAY, staff_id=team["李娜"])
    assert sorted(r.day for r in rows) == [date(2026, 9, 30), date(2026, 10, 31)]
    tasks.ensure_occurrences(db, date(2026, 11, 30))
    rows = tasks.list_occurrences(db, owner, date(2026, 11, 30), staff_id=team["李娜"])
    assert max(r.day for r in rows) == date(2026, 11, 30)


def test_staff_cannot_assign_and_managers_only_in_their_department(db, owner, team):
    li = as_staff(team, "李娜")
    with pytest.raises(PermissionDenied):
        tasks.create_task(db, li, TaskInput("x", [team["李娜"]], due=TODAY), TODAY)
    manager = as_staff(team, "周杰", role=Role.MANAGER)
    tasks.create_task(db, manager, TaskInput("客服任务", [team["赵敏"]], due=TODAY), TODAY)
    with pytest.raises(PermissionDenied):
        tasks.create_task(db, manager, TaskInput("物流任务", [team["王强"]], due=TODAY), TODAY)
    with pytest.raises(PermissionDenied):
        tasks.list_occurrences(db, manager, TODAY, department="logistics")
    assert {r.person for r in tasks.list_occurrences(db, manager, TODAY)} == {"赵敏"}


def test_staff_see_and_complete_only_their_own(db, owner, team):
    tasks.create_task(db, owner, TaskInput("赵敏的", [team["赵敏"]], due=TODAY), TODAY)
    tasks.create_task(db, owner, TaskInput("李娜的", [team["李娜"]], due=TODAY), TODAY)
    li = as_staff(team, "李娜")
    theirs = tasks.my_day(db, as_staff(team, "赵敏"), TODAY)[0]
    with pytest.raises(PermissionDenied):
        tasks.complete(db, li, theirs.id, NOW)
    with pytest.raises(PermissionDenied):
        tasks.list_occurrences(db, li, TODAY, staff_id=team["赵敏"])
    assert [r.title for r in tasks.list_occurrences(db, li, TODAY)] == ["李娜的"]
    # The owner may mark anyone's task done; it records the owner as who did it.
    tasks.complete(db, owner, theirs.id, NOW)
    assert tasks.my_day(db, as_staff(team, "赵敏"), TODAY)[0].done_by == "Owner"


def test_assignees_must_share_the_task_department(db, owner, team):
    with pytest.raises(ValidationError) as err:
        tasks.create_task(db, owner, TaskInput("混合", [team["李娜"], team["王强"]], due=TODAY), TODAY)
    assert err.value.field == "assignees"


def test_filters_by_status_person_and_date(db, owner, team):
    sid = team["李娜"]
    tasks.create_task(db, owner, TaskInput("旧", [sid], due=TODAY - timedelta(days=2)), TODAY)
    tasks.create_task(db, owner, TaskInput("新", [sid], due=TODAY + timedelta(days=2)), TODAY)
    tasks.create_task(db, owner, TaskInput("别人", [team["赵敏"]], due=TODAY), TODAY)
    dept = "customer_service"
    assert [r.title for r in tasks.list_occurrences(db, owner, TODAY, department=dept, status="overdue")] == ["旧"]
    assert {r.title for r in tasks.list_occurrences(db, owner, TODAY, department=dept, status="open")} == {"新", "别人"}
    assert [r.title for r in tasks.list_occurrences(db, owner, TODAY, staff_id=sid, first=TODAY)] == ["新"]
    tasks.stop_task(db, owner, tasks.list_occurrences(db, owner, TODAY, staff_id=sid)[0].task_id)
