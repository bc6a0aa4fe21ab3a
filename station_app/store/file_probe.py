"""Looking at a database file before anything is written to it: read-only, and refusing every
file that is not a station database of a schema this program knows.

A file passes when its tables are the station's own (with no column the program does not know),
its indexes belong to those tables, it has no views and no triggers but the station's own, and
its schema version is not newer than this program's. Anything else is refused with one line,
before any connection that could write (or switch the file to WAL) is opened.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from station_app.store import sync_journal
from station_app.store.migrations import SCHEMA_VERSION
from station_app.store.models import ALL_MODELS
from station_app.store.problems import DatabaseProblem

SQLITE_HEADER = b"SQLite format 3\x00"
# Tables every station database has had since its first schema.
REQUIRED_TABLES = frozenset({"setting", "member", "meeting", "enterprise", "audit_entry"})
SQLITE_OWN_TABLES = frozenset({"sqlite_sequence", "sqlite_stat1", "sqlite_stat4"})


@dataclass(frozen=True)
class FileLook:
    """What a read-only look found: the schema version, and whether the file holds no tables
    yet (an empty file becomes a new database)."""

    version: int
    empty: bool


def known_columns() -> dict[str, frozenset[str]]:
    """The station's tables and their columns; the event laptop's journal is one of them."""
    tables = {m._meta.table_name: frozenset(m._meta.columns) for m in ALL_MODELS}
    return tables | {sync_journal.TABLE: sync_journal.COLUMNS}


def _foreign(path: Path, why: str) -> DatabaseProblem:
    return DatabaseProblem(
        "not_a_database", path, f"文件“{path}”是别的程序的数据库（{why}），未做任何改动。"
    )


def newer_schema(path: Path, version: int) -> DatabaseProblem:
    return DatabaseProblem(
        "newer_schema",
        path,
        f"数据库“{path}”来自更新版本的程序（结构版本 {version}，本程序支持 {SCHEMA_VERSION}）。"
        "请升级程序后再打开，文件未做任何改动。",
    )


def check_objects(path: Path, version: int, objects: list[tuple[str, str, str, str | None]],
                  columns: dict[str, set[str]]) -> None:  # fmt: skip
    """Refuse ``objects`` (type, name, table, sql rows of sqlite_master) that are not the
    station's own."""
    known = known_columns()
    tables = {name for kind, name, _t, _s in objects if kind == "table"}
    if not tables - SQLITE_OWN_TABLES:
        if version:
            raise _foreign(path, f"结构版本 {version}，却没有任何表")
        return
    strangers = sorted(tables - known.keys() - SQLITE_OWN_TABLES)
    if strangers:
        raise _foreign(path, f"有不认识的表：{'、'.join(strangers[:3])}")
    missing = sorted(REQUIRED_TABLES - tables)
    if missing:
        raise _foreign(path, f"缺少表：{'、'.join(missing)}")
    if version < 1:
        raise _foreign(path, "没有本程序的结构版本")
    for table, have in columns.items():
        extra = sorted(have - known.get(table, frozenset()))
        if extra and table not in SQLITE_OWN_TABLES:
            raise _foreign(path, f"表 {table} 有不认识的列：{'、'.join(extra[:3])}")
    ours = sync_journal.known_triggers(columns) if sync_journal.TABLE in tables else {}
    for kind, name, table, sql in objects:
        if kind == "view":
            raise _foreign(path, f"含有视图 {name}")
        if kind == "trigger" and ours.get(name) != sync_journal.squeeze(sql):
            raise _foreign(path, f"含有不认识的触发器 {name}")
        if kind == "index" and table not in tables:
            raise _foreign(path, f"索引 {name} 不属于本程序的表")


def look(path: Path, con: sqlite3.Connection | None = None) -> FileLook:
    """Look at ``path`` read-only (or through ``con``, a read-only connection to it).

    Raises :class:`DatabaseProblem` for anything that is not a station database of a known
    schema, and for a newer schema; the file is not changed either way.
    """
    own = con is None
    if con is None:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        version = int(con.execute("PRAGMA user_version").fetchone()[0])
        objects = [
            (r[0], r[1], r[2], r[3])
            for r in con.execute("SELECT type, name, tbl_name, sql FROM sqlite_master")
        ]
        columns = {
            name: {c[1] for c in con.execute(f'PRAGMA table_info("{_quoted(name)}")')}
            for kind, name, _t, _s in objects
            if kind == "table"
        }
    finally:
        if own:
            con.close()
    if version > SCHEMA_VERSION:
        raise newer_schema(path, version)
    check_objects(path, version, objects, columns)
    return FileLook(version, empty=not any(k == "table" for k, *_ in objects))


def _quoted(name: str) -> str:
    return name.replace('"', '""')
