"""Replies: the owner or the writer's manager answers; the writer sees it, unread until opened; nobody else."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from shopdesk.domain.errors import PermissionDenied, ValidationError
from shopdesk.services.common.context import Actor, Role
from shopdesk.services.reports import daily as reports
from shopdesk.services.reports import replies
from shopdesk.services.reports.daily import ReportInput
from shopdesk.services.staff.people import StaffInput, add_staff
from tests.conftest import TODAY, file_bytes

NOW = datetime(2026, 11, 24, 18, 0)


@pytest.fixture
def team(db, owner):  # type: ignore[no-untyped-def]
    people = [("李娜", "Customer Service", "staff"), ("周杰", "Customer Service", "manager"),
              ("王强", "Logistics", "staff"), ("孙斌", "Logistics", "manager")]
    ids = {n: add_staff(db, owner, StaffInput(n, d, role=r)) for n, d, r in people}
    depts = {n: d.lower().replace(" ", "_") for n, d, _ in people}
    return {n: Actor(Role.MANAGER if r == "manager" else Role.STAFF, n, ids[n], depts[n]) for n, _, r in people}


def test_the_owner_replies_and_the_writer_reads_it_on_my_day(db, owner, team):
    li = team["李娜"]
    rid = reports.save_report(db, li, TODAY, ReportInput("回访 5 位差评客户", "退款慢"), NOW, TODAY)
    replies.reply(db, owner, "report", rid, "退款已催财务，明天到账", NOW + timedelta(minutes=5))
    replies.reply(db, team["周杰"], "report", rid, "辛苦了", NOW + timedelta(minutes=9))

    assert [(r.author, r.text) for r in replies.thread(db, owner, "report", rid)] == [
        ("Owner", "退款已催财务，明天到账"), ("周杰", "辛苦了")]
    notices = replies.my_replies(db, li)
    assert [n.text for n in notices] == ["辛苦了", "退款已催财务，明天到账"]  # newest first
    assert not any(n.seen for n in notices) and notices[0].item_text == "回访 5 位差评客户"
    replies.mark_seen(db, li, [notices[0].id], NOW + timedelta(hours=1))
    assert [n.seen for n in replies.my_replies(db, li)] == [True, False]


def test_only_the_owner_and_the_department_manager_reply_and_read_the_thread(db, owner, team):
    fid = reports.add_feedback(db, team["李娜"], TODAY, "competitor", "对手包邮", NOW, TODAY)
    for outsider in (team["孙斌"], team["王强"], team["李娜"]):  # another manager, another's staff, the writer
        with pytest.raises(PermissionDenied):
            replies.reply(db, outsider, "feedback", fid, "收到", NOW)
    replies.reply(db, owner, "feedback", fid, "收到，本周跟进", NOW)
    with pytest.raises(PermissionDenied):
        replies.thread(db, team["王强"], "feedback", fid)
    assert len(replies.thread(db, team["李娜"], "feedback", fid)) == 1
    assert replies.my_replies(db, team["王强"]) == []
    notice = replies.my_replies(db, team["李娜"])[0]
    with pytest.raises(PermissionDenied):
        replies.mark_seen(db, team["王强"], [notice.id], NOW)


@pytest.mark.sqlite_only
def test_an_empty_or_oversized_reply_changes_nothing(db, owner, team):
    fid = reports.add_feedback(db, team["李娜"], TODAY, "competitor", "对手包邮", NOW, TODAY)
    before = file_bytes(db)
    for bad in ("", "   ", "x" * 5000, "坏\x1b字"):
        with pytest.raises(ValidationError) as caught:
            replies.reply(db, owner, "feedback", fid, bad, NOW)
        assert caught.value.field == "reply"
    with pytest.raises(ValidationError):
        replies.reply(db, owner, "nonsense", fid, "ok", NOW)
    assert file_bytes(db) == before
