"""Emptying the write-ahead log: after an erasure the WAL still holds the pages as they were
until a checkpoint copies them back and the file is truncated."""

from __future__ import annotations

from station_app.store.models import database
from station_app.store.server import is_server_database


def empty_write_ahead_log() -> bool:
    """Checkpoint every page into the database and truncate the WAL to zero bytes; False when
    another connection still reads an older snapshot (the WAL is emptied at its next
    checkpoint, at the latest when the program closes). Always False on a server: its old row
    versions go with the administrator's ``VACUUM``."""
    if is_server_database(database.obj):
        return False
    row = database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return row is not None and int(row[0]) == 0
