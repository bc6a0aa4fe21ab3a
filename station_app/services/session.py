"""The database as the use cases and the window see it: opening and closing it, which one is
open, its check and its upgrade; one unit of work per use case that writes, a worker thread's own
connection, and the errors a clerk is told about (another program keeps it busy, a file that is
not a station's database)."""

from __future__ import annotations

from station_app.store.db import (
    DatabaseBusy,
    DatabaseProblem,
    check_database,
    close_database,
    current_path,
    current_server,
    needs_upgrade,
    open_database,
    unit_of_work,
    upgrade_file,
    worker_connection,
)

__all__ = [
    "DatabaseBusy",
    "DatabaseProblem",
    "check_database",
    "close_database",
    "current_path",
    "current_server",
    "needs_upgrade",
    "open_database",
    "unit_of_work",
    "upgrade_file",
    "worker_connection",
]
