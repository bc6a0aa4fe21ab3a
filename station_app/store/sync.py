"""The SQL of a merge: the event laptop's file attached read-only beside the open database,
its records read one by one (through the journal, or all of a file that has none) and looked
up in the desk's indexes, so nothing is read in proportion to the desk's size.

Into a server's database the laptop's file is opened read-only on a connection of its own
instead, and the desk's values are compared in the form the laptop's file holds them (dates and
times as their text, yes/no as 1/0), so a merge decides alike on both engines.

Tables and columns are named only from the station's own models (``file_probe`` has refused any
file with others before this runs); values always travel as parameters.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from peewee import BooleanField, Database, DatabaseProxy, Model, SqliteDatabase, Table

from station_app.store import cipher, sync_journal
from station_app.store.members import search_columns
from station_app.store.models import ALL_MODELS, BaseModel, database, now
from station_app.store.server import execute, is_server_database

LAPTOP = "laptop"
# Merged in this order: a record's references are merged before it.
SYNCED: tuple[type[Model], ...] = tuple(m for m in ALL_MODELS if issubclass(m, BaseModel))
PREPARED_AT = "sync.prepared_at"
PREPARED_FROM = "sync.prepared_from"


def table_names() -> list[str]:
    return [m._meta.table_name for m in SYNCED]


def columns(table: str) -> list[str]:
    return list(_model(table)._meta.columns)


def references(table: str) -> dict[str, str]:
    """Column -> referenced table, for the foreign keys of ``table``."""
    return {
        f.column_name: f.rel_model._meta.table_name
        for f in _model(table)._meta.refs  # type: ignore[attr-defined]
    }


def _model(table: str) -> type[Model]:
    for m in SYNCED:
        if m._meta.table_name == table:
            return m
    raise KeyError(table)


# The laptop's file: attached to the desk's connection as LAPTOP, or (a server's desk) a
# read-only connection of its own.
_laptop: list[tuple[Database | DatabaseProxy, str | None]] = []


def _table(table: str, schema: str | None = None) -> Table:
    return Table(table, columns(table), primary_key="id", schema=schema).bind(database)


def _laptop_table(table: str, cols: Any = None) -> Table:
    db, schema = _laptop[-1]
    return Table(table, cols or columns(table), schema=schema).bind(db)


def _on_server() -> bool:
    return is_server_database(database.obj)


def _file_form(value: Any) -> Any:
    """A value as a SQLite file holds it."""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, (date, time)):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def _server_form(table: str, values: dict[str, Any]) -> dict[str, Any]:
    """Values read from a file, as the server's columns take them (yes/no as booleans)."""
    fields = _model(table)._meta.columns
    return {
        c: bool(v) if v is not None and isinstance(fields.get(c), BooleanField) else v
        for c, v in values.items()
    }


class EncryptedLaptop(Exception):
    """The laptop's file is encrypted while the desk's database is not."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path


@contextmanager
def attached(path: Path) -> Iterator[None]:
    """The laptop's file attached read-only as ``laptop`` for the length of the block; its
    schema is not trusted to run anything (no functions from views or triggers)."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    if _on_server():
        if cipher.is_encrypted(path):
            raise EncryptedLaptop(path)
        own = SqliteDatabase(uri, uri=True, check_same_thread=False)
        own.connect()
        execute(own, "PRAGMA trusted_schema = OFF")
        _laptop.append((own, None))
        try:
            yield
        finally:
            _laptop.pop()
            own.close()
        return
    database.execute_sql("PRAGMA trusted_schema = OFF")
    if cipher.current_password() is not None:  # SQLCipher: the laptop's own key, or none
        password = cipher.password_for(path) if cipher.is_encrypted(path) else ""
        database.execute_sql(f"ATTACH DATABASE ? AS {LAPTOP} KEY ?", (uri, password or ""))
    elif cipher.is_encrypted(path):
        raise EncryptedLaptop(path)
    else:
        database.execute_sql(f"ATTACH DATABASE ? AS {LAPTOP}", (uri,))
    _laptop.append((database, LAPTOP))
    try:
        yield
    finally:
        _laptop.pop()
        database.execute_sql(f"DETACH DATABASE {LAPTOP}")


def _laptop_sql(sql: str, params: tuple[Any, ...] = ()) -> Any:
    db, schema = _laptop[-1]
    prefix = f"{schema}." if schema else ""
    return execute(db, sql.replace("{laptop}", prefix), params)


