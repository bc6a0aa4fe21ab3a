"""Walk-in registration: validate what the clerk typed, refuse duplicates, save with an audit entry.

The same :func:`validate` serves the registration tab and the member import, so a row of a file is
accepted exactly when the form would accept it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from datetime import date
from typing import Any

from station_app.domain.cell_text import check_no_control_characters
from station_app.domain.choices import (
    EDUCATION,
    ETHNIC_GROUPS,
    HUKOU_TYPES,
    ID_TYPES,
    POLITICAL_STATUS,
    RESIDENT_ID_TYPE,
)
from station_app.domain.duplicates import Person, likeness, same_number
from station_app.domain.errors import ValidationError, strip_whitespace, to_halfwidth
from station_app.domain.masking import person_label
from station_app.domain.member_fields import BY_KEY, FIELDS, KEYS, Kind, MemberField, label
from station_app.domain.phone import validate_mobile
from station_app.domain.resident_id import parse_resident_id
from station_app.services import changes, privacy
from station_app.store import audit
from station_app.store import enterprises as enterprise_store
from station_app.store import hand_outs as hand_out_store
from station_app.store import meetings as meeting_store
from station_app.store import members as member_store
from station_app.store import station as station_store
from station_app.store.db import unit_of_work
from station_app.store.records import MemberListRow, MemberRecord

NAME_MAX = 60  # a foreign passport name may run to 60 Latin letters
WELCOME_CAMPAIGN = "入会礼品"

# Spellings found on paper lists and old spreadsheets, mapped to the choice lists.
EDUCATION_ALIASES = {
    "大学本科": "本科",
    "大学": "本科",
    "专科": "大专",
    "大学专科": "大专",
    "硕士": "硕士研究生",
    "研究生": "硕士研究生",
    "博士": "博士研究生",
    "职高": "中专",
    "技校": "中专",
}
POLITICAL_ALIASES = {
    "党员": "中共党员",
    "预备党员": "中共预备党员",
    "团员": "共青团员",
    "无党派": "群众",
    "无党派人士": "群众",
}
HUKOU_ALIASES = {"城市": "城镇", "非农业": "城镇", "非农": "城镇", "农业": "农村"}


@dataclass
class MemberInput:
    """What the clerk typed (or an import row held), as plain text and ticks."""

    name: str = ""
    id_type: str = RESIDENT_ID_TYPE
    id_number: str = ""
    phone: str = ""
    employer_id: int | None = None
    employer_text: str = ""
    gender: str = ""
    birth_date: str = ""  # YYYY-MM-DD; derived from a resident ID number when one is given
    ethnicity: str = ""
    education: str = ""
    native_place: str = ""
    political_status: str = ""
    hukou_type: str = ""
    migrant_worker: bool | None = None
    job_title: str = ""
    professional_title: str = ""
    card_number: str = ""
    primary_union: str = ""
    approval_date: str = ""  # YYYY-MM-DD, the grassroots union's approval (入会日期)
    family_members: str = ""
    resume: str = ""
    group_opinion: str = ""
    approval_opinion: str = ""
    gift: str = ""
    remarks: str = ""
    consent: bool = False
    meeting_id: int | None = None
    clerk_name: str = ""
    application_date: str = ""  # YYYY-MM-DD; empty means today
    # the person was erased on request earlier and consents again (recorded by the clerk)
    renewed_consent: bool = False
    # the record's version when it was loaded for correction (None: not loaded from a record)
    version: int | None = None


@dataclass(frozen=True)
class ValidMember:
    """A registration that passed :func:`validate`: normalized and ready to save."""

    name: str
    id_type: str
    id_number: str
    phone: str
    employer_id: int | None
    employer_text: str
    gender: str
    birth_date: date | None
    ethnicity: str
    education: str
    native_place: str
    political_status: str
    hukou_type: str
    migrant_worker: bool | None
    job_title: str
    professional_title: str
    card_number: str
    primary_union: str
    approval_date: date | None
    family_members: str
    resume: str
    group_opinion: str
    approval_opinion: str
    gift: str
    remarks: str
    meeting_id: int | None
    clerk_name: str
    application_date: date
    renewed_consent: bool = False


@dataclass(frozen=True)
class FieldError:
    """One problem with one field; ``field`` is a :class:`MemberInput` attribute name."""

    field: str
    code: str
    message: str


class InvalidMember(ValueError):
    """The input has field errors; ``errors`` lists them in form order."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("；".join(e.message for e in errors))
        self.errors = errors

    @property
    def message(self) -> str:
        return "；".join(e.message for e in self.errors)


