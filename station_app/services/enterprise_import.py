"""Importing the street's company roster from Excel or CSV.

Columns are recognised by their Chinese headers (or mapped by the clerk). Every row is checked
before anything is written; bad rows are reported with their line and reason. The write is one
transaction, so a file is imported completely or not at all. A company already in the registry
(same credit code, else exactly the same name) is updated instead of added twice.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from station_app.domain.credit_code import validate_credit_code
from station_app.domain.errors import ValidationError
from station_app.domain.terms import UnionStatus
from station_app.services import changes
from station_app.services.enterprises import preparing_stage
from station_app.services.tabular import Table, TableReadError, find_column, read_table
from station_app.store import audit
from station_app.store import enterprises as enterprise_store
from station_app.store import station as station_store

# field -> (label shown to the clerk, recognised headers)
FIELDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "name": ("企业名称", ("企业名称", "单位名称")),
    "credit_code": ("统一社会信用代码", ("统一社会信用代码", "信用代码")),
    "building_name": ("楼宇", ("楼宇", "所在楼宇")),
    "address": ("地址", ("地址",)),
    "industry": ("行业", ("行业",)),
    "ownership": ("企业性质", ("企业性质", "经济类型")),
    "foreign_invested": ("是否外资", ("是否外资",)),
    "employee_count": ("职工人数", ("职工人数", "员工人数")),
    "contact_person": ("联系人", ("联系人",)),
    "contact_phone": ("联系电话", ("联系电话",)),
    "union_status": ("建会情况", ("建会情况", "是否建会")),
}
REQUIRED = ("name",)

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


class ImportCancelled(Exception):
    """The clerk cancelled; nothing was written."""


def guess_mapping(headers: list[str]) -> dict[str, str]:
    """{field: header} for every field whose header is recognised."""
    found = {}
    for key, (_label, aliases) in FIELDS.items():
        header = find_column(headers, *aliases)
        if header is not None:
            found[key] = header
    return found


@dataclass(frozen=True)
class PlannedRow:
    line: int
    values: dict[str, object]  # only the cells that were filled in
    action: str  # "create", "update" or "error"
    enterprise_id: int | None = None
    error: str = ""

    @property
    def action_label(self) -> str:
        return {"create": "新增", "update": "更新", "error": "错误"}[self.action]


@dataclass
class ImportResult:
    total: int = 0
    created: int = 0
    updated: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)
    imported: bool = False
    skipped_bad_rows: bool = False

    def summary(self) -> str:
        if self.total == 0:
            return "文件中没有企业数据，未导入。"
        if self.errors and not self.imported:
            return (
                f"共 {self.total} 行，其中 {len(self.errors)} 行有错误，未导入任何数据"
                "（请改正后重新导入）。"
            )
        line = f"共 {self.total} 行：新增 {self.created} 家企业，更新 {self.updated} 家"
        if self.errors:
            line += f"，跳过有错误的 {len(self.errors)} 行"
        return line + "。"


@dataclass(frozen=True)
class ImportPreview:
    headers: list[str]
    mapping: dict[str, str]
    rows: list[PlannedRow]
    missing: list[str]  # labels of required fields without a column

    @property
    def errors(self) -> list[tuple[int, str]]:
        return [(r.line, r.error) for r in self.rows if r.action == "error"]

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)


def _count(text: str) -> int:
    cleaned = re.sub(r"[\s,，人名约]", "", text)
    if re.fullmatch(r"\d+(\.0+)?", cleaned):
        return int(float(cleaned))
    raise ValidationError("import.employees", f"职工人数“{text}”不是整数")


def _yes_no(text: str) -> bool:
    t = text.strip().lower()
    if t in _YES:
        return True
    if t in _NO:
        return False
    raise ValidationError("import.foreign", f"是否外资“{text}”无法识别，请填“是”或“否”")


def _union(text: str) -> UnionStatus:
    status = _UNION.get(text.strip())
    if status is None:
        raise ValidationError(
            "import.union", f"建会情况“{text}”无法识别，请填“已建会”“筹备中”或“未建会”"
        )
    return status


def _parse(cells: dict[str, str]) -> dict[str, object]:
    """Typed values of the filled-in cells; raises ValidationError on the first bad one."""
    out: dict[str, object] = {}
    problems: list[str] = []
    for key, text in cells.items():
        if not text:
            continue
        try:
            out[key] = _value(key, text)
        except ValidationError as exc:
            problems.append(exc.message)
    if "name" not in out:
        problems.insert(0, "缺少企业名称")
    if problems:
        raise ValidationError("import.row", "；".join(problems), {"problems": problems})
    if "foreign_invested" not in out and "外" in str(out.get("ownership", "")):
        out["foreign_invested"] = True
    return out


def _value(key: str, text: str) -> object:
    if key == "name":
        return " ".join(text.split())
    if key == "credit_code":
        return validate_credit_code(text)
    if key == "employee_count":
        return _count(text)
    if key == "foreign_invested":
        return _yes_no(text)
    if key == "union_status":
        return _union(text).value
    return text


def _load(
    path: Path | str, sheet: str | None, mapping: dict[str, str] | None
) -> tuple[Table, dict[str, str]]:
    table = read_table(path, sheet)
    chosen = {k: v for k, v in (mapping or guess_mapping(table.headers)).items() if v}
    unknown = [h for h in chosen.values() if h not in table.headers]
    if unknown:
        raise TableReadError(f"文件中没有这些列：{'、'.join(unknown)}")
    return table, chosen


def plan_rows(table: Table, mapping: dict[str, str]) -> list[PlannedRow]:
    """Check every row against the file itself and the registry; nothing is written."""
    codes, names = enterprise_store.all_codes_and_names()
    seen_codes: dict[str, int] = {}
    seen_names: dict[str, int] = {}
    planned: list[PlannedRow] = []
    for line, record in table.records():
        cells = {key: record.get(header, "").strip() for key, header in mapping.items()}
        if not any(cells.values()):
            continue  # only unmapped cells (a serial number, a remark) are filled in
        try:
            values = _parse(cells)
        except ValidationError as exc:
            shown = {"name": cells["name"]} if cells.get("name") else {}
            planned.append(PlannedRow(line, shown, "error", error=exc.message))
            continue
        name = str(values["name"])
        code = values.get("credit_code")
        error = ""
        if isinstance(code, str) and code in seen_codes:
            error = f"统一社会信用代码 {code} 与第 {seen_codes[code]} 行重复"
        elif name in seen_names and (code is None or seen_names[name] < 0):
            error = f"企业名称“{name}”与第 {abs(seen_names[name])} 行重复"
        if error:
            planned.append(PlannedRow(line, values, "error", error=error))
            continue
        if isinstance(code, str):
            seen_codes[code] = line
        seen_names[name] = line if code is not None else -line
        target = codes.get(code) if isinstance(code, str) else None
        other = names.get(name)
        if target is not None and other is not None and other != target:
            planned.append(
                PlannedRow(
                    line,
                    values,
                    "error",
                    error=f"信用代码 {code} 与企业名称“{name}”分属两家已登记的企业，请核对",
                )
            )
            continue
        if target is None and name in names:
            target = names[name]
            existing = enterprise_store.get_enterprise(target)
            if existing and existing.credit_code and code and existing.credit_code != code:
                planned.append(
                    PlannedRow(
                        line,
                        values,
                        "error",
                        error=f"“{name}”已登记，信用代码为 {existing.credit_code}，"
                        f"与本行的 {code} 不同，请核对",
                    )
                )
                continue
        action = "update" if target is not None else "create"
        planned.append(PlannedRow(line, values, action, target))
    return planned


def preview_import(
    path: Path | str, *, sheet: str | None = None, mapping: dict[str, str] | None = None
) -> ImportPreview:
    """What an import would do, row by row, for the wizard's preview and validation."""
    table, chosen = _load(path, sheet, mapping)
    missing = [FIELDS[k][0] for k in REQUIRED if k not in chosen]
    rows = [] if missing else plan_rows(table, chosen)
    return ImportPreview(table.headers, chosen, rows, missing)


