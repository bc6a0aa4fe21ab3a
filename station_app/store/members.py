"""Members and applicants: search, lists, duplicates, reads."""

from __future__ import annotations

from contextlib import AbstractContextManager
from datetime import date
from typing import Any

from peewee import JOIN, IntegrityError

from station_app.domain.member_fields import KEYS
from station_app.store.db import unit_of_work
from station_app.store.models import Clerk, Enterprise, HandOut, Member, database
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


_LAST_CHAR = "\U0010ffff"
# A search matching at least this many members reads the newest rows first and filters them
# (the first page is near); fewer matches are looked up in the column's index and sorted.
DENSE_MATCHES = 1000


def _prefix(field: Any, text: str, by_index: bool) -> Any:
    """``field`` starts with ``text``, as a range the column's index answers (LIKE cannot:
    SQLite's LIKE ignores ASCII case, so it scans the whole table). ``by_index=False`` compares
    an expression instead, which keeps SQLite on the newest-first walk of the table."""
    value = field if by_index else field.concat("")
    return (value >= text) & (value < text + _LAST_CHAR)


def _search_filter(q: Any, text: str, *, by_index: bool = True) -> Any:
    text = text.strip()
    if not text:
        return q
    if text.isdigit() or (text[:-1].isdigit() and text[-1] in "xX"):
        return q.where(
            _prefix(Member.id_number, text.upper(), by_index)
            | _prefix(Member.phone, text, by_index)
        )
    if text.isascii():  # Latin names: any letter case
        return q.where(Member.name.startswith(text))
    return q.where(_prefix(Member.name, text, by_index))


def _is_dense(text: str) -> bool:
    probe = _search_filter(Member.select(Member.id), text).limit(DENSE_MATCHES)
    return bool(text.strip()) and probe.count() >= DENSE_MATCHES


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
    """Members whose name, ID number or phone starts with ``text``, newest first."""
    q = _search_filter(_list_query(), text, by_index=not _is_dense(text))
    q = q.order_by(Member.id.desc()).offset(offset).limit(limit)
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


# Member columns that are not fields of the registration form.
_BOOKKEEPING = (
    "id",
    "uuid",
    "status",
    "card_issued",
    "card_phone_bound",
    "consent",
    "created_at",
)


def _record(m: dict[str, Any]) -> MemberRecord:
    values = {k: m[k] for k in (*KEYS, *_BOOKKEEPING) if k != "employer_text"}
    return MemberRecord(
        **values,
        employer_id=m["employer"],
        employer_name=m["employer_name"] or m["employer_text"],
        meeting_id=m["meeting"],
        clerk_id=m["clerk"],
        clerk_name=m["clerk_name"] or "",
    )


# -- writes ------------------------------------------------------------------------------------
# The Member columns a caller may set; ``employer_id``, ``meeting_id`` and ``clerk_id`` are the
# foreign keys by id.
MEMBER_FIELDS = (
    *KEYS,
    "employer_id",
    "meeting_id",
    "status",
    "card_issued",
    "card_phone_bound",
    "consent",
    "clerk_id",
)
_FK = {"employer_id": "employer", "meeting_id": "meeting", "clerk_id": "clerk"}


class IdNumberTaken(Exception):
    """The unique index refused a second member with the same ID number."""

    def __init__(self, id_number: str | None) -> None:
        super().__init__(id_number or "")
        self.id_number = id_number


def transaction() -> AbstractContextManager[None]:
    """The store's unit of work (see :func:`station_app.store.db.unit_of_work`)."""
    return unit_of_work()


def _columns(values: dict[str, Any]) -> dict[str, Any]:
    unknown = set(values) - set(MEMBER_FIELDS)
    if unknown:
        raise TypeError(f"unknown member fields: {sorted(unknown)}")
    return {_FK.get(k, k): v for k, v in values.items()}


def create_member(**values: Any) -> tuple[int, str]:
    """Insert one member; returns (id, uuid). Raises :class:`IdNumberTaken` on a duplicate."""
    try:
        with database.atomic():
            m = Member.create(**_columns(values))
    except IntegrityError as exc:
        raise IdNumberTaken(values.get("id_number")) from exc
    return int(m.id), str(m.uuid)


def update_member(member_id: int, **values: Any) -> str:
    """Change the given fields of one member; returns its uuid."""
    m = Member.get_by_id(member_id)
    for key, value in _columns(values).items():
        setattr(m, key, value)
    try:
        with database.atomic():
            m.save()
    except IntegrityError as exc:
        raise IdNumberTaken(values.get("id_number")) from exc
    return str(m.uuid)


def record_hand_out(
    *,
    member_id: int | None,
    recipient_name: str,
    item: str,
    day: date,
    meeting_id: int | None = None,
    quantity: int = 1,
    campaign: str = "",
) -> int:
    h = HandOut.create(
        member=member_id,
        recipient_name=recipient_name,
        item=item,
        date=day,
        meeting=meeting_id,
        quantity=quantity,
        campaign=campaign,
    )
    return int(h.id)


def hand_outs_of_member(member_id: int) -> list[str]:
    """The items handed to one member, oldest first."""
    q = HandOut.select(HandOut.item).where(HandOut.member == member_id).order_by(HandOut.id)
    return [h.item for h in q]


def duplicate_keys() -> tuple[set[str], set[tuple[str, str]]]:
    """Every registered ID number, and every (name, phone) pair: for checking a whole import."""
    ids: set[str] = set()
    pairs: set[tuple[str, str]] = set()
    for id_number, name, phone in Member.select(
        Member.id_number, Member.name, Member.phone
    ).tuples():
        if id_number:
            ids.add(id_number)
        if name and phone:
            pairs.add((name, phone))
    return ids, pairs


def erase_member(member_id: int, **values: Any) -> str:
    """Overwrite a member's personal fields with ``values``, mark it erased, clear the name on
    its hand-outs; one transaction. The row stays, so every figure it counted in stays right.
    Returns its uuid."""
    from station_app.store.models import now

    with database.atomic():
        m = Member.get_by_id(member_id)
        for key, value in _columns(values).items():
            setattr(m, key, value)
        m.status = "erased"
        m.erased_at = now()
        m.save()
        HandOut.update(recipient_name="").where(HandOut.member == member_id).execute()
    return str(m.uuid)


def adopt_free_text_employer(enterprise_id: int, name: str) -> int:
    """Link members whose employer was typed as free text ``name`` to the enterprise now in the
    registry under that name; returns how many were linked."""
    return int(
        Member.update(employer=enterprise_id, employer_text="")
        .where(Member.employer.is_null() & (Member.employer_text == name.strip()))
        .execute()
    )
