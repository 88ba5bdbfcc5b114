"""Editing a task: the past stays as it was, the task follows its new form from today, audited."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from shopdesk.domain.errors import PermissionDenied, ValidationError
from shopdesk.services.common.context import Actor, Role
from shopdesk.services.staff.people import StaffInput, add_staff
from shopdesk.services.tasks import assignments as tasks
from shopdesk.services.tasks.assignments import TaskInput
from shopdesk.services.tasks.editing import get_task, update_task
from shopdesk.store.models.audit import AuditEntry
from shopdesk.store.models.tasks import TaskOccurrence
from tests.conftest import TODAY

pytestmark = pytest.mark.both_backends
WEEK_AGO = TODAY - timedelta(days=7)


@pytest.fixture
def team(db, owner):  # type: ignore[no-untyped-def]
    return {name: add_staff(db, owner, StaffInput(name, "Customer Service")) for name in ("李娜", "赵敏", "孙悦")}


def days_of(db, task_id):  # type: ignore[no-untyped-def]
    with db.read() as s:
        rows = s.execute(select(TaskOccurrence.staff_id, TaskOccurrence.day, TaskOccurrence.done_at)
                         .where(TaskOccurrence.task_id == task_id)).all()
    return {(sid, day, done is not None) for sid, day, done in rows}


def test_a_new_repetition_starts_today_and_keeps_the_week_before(db, owner, team):
    li = team["李娜"]
    task = tasks.create_task(db, owner, TaskInput("回访老客户", [li], repeat="daily", start=WEEK_AGO), WEEK_AGO)
    tasks.ensure_occurrences(db, TODAY)
    first = min(d for _, d, _ in days_of(db, task))
    occurrence = next(r.id for r in tasks.list_occurrences(db, owner, TODAY, staff_id=li) if r.day == first)
    tasks.complete(db, owner, occurrence, datetime.combine(first, datetime.min.time()).replace(hour=15))
    before = {r for r in days_of(db, task) if r[1] < TODAY}

    update_task(db, owner, task, TaskInput("回访老客户", [li], repeat="weekly:mon"), TODAY)

    after = days_of(db, task)
    assert {r for r in after if r[1] < TODAY} == before  # the past, done work included, as it was
    assert (li, first, True) in after
    assert all(d.weekday() == 0 for _, d, _ in after if d >= TODAY)  # from today: Mondays only
    assert get_task(db, owner, task).data.repeat == "weekly:mon"


def test_people_added_and_removed_from_today_on(db, owner, team):
    li, zhao, sun = team["李娜"], team["赵敏"], team["孙悦"]
    task = tasks.create_task(db, owner, TaskInput("盘点退货", [li, zhao], due=TODAY + timedelta(days=2)), TODAY)
    update_task(db, owner, task, TaskInput("盘点退货 (仓库B)", [zhao, sun], due=TODAY + timedelta(days=3),
                                           notes="带上扫码枪"), TODAY)
    assert days_of(db, task) == {(zhao, TODAY + timedelta(days=3), False), (sun, TODAY + timedelta(days=3), False)}
    detail = get_task(db, owner, task)
    assert detail.data.title == "盘点退货 (仓库B)" and detail.data.notes == "带上扫码枪"
    with db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity == "task", AuditEntry.action == "edit")).one()
    assert "李娜" in entry.before and "孙悦" in entry.after


def test_a_one_off_done_by_someone_is_not_given_to_them_again(db, owner, team):
    li = team["李娜"]
    task = tasks.create_task(db, owner, TaskInput("更新自动回复", [li], due=TODAY), TODAY)
    occurrence = tasks.list_occurrences(db, owner, TODAY, staff_id=li)[0].id
    tasks.complete(db, owner, occurrence, datetime.combine(TODAY, datetime.min.time()).replace(hour=11))
    update_task(db, owner, task, TaskInput("更新自动回复", [li], due=TODAY + timedelta(days=1)), TODAY)
    assert days_of(db, task) == {(li, TODAY, True)}


def test_bad_edits_and_staff_change_nothing(db, owner, team):
    li = team["李娜"]
    task = tasks.create_task(db, owner, TaskInput("整理话术", [li], due=TODAY), TODAY)
    good = get_task(db, owner, task).data
    before = days_of(db, task)
    for bad, field in ((replace(good, title=" "), "title"), (replace(good, assignees=[]), "assignees"),
                       (replace(good, points="lots"), "points"), (replace(good, repeat="weekly:xyz"), "repeat")):
        with pytest.raises(ValidationError) as caught:
            update_task(db, owner, task, bad, TODAY)
        assert caught.value.field == field
    with pytest.raises(PermissionDenied):
        update_task(db, Actor(Role.STAFF, "李娜", li, "customer_service"), task, replace(good, points=50), TODAY)
    assert days_of(db, task) == before and get_task(db, owner, task).data == good
