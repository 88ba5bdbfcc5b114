"""Moving a shop file to a PostgreSQL server: everything arrives, or nothing does."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect

from shopdesk.cli import main
from shopdesk.services.payroll.run import compute_run
from shopdesk.store import transfer
from shopdesk.store.db import Database
from shopdesk.store.models import Base
from tests.conftest import TODAY

pytestmark = [pytest.mark.postgres, pytest.mark.sqlite_only]  # copies from a file


@pytest.fixture
def empty_server_db(pg_server):  # type: ignore[no-untyped-def]
    url = pg_server.create_database()
    database = Database(url)
    yield database
    database.dispose()
    pg_server.drop_database(url)


def _months(n: int) -> list[str]:
    y, m = TODAY.year, TODAY.month
    out = []
    for _ in range(n):
        out.append(f"{y}-{m:02d}")
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    return out


def test_a_demo_shop_arrives_whole_with_the_same_payroll_every_month(demo_db, empty_server_db, owner):
    report = transfer.copy_to_server(demo_db, empty_server_db)

    assert report.rows["figure"] > 10_000
    assert report.money_months >= 12
    for table in Base.metadata.sorted_tables:
        assert report.rows[table.name] == transfer._counts(empty_server_db.engine.connect())[table.name]
    for month in _months(13):
        here = compute_run(demo_db, owner, month, TODAY)
        there = compute_run(empty_server_db, owner, month, TODAY)
        assert [(p.name, p.gross_fen, p.deductions_fen, p.net_fen) for p in there.people] == \
               [(p.name, p.gross_fen, p.deductions_fen, p.net_fen) for p in here.people], month
        assert there.shop == here.shop


def test_new_rows_on_the_server_get_fresh_ids_after_the_copy(demo_db, empty_server_db, owner):
    from shopdesk.services.staff.people import StaffInput, add_staff, list_staff

    transfer.copy_to_server(demo_db, empty_server_db)
    before = max(p.id for p in list_staff(empty_server_db, owner, include_inactive=True))
    new_id = add_staff(empty_server_db, owner, StaffInput("新来的", "物流", "打包员", "3500"))
    assert new_id > before


def test_a_mismatch_keeps_nothing_on_the_server(demo_db, empty_server_db, monkeypatch):
    real = transfer._copy_table

    def lose_a_row(source, dest, table):  # type: ignore[no-untyped-def]
        copied = real(source, dest, table)
        if table.name == "figure":
            dest.exec_driver_sql("DELETE FROM figure WHERE id = (SELECT max(id) FROM figure)")
        return copied

    monkeypatch.setattr(transfer, "_copy_table", lose_a_row)
    with pytest.raises(transfer.TransferError) as caught:
        transfer.copy_to_server(demo_db, empty_server_db)

    assert "figure" in caught.value.message and "nothing was kept" in caught.value.message
    assert inspect(empty_server_db.engine).get_table_names() == []


def test_a_server_database_that_is_in_use_is_refused(demo_db, empty_server_db):
    transfer.copy_to_server(demo_db, empty_server_db)
    with pytest.raises(transfer.TransferError, match="not empty"):
        transfer.copy_to_server(demo_db, empty_server_db)


def test_the_command_line_copies_and_reports(demo_db, pg_server, capsys):
    url = pg_server.create_database()
    try:
        code = main(["migrate-to", url, "--db", str(demo_db.path)])
        out = capsys.readouterr().out
        assert code == 0
        assert "row counts and money totals" in out and "figure:" in out
        assert main(["migrate-to", url, "--db", str(demo_db.path)]) == 1
        assert "not empty" in capsys.readouterr().err
    finally:
        pg_server.drop_database(url)


def test_the_command_line_refuses_a_file_address(demo_db, tmp_path, capsys):
    assert main(["migrate-to", str(tmp_path / "other.db"), "--db", str(demo_db.path)]) == 2
    assert "postgresql+psycopg://" in capsys.readouterr().err