class EditedElsewhere(Exception):
    """The record was saved (on another desk) after this form loaded it: ``current`` is the
    record as it is now, ``fields`` the labels of what that save changed."""

    def __init__(self, current: MemberRecord, fields: list[str]) -> None:
        super().__init__(f"{current.name} 的登记已在别处修改：{'、'.join(fields)}")
        self.current = current
        self.fields = fields


def edited_fields(loaded: MemberInput, current: MemberRecord) -> list[str]:
    """The labels of the fields whose saved values differ from those the form loaded."""
    now = input_from_record(current)
    return [f.label for f in FIELDS if getattr(loaded, f.key) != getattr(now, f.key)]


class DuplicateMember(Exception):
    """The person is already registered; ``existing`` are the matching members, ID matches first."""

    def __init__(self, existing: list[MemberListRow]) -> None:
        names = "、".join(r.name for r in existing)
        super().__init__(f"已登记过：{names}")
        self.existing = existing

    @property
    def message(self) -> str:
        return str(self)


# -- validation --------------------------------------------------------------------------------
def clean_name(text: str) -> str:
    """Trim the ends and collapse inner runs of spaces; every other character is kept as typed."""
    text = text.replace("\u3000", " ")
    return re.sub(r"\s+", " ", text).strip()


def _choice(
    value: str, allowed: tuple[str, ...], aliases: dict[str, str], label: str
) -> tuple[str, str | None]:
    """(normalized value, error message or None)."""
    value = strip_whitespace(value)
    if not value or value in allowed:
        return value, None
    if value in aliases:
        return aliases[value], None
    return value, f"{label}“{value}”不在可选项中（{'、'.join(allowed)}）"


def _ethnicity(value: str) -> tuple[str, str | None]:
    value = strip_whitespace(value)
    if not value or value in ETHNIC_GROUPS:
        return value, None
    if value + "族" in ETHNIC_GROUPS:
        return value + "族", None
    return value, f"民族“{value}”不是56个民族之一"


def _parse_day(text: str) -> date | None:
    text = strip_whitespace(to_halfwidth(text)).replace("/", "-").replace(".", "-")
    text = text.replace("年", "-").replace("月", "-").replace("日", "")
    parts = text.split("-")
    if len(parts) == 1 and len(text) == 8 and text.isdigit():
        parts = [text[:4], text[4:6], text[6:]]
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        raise ValueError(text)
    return date(int(parts[0]), int(parts[1]), int(parts[2]))


_OTHER_LABELS = {"gift": "礼品", "clerk_name": "经办人"}


def _text_fields(data: MemberInput) -> list[tuple[str, str]]:
    """(field, label) of every text field of ``data``."""
    return [
        (f.name, label(f.name) if f.name in BY_KEY else _OTHER_LABELS[f.name])
        for f in fields(data)
        if isinstance(getattr(data, f.name), str)
    ]


def field_errors(data: MemberInput, *, today: date | None = None) -> list[FieldError]:
    """Every problem with ``data``, in form order; empty when it can be saved."""
    try:
        validate(data, today=today)
    except InvalidMember as exc:
        return exc.errors
    return []


