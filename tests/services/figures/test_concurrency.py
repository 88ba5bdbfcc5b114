"""Two ShopDesk processes writing to one database file never lose each other's writes.

WAL, BEGIN IMMEDIATE and the busy timeout in store/db.py make writers queue
instead of failing or overwriting: afterwards every write is there exactly once.
"""

from __future__ import annotations

import sqlite3

import pytest

from shopdesk.services.common.audit import AuditFilter, list_entries
from shopdesk.services.staff.people import StaffInput, add_staff
from tests.services.figures.test_crash import start_writer

# About the SQLite file itself (copies, kills, locks): PostgreSQL has its own tools.
pytestmark = pytest.mark.sqlite_only

PEOPLE_EACH = 150
DAYS_EACH = 120


def test_two_processes_writing_at_once_keep_every_write(db, owner):
    for i in range(5):
        add_staff(db, owner, StaffInput(f"老员工{i}", "Operations"))
    db.dispose()
    # Two writers adding people, two writing daily figures to overlapping days and scopes.
    procs = [start_writer("people", str(db.path), "A", str(PEOPLE_EACH)),
             start_writer("people", str(db.path), "B", str(PEOPLE_EACH)),
             start_writer("figures", str(db.path), "1", "0", str(DAYS_EACH)),
             start_writer("figures", str(db.path), "2", "1000", str(DAYS_EACH))]
    outputs = [p.communicate(timeout=240)[0] for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0, 0]
    reported = [len([ln for ln in out.splitlines() if ln.startswith("committed")]) for out in outputs]
    assert reported == [PEOPLE_EACH, PEOPLE_EACH, DAYS_EACH, DAYS_EACH]

    conn = sqlite3.connect(db.path)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM staff WHERE name LIKE 'A-%' OR name LIKE 'B-%'")]
        days = dict(conn.execute("SELECT day, COUNT(*) FROM figure GROUP BY day"))
    finally:
        conn.close()
    expected = {f"{tag}-{i}" for tag in "AB" for i in range(PEOPLE_EACH)}
    assert sorted(names) == sorted(expected)  # each exactly once
    # Every figure day was written by exactly one transaction: shop + 5 people, two metrics.
    assert len(days) == 2 * DAYS_EACH and set(days.values()) == {12}
    assert len(list_entries(db, owner, AuditFilter(action="add"))) == 2 * PEOPLE_EACH + 5
