"""Members and applicants: search, lists, duplicates, reads."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from contextlib import AbstractContextManager
from datetime import date
from typing import Any

from peewee import JOIN, IntegrityError

from station_app.domain import name_search
from station_app.domain.member_fields import KEYS
from station_app.store.db import unit_of_work
from station_app.store.models import Clerk, Enterprise, HandOut, Member, database
from station_app.store.records import MemberListRow, MemberRecord

_LIST_COLUMNS = (
    Member.id,
    Member.name,
    Member.gender,
    Member.id_type,
    Member.id_number,
    Member.phone,
    Member.employer_text,
    Member.application_date,
    Member.status,
    Member.meeting,
    Enterprise.name.alias("employer_name"),
)


def member_list_query() -> Any:
    return Member.select(*_LIST_COLUMNS).join(
        Enterprise, JOIN.LEFT_OUTER, on=(Member.employer == Enterprise.id)
    )


_LAST_CHAR = "\U0010ffff"
# A search matching at least this many members reads the newest rows first and filters them
# (the first page is near); fewer matches are read from the column's index alone (the index
# holds each row's id), sorted newest first, and only the page's rows are read. Reading a match
# from the index costs about a third of filtering a row of the table, so both cost the same
# where matches * matches = 3 * members * page, and the bar rises with the register's size.
DENSE_MATCHES = 1000
_INDEX_READS_PER_ROW = 3
_PAGE = 100


def _dense_bar() -> int:
    key: Any = Member._meta.primary_key
    newest = Member.select(key).order_by(key.desc()).limit(1).scalar() or 0
    return max(DENSE_MATCHES, int((newest * _PAGE * _INDEX_READS_PER_ROW) ** 0.5))


def search_columns(name: str) -> dict[str, str]:
    """The search keys stored beside a member's name (see :mod:`domain.name_search`)."""
    full, initials = name_search.name_keys(name or "")
    return {"name_pinyin": full, "name_initials": initials}


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
    if name_search.is_chinese_name_text(text):
        return q.where(_prefix(Member.name, text, by_index))
    # pinyin (zhangwei), pinyin initials (zw), Latin names in any letter case
    key = name_search.typed_key(text)
    return q.where(
        _prefix(Member.name_pinyin, key, by_index) | _prefix(Member.name_initials, key, by_index)
    )


def _is_dense(text: str) -> bool:
    if not text.strip():
        return False
    bar = _dense_bar()
    probe = _search_filter(Member.select(Member.id), text).limit(bar)
    return bool(probe.count() >= bar)


def member_list_row(r: dict[str, Any]) -> MemberListRow:
    return MemberListRow(
        id=r["id"],
        name=r["name"],
        gender=r["gender"],
        id_number=r["id_number"],
        id_type=r["id_type"],
        phone=r["phone"],
        employer_name=r["employer_name"] or r["employer_text"],
        application_date=r["application_date"],
        status=r["status"],
        meeting_id=r["meeting"],
    )


def search_members(text: str = "", *, offset: int = 0, limit: int = 200) -> list[MemberListRow]:
    """Members whose name, ID number or phone starts with ``text``, newest first."""
    key: Any = Member._meta.primary_key
    if text.strip() and not _is_dense(text):
        ids = _search_filter(Member.select(key), text)
        ids = ids.order_by(key.desc()).offset(offset).limit(limit)
        q = member_list_query().where(key.in_(ids)).order_by(key.desc())
    else:
        q = _search_filter(member_list_query(), text, by_index=False)
        q = q.order_by(key.desc()).offset(offset).limit(limit)
    return [member_list_row(r) for r in q.dicts()]


def count_members(text: str = "", *, at_most: int | None = None) -> int:
    """How many members match ``text``; with ``at_most``, counting stops past that many (a
    one-digit search of a million members matches nearly all of them)."""
    q = _search_filter(Member.select(), text)
    if at_most is not None:
        q = q.limit(at_most + 1)
    return int(q.count())


def members_registered_on(day: date) -> list[MemberListRow]:
    q = member_list_query().where(Member.application_date == day).order_by(Member.id.desc())
    return [member_list_row(r) for r in q.dicts()]


def members_of_meeting(meeting_id: int) -> list[MemberListRow]:
    q = member_list_query().where(Member.meeting == meeting_id).order_by(Member.id)
    return [member_list_row(r) for r in q.dicts()]


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
    return member_record(m) if m else None


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
    return [member_list_row(r) for r in member_list_query().where(cond).dicts()]


