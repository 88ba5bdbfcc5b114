"""The demo shop's log-ins, tasks and reports, and what a staff session can reach."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import func, select

from shopdesk.domain.departments import Department
from shopdesk.domain.errors import PermissionDenied
from shopdesk.services.demo.tasks import DEMO_PASSWORD, DEMO_PIN
from shopdesk.services.figures.rollup import department_people
from shopdesk.services.reports import daily as reports
from shopdesk.services.staff import auth
from shopdesk.services.staff import people as staff
from shopdesk.services.tasks import assignments as tasks
from shopdesk.store.models.core import Figure
from shopdesk.store.models.tasks import TaskOccurrence
from tests.conftest import TODAY

NOW = datetime(2026, 11, 24, 9, 0)


def test_demo_credentials_log_everyone_in(demo_db):
    assert auth.login(demo_db, "owner", DEMO_PASSWORD, NOW).is_owner
    for choice in auth.login_choices(demo_db):
        assert choice.has_pin
        assert auth.login(demo_db, choice.staff_id, DEMO_PIN, NOW).name == choice.name


def test_demo_tasks_feed_the_task_figures(demo_db, owner):
    with demo_db.read() as s:
        done = s.scalar(select(func.count()).where(TaskOccurrence.done_at.is_not(None)))
        counted = s.scalar(select(func.sum(Figure.value)).where(Figure.metric == "tasks_done"))
    assert done and done == counted
    assert reports.feed(demo_db, owner)
    assert reports.not_reported(demo_db, owner, TODAY)


def test_a_staff_session_sees_only_their_own_person_and_pay(demo_db, owner):
    member = next(p for p in staff.list_staff(demo_db, owner, "customer_service") if p.role == "staff")
    actor = auth.login(demo_db, member.id, DEMO_PIN, NOW)
    seen = staff.list_staff(demo_db, actor)
    assert [p.id for p in seen] == [actor.staff_id]
    people = department_people(demo_db, actor, Department.CUSTOMER_SERVICE, TODAY, TODAY)
    assert [p.person.id for p in people] == [actor.staff_id]
    other = next(c for c in auth.login_choices(demo_db) if c.staff_id != actor.staff_id)
    with pytest.raises(PermissionDenied):
        staff.get_staff(demo_db, actor, other.staff_id)
    assert {r.staff_id for r in tasks.list_occurrences(demo_db, actor, TODAY)} <= {actor.staff_id}
    assert {i.staff_id for i in reports.feed(demo_db, actor)} <= {actor.staff_id}


def test_a_demo_made_in_the_morning_has_nothing_stamped_later_than_now(tmp_path):
    """At 08:35 nobody has finished a task at 15:51 or written the evening report yet."""
    from datetime import date, datetime

    from sqlalchemy import func, select

    from shopdesk.services.demo.shop import write_demo
    from shopdesk.store.db import Database
    from shopdesk.store.models.tasks import DailyReport, FeedbackItem, TaskOccurrence
    from shopdesk.store.schema import ensure_schema

    now = datetime(2026, 12, 1, 8, 35)
    db = Database(tmp_path / "morning.db")
    ensure_schema(db)
    write_demo(db, staff=8, months=2, today=date(2026, 12, 1), now=now)
    with db.read() as s:
        latest = [s.scalar(select(func.max(TaskOccurrence.done_at))), s.scalar(select(func.max(DailyReport.written_at))),
                  s.scalar(select(func.max(FeedbackItem.written_at)))]
        done_today = s.scalar(select(func.count()).select_from(TaskOccurrence)
                              .where(TaskOccurrence.done_day == now.date()))
    db.dispose()
    assert all(t is not None and t <= now for t in latest), latest
    assert done_today == 0  # work starts at ten
