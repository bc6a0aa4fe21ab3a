"""Walk-in registration: validate what the clerk typed, refuse duplicates, save with an audit entry.

The same :func:`validate` serves the registration tab and the member import, so a row of a file is
accepted exactly when the form would accept it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields, replace
from datetime import date
from typing import Any

from station_app.domain.duplicates import Person, likeness, same_number
from station_app.domain.masking import person_label
from station_app.domain.member_fields import FIELDS, KEYS, Kind

# The checks are the domain's (domain/member_validation.py); callers may name them from here.
from station_app.domain.member_validation import (
    NAME_MAX as NAME_MAX,
    FieldError as FieldError,
    InvalidMember as InvalidMember,
    MemberInput as MemberInput,
    ValidMember as ValidMember,
    clean_name as clean_name,
    field_errors as field_errors,
    validate as validate,
)
from station_app.services import changes, privacy
from station_app.store import (
    audit,
    enterprises as enterprise_store,
    hand_outs as hand_out_store,
    meetings as meeting_store,
    members as member_store,
    station as station_store,
)
from station_app.store.db import unit_of_work
from station_app.store.records import MemberListRow, MemberRecord

WELCOME_CAMPAIGN = "入会礼品"


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
