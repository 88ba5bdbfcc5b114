"""Killing ShopDesk mid-write loses nothing that was committed and never shows half a transaction.

A real process writes daily figures through the services (one transaction per
day: the shop and 40 people, 82 rows carrying one marker) and is killed with
SIGKILL at a random moment. After every kill the file passes integrity_check,
every day the process reported as committed is there in full, and no day is
half-written. The default suite runs 50 kills; set SHOPDESK_CRASH_TRIALS=1000
for the long run (it is also marked `slow` when that many are asked for).
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from shopdesk.services.staff.people import StaffInput, add_staff

# About the SQLite file itself (copies, kills, locks): PostgreSQL has its own tools.
pytestmark = pytest.mark.sqlite_only

ROOT = Path(__file__).resolve().parents[3]
TRIALS = int(os.environ.get("SHOPDESK_CRASH_TRIALS", "50"))
PEOPLE = 40


def start_writer(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "tests.services.figures.writer_process", *args],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)


def collect(proc: subprocess.Popen[str]) -> tuple[list[str], threading.Thread]:
    lines: list[str] = []

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append(line.split())

    thread = threading.Thread(target=read, daemon=True)
    thread.start()
    return lines, thread


def check_after_kill(path: Path, committed: list[list[str]], rows_per_day: int) -> None:
    conn = sqlite3.connect(path)  # a normal connection replays the WAL, as ShopDesk would
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        days = {day: (n, lo, hi) for day, n, lo, hi in conn.execute(
            "SELECT day, COUNT(*), MIN(value), MAX(value) FROM figure WHERE metric = 'visitors' GROUP BY day")}
        orders = dict(conn.execute("SELECT day, COUNT(*) FROM figure WHERE metric = 'orders' GROUP BY day"))
    finally:
        conn.close()
    for day, (n, lo, hi) in days.items():  # nothing half-written
        assert n == rows_per_day and lo == hi and orders[day] == rows_per_day, day
    for _, day, marker in committed:  # nothing committed is lost
        assert days[day][1] == int(marker), day


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_kills_at_random_moments_lose_nothing_committed(db, owner, request):
    if TRIALS > 200:
        request.node.add_marker(pytest.mark.slow)
    for i in range(PEOPLE):
        add_staff(db, owner, StaffInput(f"员工{i:02d}", "Operations"))
    db.dispose()
    rng = random.Random(2026)
    survived = checked = 0
    for trial in range(1, TRIALS + 1):
        proc = start_writer("figures", str(db.path), str(trial), str(rng.randrange(2000)), "100000")
        lines, reader = collect(proc)
        time.sleep(rng.uniform(0.15, 0.9))  # before, during and between transactions
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        reader.join(5)
        committed = [line for line in lines if line and line[0] == "committed"]
        check_after_kill(db.path, committed, PEOPLE + 1)
        survived += 1
        checked += len(committed)
    print(f"\ncrash test: {survived} kills survived, {checked} committed transactions checked "
          f"({checked * 2 * (PEOPLE + 1)} rows)")
    assert survived == TRIALS
