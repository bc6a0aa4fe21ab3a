"""Importing members from a roster, each row checked exactly as the registration form checks it.

The policy is the one of every import (:mod:`station_app.services.roster_import`). A person whose
ID number is registered already is skipped, so importing a file twice adds nothing; the same
person twice in one file is merged with a note; a row whose ID number another desk registers
while the import runs is skipped as already registered. A paper application carries the
applicant's signed consent, so imported rows count as consented. A row holding a character no
printing font has (an emoji, say) is imported with a warning: its paper form is filled in by hand.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from station_app.domain.choices import RESIDENT_ID_TYPE
from station_app.domain.duplicates import Likeness, Person, likeness
from station_app.domain.masking import mask_id, person_label
from station_app.domain.member_fields import FIELDS
from station_app.domain.written_values import company_key
from station_app.services import changes, printability, privacy
from station_app.services.registration import (
    InvalidMember,
    MemberInput,
    ValidMember,
    member_columns,
    validate,
)
from station_app.services.roster_import import (
    CREATE,
    MERGED,
    REJECTED,
    SKIPPED,
    Column,
    ImportReport,
    Row,
    RowRejected,
)
from station_app.store import (
    audit,
    enterprises as enterprise_store,
    members as member_store,
    station as station_store,
    tombstones,
)

REQUIRED = ("name", "id_number", "phone")
COLUMNS: tuple[Column, ...] = tuple(
    Column(f.key, f.label, f.headers, f.key in REQUIRED) for f in FIELDS if f.imported
)
YES = {"是", "Y", "y", "yes", "Yes", "1", "√", "✓"}
NO = {"否", "N", "n", "no", "No", "0", "×"}


def _yes_no(text: str) -> bool | None:
    text = text.strip()
    if not text:
        return None
    if text in YES:
        return True
    if text in NO:
        return False
    raise RowRejected(f"是否农民工“{text}”应为“是”或“否”")


ERASED_REASON = (
    f"{privacy.ERASED_ON_REQUEST}：此人的个人信息已按本人申请删除；"
    "如本人重新同意，请在“现场入会”中单独登记并记录新的同意"
)


class MemberRoster:
    """The members kind of :class:`~station_app.services.roster_import.RosterKind`."""

    title = "会员"
    unit = "人"
    topic = changes.MEMBERS
    columns = COLUMNS
    shown = ("name", "id_number", "phone", "employer_text")

    def __init__(self) -> None:
        self._clerk = ""
        self._clerk_id: int | None = None
        self._source = ""
        self._write = False
        self._employers: dict[str, int] = {}
        self._seen: dict[str, tuple[int, str]] = {}  # ID number -> (line, name) in this file
        self._entries: list[dict[str, str]] = []  # the audit entries of the batch being written

    def begin(self, *, write: bool, clerk: str, source: str) -> None:
        self._write, self._clerk, self._source = write, clerk, source
        self._clerk_id = station_store.ensure_clerk(clerk).id if write and clerk.strip() else None
        self._employers = {
            company_key(name): eid for eid, name in enterprise_store.all_enterprise_names()
        }
        self._seen = {}

    def parse(self, row: Row) -> None:
        text = dict(row.text)
        migrant = _yes_no(text.pop("migrant_worker", ""))
        data = MemberInput(
            **{k: v for k, v in text.items() if k != "id_type"},
            id_type=text.get("id_type") or RESIDENT_ID_TYPE,
            migrant_worker=migrant,
            consent=True,
            clerk_name=self._clerk,
        )
        try:
            row.values = {"valid": validate(data)}
        except InvalidMember as exc:
            raise RowRejected(exc.message) from exc
        valid = row.values["valid"]
        row.warning = "；".join(p.message for p in printability.problems(vars(valid)))
        row.values.update(name=valid.name, id_number=mask_id(valid.id_number, valid.id_type))
        row.values.update(phone=valid.phone, employer_text=valid.employer_text)

    def plan(self, rows: list[Row]) -> None:
        self._entries = []  # a batch the database refused took its entries with it
        valid = [r for r in rows if r.action != REJECTED]
        by_id, by_pair = member_store.registered_among(
            [r.values["valid"].id_number for r in valid],
            [(r.values["valid"].name, r.values["valid"].phone) for r in valid],
        )
        erased = tombstones.erased_among(r.values["valid"].id_number for r in valid)
        for row in valid:
            if row.values["valid"].id_number in erased:
                row.action, row.message = REJECTED, ERASED_REASON
                continue
            row.action, row.message = self._decide(row, by_id, by_pair)

    def _decide(
        self, row: Row, by_id: dict[str, str], by_pair: dict[tuple[str, str], str]
    ) -> tuple[str, str]:
        v = row.values["valid"]
        new = Person(v.id_number, v.name, v.phone)
        if v.id_number in self._seen:
            line, name = self._seen[v.id_number]
            if likeness(new, Person(v.id_number, name, v.phone)) is Likeness.NAME_DIFFERS:
                return REJECTED, f"身份证号码与第 {line} 行相同，但姓名不同（“{name}”），请核对"
            return MERGED, f"与第 {line} 行是同一人，已合并（按第 {line} 行导入）"
        self._seen[v.id_number] = (row.line, v.name)
        if v.id_number in by_id:
            known = Person(v.id_number, by_id[v.id_number], v.phone)
            if likeness(new, known) is Likeness.NAME_DIFFERS:
                return REJECTED, (
                    f"身份证号码已登记为“{by_id[v.id_number]}”，与本行姓名不同，请核对"
                )
            return SKIPPED, "已登记，跳过"
        other = by_pair.get((v.name, v.phone))
        same_pair = other is not None and likeness(new, Person(other, v.name, v.phone))
        if same_pair is Likeness.SAME_NAME_AND_PHONE:
            return REJECTED, f"已有同名且手机号码相同的会员“{v.name}”，但身份证号码不同，请核对"
        return CREATE, ""

    def write(self, row: Row) -> None:
        if row.action == MERGED:
            return  # the row it repeats is imported
        v = row.values["valid"]
        try:
            _member_id, uuid = member_store.create_member(**self._columns(v))
        except member_store.IdNumberTaken as exc:
            raise RowRejected("已登记（导入期间由其他电脑登记），跳过", SKIPPED) from exc
        self._entries.append(
            {
                "action": "member.create",
                "clerk": self._clerk,
                "entity": "member",
                "uuid": uuid,
                "detail": f"{person_label(v.name, v.id_number, v.id_type)}（导入）",
            }
        )

    def end_batch(self) -> None:
        """The batch's members sealed into the audit log at once (one head to read and write,
        not one per member), in the batch's unit of work: a member and its entry stand or fall
        together."""
        audit.log_many_entries(self._entries)
        self._entries = []

    def _columns(self, v: ValidMember) -> dict[str, Any]:
        """The member's columns as checked, the employer found by its name."""
        employer = self._employers.get(company_key(v.employer_text)) if v.employer_text else None
        columns = member_columns(replace(v, employer_id=employer))
        return {**columns, "consent": True, "clerk_id": self._clerk_id}

    def finish(self, report: ImportReport) -> None:
        audit.log("member.import", clerk=self._clerk, detail=f"{self._source}：{report.summary()}")
