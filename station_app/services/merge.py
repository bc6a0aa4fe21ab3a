"""Bringing the event laptop's records into the desk's database, and preparing the laptop.

The laptop's file is trusted with nothing:

- It must be a station database of a known schema (``file_probe``), attached read-only.
- Only what the laptop added or changed is read: a copy made by :func:`prepare_event_copy`
  keeps a journal of it (with each changed record's values as they were, the base); a file
  without one is read whole (a small hand-made file, or one from an older program).
  Nothing is read in proportion to the desk.
- Every incoming member passes the registration form's checks, every enterprise the enterprise
  form's, every other record the control-character check; a record that fails is listed with
  the reasons and never written.
- A person erased on request (a tombstone, or an erased record at the desk) is refused and
  listed as 已按本人要求删除, unless the clerk records a new consent (choosing the item).
- A record both sides have is compared field by field against the base: a field only the laptop
  changed is taken, a field only the desk changed stays, a field both changed is a conflict that
  keeps the desk's value unless the clerk chooses the laptop's. Versions and contents decide,
  never the two machines' clocks. A change of a member's name, document number or phone (or an
  enterprise's name or credit code) always waits for the clerk's choice.
- A join recorded at a meeting on its day is never dropped by a conflict.
- The laptop's audit entries are appended to the desk's log marked as the laptop's (with the
  laptop's own time in their detail), never as the desk's own.

Everything runs in one unit of work; the preview runs the very same steps and rolls them back.
Merging the same file again finds nothing new and writes nothing.
"""

from __future__ import annotations

import tempfile
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from station_app.domain.cell_text import check_no_control_characters, escape_control_characters
from station_app.domain.errors import ValidationError
from station_app.domain.masking import mask_id, mask_phone, person_label
from station_app.domain.member_fields import FIELDS as MEMBER_FIELDS
from station_app.paths import ServerUrl, is_server
from station_app.services import changes, privacy
from station_app.services.backup import BackupError, backup as online_copy
from station_app.services.enterprises import EnterpriseInput, enterprise_values
from station_app.services.registration import InvalidMember, input_from_row, validate
from station_app.services.session import unit_of_work
from station_app.store import audit, db as store_db, server, sync, tombstones
from station_app.store.migrations import SCHEMA_VERSION
from station_app.store.wal import empty_write_ahead_log

PREPARED_AT = sync.PREPARED_AT
PREPARED_FROM = sync.PREPARED_FROM
NATURAL_KEYS: dict[str, tuple[str, ...]] = {
    "member": ("id_number",),
    "enterprise": ("credit_code",),
    "clerk": ("name",),
    "building": ("name",),
    "stage": ("name",),
    "feedback_categories": ("name",),
    "attendance": ("meeting_id", "enterprise_id"),
    "calendar_day": ("day",),
}
BOOKKEEPING = frozenset({"id", "uuid", "created_at", "updated_at", "version"})
# Changes a clerk must confirm: who the person (or the firm) is.
NEEDS_CHOICE = {"member": ("name", "id_number", "phone"), "enterprise": ("name", "credit_code")}
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
    "material_hand_out": "宣传资料",
    "calendar_day": "节假日安排",
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
KINDS = {
    "new": "新增",
    "updated": "更新",
    "conflict": "待确认",
    "invalid": "有误，未合并",
    "erased": "已按本人要求删除",
    "log": "活动电脑的日志",
}
JOIN_COLUMNS = ("meeting_id", "application_date")
JOIN_NOTE = "同一人在沟通会现场也登记了：入会记为该场沟通会当天"
ERASED_NOTE = "此人已按本人要求删除个人信息；本人重新同意时才勾选合并"
LAPTOP_ORIGIN = "活动电脑"
_NEW = object()  # the journal says the laptop added the record
_UNKNOWN = object()  # a file without a journal: what the record was before is not known


