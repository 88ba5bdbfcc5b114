"""Daily reports and feedback: own writing, the owner's feed, read marks, who has not reported."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from shopdesk.domain.errors import PermissionDenied, ValidationError
from shopdesk.services.common.context import Actor, Role
from shopdesk.services.reports import daily as reports
from shopdesk.services.reports.daily import FeedFilter, ReportInput
from shopdesk.services.staff.people import StaffInput, add_staff
from tests.conftest import TODAY

NOW = datetime(2026, 11, 24, 18, 0)


@pytest.fixture
def team(db, owner):  # type: ignore[no-untyped-def]
    people = [("李娜", "Customer Service", "staff"), ("赵敏", "Customer Service", "staff"),
              ("周杰", "Customer Service", "manager"), ("王强", "Logistics", "staff")]
    ids = {n: add_staff(db, owner, StaffInput(n, d, role=r)) for n, d, r in people}
    depts = {n: d.lower().replace(" ", "_") for n, d, _ in people}
    return {n: Actor(Role.MANAGER if r == "manager" else Role.STAFF, n, ids[n], depts[n])
            for n, _, r in people}


def test_staff_write_and_correct_their_own_report(db, team):
    li = team["李娜"]
    rid = reports.save_report(db, li, TODAY, ReportInput("回复 80 个咨询", "", "跟进退款"), NOW, TODAY)
    again = reports.save_report(db, li, TODAY, ReportInput("回复 85 个咨询", "系统卡顿", "跟进退款"),
                                NOW + timedelta(minutes=5), TODAY)
    assert again == rid
    assert reports.own_report(db, li, TODAY) == ReportInput("回复 85 个咨询", "系统卡顿", "跟进退款")


def test_the_feed_is_newest_first_with_filters_and_unread_marks(db, owner, team):
    reports.save_report(db, team["李娜"], TODAY, ReportInput("done A"), NOW, TODAY)
    reports.add_feedback(db, team["王强"], TODAY, "logistics_problem", "中通延误", NOW + timedelta(minutes=1), TODAY)
    reports.add_feedback(db, team["赵敏"], TODAY, "competitor", "对手降价 10%", NOW + timedelta(minutes=2), TODAY)
    items = reports.feed(db, owner)
    assert [i.text for i in items] == ["对手降价 10%", "中通延误", "done A"]
    assert all(i.unread for i in items)
    assert [i.text for i in reports.feed(db, owner, FeedFilter(tag="competitor"))] == ["对手降价 10%"]
    assert [i.person for i in reports.feed(db, owner, FeedFilter(department="logistics"))] == ["王强"]
    assert [i.kind for i in reports.feed(db, owner, FeedFilter(staff_id=team["李娜"].staff_id))] == ["report"]
    assert reports.feed(db, owner, FeedFilter(first=TODAY + timedelta(days=1))) == []
    reports.mark_read(db, owner, [(items[0].kind, items[0].id)])
    assert [i.unread for i in reports.feed(db, owner)] == [False, True, True]
    assert len(reports.feed(db, owner, FeedFilter(unread_only=True))) == 2
    # A manager's read marks are their own.
    assert all(i.unread for i in reports.feed(db, team["周杰"]))


def test_editing_a_read_report_makes_it_unread(db, owner, team):
    rid = reports.save_report(db, team["李娜"], TODAY, ReportInput("a"), NOW, TODAY)
    reports.mark_read(db, owner, [("report", rid)])
    assert not reports.feed(db, owner)[0].unread
    reports.save_report(db, team["李娜"], TODAY, ReportInput("a, and b"), NOW, TODAY)
    assert reports.feed(db, owner)[0].unread


def test_staff_never_read_anyone_elses_reports(db, team):
    reports.save_report(db, team["赵敏"], TODAY, ReportInput("secret"), NOW, TODAY)
    reports.save_report(db, team["李娜"], TODAY, ReportInput("mine"), NOW, TODAY)
    li = team["李娜"]
    assert [i.text for i in reports.feed(db, li)] == ["mine"]
    with pytest.raises(PermissionDenied):
        reports.feed(db, li, FeedFilter(staff_id=team["赵敏"].staff_id))
    with pytest.raises(PermissionDenied):
        reports.feed(db, li, FeedFilter(department="logistics"))
    with pytest.raises(PermissionDenied):
        reports.not_reported(db, li, TODAY)
    other = next(i for i in reports.feed(db, team["周杰"]) if i.text == "secret")
    with pytest.raises(PermissionDenied):
        reports.mark_read(db, li, [("report", other.id)])


def test_managers_read_only_their_department(db, team):
    reports.save_report(db, team["王强"], TODAY, ReportInput("logistics"), NOW, TODAY)
    reports.save_report(db, team["赵敏"], TODAY, ReportInput("cs"), NOW, TODAY)
    manager = team["周杰"]
    assert [i.text for i in reports.feed(db, manager)] == ["cs"]
    with pytest.raises(PermissionDenied):
        reports.feed(db, manager, FeedFilter(department="logistics"))
    assert {m.name for m in reports.not_reported(db, manager, TODAY)} == {"李娜", "周杰"}


def test_who_has_not_reported_today(db, owner, team):
    reports.save_report(db, team["李娜"], TODAY, ReportInput("x"), NOW, TODAY)
    reports.save_report(db, team["王强"], TODAY - timedelta(days=1), ReportInput("y"), NOW, TODAY)
    assert {m.name for m in reports.not_reported(db, owner, TODAY)} == {"赵敏", "周杰", "王强"}


def test_the_owner_writes_no_report_and_bad_input_names_the_field(db, owner, team):
    with pytest.raises(PermissionDenied):
        reports.save_report(db, owner, TODAY, ReportInput("x"), NOW, TODAY)
    li = team["李娜"]
    cases = [
        (lambda: reports.save_report(db, li, TODAY, ReportInput(" ", "", ""), NOW, TODAY), "done"),
        (lambda: reports.save_report(db, li, TODAY + timedelta(days=1), ReportInput("x"), NOW, TODAY), "day"),
        (lambda: reports.save_report(db, li, TODAY - timedelta(days=30), ReportInput("x"), NOW, TODAY), "day"),
        (lambda: reports.add_feedback(db, li, TODAY, "rumour", "x", NOW, TODAY), "tag"),
        (lambda: reports.add_feedback(db, li, TODAY, "competitor", "  ", NOW, TODAY), "text"),
        (lambda: reports.add_feedback(db, li, TODAY, "competitor", "x" * 5000, NOW, TODAY), "text"),
    ]
    for action, field in cases:
        with pytest.raises(ValidationError) as err:
            action()
        assert err.value.field == field


def test_feedback_can_be_taken_back_the_same_day_by_its_writer(db, owner, team):
    fid = reports.add_feedback(db, team["李娜"], TODAY, "customer_need", "想要大号", NOW, TODAY)
    with pytest.raises(PermissionDenied):
        reports.delete_feedback(db, team["赵敏"], fid, TODAY)
    reports.delete_feedback(db, team["李娜"], fid, TODAY)
    assert reports.feed(db, owner) == []


def test_the_feed_finds_words_in_any_part_and_in_the_writers_name(db, owner, team):
    reports.save_report(db, team["李娜"], TODAY, ReportInput("回复 80 个咨询", "ERP 卡顿", "跟进 Refund"), NOW, TODAY)
    reports.add_feedback(db, team["王强"], TODAY, "logistics_problem", "中通 100% 延误", NOW, TODAY)
    reports.add_feedback(db, team["赵敏"], TODAY, "competitor", "对手降价", NOW, TODAY)

    def found(text: str, actor: Actor = owner) -> list[str]:
        return sorted(i.person for i in reports.feed(db, actor, FeedFilter(text=text)))

    assert found("卡顿") == ["李娜"]          # in the problems part
    assert found("refund") == ["李娜"]        # in the plan, in any case
    assert found("王强") == ["王强"]          # the writer's name
    assert found("中通 延误") == ["王强"]     # every word, anywhere
    assert found("100%") == ["王强"] and found("%") == ["王强"]  # % and _ are letters, not wildcards
    assert found("  ") == ["李娜", "王强", "赵敏"]
    # Staff search only what they may read.
    assert found("对手", team["李娜"]) == []