# Member columns that are not fields of the registration form.
_BOOKKEEPING = (
    "id",
    "uuid",
    "status",
    "card_issued",
    "card_phone_bound",
    "consent",
    "created_at",
    "version",
)


def member_record(m: dict[str, Any]) -> MemberRecord:
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
    columns = {_FK.get(k, k): v for k, v in values.items()}
    if "name" in values:
        columns.update(search_columns(values["name"]))
    return columns


_INSERT_FIELDS = [f for f in Member._meta.sorted_fields if f.name != "id"]
_INSERT_COLUMNS = ", ".join(f'"{f.column_name}"' for f in _INSERT_FIELDS)


@functools.cache
def _insert_sql(param: str) -> str:
    """The one INSERT of a member, with the engine's placeholder (SQLite ``?``, PostgreSQL
    ``%s``); it returns the new id on both."""
    marks = ", ".join([param] * len(_INSERT_FIELDS))
    return f'INSERT INTO "member" ({_INSERT_COLUMNS}) VALUES ({marks}) RETURNING "id"'


def create_member(**values: Any) -> tuple[int, str]:
    """Insert one member; returns (id, uuid). Raises :class:`IdNumberTaken` on a duplicate.

    One prepared statement with every column (defaults filled as the model declares them):
    building the INSERT anew for each row costs more than the insert itself in a big import."""
    given = _columns(values)
    row: list[Any] = []
    for f in _INSERT_FIELDS:
        value = given.get(f.name, f.default)
        row.append(f.db_value(value() if callable(value) else value))
    try:
        with database.atomic():
            new_id = database.execute_sql(_insert_sql(database.param), row).fetchone()[0]
    except IntegrityError as exc:
        raise IdNumberTaken(values.get("id_number")) from exc
    return int(new_id), str(row[0])


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


def hand_outs_of_member(member_id: int) -> list[str]:
    """The items handed to one member, oldest first."""
    q = HandOut.select(HandOut.item).where(HandOut.member == member_id).order_by(HandOut.id)
    return [h.item for h in q]


def registered_among(
    id_numbers: Sequence[str], pairs: Sequence[tuple[str, str]]
) -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    """Of a batch of imported rows: {ID number: name} of those registered, and {(name, phone):
    ID number} of the name-and-phone pairs registered. Two indexed queries per batch: the pairs
    are looked up by name (SQLite walks the whole table for a list of (name, phone) pairs) and
    kept where the phone matches too."""
    by_id: dict[str, str] = {}
    if id_numbers:
        q = Member.select(Member.id_number, Member.name).where(Member.id_number.in_(id_numbers))
        by_id = {n: name for n, name in q.tuples()}
    by_pair: dict[tuple[str, str], str] = {}
    wanted = set(pairs)
    if wanted:
        names = sorted({name for name, _phone in wanted})
        q = Member.select(Member.name, Member.phone, Member.id_number).where(Member.name.in_(names))
        by_pair = {
            (name, phone): n or "" for name, phone, n in q.tuples() if (name, phone) in wanted
        }
    return by_id, by_pair


def erase_member(member_id: int, **values: Any) -> str:
    """Overwrite a member's personal fields with ``values``, mark it erased, clear the name on
    its hand-outs; one transaction. The row stays, so every figure it counted in stays right.
    Returns its uuid."""
    from station_app.store.models import now

    with database.atomic():
        m = Member.get_by_id(member_id)
        name, meeting_id = m.name, m.meeting_id
        for key, value in _columns(values).items():
            setattr(m, key, value)
        m.status = "erased"
        m.erased_at = now()
        m.save()
        same_person = HandOut.member == member_id
        if meeting_id is not None and name:
            # a hand-out typed by name at the member's meeting, not linked to the record
            same_person |= (
                HandOut.member.is_null()
                & (HandOut.meeting == meeting_id)
                & (HandOut.recipient_name == name)
            )
        HandOut.update(recipient_name="").where(same_person).execute()
    return str(m.uuid)


def adopt_free_text_employer(enterprise_id: int, name: str) -> int:
    """Link members whose employer was typed as free text ``name`` to the enterprise now in the
    registry under that name; returns how many were linked."""
    return int(
        Member.update(employer=enterprise_id, employer_text="")
        .where(Member.employer.is_null() & (Member.employer_text == name.strip()))
        .execute()
    )
