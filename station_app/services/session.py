"""The database as the use cases and the window see it: one unit of work per use case that writes,
a worker thread's own connection, and the error a clerk is told about when another program keeps
the database busy."""

from __future__ import annotations

from station_app.store.db import DatabaseBusy, unit_of_work, worker_connection

__all__ = ["DatabaseBusy", "unit_of_work", "worker_connection"]
