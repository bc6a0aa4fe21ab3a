"""Importing the street's company roster, under the policy of every import
(:mod:`station_app.services.roster_import`).

A company already in the registry (the same credit code, else the same name however its
parentheses and spaces are written) is updated instead of added twice: filled-in cells overwrite,
empty ones keep what is there, the union status only moves forward, and a row that changes
nothing is skipped. The same company twice in one file is merged with a note.
"""

from __future__ import annotations

from typing import Any

from station_app.domain.credit_code import validate_credit_code
from station_app.domain.enterprise_fields import FIELDS
from station_app.domain.errors import ValidationError
from station_app.domain.terms import UnionStatus
from station_app.domain.written_values import (
    company_key,
    company_name,
    one_line,
    parse_count,
    written_text,
)
from station_app.services import changes
from station_app.services.enterprises import preparing_stage
from station_app.services.roster_import import (
    CREATE,
    MERGED,
    REJECTED,
    SKIPPED,
    UPDATE,
    Column,
    ImportReport,
    Row,
    RowRejected,
)
from station_app.store import audit, enterprises as enterprise_store, station as station_store

COLUMNS: tuple[Column, ...] = tuple(Column(f.key, f.label, f.headers, f.required) for f in FIELDS)

_YES = {"是", "有", "y", "yes", "true", "1", "√", "外资"}
_NO = {"否", "无", "n", "no", "false", "0", "×", "内资", ""}
_UNION = {
    "已建会": UnionStatus.FOUNDED,
    "已建": UnionStatus.FOUNDED,
    "是": UnionStatus.FOUNDED,
    "有": UnionStatus.FOUNDED,
    "筹备中": UnionStatus.PREPARING,
    "筹建中": UnionStatus.PREPARING,
    "未建会": UnionStatus.NONE,
    "未建": UnionStatus.NONE,
    "否": UnionStatus.NONE,
    "无": UnionStatus.NONE,
}
_RANK = {UnionStatus.NONE: 0, UnionStatus.PREPARING: 1, UnionStatus.FOUNDED: 2}
_LONG = ("notes", "address")


def _yes_no(text: str) -> bool:
    t = text.strip().lower()
    if t in _YES:
        return True
    if t in _NO:
        return False
    raise ValidationError("import.foreign", f"是否外资“{text}”无法识别，请填“是”或“否”")


def _union(text: str) -> str:
    status = _UNION.get(one_line(text).replace(" ", ""))
    if status is None:
        raise ValidationError(
            "import.union", f"建会情况“{text}”无法识别，请填“已建会”“筹备中”或“未建会”"
        )
    return status.value


def _value(key: str, text: str) -> object:
    if key == "name":
        return company_name(text)
    if key == "credit_code":
        return validate_credit_code(text)
    if key == "employee_count":
        return parse_count(text, "职工人数")
    if key == "foreign_invested":
        return _yes_no(text)
    if key == "union_status":
        return _union(text)
    return written_text(text) if key in _LONG else one_line(text)


def parse_cells(cells: dict[str, str]) -> dict[str, object]:
    """Typed values of the filled-in cells; every problem of the row in one message."""
    out: dict[str, object] = {}
    problems: list[str] = []
    for key, text in cells.items():
        if not text.strip():
            continue
        try:
            out[key] = _value(key, text)
        except ValidationError as exc:
            problems.append(exc.message)
    if not out.get("name"):
        problems.insert(0, "缺少企业名称")
    if problems:
        raise RowRejected("；".join(problems))
    if "foreign_invested" not in out and "外" in str(out.get("ownership", "")):
        out["foreign_invested"] = True
    return out


def _blanks_filled(existing: Any, values: dict[str, object]) -> dict[str, object]:
    """The values of a repeated row that fill what the company's first row left empty."""
    return {
        key: value
        for key, value in values.items()
        if key != "union_status" and getattr(existing, key, None) in (None, "", 0)
    }