def validate(data: MemberInput, *, today: date | None = None) -> ValidMember:
    """Check and normalize one registration, or raise :class:`InvalidMember` with every error."""
    today = today or date.today()
    errors: list[FieldError] = []

    def err(field: str, code: str, message: str) -> None:
        errors.append(FieldError(field, code, message))

    for key, shown in _text_fields(data):
        try:
            check_no_control_characters(getattr(data, key), shown)
        except ValidationError as exc:
            err(key, exc.code, exc.message)
    if errors:
        raise InvalidMember(errors)

    name = clean_name(data.name)
    if not name:
        err("name", "name.empty", "请填写姓名（与身份证一致）")
    elif len(name) > NAME_MAX:
        err("name", "name.length", f"姓名过长（{len(name)}个字），请核对")
    elif any(c.isdigit() for c in name):
        err("name", "name.digits", "姓名中不能有数字")

    id_type = data.id_type.strip() or RESIDENT_ID_TYPE
    if id_type not in ID_TYPES:
        err("id_type", "id_type.unknown", f"证件类型“{id_type}”不在可选项中")

    gender = data.gender.strip()
    if gender and gender not in ("男", "女"):
        err("gender", "gender.unknown", f"性别“{gender}”应为“男”或“女”")
    birth: date | None = None
    if data.birth_date.strip():
        try:
            birth = _parse_day(data.birth_date)
        except ValueError:
            err("birth_date", "birth_date.invalid", f"出生日期“{data.birth_date}”不是有效日期")

    id_number = ""
    if id_type == RESIDENT_ID_TYPE:
        try:
            rid = parse_resident_id(data.id_number, today=today)
        except ValidationError as exc:
            err("id_number", exc.code, exc.message)
        else:
            id_number = rid.number
            if gender and gender != rid.gender:
                err("gender", "gender.mismatch", f"性别“{gender}”与身份证号码（{rid.gender}）不符")
            if birth and birth != rid.birth_date:
                err(
                    "birth_date",
                    "birth_date.mismatch",
                    f"出生日期 {birth.isoformat()} 与身份证号码"
                    f"（{rid.birth_date.isoformat()}）不符",
                )
            gender, birth = rid.gender, rid.birth_date
    else:
        id_number = strip_whitespace(to_halfwidth(data.id_number)).upper()
        if not id_number:
            err("id_number", "id.empty", f"请填写{id_type}号码")
        elif not (5 <= len(id_number) <= 30) or not id_number.isalnum():
            err("id_number", "id.format", f"{id_type}号码“{id_number}”格式不对")

    phone = ""
    try:
        phone = validate_mobile(data.phone)
    except ValidationError as exc:
        err("phone", exc.code, exc.message)

    ethnicity, msg = _ethnicity(data.ethnicity)
    if msg:
        err("ethnicity", "ethnicity.unknown", msg)
    education, msg = _choice(data.education, EDUCATION, EDUCATION_ALIASES, "学历")
    if msg:
        err("education", "education.unknown", msg)
    political, msg = _choice(data.political_status, POLITICAL_STATUS, POLITICAL_ALIASES, "政治面貌")
    if msg:
        err("political_status", "political_status.unknown", msg)
    hukou, msg = _choice(data.hukou_type, HUKOU_TYPES, HUKOU_ALIASES, "户籍类型")
    if msg:
        err("hukou_type", "hukou_type.unknown", msg)

    dates: dict[str, date | None] = {}
    for key in ("application_date", "approval_date"):
        text = getattr(data, key).strip()
        dates[key] = None
        if not text:
            continue
        try:
            dates[key] = _parse_day(text)
        except ValueError:
            err(key, f"{key}.invalid", f"{label(key)}“{text}”不是有效日期")
            continue
        if dates[key] is not None and dates[key] > today:  # type: ignore[operator]
            err(key, f"{key}.future", f"{label(key)}不能晚于今天")
    approval_date = dates["approval_date"]
    application_date = dates["application_date"] or approval_date or today
    if approval_date is not None and approval_date < application_date:
        err("approval_date", "approval_date.early", "入会（批准）日期不能早于申请日期")

    if not data.consent:
        err("consent", "consent.required", "请确认本人已同意工会使用其个人信息（勾选同意）")

    if errors:
        raise InvalidMember(errors)
    values = {f.key: _plain(f, getattr(data, f.key)) for f in FIELDS}
    values.update(
        name=name,
        id_type=id_type,
        id_number=id_number,
        phone=phone,
        employer_text=clean_name(data.employer_text),
        gender=gender,
        birth_date=birth,
        ethnicity=ethnicity,
        education=education,
        political_status=political,
        hukou_type=hukou,
        migrant_worker=data.migrant_worker,
        card_number=strip_whitespace(data.card_number),
        approval_date=approval_date,
        application_date=application_date,
    )
    return ValidMember(
        **values,
        employer_id=data.employer_id,
        gift=data.gift.strip(),
        meeting_id=data.meeting_id,
        clerk_name=data.clerk_name.strip(),
        renewed_consent=data.renewed_consent,
    )


def _plain(f: MemberField, value: object) -> object:
    """A text field as saved: one-line fields trimmed, several-line ones without trailing
    spaces or empty lines at the ends."""
    if not isinstance(value, str):
        return value
    if f.kind is Kind.LONG:
        return "\n".join(line.rstrip() for line in value.strip().splitlines())
    return value.strip()


