"""The event laptop's journal: in a copy made for the laptop, triggers note every record the
laptop adds or changes, and for a changed one its values as they were when the copy was made
(the base). A merge then reads only those records (time and memory follow the laptop's work, not
the size of the desk) and can tell, field by field, which side changed what.

The journal's table and triggers exist only in such copies; they are the station's own schema
objects (``file_probe`` accepts them, and no other trigger).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from peewee import Database

TABLE = "sync_journal"
COLUMNS = frozenset({"id", "tbl", "row_uuid", "base"})
_CREATE = (
    f'CREATE TABLE IF NOT EXISTS "{TABLE}" ("id" INTEGER NOT NULL PRIMARY KEY, '
    '"tbl" VARCHAR(64) NOT NULL, "row_uuid" VARCHAR(32) NOT NULL, "base" TEXT)'
)
_INDEX = (
    f'CREATE UNIQUE INDEX IF NOT EXISTS "{TABLE}_tbl_row_uuid" ON "{TABLE}" ("tbl", "row_uuid")'
)


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def trigger_sql(table: str, columns: Iterable[str]) -> dict[str, str]:
    """The two triggers of ``table`` (by name), for its current ``columns``."""
    pairs = ", ".join(f"'{c}', OLD.{_q(c)}" for c in sorted(columns))
    return {
        f"{TABLE}_{table}_insert": (
            f"CREATE TRIGGER {_q(f'{TABLE}_{table}_insert')} AFTER INSERT ON {_q(table)} "
            f"BEGIN INSERT OR IGNORE INTO {_q(TABLE)} (tbl, row_uuid, base) "
            f"VALUES ('{table}', NEW.\"uuid\", NULL); END"
        ),
        f"{TABLE}_{table}_update": (
            f"CREATE TRIGGER {_q(f'{TABLE}_{table}_update')} AFTER UPDATE ON {_q(table)} "
            f"BEGIN INSERT OR IGNORE INTO {_q(TABLE)} (tbl, row_uuid, base) "
            f"VALUES ('{table}', OLD.\"uuid\", json_object({pairs})); END"
        ),
    }


def squeeze(sql: str | None) -> str:
    return " ".join((sql or "").split())


def known_triggers(columns: Mapping[str, Iterable[str]]) -> dict[str, str]:
    """Every journal trigger a copy with these tables and ``columns`` may hold, squeezed."""
    found: dict[str, str] = {}
    for table, cols in columns.items():
        if "uuid" in cols:
            found |= {k: squeeze(v) for k, v in trigger_sql(table, cols).items()}
    return found


def install(db: Database) -> None:
    """Start the journal in ``db`` (a fresh copy for the laptop): its table and triggers."""
    db.execute_sql(_CREATE)
    db.execute_sql(_INDEX)
    refresh(db)


def has_journal(db: Database) -> bool:
    return TABLE in db.get_tables()


def refresh(db: Database) -> None:
    """Recreate the triggers for the tables' current columns (after a schema step)."""
    if not has_journal(db):
        return
    for table in db.get_tables():
        if table == TABLE:
            continue
        columns = [c.name for c in db.get_columns(table)]
        if "uuid" not in columns:
            continue
        for name, sql in trigger_sql(table, columns).items():
            db.execute_sql(f"DROP TRIGGER IF EXISTS {_q(name)}")
            db.execute_sql(sql)


def drop_triggers(db: Database) -> None:
    """Before a schema step rebuilds a table, the triggers naming it go (``refresh`` after)."""
    for (name,) in db.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE ?", (f"{TABLE}_%",)
    ).fetchall():
        db.execute_sql(f"DROP TRIGGER IF EXISTS {_q(name)}")


@dataclass(frozen=True)
class JournalEntry:
    table: str
    uuid: str
    base: dict[str, Any] | None  # None: the record was added on the laptop


def entries(rows: Iterable[tuple[str, str, str | None]]) -> list[JournalEntry]:
    return [JournalEntry(t, u, json.loads(b) if b else None) for t, u, b in rows]
