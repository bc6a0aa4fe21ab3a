"""Schema versions. Each step N takes a database at version N-1 to N inside one transaction.

The file is copied into the backups folder before any step runs (see ``db.open_database``).
Steps use ``playhouse.migrate`` so they stay portable.
"""

from __future__ import annotations

from collections.abc import Callable

from peewee import Database

SCHEMA_VERSION = 2


def _v2_follow_up_index(db: Database) -> None:
    """An index (no new column) for each enterprise's latest follow-up: the due view."""
    db.execute_sql(
        'CREATE INDEX IF NOT EXISTS "follow_up_enterprise_id_date" '
        'ON "follow_up" ("enterprise_id", "date")'
    )


# version -> step; version 1 is the initial schema created by ``create_tables``.
MIGRATIONS: dict[int, Callable[[Database], None]] = {2: _v2_follow_up_index}
