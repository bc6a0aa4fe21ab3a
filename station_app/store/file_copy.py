"""The open database's records written into a new SQLite file, through the models: a server's
backup (and so the event laptop's copy of a server) in the same format as a file's backup.

The file gets a new file's schema at the current version; the records are read in one
consistent snapshot of the server (REPEATABLE READ), so a desk saving meanwhile is either wholly
in the copy or not at all.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import peewee
from peewee import SchemaManager, SqliteDatabase

from station_app.store.migrations import SCHEMA_VERSION
from station_app.store.models import ALL_MODELS, database
from station_app.store.server import execute, is_server_database

BATCH = 500


def write_file_copy(
    target: Path, make_file: Callable[[Path], SqliteDatabase], *, batch: int = BATCH
) -> dict[str, int]:
    """Write every record of the open database into ``target`` (a new, empty file made
    owner-only by the caller), using ``make_file`` to open it; returns rows per table."""
    copy = make_file(target)
    copy.connect()
    counts: dict[str, int] = {}
    try:
        execute(copy, "PRAGMA foreign_keys = OFF")  # a meeting's twin may come after it
        with copy.atomic(), database.atomic():
            if is_server_database(database.obj):
                database.execute_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
            for model in peewee.sort_models(list(ALL_MODELS)):  # type: ignore[attr-defined]
                SchemaManager(model, database=copy).create_all(safe=False)
                counts[model._meta.table_name] = _copy_rows(model, copy, batch)
            copy.pragma("user_version", SCHEMA_VERSION)
        execute(copy, "PRAGMA journal_mode = DELETE")  # one self-contained file
    finally:
        copy.close()
    return counts


def _copy_rows(model: Any, copy: SqliteDatabase, batch: int) -> int:
    fields = list(model._meta.sorted_fields)
    rows = model.select(*fields).order_by(model._meta.primary_key).tuples()
    pending: list[tuple[Any, ...]] = []
    n = 0
    for row in rows:
        pending.append(row)
        if len(pending) >= batch:
            copy.execute(model.insert_many(pending, fields=fields))  # type: ignore[no-untyped-call]
            n += len(pending)
            pending.clear()
    if pending:
        copy.execute(model.insert_many(pending, fields=fields))  # type: ignore[no-untyped-call]
        n += len(pending)
    return n


def remove_partial(path: Path) -> None:
    for extra in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        if extra.exists():
            os.unlink(extra)