@changes.notifies(changes.ENTERPRISES)
def import_enterprises(
    path: Path | str,
    *,
    sheet: str | None = None,
    clerk: str = "",
    mapping: dict[str, str] | None = None,
    skip_bad_rows: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportResult:
    """Import the roster at ``path``. With errors nothing is written unless ``skip_bad_rows``.

    ``progress(done, total)`` reports the writing; when ``cancelled()`` turns true the
    transaction is rolled back and :class:`ImportCancelled` raised.
    """
    table, chosen = _load(path, sheet, mapping)
    missing = [FIELDS[k][0] for k in REQUIRED if k not in chosen]
    if missing:
        shown = "、".join(h for h in table.headers if h)
        raise TableReadError(f"找不到“{'、'.join(missing)}”列。文件的表头是：{shown}")
    planned = plan_rows(table, chosen)
    result = ImportResult(total=len(planned))
    result.errors = [(r.line, r.error) for r in planned if r.action == "error"]
    if not planned or (result.errors and not skip_bad_rows):
        return result

    stages = station_store.list_stages()
    stage_for = {
        UnionStatus.FOUNDED.value: next((s for s in stages if s.is_founded), None),
        UnionStatus.PREPARING.value: preparing_stage(stages),
        UnionStatus.NONE.value: stages[0] if stages else None,
    }
    creates: list[dict[str, object]] = []
    updates: list[tuple[int, dict[str, object]]] = []
    for row in planned:
        if row.action == "create":
            values = dict(row.values)
            status = str(values.setdefault("union_status", UnionStatus.NONE.value))
            stage = stage_for.get(status)
            values["stage_id"] = stage.id if stage else None
            if status == UnionStatus.FOUNDED and stage is None:
                values.pop("stage_id")
            creates.append(values)
        elif row.action == "update" and row.enterprise_id is not None:
            updates.append((row.enterprise_id, _update_values(row, stage_for)))

    total = len(creates) + len(updates)

    def on_row(done: int) -> None:
        if cancelled is not None and cancelled():
            raise ImportCancelled
        if progress is not None:
            progress(done, total)

    result.created, result.updated = enterprise_store.save_batch(
        creates, updates, clerk=clerk, reason=f"导入名单“{Path(path).name}”", on_row=on_row
    )
    result.imported = True
    result.skipped_bad_rows = bool(result.errors)
    audit.log(
        "enterprise.import",
        clerk=clerk,
        entity="enterprise",
        detail=f"{Path(path).name}：新增 {result.created}，更新 {result.updated}",
    )
    return result


def _update_values(row: PlannedRow, stage_for: dict[str, object]) -> dict[str, object]:
    """Filled-in cells overwrite; the union status only ever moves forward."""
    values = dict(row.values)
    existing = enterprise_store.get_enterprise(row.enterprise_id or 0)
    new_status = values.pop("union_status", None)
    if existing is not None and isinstance(new_status, str):
        current = _UNION.get(existing.union_status, UnionStatus.NONE)
        if _RANK[UnionStatus(new_status)] > _RANK[current]:
            values["union_status"] = new_status
            stage = stage_for.get(new_status)
            stage_id = getattr(stage, "id", None)
            if stage_id is not None and stage_id != existing.stage_id:
                values["stage_id"] = stage_id
    return values