# -- saving ------------------------------------------------------------------------------------
def find_duplicates(valid: ValidMember, *, exclude_id: int | None = None) -> list[MemberListRow]:
    """Members already registered with the same ID number, or the same name and phone."""
    new = _person(valid)
    rows = member_store.find_duplicates(
        id_number=valid.id_number, name=valid.name, phone=valid.phone
    )
    found = [(likeness(new, _person(r)), r) for r in rows if r.id != exclude_id]
    return [r for kind, r in sorted(found, key=lambda f: (not same_number(f[0]), f[1].id)) if kind]


def _person(row: ValidMember | MemberListRow) -> Person:
    return Person(row.id_number or "", row.name, row.phone or "")


def _same_number(valid: ValidMember, rows: list[MemberListRow]) -> list[MemberListRow]:
    new = _person(valid)
    return [r for r in rows if same_number(likeness(new, _person(r)))]


def _resolve_employer(valid: ValidMember) -> ValidMember:
    """Link a typed employer name to the enterprise of exactly that name, when there is one."""
    if valid.employer_id is None and valid.employer_text:
        found = enterprise_store.find_by_name(valid.employer_text)
        if found is not None:
            return replace(valid, employer_id=found.id)
    return valid


def member_columns(valid: ValidMember) -> dict[str, object]:
    """The member table's columns of a checked registration (the import writes them too)."""
    skip = {"gift", "clerk_name", "renewed_consent"}
    values = {f.name: getattr(valid, f.name) for f in fields(valid) if f.name not in skip}
    if valid.employer_id is not None and not valid.employer_text:
        values.pop("employer_text")
    return values


def _clerk_id(name: str) -> int | None:
    return station_store.ensure_clerk(name).id if name.strip() else None


def meeting_day_error(meeting_id: int | None, applied_on: date) -> FieldError | None:
    """A registration belongs to a meeting only on that meeting's day (see
    ``domain.figures.join_line``); linking it to a meeting on another day is refused here, and
    the window offers to record it as made on the meeting's day (补录) instead."""
    if meeting_id is None:
        return None
    m = meeting_store.get_meeting(meeting_id)
    if m is None:
        return FieldError("meeting_id", "meeting.missing", "所选沟通会不存在，请重新选择")
    if m.date == applied_on:
        return None
    if m.date > applied_on:
        text = f"沟通会在 {m.date.isoformat()}，还没有召开，不能把今天的登记算作该场的现场入会"
    else:
        text = (
            f"沟通会在 {m.date.isoformat()}，登记日期是 {applied_on.isoformat()}："
            "只有沟通会当天的登记才计入该场现场入会（补录请把登记日期记为沟通会当天）"
        )
    return FieldError("meeting_id", "meeting.other_day", text)


def _check_meeting_day(valid: ValidMember) -> None:
    error = meeting_day_error(valid.meeting_id, valid.application_date)
    if error is not None:
        raise InvalidMember([error])


@changes.notifies(changes.MEMBERS)
def register(valid: ValidMember, *, allow_duplicate: bool = False) -> int:
    """Save a new member and return its id.

    Raises :class:`DuplicateMember` when the ID number is registered already (always), or the same
    name and phone are (unless ``allow_duplicate``). The check and the insert are one unit of
    work, so two desks saving the same person at once cannot both succeed; a database another
    program keeps locked raises :class:`~station_app.store.db.DatabaseBusy` and writes nothing.
    """
    valid = _resolve_employer(valid)
    _check_meeting_day(valid)
    try:
        with unit_of_work():
            existing = find_duplicates(valid)
            same_id = _same_number(valid, existing)
            if same_id or (existing and not allow_duplicate):
                raise DuplicateMember(same_id or existing)
            label = person_label(valid.name, valid.id_number, valid.id_type)
            if valid.renewed_consent:
                privacy.record_new_consent(valid.id_number, clerk=valid.clerk_name, label=label)
            else:
                privacy.check_not_erased(valid.id_number, label)
            member_id, uuid = member_store.create_member(
                **member_columns(valid), consent=True, clerk_id=_clerk_id(valid.clerk_name)
            )
            if valid.gift:
                _record_gift(member_id, valid)
            audit.log(
                "member.create",
                clerk=valid.clerk_name,
                entity="member",
                uuid=uuid,
                detail=person_label(valid.name, valid.id_number, valid.id_type),
            )
    except member_store.IdNumberTaken as exc:
        raise DuplicateMember(find_duplicates(valid) or []) from exc
    return member_id


