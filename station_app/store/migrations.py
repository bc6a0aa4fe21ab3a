"""Schema versions. Each step N takes a database at version N-1 to N inside one transaction.

The file is copied into the backups folder before any step runs (see ``db.open_database``).
Steps use ``playhouse.migrate`` and the engine's own placeholder (``db.param``), so they run on
SQLite and on PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from peewee import Database

SCHEMA_VERSION = 13

# The stages meeting results move enterprises to, found by role so a clerk may rename them.
STAGE_ROLES_BY_DEFAULT_NAME = {"已参会": "attended", "有建会意向": "intention"}


def _migrator(db: Database) -> Any:
    """playhouse.migrate's migrator for the engine of ``db`` (SQLite or PostgreSQL)."""
    from playhouse.migrate import SchemaMigrator

    return SchemaMigrator.from_database(db)  # type: ignore[no-untyped-call]


def _v2_follow_up_index(db: Database) -> None:
    """An index (no new column) for each enterprise's latest follow-up: the due view."""
    db.execute_sql(
        'CREATE INDEX IF NOT EXISTS "follow_up_enterprise_id_date" '
        'ON "follow_up" ("enterprise_id", "date")'
    )


def _v3_stage_roles(db: Database) -> None:
    """Stages get a role ("attended", "intention"), set from their default names."""
    from peewee import CharField
    from playhouse.migrate import migrate

    if "role" not in {c.name for c in db.get_columns("stage")}:
        migrate(_migrator(db).add_column("stage", "role", CharField(default="")))
    for name, role in STAGE_ROLES_BY_DEFAULT_NAME.items():
        db.execute_sql(f"UPDATE stage SET role = {db.param} WHERE name = {db.param}", (role, name))


def _v4_member_registration_fields(db: Database) -> None:
    """The 工会会员登记表's own cells: 职称 apart from 职务, 所属基层工会, 入会（批准）日期 and
    工会小组意见."""
    from peewee import CharField, DateField, TextField
    from playhouse.migrate import migrate

    have = {c.name for c in db.get_columns("member")}
    wanted = {
        "professional_title": CharField(default=""),
        "primary_union": CharField(default=""),
        "approval_date": DateField(null=True),
        "group_opinion": TextField(default=""),
    }
    migrator = _migrator(db)
    steps = [migrator.add_column("member", k, f) for k, f in wanted.items() if k not in have]
    if steps:
        migrate(*steps)


def _v5_material_hand_outs(db: Database) -> None:
    """A table for the station's leaflets printed and handed out at a meeting."""
    db.execute_sql(
        'CREATE TABLE IF NOT EXISTS "material_hand_out" ('
        '"id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(32) NOT NULL, '
        '"created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, '
        '"meeting_id" INTEGER, "title" VARCHAR(255) NOT NULL, "copies" INTEGER NOT NULL, '
        '"date" DATE NOT NULL, '
        'FOREIGN KEY ("meeting_id") REFERENCES "meeting" ("id") ON DELETE SET NULL)'
    )
    for name, columns in (
        ("material_hand_out_uuid", '"uuid"'),
        ("material_hand_out_updated_at", '"updated_at"'),
        ("material_hand_out_meeting_id", '"meeting_id"'),
        ("material_hand_out_date", '"date"'),
    ):
        unique = "UNIQUE " if name.endswith("uuid") else ""
        db.execute_sql(
            f'CREATE {unique}INDEX IF NOT EXISTS "{name}" ON "material_hand_out" ({columns})'
        )


def _v6_calendar_day(db: Database) -> None:
    """The station's own holiday arrangements, for years the holiday library does not know."""
    db.execute_sql(
        'CREATE TABLE IF NOT EXISTS "calendar_day" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"uuid" VARCHAR(32) NOT NULL, "created_at" DATETIME NOT NULL, '
        '"updated_at" DATETIME NOT NULL, "day" DATE NOT NULL, "kind" VARCHAR(255) NOT NULL, '
        '"name" VARCHAR(255) NOT NULL)'
    )
    for name, cols in (
        ("calendar_day_uuid", '"uuid"'),
        ("calendar_day_day", '"day"'),
    ):
        db.execute_sql(f'CREATE UNIQUE INDEX IF NOT EXISTS "{name}" ON "calendar_day" ({cols})')
    db.execute_sql(
        'CREATE INDEX IF NOT EXISTS "calendar_day_updated_at" ON "calendar_day" ("updated_at")'
    )


def _v7_stage_change_effective_on(db: Database) -> None:
    """A stage change's effective date (when it happened) beside the time it was typed;
    older changes took effect when they were typed."""
    from peewee import DateField
    from playhouse.migrate import migrate

    if "effective_on" not in {c.name for c in db.get_columns("stage_change")}:
        migrate(_migrator(db).add_column("stage_change", "effective_on", DateField(null=True)))
    db.execute_sql(
        'CREATE INDEX IF NOT EXISTS "stage_change_effective_on" ON "stage_change" ("effective_on")'
    )
    db.execute_sql(
        "UPDATE stage_change SET effective_on = date(changed_at) WHERE effective_on IS NULL"
    )


