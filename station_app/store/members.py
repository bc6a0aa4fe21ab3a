"""Members and applicants: search, lists, duplicates, reads."""

from __future__ import annotations

from datetime import date
from typing import Any

from peewee import JOIN

from station_app.store.models import Clerk, Enterprise, Member
from station_app.store.records import MemberListRow, MemberRecord

_LIST_COLUMNS = (
    Member.id,
    Member.name,
    Member.gender,
    Member.id_number,
    Member.phone,
    Member.employer_text,
    Member.application_date,
    Member.status,
    Member.meeting,
    Enterprise.name.alias("employer_name"),
)


def _list_query() -> Any:
    return Member.select(*_LIST_COLUMNS).join(
        Enterprise, JOIN.LEFT_OUTER, on=(Member.employer == Enterprise.id)
    )


def _search_filter(q: Any, text: str) -> Any:
    text = text.strip()
    if not text:
        return q
    if text[:-1].isdigit() and (text[-1].isdigit() or text[-1] in "xX"):
        return q.where(Member.id_number.startswith(text.upper()) | Member.phone.startswith(text))
    return q.where(Member.name.startswith(text))


def _list_row(r: dict[str, Any]) -> MemberListRow:
    return MemberListRow(
        id=r["id"],
        name=r["name"],
        gender=r["gender"],
        id_number=r["id_number"],
        phone=r["phone"],
        employer_name=r["employer_name"] or r["employer_text"],
        application_date=r["application_date"],
        status=r["status"],
        meeting_id=r["meeting"],
    )


def search_members(text: str = "", *, offset: int = 0, limit: int = 200) -> list[MemberListRow]:
    q = _search_filter(_list_query(), text).order_by(Member.id.desc()).offset(offset).limit(limit)
    return [_list_row(r) for r in q.dicts()]


def count_members(text: str = "") -> int:
    return int(_search_filter(Member.select(), text).count())


def members_registered_on(day: date) -> list[MemberListRow]:
    q = _list_query().where(Member.application_date == day).order_by(Member.id.desc())
    return [_list_row(r) for r in q.dicts()]


def members_of_meeting(meeting_id: int) -> list[MemberListRow]:
    q = _list_query().where(Member.meeting == meeting_id).order_by(Member.id)
    return [_list_row(r) for r in q.dicts()]


def get_member(member_id: int) -> MemberRecord | None:
    m = (
        Member.select(
            Member, Enterprise.name.alias("employer_name"), Clerk.name.alias("clerk_name")
        )
        .join(Enterprise, JOIN.LEFT_OUTER, on=(Member.employer == Enterprise.id))
        .switch(Member)
        .join(Clerk, JOIN.LEFT_OUTER, on=(Member.clerk == Clerk.id))
        .where(Member.id == member_id)
        .dicts()
        .first()
    )
    return _record(m) if m else None


def find_member_by_id_number(id_number: str) -> MemberRecord | None:
    row = Member.get_or_none(Member.id_number == id_number)
    return get_member(row.id) if row else None


def find_duplicates(*, id_number: str | None, name: str, phone: str) -> list[MemberListRow]:
    """Existing members with the same ID number, or the same name and phone."""
    cond = None
    if id_number:
        cond = Member.id_number == id_number
    if name.strip() and phone.strip():
        same = (Member.name == name.strip()) & (Member.phone == phone.strip())
        cond = same if cond is None else (cond | same)
    if cond is None:
        return []
    return [_list_row(r) for r in _list_query().where(cond).dicts()]


def _record(m: dict[str, Any]) -> MemberRecord:
    return MemberRecord(
        id=m["id"],
        uuid=m["uuid"],
        name=m["name"],
        gender=m["gender"],
        birth_date=m["birth_date"],
        ethnicity=m["ethnicity"],
        education=m["education"],
        native_place=m["native_place"],
        political_status=m["political_status"],
        employer_id=m["employer"],
        employer_name=m["employer_name"] or m["employer_text"],
        job_title=m["job_title"],
        phone=m["phone"],
        id_type=m["id_type"],
        id_number=m["id_number"],
        hukou_type=m["hukou_type"],
        migrant_worker=m["migrant_worker"],
        family_members=m["family_members"],
        resume=m["resume"],
        approval_opinion=m["approval_opinion"],
        remarks=m["remarks"],
        application_date=m["application_date"],
        meeting_id=m["meeting"],
        status=m["status"],
        card_number=m["card_number"],
        card_issued=m["card_issued"],
        card_phone_bound=m["card_phone_bound"],
        consent=m["consent"],
        clerk_id=m["clerk"],
        clerk_name=m["clerk_name"] or "",
        created_at=m["created_at"],
    )
