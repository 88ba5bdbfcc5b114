"""Moving a shop from its SQLite file to a PostgreSQL server, all or nothing.

The copy runs in one PostgreSQL transaction (PostgreSQL's DDL is
transactional, so even the schema it creates is undone on failure): create
the schema, copy every table in foreign-key order, then compare row counts
per table and money totals per month on both sides. Any difference rolls
everything back and says what differed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import BigInteger, Connection, Integer, Table, func, insert, inspect, select, text

from ..domain.errors import ShopDeskError
from ..domain.metrics import DEFAULT_REGISTRY, Unit
from ..domain.text import QT_TRANSLATE_NOOP
from .db import Database
from .models import Base
from .schema import alembic_config

CHUNK = 5_000


class TransferError(ShopDeskError):
    """The copy could not be made or did not match; nothing was kept."""


@dataclass
class TransferReport:
    rows: dict[str, int] = field(default_factory=dict)
    money_months: int = 0
    money_total_fen: int = 0


def _tables() -> list[Table]:
    return list(Base.metadata.sorted_tables)


def _require_empty(conn: Connection) -> None:
    ours = {t.name for t in _tables()} | {"alembic_version"}
    present = set(inspect(conn).get_table_names()) & ours
    if present:
        raise TransferError(QT_TRANSLATE_NOOP(
            "Errors", "the server database is not empty (it already has {tables}); "
                      "create a new, empty database for the shop"),
            tables=", ".join(sorted(present)[:5]))


def _create_schema(conn: Connection) -> None:
    from alembic import command

    config = alembic_config()
    config.attributes["connection"] = conn
    command.upgrade(config, "head")


def _copy_table(source: Connection, dest: Connection, table: Table) -> int:
    copied = 0
    result = source.execution_options(yield_per=CHUNK).execute(select(table))
    for part in result.mappings().partitions(CHUNK):
        dest.execute(insert(table), [dict(row) for row in part])
        copied += len(part)
    return copied


def _reset_sequences(dest: Connection, table: Table) -> None:
    """Copied ids were given explicitly, so move each id sequence past them."""
    for column in table.primary_key.columns:
        if isinstance(column.type, (Integer, BigInteger)) and column.autoincrement in (True, "auto"):
            seq = dest.execute(text("SELECT pg_get_serial_sequence(:t, :c)"),
                               {"t": table.name, "c": column.name}).scalar()
            if seq:
                dest.execute(text(f"SELECT setval('{seq}', coalesce((SELECT max({column.name}) "
                                  f"FROM {table.name}), 0) + 1, false)"))


def _counts(conn: Connection) -> dict[str, int]:
    return {t.name: int(conn.execute(select(func.count()).select_from(t)).scalar_one()) for t in _tables()}


def _money_by_month(conn: Connection) -> dict[tuple[int, int, str], int]:
    """Every metric's figures summed per month (money among them), plus every *_fen column's total."""
    out: dict[tuple[int, int, str], int] = {}
    figure = Base.metadata.tables["figure"]
    year = func.extract("year", figure.c.day)
    month = func.extract("month", figure.c.day)
    rows = conn.execute(
        select(year, month, figure.c.metric, func.sum(figure.c.value))
        .group_by(year, month, figure.c.metric))
    for y, m, metric, total in rows:
        out[(int(y), int(m), metric)] = int(total)
    for table in _tables():
        for column in table.columns:
            if column.name.endswith("_fen"):
                total = conn.execute(select(func.coalesce(func.sum(column), 0))).scalar_one()
                out[(0, 0, f"{table.name}.{column.name}")] = int(total)
    return out


def copy_to_server(source: Database, dest: Database,
                   progress: Callable[[str, int], None] | None = None) -> TransferReport:
    """Copy the whole shop from `source` (SQLite) into the empty `dest` (PostgreSQL)."""
    if not source.is_sqlite or dest.is_sqlite:
        raise TransferError(QT_TRANSLATE_NOOP(
            "Errors", "copy from a shop file to a PostgreSQL server (postgresql+psycopg://…)"))
    report = TransferReport()
    with source.engine.connect() as src, dest.engine.connect() as out, out.begin():
        _require_empty(out)
        _create_schema(out)
        for table in _tables():
            copied = _copy_table(src, out, table)
            _reset_sequences(out, table)
            report.rows[table.name] = copied
            if progress:
                progress(table.name, copied)
        _verify(src, out, report)
    return report


def _verify(src: Connection, out: Connection, report: TransferReport) -> None:
    before, after = _counts(src), _counts(out)
    for name, count in before.items():
        if after.get(name) != count:
            raise TransferError(QT_TRANSLATE_NOOP(
                "Errors", "table {table}: {source} rows in the file but {dest} on the server; nothing was kept"),
                table=name, source=count, dest=after.get(name))
    money_src, money_out = _money_by_month(src), _money_by_month(out)
    for key in sorted(set(money_src) | set(money_out)):
        if money_src.get(key) != money_out.get(key):
            y, m, what = key
            raise TransferError(QT_TRANSLATE_NOOP(
                "Errors", "money totals differ for {what} in {month}: {source} fen in the file, "
                          "{dest} on the server; nothing was kept"),
                what=what, month=f"{y}-{m:02d}" if y else "all months",
                source=money_src.get(key), dest=money_out.get(key))
    report.money_months = len({(y, m) for y, m, _ in money_src if y})
    money = {m.key for m in DEFAULT_REGISTRY if m.unit is Unit.YUAN}
    report.money_total_fen = sum(v for (y, _, k), v in money_src.items() if y and k in money)
