"""Killing ShopDesk while it approves payroll never leaves a half-written approval.

A forked process (ShopDesk already imported, so the kill lands mid-work
rather than mid-start-up) approves month after month through the real
service (backup, lock, computed snapshot, audit entry, one transaction) and
is killed with SIGKILL at a random moment. After every kill the file passes integrity_check; every approval row
has a complete snapshot that adds up to its stored total and its audit
entry, and no audit entry lacks its approval; every approval the process
reported is there. The default suite runs 50 kills (SHOPDESK_CRASH_TRIALS).
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import sys
import threading
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from shopdesk.domain.periods import Period
from shopdesk.domain.rules import RuleSpec
from shopdesk.services.common.context import OWNER
from shopdesk.services.payroll.edits import add_adjustment
from shopdesk.services.payroll.rules import add_rule
from shopdesk.services.payroll.run import approve
from shopdesk.services.staff.people import StaffInput, add_staff
from shopdesk.store.db import Database

# About the SQLite file itself (copies, kills, locks): PostgreSQL has its own tools.
pytestmark = pytest.mark.sqlite_only

TODAY = date(2026, 11, 24)
TRIALS = int(os.environ.get("SHOPDESK_CRASH_TRIALS", "50"))
MONTHS_PER_TRIAL = 30
FIRST = Period.parse("1800-01")


def approve_months(db_path: Path, first: Period, out: int) -> None:
    """The child: approve month after month, reporting each commit on the pipe."""
    db = Database(db_path)
    month = first
    for _ in range(MONTHS_PER_TRIAL):
        run = approve(db, OWNER, month.key, TODAY)
        os.write(out, f"committed {month.key} {run.shop.net_fen}\n".encode())
        month = month.shifted(1)


def start(db_path: Path, first: Period) -> tuple[int, int]:
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # child
        os.close(read)
        try:
            approve_months(db_path, first, write)
        finally:
            os._exit(0)
    os.close(write)
    return pid, read


def collect(fd: int) -> tuple[list[list[str]], threading.Thread]:
    lines: list[list[str]] = []

    def read() -> None:
        with os.fdopen(fd, "r") as stream:
            for line in stream:
                lines.append(line.split())

    thread = threading.Thread(target=read, daemon=True)
    thread.start()
    return lines, thread


def check_after_kill(path: Path, committed: list[list[str]]) -> int:
    conn = sqlite3.connect(path)  # a plain connection replays the WAL, as ShopDesk would
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        approvals = conn.execute("SELECT month, net_total_fen, snapshot FROM payroll_approval").fetchall()
        audited = {m for (m,) in conn.execute(
            "SELECT entity_id FROM audit_log WHERE entity = 'payroll' AND action = 'approve'")}
    finally:
        conn.close()
    months = set()
    for month, net, snapshot in approvals:  # every approval is whole
        data = json.loads(snapshot)
        assert data["month"] == month
        assert sum(p["net"] for p in data["people"]) == net == data["shop"][6]
        assert len(data["people"]) == 3
        months.add(month)
    assert months == audited  # approval and its audit entry commit together
    by_month = {m: n for m, n, _ in approvals}
    for _, month, net in committed:  # nothing reported as approved is lost or changed
        assert by_month.get(month) == int(net), month
    return len(approvals)


@pytest.mark.skipif(sys.platform == "win32", reason="fork and SIGKILL")
def test_kills_during_approval_leave_no_half_written_approval(db, owner, request):
    if TRIALS > 200:
        request.node.add_marker(pytest.mark.slow)
    ids = [add_staff(db, owner, StaffInput(name, "Operations", base_salary=4000 + i))
           for i, name in enumerate(("张伟", "刘洋", "王芳"))]
    add_rule(db, owner, RuleSpec("all", "Meal", "fixed", amount_fen=30000))
    add_rule(db, owner, RuleSpec("all", "Sales", "percent", "sales", "shop", rate=Decimal(1)))
    for trial in range(TRIALS):  # an adjustment in every month a trial may approve
        add_adjustment(db, owner, FIRST.shifted(trial * MONTHS_PER_TRIAL).key, ids[trial % 3], "12.34", "overtime")
    db.dispose()
    rng = random.Random(2026)
    approved = 0
    for trial in range(TRIALS):
        pid, fd = start(db.path, FIRST.shifted(trial * MONTHS_PER_TRIAL))
        lines, reader = collect(fd)
        time.sleep(rng.uniform(0.02, 0.8))  # before, during and between approvals
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        reader.join(5)
        committed = [line for line in lines if line and line[0] == "committed"]
        approved = check_after_kill(db.path, committed)
    print(f"\napproval crash test: {TRIALS} kills survived, {approved} approvals checked whole")
    assert approved > 0
