"""Importing members from a CSV or xlsx list, each row checked exactly as the registration form.

Rows that fail go into ``errors`` with their line number and reason; rows whose ID number is
registered already (or appears earlier in the same file) are skipped, so importing the same file
twice adds nothing. Everything else is saved in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from station_app.domain.choices import RESIDENT_ID_TYPE
from station_app.domain.member_fields import FIELDS, KEYS
from station_app.domain.resident_id import mask_resident_id
from station_app.services import printability
from station_app.services.registration import InvalidMember, MemberInput, validate
from station_app.services.tabular import TableReadError, find_column, read_table
from station_app.store import audit
from station_app.store import enterprises as enterprise_store
from station_app.store import members as member_store
from station_app.store import station as station_store

# MemberInput field -> the headers it is recognised by (the member export writes the first).
COLUMNS: dict[str, tuple[str, ...]] = {f.key: f.headers for f in FIELDS if f.imported}
REQUIRED = ("name", "id_number", "phone")
YES = {"是", "Y", "y", "yes", "Yes", "1", "√", "✓"}
NO = {"否", "N", "n", "no", "No", "0", "×"}


@dataclass
class ImportResult:
    path: Path
    rows: int = 0
    imported: int = 0
    skipped: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)
    warnings: list[tuple[int, str]] = field(default_factory=list)  # imported, with a remark
    member_ids: list[int] = field(default_factory=list)

    def summary(self) -> str:
        parts = [f"“{self.path.name}”共 {self.rows} 行：导入 {self.imported} 人"]
        if self.skipped:
            parts.append(f"跳过 {self.skipped} 人（身份证号码已登记）")
        if self.errors:
            parts.append(f"{len(self.errors)} 行有错误未导入")
        if self.warnings:
            parts.append(f"{len(self.warnings)} 人的申请表需手工填写（含无法打印的字符）")
        return "，".join(parts) + "。"


def _yes_no(text: str) -> bool | str | None:
    text = text.strip()
    if not text:
        return None
    if text in YES:
        return True
    if text in NO:
        return False
    return text


def import_members(path: Path | str, *, sheet: str | None = None, clerk: str = "") -> ImportResult:
    """Read, check and save the members listed in ``path``.

    Raises :class:`TableReadError` when the file cannot be read or lacks a required column.
    A paper application carries the applicant's signed consent, so imported rows count as consented.
    """
    path = Path(path)
    table = read_table(path, sheet)
    headers = {key: find_column(table.headers, *aliases) for key, aliases in COLUMNS.items()}
    missing = ["/".join(COLUMNS[k][:2]) for k in REQUIRED if headers[k] is None]
    if missing:
        raise TableReadError(
            f"文件“{path.name}”缺少必需的列：{'、'.join(missing)}（按第一行的中文表头识别）。"
        )
    known_ids, known_pairs = member_store.duplicate_keys()
    employers = {name: eid for eid, name in enterprise_store.all_enterprise_names()}
    result = ImportResult(path)
    pending = []
    for line, record in table.records():
        result.rows += 1
        values = {key: record.get(col, "") for key, col in headers.items() if col}
        migrant = _yes_no(values.pop("migrant_worker", ""))
        if isinstance(migrant, str):
            result.errors.append((line, f"是否农民工“{migrant}”应为“是”或“否”"))
            continue
        data = MemberInput(
            **{k: v for k, v in values.items() if k != "id_type"},
            id_type=values.get("id_type") or RESIDENT_ID_TYPE,
            migrant_worker=migrant,
            consent=True,
            clerk_name=clerk,
        )
        try:
            valid = validate(data)
        except InvalidMember as exc:
            result.errors.append((line, exc.message))
            continue
        if valid.id_number in known_ids:
            result.skipped += 1
            continue
        if (valid.name, valid.phone) in known_pairs:
            result.errors.append(
                (line, f"已有同名且手机号码相同的会员“{valid.name}”，但身份证号码不同，请核对")
            )
            continue
        known_ids.add(valid.id_number)
        known_pairs.add((valid.name, valid.phone))
        pending.append(valid)
        for problem in printability.problems(vars(valid)):
            result.warnings.append((line, problem.message))

    if pending:
        clerk_id = station_store.ensure_clerk(clerk).id if clerk.strip() else None
        result.imported = len(pending)
        with member_store.transaction():
            for valid in pending:
                values = {key: getattr(valid, key) for key in KEYS}
                member_id, uuid = member_store.create_member(
                    **values,
                    employer_id=employers.get(valid.employer_text),
                    consent=True,
                    clerk_id=clerk_id,
                )
                result.member_ids.append(member_id)
                audit.log(
                    "member.create",
                    clerk=clerk,
                    entity="member",
                    uuid=uuid,
                    detail=f"{valid.name} {mask_resident_id(valid.id_number)}（导入）",
                )
            audit.log("member.import", clerk=clerk, detail=result.summary())
    return result
