"""Schema versions. Each step N takes a database at version N-1 to N inside one transaction.

The file is copied into the backups folder before any step runs (see ``db.open_database``).
Steps use ``playhouse.migrate`` so they stay portable.
"""

from __future__ import annotations

from collections.abc import Callable

from peewee import Database

SCHEMA_VERSION = 5

# The stages meeting results move enterprises to, found by role so a clerk may rename them.
STAGE_ROLES_BY_DEFAULT_NAME = {"已参会": "attended", "有建会意向": "intention"}


def _v2_follow_up_index(db: Database) -> None:
    """An index (no new column) for each enterprise's latest follow-up: the due view."""
    db.execute_sql(
        'CREATE INDEX IF NOT EXISTS "follow_up_enterprise_id_date" '
        'ON "follow_up" ("enterprise_id", "date")'
    )


def _v3_stage_roles(db: Database) -> None:
    """Stages get a role ("attended", "intention"), set from their default names."""
    from peewee import CharField
    from playhouse.migrate import SqliteMigrator, migrate

    if "role" not in {c.name for c in db.get_columns("stage")}:
        migrate(SqliteMigrator(db).add_column("stage", "role", CharField(default="")))
    for name, role in STAGE_ROLES_BY_DEFAULT_NAME.items():
        db.execute_sql("UPDATE stage SET role = ? WHERE name = ?", (role, name))


def _v4_member_registration_fields(db: Database) -> None:
    """The 工会会员登记表's own cells: 职称 apart from 职务, 所属基层工会, 入会（批准）日期 and
    工会小组意见."""
    from peewee import CharField, DateField, TextField
    from playhouse.migrate import SqliteMigrator, migrate

    have = {c.name for c in db.get_columns("member")}
    wanted = {
        "professional_title": CharField(default=""),
        "primary_union": CharField(default=""),
        "approval_date": DateField(null=True),
        "group_opinion": TextField(default=""),
    }
    migrator = SqliteMigrator(db)
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


# version -> step; version 1 is the initial schema created by ``create_tables``.
MIGRATIONS: dict[int, Callable[[Database], None]] = {
    2: _v2_follow_up_index,
    3: _v3_stage_roles,
    4: _v4_member_registration_fields,
    5: _v5_material_hand_outs,
}