def _record_gift(member_id: int, valid: ValidMember) -> None:
    """The welcome gift handed to the member at registration, as a hand-out."""
    hand_out_store.add_hand_out(
        member_id=member_id,
        recipient_name=valid.name,
        item=valid.gift,
        quantity=1,
        day=valid.application_date,
        meeting_id=valid.meeting_id,
        campaign=WELCOME_CAMPAIGN,
    )


_COMPARED = (*KEYS, "employer_id", "meeting_id")


@changes.notifies(changes.MEMBERS)
def update_member(
    member_id: int, data: MemberInput | ValidMember, *, loaded: MemberInput | None = None
) -> list[str]:
    """Correct a member's record; returns the names of the fields that changed.

    The clerk named in ``data`` is written to the audit log, not over the original registrar.
    With ``loaded`` (the form as it was loaded from the record), a save made since then
    elsewhere raises :class:`EditedElsewhere` instead of being overwritten unseen; the check
    and the write are one unit of work, so two desks saving at once cannot both pass it.
    """
    valid = data if isinstance(data, ValidMember) else validate(data)
    valid = _resolve_employer(valid)
    try:
        with unit_of_work():
            before = member_store.get_member(member_id)
            if before is None:
                raise LookupError(f"会员记录 {member_id} 不存在")
            if loaded is not None and loaded.version and before.version != loaded.version:
                raise EditedElsewhere(before, edited_fields(loaded, before))
            same_id = _same_number(valid, find_duplicates(valid, exclude_id=member_id))
            if same_id:
                raise DuplicateMember(same_id)
            changed = _changed(before, valid)
            if not changed:
                return []
            if "id_number" in changed:  # corrected to the number of someone erased on request
                label = person_label(valid.name, valid.id_number, valid.id_type)
                privacy.check_not_erased(valid.id_number, label)
            if {"meeting_id", "application_date"} & set(changed):
                _check_meeting_day(valid)
            uuid = member_store.update_member(member_id, **member_columns(valid))
            if valid.gift and valid.gift not in member_store.hand_outs_of_member(member_id):
                _record_gift(member_id, valid)
            audit.log(
                "member.update",
                clerk=valid.clerk_name,
                entity="member",
                uuid=uuid,
                detail=f"{valid.name}：修改 {', '.join(changed)}",
            )
    except member_store.IdNumberTaken as exc:
        raise DuplicateMember(find_duplicates(valid, exclude_id=member_id)) from exc
    return changed


def _changed(before: MemberRecord, valid: ValidMember) -> list[str]:
    changed = [
        name
        for name in _COMPARED
        if name != "employer_text" and getattr(before, name) != getattr(valid, name)
    ]
    if valid.employer_text and valid.employer_text != before.employer_name:
        changed.append("employer_text")
    if valid.gift and valid.gift not in member_store.hand_outs_of_member(before.id):
        changed.append("gift")
    return changed


def input_from_record(rec: MemberRecord, gift: str = "") -> MemberInput:
    """The form's view of a saved member, for loading it back to correct it."""
    values: dict[str, object] = {}
    for f in FIELDS:
        value = getattr(rec, f.key, None)
        if f.kind is Kind.DATE:
            value = value.isoformat() if value else ""
        values[f.key] = value if value is not None or f.kind is Kind.YES_NO else ""
    values["employer_text"] = rec.employer_name
    return MemberInput(
        **values,  # type: ignore[arg-type]
        employer_id=rec.employer_id,
        gift=gift,
        consent=rec.consent,
        meeting_id=rec.meeting_id,
        clerk_name=rec.clerk_name,
        version=rec.version,
    )


def input_from_row(row: Mapping[str, Any]) -> MemberInput:
    """A stored member row (another database's, for a merge) as the form would have it typed,
    so it passes the very same checks."""
    values: dict[str, object] = {"application_date": ""}
    for f in FIELDS:
        value = row.get(f.key)
        if f.kind is Kind.YES_NO:
            values[f.key] = None if value is None else bool(value)
        else:
            values[f.key] = "" if value is None else str(value)
    return MemberInput(
        **values,  # type: ignore[arg-type]
        employer_id=row.get("employer_id"),
        consent=bool(row.get("consent")),
        meeting_id=row.get("meeting_id"),
    )


def load_for_correction(member_id: int) -> MemberInput | None:
    rec = member_store.get_member(member_id)
    if rec is None:
        return None
    gifts = member_store.hand_outs_of_member(member_id)
    return input_from_record(rec, gifts[-1] if gifts else "")
