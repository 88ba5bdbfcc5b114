"""Bad tasks, reports, feedback and PINs are refused with the field named, the file byte-identical."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shopdesk.domain.errors import ShopDeskError, ValidationError
from shopdesk.domain.recurrence import RepeatError, parse_repeat
from shopdesk.services.common.context import Actor, Role
from shopdesk.services.reports import daily as reports
from shopdesk.services.reports.daily import ReportInput
from shopdesk.services.staff import auth
from shopdesk.services.tasks import assignments as tasks
from shopdesk.services.tasks.assignments import TaskInput
from tests.conftest import TODAY, file_bytes

TRIES = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
NOW = datetime(2026, 11, 24, 12, 0)
MEMBER = 5  # a staff member of the demo shop (ids are 1..12)


def refused(db, action) -> ShopDeskError:  # type: ignore[no-untyped-def]
    before = file_bytes(db)
    with pytest.raises(ShopDeskError) as caught:
        action()
    assert caught.value.message.strip()
    if isinstance(caught.value, ValidationError):
        assert caught.value.field
    assert file_bytes(db) == before
    return caught.value


def _bad_repeat(text: str) -> bool:
    try:
        parse_repeat(text)
    except RepeatError:
        return True
    return False


blank = st.sampled_from(["", " ", "\t", "\u3000", "\n"])
not_count = st.one_of(st.integers(max_value=-1), st.integers(min_value=tasks.MAX_POINTS + 1),
                      st.text(max_size=6).filter(lambda t: not t.strip().lstrip("-").isdigit()))
bad_task = st.one_of(
    st.builds(TaskInput, title=st.one_of(blank, st.text(min_size=201, max_size=240).filter(lambda t: len(t.strip()) > 200)),
              assignees=st.just([MEMBER]), due=st.just(TODAY)),
    st.builds(TaskInput, title=st.just("盘点"), assignees=st.just([MEMBER]), due=st.just(TODAY), points=not_count),
    st.builds(TaskInput, title=st.just("盘点"), assignees=st.just([MEMBER]), due=st.just(TODAY),
              priority=st.one_of(st.integers(3, 99), st.integers(max_value=-1), st.sampled_from(["urgent", "", "高"]))),
    st.builds(TaskInput, title=st.just("盘点"), assignees=st.just([MEMBER]), due=st.just(TODAY),
              repeat=st.text(max_size=14).filter(_bad_repeat)),
    st.builds(TaskInput, title=st.just("盘点"), assignees=st.one_of(
        st.just([]), st.lists(st.integers(1000, 10**9), min_size=1, max_size=3)), due=st.just(TODAY)),
    st.builds(TaskInput, title=st.just("盘点"), assignees=st.just([MEMBER]), due=st.just(TODAY),
              department=st.text(max_size=10).filter(lambda t: t.strip().lower() not in (
                  "", "operations", "design", "customer service", "customer_service", "logistics",
                  "运营", "设计", "客服", "物流", "美工"))),
    st.builds(TaskInput, title=st.just("盘点"), assignees=st.just([MEMBER]), notes=st.text(min_size=4001, max_size=4100)
              .filter(lambda t: len(t.strip()) > 4000), due=st.just(TODAY)),
)


@TRIES
@given(data=bad_task)
def test_bad_tasks_are_refused(demo_db, owner, data):
    refused(demo_db, lambda: tasks.create_task(demo_db, owner, data, TODAY))


def _member(db) -> Actor:  # type: ignore[no-untyped-def]
    return auth.login(db, MEMBER, "1234", NOW)


too_long = st.text(min_size=4001, max_size=4100).filter(lambda t: len(t.strip()) > 4000)
control = st.sampled_from(["\x00", "\x07", "\x1b[31m"]).map(lambda c: f"正常{c}文字")
bad_day = st.one_of(st.integers(1, 3000).map(lambda n: TODAY + timedelta(days=n)),
                    st.integers(8, 3000).map(lambda n: TODAY - timedelta(days=n)))


@TRIES
@given(kind=st.sampled_from(["report_text", "report_day", "report_blank", "tag", "feedback"]),
       text=st.one_of(too_long, control), day=bad_day,
       tag=st.text(max_size=12).filter(lambda t: t not in reports.TAGS))
def test_bad_reports_and_feedback_are_refused(demo_db, kind, text, day, tag):
    actor = _member(demo_db)
    actions = {
        "report_text": lambda: reports.save_report(demo_db, actor, TODAY, ReportInput("ok", text, ""), NOW, TODAY),
        "report_day": lambda: reports.save_report(demo_db, actor, day, ReportInput("ok"), NOW, TODAY),
        "report_blank": lambda: reports.save_report(demo_db, actor, TODAY, ReportInput(" ", "\n", "\u3000"),
                                                    NOW, TODAY),
        "tag": lambda: reports.add_feedback(demo_db, actor, TODAY, tag, "对手降价", NOW, TODAY),
        "feedback": lambda: reports.add_feedback(demo_db, actor, TODAY, "competitor", text, NOW, TODAY),
    }
    refused(demo_db, actions[kind])


not_pin = st.one_of(st.text(max_size=12).filter(lambda t: not (t.strip().isascii() and t.strip().isdigit()
                                                                and 4 <= len(t.strip()) <= 8)),
                    st.integers(0, 999).map(str), st.integers(10**8, 10**12).map(str))


@TRIES
@given(pin=not_pin)
def test_bad_pins_are_refused(demo_db, owner, pin):
    refused(demo_db, lambda: auth.set_pin(demo_db, owner, MEMBER, pin, NOW))


def test_staff_attempts_beyond_their_rights_change_nothing(demo_db):
    actor = _member(demo_db)
    assert actor.role is Role.STAFF
    other = MEMBER + 1
    refused(demo_db, lambda: tasks.create_task(demo_db, actor, TaskInput("x", [MEMBER], due=TODAY), TODAY))
    refused(demo_db, lambda: auth.set_pin(demo_db, actor, other, "5678", NOW))
    refused(demo_db, lambda: auth.set_owner_password(demo_db, actor, "mine-now", NOW, current="demo"))
    foreign = tasks.list_occurrences(demo_db, Actor(Role.OWNER, "Owner"), TODAY, staff_id=other)[0]
    refused(demo_db, lambda: tasks.complete(demo_db, actor, foreign.id, NOW))