def _v8_feedback_source(db: Database) -> None:
    """Feedback from an individual employee (anonymous allowed) beside feedback from firms."""
    from peewee import CharField
    from playhouse.migrate import migrate

    have = {c.name for c in db.get_columns("feedback")}
    migrator = _migrator(db)
    steps = [
        migrator.add_column("feedback", name, CharField(default=default))
        for name, default in (("source", "enterprise"), ("person_name", ""))
        if name not in have
    ]
    if steps:
        migrate(*steps)


def _v9_member_meeting_day_index(db: Database) -> None:
    """An index (no new column) for a meeting's registrations made on its day: the on-site
    joins of a whole trend in one pass over the meetings."""
    db.execute_sql(
        'CREATE INDEX IF NOT EXISTS "member_meeting_id_application_date" '
        'ON "member" ("meeting_id", "application_date")'
    )


def _v10_audit_chain(db: Database) -> None:
    """The audit log sealed as a chain: where an entry was recorded (an event laptop's entries
    are marked) and its seal; the entries already there are sealed in order."""
    from peewee import CharField
    from playhouse.migrate import migrate

    from station_app.domain import audit_chain

    have = {c.name for c in db.get_columns("audit_entry")}
    migrator = _migrator(db)
    steps = [
        migrator.add_column("audit_entry", name, CharField(default=""))
        for name in ("origin", "chain")
        if name not in have
    ]
    if steps:
        migrate(*steps)
    previous = audit_chain.GENESIS
    rows = db.execute_sql(
        "SELECT id, at, clerk_name, action, entity, entity_uuid, origin, detail "
        "FROM audit_entry ORDER BY id"
    ).fetchall()
    for row in rows:
        previous = audit_chain.seal(previous, audit_chain.ChainEntry(*row))
        db.execute_sql(
            f"UPDATE audit_entry SET chain = {db.param} WHERE id = {db.param}", (previous, row[0])
        )
    db.execute_sql(
        f"INSERT INTO setting (key, value) VALUES ('audit.head', {db.param}) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (previous,),
    )


def _v11_erasure_tombstones(db: Database) -> None:
    """Tombstones of erased people (a keyed hash of the document number) and the database's
    own key for them, made once here so the event laptop's copies share it."""
    import secrets

    db.execute_sql(
        'CREATE TABLE IF NOT EXISTS "erasure_tombstone" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"digest" VARCHAR(255) NOT NULL, "erased_on" DATE NOT NULL)'
    )
    db.execute_sql(
        'CREATE UNIQUE INDEX IF NOT EXISTS "erasure_tombstone_digest" '
        'ON "erasure_tombstone" ("digest")'
    )
    db.execute_sql(
        "INSERT INTO setting (key, value) VALUES ('privacy.tombstone_key', "
        f"{db.param}) ON CONFLICT (key) DO NOTHING",
        (secrets.token_hex(32),),
    )


def _v12_record_versions(db: Database) -> None:
    """Every record of the tables a merge brings over gets a version, counted up by each change:
    the event laptop's edits are told from the desk's by versions, not by the two clocks."""
    for table in db.get_tables():
        columns = {c.name for c in db.get_columns(table)}
        if "uuid" in columns and "version" not in columns:
            # a constant default: no table is rewritten, however many members it holds
            db.execute_sql(f'ALTER TABLE "{table}" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1')


def _v13_name_search_keys(db: Database) -> None:
    """Members are found by the pinyin and the pinyin initials of their names: two indexed keys
    beside the name, filled by one UPDATE through a function known to this connection only (the file
    keeps no trace of it), each distinct name worked out once."""
    from functools import lru_cache

    from station_app.domain.name_search import name_keys

    keys = lru_cache(maxsize=1 << 16)(name_keys)
    con: Any = db

    have = {c.name for c in con.get_columns("member")}
    for column in ("name_pinyin", "name_initials"):
        if column not in have:
            con.execute_sql(
                f'ALTER TABLE "member" ADD COLUMN "{column}" VARCHAR(255) NOT NULL DEFAULT \'\''
            )
    raw = con.connection()
    if hasattr(raw, "create_function"):  # SQLite: one UPDATE through a per-connection function
        raw.create_function("station_name_key", 2, lambda name, i: keys(name or "")[i])
        con.execute_sql(
            "UPDATE member SET name_pinyin = station_name_key(name, 0), "
            "name_initials = station_name_key(name, 1)"
        )
    else:  # a server: one UPDATE per distinct name
        names = [row[0] for row in con.execute_sql("SELECT DISTINCT name FROM member")]
        p = db.param
        for name in names:
            pinyin, initials = keys(name or "")
            con.execute_sql(
                f"UPDATE member SET name_pinyin = {p}, name_initials = {p} WHERE name = {p}",
                (pinyin, initials, name),
            )
    for column in ("name_pinyin", "name_initials"):
        con.execute_sql(f'CREATE INDEX IF NOT EXISTS "member_{column}" ON "member" ("{column}")')


# version -> step; version 1 is the initial schema created by ``create_tables``.
MIGRATIONS: dict[int, Callable[[Database], None]] = {
    2: _v2_follow_up_index,
    3: _v3_stage_roles,
    4: _v4_member_registration_fields,
    5: _v5_material_hand_outs,
    6: _v6_calendar_day,
    7: _v7_stage_change_effective_on,
    8: _v8_feedback_source,
    9: _v9_member_meeting_day_index,
    10: _v10_audit_chain,
    11: _v11_erasure_tombstones,
    12: _v12_record_versions,
    13: _v13_name_search_keys,
}