def laptop_columns(table: str) -> set[str]:
    rows = _laptop_sql(f'PRAGMA {{laptop}}table_info("{table}")').fetchall()
    return {r[1] for r in rows}


def laptop_has_journal() -> bool:
    row = _laptop_sql(
        "SELECT 1 FROM {laptop}sqlite_master WHERE type = 'table' AND name = ?",
        (sync_journal.TABLE,),
    ).fetchone()
    return row is not None


def journal() -> list[sync_journal.JournalEntry]:
    j = _laptop_table(sync_journal.TABLE, ("id", "tbl", "row_uuid", "base"))
    rows = j.select(j.tbl, j.row_uuid, j.base).order_by(j.id).tuples()
    return sync_journal.entries(rows)


def laptop_uuids(table: str) -> Iterator[str]:
    """Every record of a table of a file without a journal, oldest first."""
    t = _laptop_table(table)
    for (uuid,) in t.select(t.uuid).order_by(t.id).tuples().iterator():
        yield uuid


def laptop_setting(key: str) -> str:
    s = _laptop_table("setting", ("key", "value"))
    row = s.select(s.value).where(s.key == key).tuples().first()
    return str(row[0]) if row and row[0] else ""


def _row(table: str, t: Table, where: Any) -> dict[str, Any] | None:
    row = t.select(*[getattr(t, c) for c in columns(table)]).where(where(t)).dicts().first()
    return row  # type: ignore[no-any-return]


def _desk_row(table: str, where: Any) -> dict[str, Any] | None:
    row = _row(table, _table(table), where)
    if row is not None and _on_server():
        return {c: _file_form(v) for c, v in row.items()}
    return row


def laptop_row(table: str, uuid: str) -> dict[str, Any] | None:
    return _row(table, _laptop_table(table), lambda t: t.uuid == uuid)


def laptop_uuid_of(table: str, row_id: int) -> str | None:
    t = _laptop_table(table)
    found = t.select(t.uuid).where(t.id == row_id).tuples().first()
    return found[0] if found else None


def desk_row(table: str, uuid: str) -> dict[str, Any] | None:
    return _desk_row(table, lambda t: t.uuid == uuid)


def desk_row_by(table: str, values: dict[str, Any]) -> dict[str, Any] | None:
    """The desk's record with these values in these columns (a natural key)."""

    def where(t: Table) -> Any:
        clause = None
        for column, value in values.items():
            term = getattr(t, column) == value
            clause = term if clause is None else clause & term
        return clause

    return _desk_row(table, where)


def desk_id_of(table: str, uuid: str) -> int | None:
    t = _table(table)
    found = t.select(t.id).where(t.uuid == uuid).tuples().first()
    return int(found[0]) if found else None


def desk_meeting_day(meeting_id: int) -> tuple[Any, str] | None:
    row = _desk_row("meeting", lambda t: t.id == meeting_id)
    return (row["date"], row["status"]) if row else None


def _with_search_keys(table: str, values: dict[str, Any]) -> dict[str, Any]:
    """A member's name brings its search keys, worked out here rather than trusted from the
    laptop (an older program there may not know them)."""
    if table != "member" or "name" not in values:
        return values
    return {**values, **search_columns(values["name"])}


def insert(table: str, values: dict[str, Any]) -> int:
    values = _with_search_keys(table, values)
    t = _table(table)
    if _on_server():
        values = _server_form(table, values)
    data = {getattr(t, c): v for c, v in values.items() if c != "id"}
    return int(t.insert(data).execute())


def update(table: str, row_id: int, values: dict[str, Any]) -> None:
    if not values:
        return
    values = _with_search_keys(table, values)
    t = _table(table)
    if _on_server():
        values = _server_form(table, values)
    data = {getattr(t, c): v for c, v in values.items()}
    data[t.updated_at] = now()
    data[t.version] = t.version + 1
    t.update(data).where(t.id == row_id).execute()


def mark_laptop_copy(path: Path, *, prepared_at: str, prepared_from: str) -> None:
    """Make the copy at ``path`` an event laptop's: when, from which desk file, and its journal."""
    from station_app.store import db as store_db

    copy = store_db.make_database(path)
    try:
        copy.connect()
        with copy.atomic():
            for key, value in ((PREPARED_AT, prepared_at), (PREPARED_FROM, prepared_from)):
                copy.execute_sql(
                    "INSERT INTO setting (key, value) VALUES (?, ?) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    (key, value),
                )
            sync_journal.install(copy)
    finally:
        copy.close()
