"""Bringing the event laptop's records into the desk PC's database, and preparing the laptop.

Records are matched by their UUID first, then by a natural key (a member by ID number, an
enterprise by credit code, a clerk, building or stage by name, an attendance by meeting and
enterprise), so the same person registered on both machines becomes one member.

When the laptop's database was made by :func:`prepare_event_copy`, it remembers when: a record
changed since then only on the laptop is *updated*; one changed on both sides is a *conflict*,
unless the laptop only filled in what the desk left empty. Conflicts keep the desk's values
unless the clerk chose the laptop's (``take_other``). Everything runs in one transaction; the
preview runs the very same steps and rolls them back, so it shows exactly what will be written.
Merging the same file again finds nothing new and writes nothing.
"""

from __future__ import annotations

import sqlite3
import tempfile
import uuid as uuidlib
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from station_app.domain.masking import mask_id, mask_phone
from station_app.domain.member_fields import FIELDS as MEMBER_FIELDS
from station_app.services import changes
from station_app.services.backup import BackupError
from station_app.services.backup import backup as online_copy
from station_app.store import db as store_db
from station_app.store.migrations import SCHEMA_VERSION

PREPARED_AT = "sync.prepared_at"
PREPARED_FROM = "sync.prepared_from"
SKIPPED_TABLES = ("setting",)
APPEND_ONLY = ("audit_entry",)
NATURAL_KEYS: dict[str, tuple[str, ...]] = {
    "member": ("id_number",),
    "enterprise": ("credit_code",),
    "clerk": ("name",),
    "building": ("name",),
    "stage": ("name",),
    "feedback_categories": ("name",),
    "attendance": ("meeting_id", "enterprise_id"),
}
BOOKKEEPING = ("id", "uuid", "created_at", "updated_at")
TABLE_LABELS = {
    "member": "会员",
    "enterprise": "企业",
    "meeting": "沟通会",
    "attendance": "参会企业",
    "follow_up": "跟进记录",
    "feedback": "意见建议",
    "hand_out": "发放记录",
    "clerk": "经办人",
    "building": "楼宇",
    "stage": "建会阶段",
    "stage_change": "阶段变更",
    "founding_task": "建会事项",
    "checklist_item": "筹备事项",
    "feedback_categories": "意见类别",
    "audit_entry": "操作日志",
}
FIELD_LABELS = {
    **{f.key: f.label for f in MEMBER_FIELDS},
    "name": "姓名/名称",
    "meeting_id": "沟通会",
    "employer_id": "工作单位",
    "status": "状态",
    "clerk_id": "经办人",
    "credit_code": "信用代码",
    "union_status": "建会状态",
    "stage_id": "阶段",
    "consultation_count": "咨询人次",
    "attended": "到会",
    "outcome": "结果",
    "notes": "备注",
    "employee_count": "职工数",
    "contact_person": "联系人",
    "contact_phone": "联系电话",
}
KINDS = {"new": "新增", "updated": "更新", "conflict": "冲突"}
JOIN_COLUMNS = ("meeting_id", "application_date")
JOIN_NOTE = "同一人在沟通会现场也登记了：入会记为该场沟通会当天"


