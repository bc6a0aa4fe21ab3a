"""The SQL of a merge: the event laptop's file attached read-only beside the open database,
its records read one by one (through the journal, or all of a file that has none) and looked
up in the desk's indexes, so nothing is read in proportion to the desk's size.

Tables and columns are named only from the station's own models (``file_probe`` has refused any
file with others before this runs); values always travel as parameters.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from peewee import Model, Table

from station_app.store import cipher, sync_journal
from station_app.store.members import search_columns
from station_app.store.models import ALL_MODELS, BaseModel, database, now

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


def _table(table: str, schema: str | None = None) -> Table:
    return Table(table, columns(table), schema=schema).bind(database)


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
    database.execute_sql("PRAGMA trusted_schema = OFF")
    if cipher.current_password() is not None:  # SQLCipher: the laptop's own key, or none
        password = cipher.password_for(path) if cipher.is_encrypted(path) else ""
        database.execute_sql(f"ATTACH DATABASE ? AS {LAPTOP} KEY ?", (uri, password or ""))
    elif cipher.is_encrypted(path):
        raise EncryptedLaptop(path)
    else:
        database.execute_sql(f"ATTACH DATABASE ? AS {LAPTOP}", (uri,))
    try:
        yield
    finally:
        database.execute_sql(f"DETACH DATABASE {LAPTOP}")


def laptop_columns(table: str) -> set[str]:
    rows = database.execute_sql(f'PRAGMA {LAPTOP}.table_info("{table}")').fetchall()
    return {r[1] for r in rows}


def laptop_has_journal() -> bool:
    row = database.execute_sql(
        f"SELECT 1 FROM {LAPTOP}.sqlite_master WHERE type = 'table' AND name = ?",
        (sync_journal.TABLE,),
    ).fetchone()
    return row is not None


def journal() -> list[sync_journal.JournalEntry]:
    j = Table(sync_journal.TABLE, ("id", "tbl", "row_uuid", "base"), schema=LAPTOP).bind(database)
    rows = j.select(j.tbl, j.row_uuid, j.base).order_by(j.id).tuples()
    return sync_journal.entries(rows)


def laptop_uuids(table: str) -> Iterator[str]:
    """Every record of a table of a file without a journal, oldest first."""
    t = _table(table, LAPTOP)
    for (uuid,) in t.select(t.uuid).order_by(t.id).tuples().iterator():
        yield uuid


def laptop_setting(key: str) -> str:
    s = Table("setting", ("key", "value"), schema=LAPTOP).bind(database)
    row = s.select(s.value).where(s.key == key).tuples().first()
    return str(row[0]) if row and row[0] else ""


def _row(table: str, schema: str | None, where: Any) -> dict[str, Any] | None:
    t = _table(table, schema)
    return t.select(*[getattr(t, c) for c in columns(table)]).where(where(t)).dicts().first()


def laptop_row(table: str, uuid: str) -> dict[str, Any] | None:
    return _row(table, LAPTOP, lambda t: t.uuid == uuid)


def laptop_uuid_of(table: str, row_id: int) -> str | None:
    t = _table(table, LAPTOP)
    found = t.select(t.uuid).where(t.id == row_id).tuples().first()
    return found[0] if found else None


def desk_row(table: str, uuid: str) -> dict[str, Any] | None:
    return _row(table, None, lambda t: t.uuid == uuid)


def desk_row_by(table: str, values: dict[str, Any]) -> dict[str, Any] | None:
    """The desk's record with these values in these columns (a natural key)."""

    def where(t: Table) -> Any:
        clause = None
        for column, value in values.items():
            term = getattr(t, column) == value
            clause = term if clause is None else clause & term
        return clause

    return _row(table, None, where)


def desk_id_of(table: str, uuid: str) -> int | None:
    t = _table(table)
    found = t.select(t.id).where(t.uuid == uuid).tuples().first()
    return int(found[0]) if found else None


def desk_meeting_day(meeting_id: int) -> tuple[Any, str] | None:
    row = _row("meeting", None, lambda t: t.id == meeting_id)
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
    data = {getattr(t, c): v for c, v in values.items() if c != "id"}
    return int(t.insert(data).execute())


def update(table: str, row_id: int, values: dict[str, Any]) -> None:
    if not values:
        return
    values = _with_search_keys(table, values)
    t = _table(table)
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
                    "INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)", (key, value)
                )
            sync_journal.install(copy)
    finally:
        copy.close()