class EnterpriseRoster:
    """The enterprises kind of :class:`~station_app.services.roster_import.RosterKind`."""

    title = "企业"
    unit = "家"
    topic = changes.ENTERPRISES
    columns = COLUMNS
    shown = ("name", "credit_code", "building_name", "employee_count", "union_status")

    def __init__(self) -> None:
        self._clerk = ""
        self._source = ""
        self._by_code: dict[str, int] = {}
        self._by_key: dict[str, int] = {}
        self._seen: dict[str, Row] = {}  # code or name key -> the file's first row of a company
        self._ids: dict[int, int] = {}  # line of a company's first row -> its enterprise id
        self._updates: dict[int, dict[str, object]] = {}  # line -> what the row changes
        self._stage_for: dict[str, int | None] = {}

    def begin(self, *, write: bool, clerk: str, source: str) -> None:
        self._clerk, self._source = clerk, source
        self._by_code, self._by_key = {}, {}
        for eid, code, name in enterprise_store.all_codes_and_names():
            if code:
                self._by_code[code] = eid
            self._by_key.setdefault(company_key(name), eid)
        self._seen, self._ids, self._updates = {}, {}, {}
        stages = station_store.list_stages()
        founded = next((s for s in stages if s.is_founded), None)
        preparing = preparing_stage(stages)
        self._stage_for = {
            UnionStatus.FOUNDED.value: founded.id if founded else None,
            UnionStatus.PREPARING.value: preparing.id if preparing else None,
            UnionStatus.NONE.value: stages[0].id if stages else None,
        }

    def parse(self, row: Row) -> None:
        row.values = parse_cells(row.text)

    def plan(self, rows: list[Row]) -> None:
        for row in rows:
            if row.action != REJECTED:
                row.action, row.message, row.target = self._decide(row)

    def _keys(self, values: dict[str, object]) -> list[str]:
        code = values.get("credit_code")
        return ([f"code:{code}"] if code else []) + [f"name:{company_key(str(values['name']))}"]

    def _decide(self, row: Row) -> tuple[str, str, Any]:
        values = row.values
        first = next((self._seen[k] for k in self._keys(values) if k in self._seen), None)
        if first is not None:
            return self._merge(row, first)
        for k in self._keys(values):
            self._seen[k] = row
        code, key = values.get("credit_code"), company_key(str(values["name"]))
        by_code = self._by_code.get(code) if isinstance(code, str) else None
        by_name = self._by_key.get(key)
        if by_code is not None and by_name is not None and by_code != by_name:
            return (
                REJECTED,
                f"信用代码 {code} 与企业名称“{values['name']}”分属两家已登记的企业，请核对",
                None,
            )
        target = by_code if by_code is not None else by_name
        if target is None:
            return CREATE, "", None
        existing = enterprise_store.get_enterprise(target)
        if existing is None:
            return CREATE, "", None
        if by_code is None and existing.credit_code and code and existing.credit_code != code:
            return (
                REJECTED,
                (
                    f"“{existing.name}”已登记，信用代码为 {existing.credit_code}，"
                    f"与本行的 {code} 不同，请核对"
                ),
                None,
            )
        self._ids[row.line] = target
        changes = self._changes(existing, values)
        if not changes:
            return SKIPPED, "与登记的信息相同，跳过", target
        self._updates[row.line] = changes
        return UPDATE, "", target

    def _merge(self, row: Row, first: Row) -> tuple[str, str, Any]:
        a, b = first.values.get("credit_code"), row.values.get("credit_code")
        if a and b and a != b:
            return (
                REJECTED,
                (f"企业名称与第 {first.line} 行相同，但统一社会信用代码不同（{a}），请核对"),
                None,
            )
        if first.action == REJECTED:
            return REJECTED, f"与第 {first.line} 行是同一家企业，第 {first.line} 行未导入", None
        for k in self._keys(row.values):
            self._seen.setdefault(k, first)
        return (
            MERGED,
            f"与第 {first.line} 行是同一家企业，已合并（以第 {first.line} 行为准，补充其空白项）",
            first.line,
        )

    def _changes(self, existing: Any, values: dict[str, object]) -> dict[str, object]:
        """What the row would change: filled-in cells that differ; the union status only forward."""
        out = {}
        for key, value in values.items():
            if key == "union_status":
                current = _UNION.get(existing.union_status, UnionStatus.NONE)
                if _RANK[UnionStatus(str(value))] > _RANK[current]:
                    out[key] = value
                    stage = self._stage_for.get(str(value))
                    if stage is not None and stage != existing.stage_id:
                        out["stage_id"] = stage
            elif getattr(existing, key, None) != value:
                out[key] = value
        return out

    def write(self, row: Row) -> None:
        reason = f"导入名单“{self._source}”"
        if row.action == CREATE:
            values = dict(row.values)
            status = str(values.setdefault("union_status", UnionStatus.NONE.value))
            stage = self._stage_for.get(status)
            if stage is not None:
                values["stage_id"] = stage
            eid = enterprise_store.save_imported(None, values, clerk=self._clerk, reason=reason)
            self._ids[row.line] = eid
            self._remember(eid, values)
        elif row.action == UPDATE:
            changes = self._updates.pop(row.line)
            enterprise_store.save_imported(row.target, changes, clerk=self._clerk, reason=reason)
            self._remember(row.target, changes)
        elif row.action == MERGED:
            eid = self._ids.get(row.target)
            if eid is None:
                return  # the first row was not written
            existing = enterprise_store.get_enterprise(eid)
            changes = _blanks_filled(existing, row.values) if existing else {}
            if changes:
                enterprise_store.save_imported(eid, changes, clerk=self._clerk, reason=reason)

    def end_batch(self) -> None:
        """Each enterprise's entry is written with it (:func:`enterprise_store.save_imported`)."""

    def _remember(self, eid: int, values: dict[str, object]) -> None:
        if values.get("credit_code"):
            self._by_code[str(values["credit_code"])] = eid
        if values.get("name"):
            self._by_key[company_key(str(values["name"]))] = eid

    def finish(self, report: ImportReport) -> None:
        audit.log(
            "enterprise.import",
            clerk=self._clerk,
            entity="enterprise",
            detail=f"{self._source}：{report.summary()}",
        )