class MergeError(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class MergeItem:
    """One record of the other database that is new, changed, or in conflict."""

    table: str
    kind: str  # "new", "updated", "conflict"
    key: str  # "<table>:<uuid in the other database>", to choose the other side of a conflict
    label: str
    differences: tuple[tuple[str, str, str], ...] = ()  # (field, desk value, laptop value)
    resolved: bool = False  # a conflict for which the laptop's values were taken
    note: str = ""

    @property
    def table_label(self) -> str:
        return TABLE_LABELS.get(self.table, self.table)

    @property
    def kind_label(self) -> str:
        return KINDS[self.kind]


@dataclass
class MergePlan:
    other: Path
    items: list[MergeItem] = field(default_factory=list)
    unchanged: int = 0
    applied: bool = False

    def count(self, kind: str) -> int:
        return sum(1 for i in self.items if i.kind == kind)

    @property
    def writes_anything(self) -> bool:
        return any(i.kind != "conflict" or i.resolved for i in self.items)

    def summary(self) -> str:
        text = (
            f"新增 {self.count('new')} 条，更新 {self.count('updated')} 条，"
            f"冲突 {self.count('conflict')} 条，相同 {self.unchanged} 条"
        )
        return text + ("（已写入）" if self.applied else "")


# ------------------------------------------------------------------------------ helpers


def _now_text() -> str:
    return datetime.now().strftime("%Y-%m-%d %H:%M:%S")


def _is_empty(value: object) -> bool:
    return value is None or value == "" or value == 0


def _shown(column: str, value: object) -> str:
    if value is None:
        return ""
    text = str(value)
    if column == "id_number":
        return mask_id(text)
    if column in ("phone", "contact_phone"):
        return mask_phone(text)
    return text


def _label(table: str, row: dict[str, Any]) -> str:
    if table == "member":
        return f"{row.get('name', '')} {_shown('id_number', row.get('id_number'))}".strip()
    if table == "meeting":
        return f"{row.get('date', '')} {row.get('title') or row.get('kind', '')}".strip()
    for col in ("name", "title", "item", "content", "summary", "recipient_name", "action"):
        if row.get(col):
            return str(row[col])[:40]
    return str(row.get("uuid", ""))[:8]


def _tables_in_order(con: sqlite3.Connection) -> tuple[list[str], dict[str, dict[str, str]]]:
    names = [
        r[0]
        for r in con.execute(
            "SELECT name FROM main.sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    fks = {
        t: {r[3]: r[2] for r in con.execute(f'PRAGMA main.foreign_key_list("{t}")')} for t in names
    }
    ordered: list[str] = []
    pending = sorted(names)
    while pending:
        ready = [
            t for t in pending if all(p == t or p in ordered for p in fks[t].values())
        ] or pending[:1]
        for t in ready:
            ordered.append(t)
            pending.remove(t)
    return ordered, fks


def _columns(con: sqlite3.Connection, schema: str, table: str) -> list[str]:
    return [r[1] for r in con.execute(f'PRAGMA {schema}.table_info("{table}")')]


class _Merger:
    def __init__(self, con: sqlite3.Connection, other: Path, take_other: Collection[str]) -> None:
        self.con = con
        self.plan = MergePlan(other)
        self.take_other = set(take_other)
        self.idmap: dict[str, dict[int, int | None]] = {}
        row = con.execute("SELECT value FROM o.setting WHERE key = ?", (PREPARED_AT,)).fetchone()
        self.base: str | None = row[0] if row and row[0] else None

    def run(self) -> MergePlan:
        tables, fks = _tables_in_order(self.con)
        for table in tables:
            if table in SKIPPED_TABLES:
                continue
            self._merge_table(table, fks[table])
        return self.plan

    def _remap(self, table: str, fks: dict[str, str], row: dict[str, Any]) -> dict[str, Any]:
        out = dict(row)
        for col, parent in fks.items():
            if out.get(col) is not None:
                out[col] = self.idmap.get(parent, {}).get(out[col])
        return out

    def _merge_table(self, table: str, fks: dict[str, str]) -> None:
        con = self.con
        cols = [c for c in _columns(con, "main", table) if c in _columns(con, "o", table)]
        if "uuid" not in cols:
            return
        q = ", ".join(f'"{c}"' for c in cols)
        desk_rows = [dict(r) for r in con.execute(f'SELECT {q} FROM main."{table}"')]
        by_uuid = {r["uuid"]: r for r in desk_rows}
        natural = NATURAL_KEYS.get(table)
        by_key: dict[tuple[Any, ...], dict[str, Any]] = {}
        if natural:
            for r in desk_rows:
                k = tuple(r[c] for c in natural)
                if all(v is not None for v in k):
                    by_key[k] = r
        ids = self.idmap.setdefault(table, {})
        self_fks = [c for c, p in fks.items() if p == table]
        others = [dict(r) for r in con.execute(f'SELECT {q} FROM o."{table}" ORDER BY id')]
        matched: list[tuple[dict[str, Any], dict[str, Any] | None]] = []
        # Pass 1: find or insert every row, so references within the table can be mapped.
        for row in others:
            values = self._remap(table, {c: p for c, p in fks.items() if p != table}, row)
            local = by_uuid.get(row["uuid"])
            if local is None and natural:
                k = tuple(values[c] for c in natural)
                if all(v is not None for v in k):
                    local = by_key.get(k)
            if local is not None:
                ids[row["id"]] = local["id"]
                matched.append((row, local))
                continue
            new_id = self._insert(table, cols, values, self_fks, row)
            ids[row["id"]] = new_id
            matched.append((row, None))
        # Pass 2: compare what matched, and set references within the table.
        for row, local in matched:
            values = self._remap(table, fks, row)
            if local is None:
                if ids.get(row["id"]) is not None:
                    sets = {c: values[c] for c in self_fks if values[c] is not None}
                    self._update(table, ids[row["id"]], sets)
                continue
            if table in APPEND_ONLY:
                self.plan.unchanged += 1
                continue
            self._compare(table, cols, values, local)

    def _insert(
        self,
        table: str,
        cols: list[str],
        values: dict[str, Any],
        self_fks: list[str],
        row: dict[str, Any],
    ) -> int | None:
        data = {c: (None if c in self_fks else values[c]) for c in cols if c != "id"}
        names = ", ".join(f'"{c}"' for c in data)
        marks = ", ".join("?" for _ in data)
        key = f"{table}:{row['uuid']}"
        try:
            cur = self.con.execute(
                f'INSERT INTO main."{table}" ({names}) VALUES ({marks})', list(data.values())
            )
        except sqlite3.IntegrityError as exc:
            self.plan.items.append(
                MergeItem(table, "conflict", key, _label(table, row), note=f"无法加入：{exc}")
            )
            return None
        if table not in APPEND_ONLY:
            self.plan.items.append(MergeItem(table, "new", key, _label(table, row)))
        return int(cur.lastrowid or 0)

    def _on_meeting_day(self, meeting_id: object, applied_on: object) -> bool:
        """The registration was made at the meeting, on its day (a meeting not cancelled)."""
        if meeting_id is None:
            return False
        row = self.con.execute(
            "SELECT date, status FROM main.meeting WHERE id = ?", (meeting_id,)
        ).fetchone()
        return row is not None and row[0] == applied_on and row[1] != "cancelled"

    def _join_to_keep(self, values: dict[str, Any], local: dict[str, Any]) -> dict[str, Any]:
        """A join the laptop recorded at a meeting while the desk has the same person only as a
        desk registration: the join is kept, for the meeting where it happened (a conflict
        never drops a join). Empty when there is nothing to keep."""
        laptop_join = self._on_meeting_day(values["meeting_id"], values["application_date"])
        desk_join = self._on_meeting_day(local["meeting_id"], local["application_date"])
        if not laptop_join or desk_join:
            return {}
        return {c: values[c] for c in JOIN_COLUMNS if values[c] != local[c]}

    def _update(self, table: str, row_id: int, sets: dict[str, Any]) -> None:
        if sets:
            assignments = ", ".join(f'"{c}" = ?' for c in sets)
            self.con.execute(
                f'UPDATE main."{table}" SET {assignments} WHERE id = ?', [*sets.values(), row_id]
            )

    def _compare(
        self, table: str, cols: list[str], values: dict[str, Any], local: dict[str, Any]
    ) -> None:
        diffs = [c for c in cols if c not in BOOKKEEPING and values[c] != local[c]]
        if not diffs:
            self.plan.unchanged += 1
            return
        key = f"{table}:{values['uuid']}"
        label = _label(table, local)
        shown = tuple(
            (FIELD_LABELS.get(c, c), _shown(c, local[c]), _shown(c, values[c])) for c in diffs
        )
        same_record = values["uuid"] == local["uuid"]
        other_changed = not same_record or self.base is None or values["updated_at"] > self.base
        local_changed = not same_record or self.base is None or local["updated_at"] > self.base
        if table == "member" and local.get("status") == "erased":
            note = "此人的个人信息已在本机删除，不再恢复"
            self.plan.items.append(MergeItem(table, "conflict", key, label, shown, note=note))
            return
        if not other_changed:
            self.plan.unchanged += 1  # only the desk changed it: the desk's values stay
            return
        if table == "member" and local_changed:
            join = self._join_to_keep(values, local)
            if join:
                self._update(table, local["id"], join)
                moved = [s for s in shown if s[0] in {FIELD_LABELS[c] for c in join}]
                self.plan.items.append(
                    MergeItem(table, "updated", key + ":join", label, tuple(moved), note=JOIN_NOTE)
                )
                diffs = [c for c in diffs if c not in join]
                shown = tuple(s for s in shown if s not in moved)
                if not diffs:
                    return
        if not local_changed:
            sets = {c: values[c] for c in diffs}
            sets["updated_at"] = values["updated_at"]
            self._update(table, local["id"], sets)
            self.plan.items.append(MergeItem(table, "updated", key, label, shown))
            return
        if all(_is_empty(local[c]) for c in diffs):
            self._update(table, local["id"], {c: values[c] for c in diffs})
            self.plan.items.append(
                MergeItem(table, "updated", key, label, shown, note="补充本机空缺的内容")
            )
            return
        resolved = key in self.take_other
        if resolved:
            self._update(table, local["id"], {c: values[c] for c in diffs})
        note = "两边都改过" if same_record else "两台电脑各登记了一次"
        self.plan.items.append(MergeItem(table, "conflict", key, label, shown, resolved, note))


# ------------------------------------------------------------------------------ use cases


def _station_file(path: Path, what: str) -> None:
    """Refuse, before anything is written, a file that is not a station database with data."""
    try:
        look = store_db.look_at(path)
    except store_db.DatabaseProblem as exc:
        raise MergeError(exc.message) from exc
    if look.empty:
        raise MergeError(f"{what}“{path}”是空的，不是本程序的数据库，未做任何改动。")


def _check_other(desk: Path, other: Path) -> None:
    if not other.is_file():
        raise MergeError(f"找不到要合并的文件“{other}”。")
    if desk.exists() and other.resolve() == desk.resolve():
        raise MergeError("要合并的文件就是本机的数据库。")
    verdict = store_db.check_database(other)
    if not verdict.ok:
        raise MergeError(f"文件“{other.name}”检查未通过，未做任何合并：{verdict.verdict}")


def _schema_version(path: Path) -> int:
    try:
        return store_db.read_schema_version(path)
    except sqlite3.Error as exc:
        raise MergeError(f"文件“{path.name}”检查未通过，未做任何合并：{exc}") from exc


def _current_schema(desk: Path, other: Path, scratch: Path) -> Path:
    """Bring both files to the current schema: the desk in place (after a backup copy), the
    other as a migrated copy in ``scratch`` (the laptop's file is never changed)."""
    if not other.is_file():
        raise MergeError(f"找不到要合并的文件“{other}”。")
    _station_file(other, "活动电脑的文件")
    try:
        desk_version = _schema_version(desk) if desk.is_file() else SCHEMA_VERSION
        if desk_version < SCHEMA_VERSION:
            store_db.backup_before_migration(desk, desk_version)
            store_db.migrate_file(desk)
        if _schema_version(other) == SCHEMA_VERSION:
            return other
        copy = scratch / other.name
        online_copy(other, copy)
        store_db.migrate_file(copy)
    except store_db.DatabaseProblem as exc:
        raise MergeError(exc.message) from exc
    except BackupError as exc:
        raise MergeError(exc.message) from exc
    return copy


def _run(
    desk: Path, other: Path, take_other: Collection[str], commit: bool, clerk: str
) -> MergePlan:
    desk, other = Path(desk), Path(other)
    _station_file(desk, "本机数据库")
    with tempfile.TemporaryDirectory(prefix="station-merge-") as scratch:
        source = _current_schema(desk, other, Path(scratch))
        return _merge(desk, other, source, take_other, commit, clerk)


def _merge(
    desk: Path, other: Path, source: Path, take_other: Collection[str], commit: bool, clerk: str
) -> MergePlan:
    """Merge ``source`` (``other`` at the current schema) into ``desk``."""
    if source == other:
        _check_other(desk, other)
    else:
        if desk.exists() and other.resolve() == desk.resolve():
            raise MergeError("要合并的文件就是本机的数据库。")
        verdict = store_db.check_database(source)
        if not verdict.ok:
            raise MergeError(f"文件“{other.name}”检查未通过，未做任何合并：{verdict.verdict}")
    if not desk.is_file():
        raise MergeError(f"找不到本机数据库“{desk}”。")
    con = sqlite3.connect(desk.resolve().as_uri(), uri=True, timeout=10, isolation_level=None)
    con.row_factory = sqlite3.Row
    try:
        con.execute("PRAGMA foreign_keys = ON")
        con.execute("ATTACH DATABASE ? AS o", (source.resolve().as_uri() + "?mode=ro",))
        con.execute("BEGIN IMMEDIATE")
        try:
            plan = _Merger(con, other, take_other).run()
            if commit and plan.writes_anything:
                stamp = _now_text()
                con.execute(
                    "INSERT INTO main.audit_entry (uuid, created_at, updated_at, at, clerk_name,"
                    " action, entity, entity_uuid, detail) VALUES (?, ?, ?, ?, ?, ?, '', '', ?)",
                    (
                        uuidlib.uuid4().hex,
                        stamp,
                        stamp,
                        stamp,
                        clerk,
                        "db.merge",
                        f"{other.name}：{plan.summary()}",
                    ),
                )
                con.execute("COMMIT")
                plan.applied = True
            else:
                con.execute("ROLLBACK")
        except BaseException:
            con.execute("ROLLBACK")
            raise
    except sqlite3.Error as exc:
        raise MergeError(f"合并“{other.name}”时出错，本机数据库未做任何改动：{exc}") from exc
    finally:
        con.close()
    return plan


def preview_merge(
    desk: Path | str, other: Path | str, *, take_other: Collection[str] = ()
) -> MergePlan:
    """What merging ``other`` into ``desk`` would do; nothing is written."""
    return _run(Path(desk), Path(other), take_other, False, "")


@changes.notifies(*changes.EVERYTHING)
def apply_merge(
    desk: Path | str, other: Path | str, *, take_other: Collection[str] = (), clerk: str = ""
) -> MergePlan:
    """Merge ``other`` into ``desk`` in one transaction; conflicts keep the desk's values
    except those whose key is in ``take_other``."""
    return _run(Path(desk), Path(other), take_other, True, clerk)


def prepare_event_copy(desk: Path | str, out: Path | str, *, overwrite: bool = False) -> Path:
    """A copy of the desk database for the event laptop, remembering when it was made."""
    desk, out = Path(desk), Path(out)
    _station_file(desk, "本机数据库")
    if out.exists() and not overwrite:
        raise MergeError(
            f"“{out}”已经存在。如果它是上次活动的数据，请先合并回本机，再删除或另选文件名。"
        )
    if out.exists():
        for extra in (out, Path(str(out) + "-wal"), Path(str(out) + "-shm")):
            extra.unlink(missing_ok=True)
    try:
        online_copy(desk, out)
    except BackupError as exc:
        raise MergeError(exc.message) from exc
    con = sqlite3.connect(out)
    try:
        with con:
            con.executemany(
                "INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)",
                [(PREPARED_AT, _now_text()), (PREPARED_FROM, desk.name)],
            )
    finally:
        con.close()
    return out