class MergeError(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class MergeItem:
    """One record of the laptop's that is new, changed, waiting for the clerk, or refused."""

    table: str
    kind: str  # see KINDS
    key: str  # "<table>:<uuid in the laptop's file>": the clerk's choice names it
    label: str
    differences: tuple[tuple[str, str, str], ...] = ()  # (field, desk before, laptop)
    resolved: bool = False  # the clerk chose the laptop's values (or recorded a new consent)
    note: str = ""

    @property
    def table_label(self) -> str:
        return TABLE_LABELS.get(self.table, self.table)

    @property
    def kind_label(self) -> str:
        return KINDS[self.kind]

    @property
    def choosable(self) -> bool:
        return self.kind in ("conflict", "erased")


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
        return any(i.kind in ("new", "updated", "log") or i.resolved for i in self.items)

    def summary(self) -> str:
        text = (
            f"新增 {self.count('new')} 条，更新 {self.count('updated')} 条，"
            f"待确认 {self.count('conflict')} 条，相同 {self.unchanged} 条"
        )
        for kind in ("invalid", "erased", "log"):
            if self.count(kind):
                text += f"，{KINDS[kind]} {self.count(kind)} 条"
        return text + ("（已写入）" if self.applied else "")


# ------------------------------------------------------------------------------ showing


def _shown(column: str, value: object) -> str:
    if value is None:
        return ""
    if column == "id_number":
        return mask_id(str(value))
    if column in ("phone", "contact_phone"):
        return mask_phone(str(value))
    return escape_control_characters(str(value))


def _label(table: str, row: dict[str, Any]) -> str:
    return escape_control_characters(_plain_label(table, row))


def _plain_label(table: str, row: dict[str, Any]) -> str:
    if table == "member":
        return person_label(str(row.get("name") or ""), row.get("id_number"), row["id_type"])
    if table == "meeting":
        return f"{row.get('date', '')} {row.get('title') or row.get('kind', '')}".strip()
    if table == "audit_entry":
        return f"{row['at']} {row['clerk_name']} {privacy.action_label(row['action'])}"
    for col in ("name", "title", "item", "content", "summary", "recipient_name"):
        if row.get(col):
            return str(row[col])[:40]
    return str(row.get("uuid", ""))[:8]


def _differences(
    columns: Collection[str], desk: dict[str, Any], laptop: dict[str, Any]
) -> tuple[tuple[str, str, str], ...]:
    return tuple(
        (FIELD_LABELS.get(c, c), _shown(c, desk.get(c)), _shown(c, laptop.get(c))) for c in columns
    )


def _is_empty(value: object) -> bool:
    return value is None or value == "" or value == 0


# ------------------------------------------------------------------------------ checking


def _problems(table: str, row: dict[str, Any], today: date) -> list[str]:
    """Why ``row`` (the laptop's, references already the desk's) cannot be written: the same
    checks as typing it in."""
    if table == "member":
        try:
            validate(input_from_row(row), today=today)
        except InvalidMember as exc:
            return [e.message for e in exc.errors]
        return []
    if table == "enterprise":
        data = EnterpriseInput(
            **{k: row[k] for k in vars(EnterpriseInput("x")) if k in row and row[k] is not None}
        )
        try:
            enterprise_values(data)
        except ValidationError as exc:
            return [exc.message]
        return []
    found = []
    for column, value in row.items():
        if isinstance(value, str):
            try:
                check_no_control_characters(value, FIELD_LABELS.get(column, column))
            except ValidationError as exc:
                found.append(exc.message)
    return found


# ------------------------------------------------------------------------------ merging


class _Merger:
    def __init__(self, name: str, take_other: Collection[str], clerk: str, today: date) -> None:
        self.plan_name = name
        self.take_other = set(take_other)
        self.clerk = clerk
        self.today = today
        self.idmap: dict[str, dict[int, int | None]] = {}
        self.items: list[MergeItem] = []
        self.unchanged = 0
        self.erased_traces: list[str] = []
        self.erasures = 0
        self.self_refs: list[tuple[str, int, dict[str, Any]]] = []
        self.left_out: dict[str, set[int]] = {}  # laptop ids of records not merged, by table

    # -- references ------------------------------------------------------------------------
    def _desk_id(self, table: str, laptop_id: int) -> int | None:
        ids = self.idmap.setdefault(table, {})
        if laptop_id not in ids:
            uuid = sync.laptop_uuid_of(table, laptop_id)
            ids[laptop_id] = sync.desk_id_of(table, uuid) if uuid else None
        return ids[laptop_id]

    def _parent_left_out(self, table: str, row: dict[str, Any]) -> str:
        """The label of the table whose record ``row`` belongs to, when that was not merged."""
        for column, parent in sync.references(table).items():
            if row.get(column) is not None and row[column] in self.left_out.get(parent, ()):
                return TABLE_LABELS.get(parent, parent)
        return ""

    def _leave_out(self, table: str, row: dict[str, Any], kind: str, note: str) -> None:
        self.left_out.setdefault(table, set()).add(row["id"])
        self._item(table, kind, row, note=note)

    def _remap(self, table: str, row: dict[str, Any]) -> dict[str, Any]:
        out = dict(row)
        for column, parent in sync.references(table).items():
            if parent != table and out.get(column) is not None:
                out[column] = self._desk_id(parent, out[column])
        return out

    # -- the run -----------------------------------------------------------------------------
    def run(self) -> None:
        by_table: dict[str, list[tuple[str, object]]] = {t: [] for t in sync.table_names()}
        if sync.laptop_has_journal():
            for e in sync.journal():
                if e.table in by_table:
                    by_table[e.table].append((e.uuid, _NEW if e.base is None else e.base))
        else:
            for table in by_table:
                by_table[table] = [(u, _UNKNOWN) for u in sync.laptop_uuids(table)]
        logs = by_table.pop("audit_entry")
        for table, entries in by_table.items():
            for uuid, base in entries:
                row = sync.laptop_row(table, uuid)
                if row is not None:
                    self._merge_record(table, row, base)
        for table, row_id, sets in self.self_refs:
            sync.update(table, row_id, sets)
        self._bring_logs([u for u, _b in logs])

    def _item(self, table: str, kind: str, row: dict[str, Any], **kw: Any) -> None:
        key = f"{table}:{row['uuid']}"
        self.items.append(MergeItem(table, kind, kw.pop("key", key), _label(table, row), **kw))

    def _merge_record(self, table: str, row: dict[str, Any], base: object) -> None:
        parent = self._parent_left_out(table, row)
        if parent:
            self._leave_out(table, row, "invalid", f"所属的{parent}记录没有合并")
            return
        values = self._remap(table, row)
        desk = sync.desk_row(table, row["uuid"])
        same_record = desk is not None
        natural = NATURAL_KEYS.get(table)
        if desk is None and natural and all(values.get(c) is not None for c in natural):
            desk = sync.desk_row_by(table, {c: values[c] for c in natural})
        if table == "member" and self._member_refused(values, desk):
            self.left_out.setdefault(table, set()).add(row["id"])
            return
        problems = _problems(table, values, self.today)
        if problems:
            self._leave_out(table, values, "invalid", "；".join(problems))
            return
        if desk is None:
            self._insert(table, row, values)
            return
        self.idmap.setdefault(table, {})[row["id"]] = desk["id"]
        if table == "member" and values["status"] == "erased" and desk["status"] != "erased":
            self._erase_as_on_laptop(desk, values)
            return
        known_base = self._remap(table, base) if same_record and isinstance(base, dict) else None
        self._compare(table, values, desk, known_base, same_record)

    def _member_refused(self, values: dict[str, Any], desk: dict[str, Any] | None) -> bool:
        """A person erased on request: refused unless the clerk records a new consent."""
        number = values.get("id_number")
        erased_here = desk is not None and desk["status"] == "erased"
        if values["status"] == "erased" or not (
            erased_here or (number and tombstones.is_erased(number))
        ):
            return False
        key = f"member:{values['uuid']}"
        if key in self.take_other and not erased_here and number:
            label = person_label(values["name"], number, values["id_type"])
            privacy.record_new_consent(number, clerk=self.clerk, label=label)
            return False
        self.erased_traces += privacy.traces_of(
            values["name"], values["id_type"], number, values["phone"]
        )
        self._item("member", "erased", values, note=ERASED_NOTE)
        return True

    def _insert(self, table: str, row: dict[str, Any], values: dict[str, Any]) -> None:
        own = [c for c, p in sync.references(table).items() if p == table]
        data = {c: (None if c in own else v) for c, v in values.items() if c != "id"}
        data["version"] = 1
        new_id = sync.insert(table, data)
        self.idmap.setdefault(table, {})[row["id"]] = new_id
        later = {c: self._desk_id(table, row[c]) for c in own if row.get(c) is not None}
        if later:
            self.self_refs.append((table, new_id, later))
        self._item(table, "new", values)

    def _erase_as_on_laptop(self, desk: dict[str, Any], values: dict[str, Any]) -> None:
        privacy.erase_within(desk["id"], clerk=self.clerk, reason="在活动电脑上按本人要求删除")
        self.erasures += 1
        self._item("member", "updated", values, note="在活动电脑上已按本人要求删除个人信息")

    def _compare(
        self,
        table: str,
        laptop: dict[str, Any],
        desk: dict[str, Any],
        base: dict[str, Any] | None,
        same_record: bool,
    ) -> None:
        own = {c for c, p in sync.references(table).items() if p == table}
        take: list[str] = []
        conflicts: list[str] = []
        for c in laptop:
            if c in BOOKKEEPING or c in own or laptop[c] == desk.get(c):
                continue
            if base is not None and c in base:
                if base[c] == laptop[c]:
                    continue  # only the desk changed it: the desk's value stays
                (take if base[c] == desk.get(c) else conflicts).append(c)
            elif _is_empty(desk.get(c)):
                take.append(c)  # the laptop filled in what the desk left empty
            else:
                conflicts.append(c)
        key = f"{table}:{laptop['uuid']}"
        if table == "member":
            joined = self._join_to_keep(laptop, desk)
            if joined:
                sync.update(table, desk["id"], {c: laptop[c] for c in joined})
                self._item(
                    table, "updated", desk, key=key + ":join",
                    differences=_differences(joined, desk, laptop), note=JOIN_NOTE,
                )  # fmt: skip
                take = [c for c in take if c not in joined]
                conflicts = [c for c in conflicts if c not in joined]
        sensitive = [c for c in take if c in NEEDS_CHOICE.get(table, ())]
        take = [c for c in take if c not in sensitive]
        if take:
            sync.update(table, desk["id"], {c: laptop[c] for c in take})
            note = "" if base is not None else "补充本机空缺的内容"
            self._item(
                table, "updated", desk, key=key,
                differences=_differences(take, desk, laptop), note=note,
            )  # fmt: skip
        waiting = sensitive + conflicts
        if waiting:
            chosen = key in self.take_other
            if chosen:
                sync.update(table, desk["id"], {c: laptop[c] for c in waiting})
            if conflicts:
                note = "两边都改过" if same_record else "两台电脑各登记了一次"
            else:
                note = "活动电脑改了姓名、证件号码或电话，需要确认"
            self._item(
                table, "conflict", desk, key=key + (":choice" if take else ""),
                differences=_differences(waiting, desk, laptop), resolved=chosen, note=note,
            )  # fmt: skip
        if not take and not waiting and not (table == "member" and self._last_is_join(key)):
            self.unchanged += 1

    def _last_is_join(self, key: str) -> bool:
        return bool(self.items) and self.items[-1].key == key + ":join"

    def _on_meeting_day(self, meeting_id: object, applied_on: object) -> bool:
        """The registration was made at the meeting, on its day (a meeting not cancelled)."""
        if meeting_id is None:
            return False
        found = sync.desk_meeting_day(int(meeting_id))  # type: ignore[call-overload]
        return found is not None and str(found[0]) == str(applied_on) and found[1] != "cancelled"

    def _join_to_keep(self, laptop: dict[str, Any], desk: dict[str, Any]) -> list[str]:
        """A join the laptop recorded at a meeting while the desk has the same person only as a
        desk registration: the join is kept, for the meeting where it happened (a conflict
        never drops a join)."""
        if not self._on_meeting_day(laptop["meeting_id"], laptop["application_date"]):
            return []
        if self._on_meeting_day(desk["meeting_id"], desk["application_date"]):
            return []
        return [c for c in JOIN_COLUMNS if laptop[c] != desk[c]]

    # -- the laptop's audit entries ----------------------------------------------------------
    def _bring_logs(self, uuids: list[str]) -> None:
        """The laptop's entries, appended to the desk's log marked as the laptop's own; a
        person refused as erased is taken out of them first."""
        entries = []
        for uuid in uuids:
            row = sync.laptop_row("audit_entry", uuid)
            if row is None or sync.desk_id_of("audit_entry", uuid) is not None:
                continue
            problems = _problems("audit_entry", row, self.today)
            if problems:
                self._item("audit_entry", "invalid", row, note="；".join(problems))
                continue
            detail = str(row["detail"] or "")
            for trace in sorted(set(self.erased_traces), key=len, reverse=True):
                detail = detail.replace(trace, "已删除")
            entries.append(
                {
                    "entry_uuid": uuid,
                    "action": row["action"],
                    "clerk": row["clerk_name"],
                    "entity": row["entity"],
                    "uuid": row["entity_uuid"],
                    "origin": f"{LAPTOP_ORIGIN}：{self.plan_name}",
                    "detail": f"{detail}（活动电脑记录于 {row['at']}，按该电脑的时钟）",
                }
            )
            self._item("audit_entry", "log", row, note="记入本机日志，标明来自活动电脑")
        audit.log_many_entries(entries)


# ------------------------------------------------------------------------------ use cases


class _Preview(Exception):
    """Raised to roll the merge's unit of work back after a preview."""


@contextmanager
def _desk_open(desk: Path) -> Iterator[None]:
    """The desk's database, open: the one this program has open, or opened for the merge."""
    current = store_db.current_path()
    if current is not None and current.resolve() == desk.resolve():
        yield
        return
    if current is not None:
        raise MergeError("本机已打开另一个数据库，不能合并到“{desk}”。")
    try:
        store_db.open_database(desk)
    except store_db.DatabaseProblem as exc:
        raise MergeError(exc.message) from exc
    try:
        yield
    finally:
        store_db.close_database()


@contextmanager
def _server_open(url: str) -> Iterator[None]:
    """The server's database, open: the one this program has open, or opened for the copy."""
    if store_db.is_server_database():
        yield
        return
    try:
        store_db.open_database(ServerUrl(url))
    except store_db.DatabaseProblem as exc:
        raise MergeError(exc.message) from exc
    try:
        yield
    finally:
        store_db.close_database()


def _station_file(path: Path, what: str) -> int:
    """Refuse, before anything is written, a file that is not a station database with data;
    returns its schema version."""
    if not path.is_file():
        raise MergeError(f"找不到{what}“{path}”。")
    try:
        look = store_db.look_at(path)
    except store_db.DatabaseProblem as exc:
        raise MergeError(exc.message) from exc
    if look.empty:
        raise MergeError(f"{what}“{path}”是空的，不是本程序的数据库，未做任何改动。")
    return look.version


def _current_schema(other: Path, scratch: Path) -> Path:
    """The laptop's file at the current schema: itself, or a migrated copy in ``scratch`` (the
    laptop's file is never changed)."""
    if _station_file(other, "活动电脑的文件") == SCHEMA_VERSION:
        return other
    copy = scratch / other.name
    try:
        online_copy(other, copy)
        store_db.migrate_file(copy)
    except store_db.DatabaseProblem as exc:
        raise MergeError(exc.message) from exc
    except BackupError as exc:
        raise MergeError(exc.message) from exc
    return copy


def _run(
    desk: Path | str, other: Path, take_other: Collection[str], commit: bool, clerk: str
) -> MergePlan:
    other = Path(other)
    if is_server(desk):
        with tempfile.TemporaryDirectory(prefix="station-merge-") as scratch:
            source = _current_schema(other, Path(scratch))
            with _server_open(str(desk)):
                return _merge(other, source, take_other, commit, clerk)
    desk = Path(desk)
    _station_file(desk, "本机数据库")
    if other.resolve() == desk.resolve():
        raise MergeError("要合并的文件就是本机的数据库。")
    with tempfile.TemporaryDirectory(prefix="station-merge-") as scratch:
        source = _current_schema(other, Path(scratch))
        with _desk_open(desk):
            plan = _merge(other, source, take_other, commit, clerk)
    return plan


def _merge(
    other: Path, source: Path, take_other: Collection[str], commit: bool, clerk: str
) -> MergePlan:
    plan = MergePlan(other)
    merger = _Merger(other.name, take_other, clerk, date.today())
    try:
        attach = sync.attached(source)
        with attach:
            try:
                with unit_of_work():
                    merger.run()
                    plan.items, plan.unchanged = merger.items, merger.unchanged
                    if not commit or not plan.writes_anything:
                        raise _Preview
                    audit.log("db.merge", clerk=clerk, detail=f"{other.name}：{plan.summary()}")
            except _Preview:
                return plan
    except sync.EncryptedLaptop as exc:
        raise MergeError(
            f"“{other.name}”已加密，而本机数据库没有加密：请先为本机数据库设置密码"
            "（文件 → 密码…），再合并。未做任何改动。"
        ) from exc
    except store_db.DatabaseBusy:
        raise
    except Exception as exc:
        if isinstance(exc, MergeError | privacy.ErasureError):
            raise
        raise MergeError(f"合并“{other.name}”时出错，本机数据库未做任何改动：{exc}") from exc
    plan.applied = True
    if merger.erasures:
        empty_write_ahead_log()
    return plan


def preview_merge(
    desk: Path | str, other: Path | str, *, take_other: Collection[str] = ()
) -> MergePlan:
    """What merging ``other`` into ``desk`` would do; nothing is written."""
    return _run(desk, Path(other), take_other, False, "")


@changes.notifies(*changes.EVERYTHING)
def apply_merge(
    desk: Path | str, other: Path | str, *, take_other: Collection[str] = (), clerk: str = ""
) -> MergePlan:
    """Merge ``other`` into ``desk`` in one unit of work; the items waiting for a choice keep
    the desk's values except those whose key is in ``take_other``."""
    return _run(desk, Path(other), take_other, True, clerk)


def prepare_event_copy(desk: Path | str, out: Path | str, *, overwrite: bool = False) -> Path:
    """A copy of the desk database for the event laptop, with a journal of what the laptop
    will add and change. From a server's database (a URL) the copy is its records written
    into a SQLite file, as its backup is."""
    on_server = is_server(desk)
    label = str(desk)
    desk, out = Path(desk), Path(out)
    if not on_server:
        _station_file(desk, "本机数据库")
    if out.exists() and not overwrite:
        raise MergeError(
            f"“{out}”已经存在。如果它是上次活动的数据，请先合并回本机，再删除或另选文件名。"
        )
    if out.exists():
        for extra in (out, Path(str(out) + "-wal"), Path(str(out) + "-shm")):
            extra.unlink(missing_ok=True)
    if on_server:
        with _server_open(label):
            tombstones.ensure_key()  # the laptop recognises the people erased here
            try:
                online_copy(ServerUrl(label), out)
            except BackupError as exc:
                raise MergeError(exc.message) from exc
    else:
        with _desk_open(desk):
            tombstones.ensure_key()  # the laptop recognises the people erased here
            try:
                online_copy(desk, out)
            except BackupError as exc:
                raise MergeError(exc.message) from exc
    sync.mark_laptop_copy(
        out,
        prepared_at=datetime.now().strftime("%Y-%m-%d %H:%M:%S"),
        prepared_from=server.safe_label(label) if on_server else desk.name,
    )
    return out
