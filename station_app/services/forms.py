"""Printing the application forms: members and the station's settings turned into form data,
one PDF per job (one member, a whole meeting, or blank forms), and an audit entry per member.

A character the bundled fonts cannot draw raises
:class:`~station_app.printing.fonts.MissingGlyphsError` (its message is Chinese and names the
characters); nothing is written and nothing is logged.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import BinaryIO

from station_app.printing.application_form import (
    Lang,
    write_application_forms,
)
from station_app.printing.form_data import FormData, StationInfo
from station_app.store import audit
from station_app.store import enterprises as enterprise_store
from station_app.store import meetings as meeting_store
from station_app.store import members as member_store
from station_app.store import station as station_store
from station_app.store.records import MemberRecord, StationSettings

LANGS: tuple[Lang, ...] = ("zh", "en", "bilingual")
PRINT_ACTION = "member.print"

Progress = Callable[[int, int], bool]


class NothingToPrint(LookupError):
    """The members or the meeting asked for do not exist or hold no registrations."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def station_info(settings: StationSettings | None = None) -> StationInfo:
    """The letterhead printed on every page, from the station's settings."""
    s = settings if settings is not None else station_store.get_station()
    return StationInfo(
        name=s.name.strip() or "工会服务站",
        district_federation=s.district_federation,
        address=s.address,
        phone=s.phone,
    )


def _date(value: date | None) -> str:
    return value.isoformat() if value else ""


def _yes_no(value: bool | None) -> str:
    return "" if value is None else ("是" if value else "否")


def form_data(member: MemberRecord) -> FormData:
    """The values printed on one member's forms."""
    return FormData(
        card_number=member.card_number,
        name=member.name,
        gender=member.gender,
        birth_date=_date(member.birth_date),
        ethnicity=member.ethnicity,
        education=member.education,
        native_place=member.native_place,
        political_status=member.political_status,
        employer=member.employer_name,
        job_title=member.job_title,
        phone=member.phone,
        id_type=member.id_type if member.id_number else "",
        id_number=member.id_number or "",
        hukou_type=member.hukou_type,
        migrant_worker=_yes_no(member.migrant_worker),
        family_members=member.family_members,
        resume=member.resume,
        approval_opinion=member.approval_opinion,
        remarks=member.remarks,
        application_date=_date(member.application_date),
    )


def default_lang(member: MemberRecord) -> Lang:
    """Chinese, or Chinese with English when the member works for a foreign-invested company."""
    if member.employer_id is None:
        return "zh"
    employer = enterprise_store.get_enterprise(member.employer_id)
    return "bilingual" if employer is not None and employer.foreign_invested else "zh"


def find_member_by_id_number(id_number: str) -> MemberRecord | None:
    return member_store.find_member_by_id_number(id_number.strip().upper())


def _load(member_ids: Sequence[int]) -> list[MemberRecord]:
    found: list[MemberRecord] = []
    missing: list[int] = []
    for member_id in member_ids:
        record = member_store.get_member(member_id)
        if record is None:
            missing.append(member_id)
        else:
            found.append(record)
    if missing:
        raise NothingToPrint(f"找不到会员（编号 {'、'.join(map(str, missing))}），未打印。")
    if not found:
        raise NothingToPrint("没有要打印的会员。")
    return found


def _write_and_log(
    members: Sequence[MemberRecord],
    out: str | Path | BinaryIO,
    *,
    lang: Lang,
    copies: int,
    progress: Progress | None,
    clerk: str,
    print_date: date | None,
    context: str,
) -> int:
    pages = write_application_forms(
        out,
        [form_data(m) for m in members],
        station=station_info(),
        lang=lang,
        print_date=print_date,
        copies=copies,
        progress=progress,
    )
    detail = f"lang={lang} copies={copies}" + (f" {context}" if context else "")
    audit.log_many(
        PRINT_ACTION, [m.uuid for m in members], clerk=clerk, entity="member", detail=detail
    )
    return pages


def print_member_forms(
    member_ids: Sequence[int],
    out: str | Path | BinaryIO,
    *,
    lang: Lang = "zh",
    copies: int = 1,
    progress: Progress | None = None,
    clerk: str = "",
    print_date: date | None = None,
) -> int:
    """The forms of the given members, in that order, as one PDF; returns the pages written."""
    members = _load(member_ids)
    return _write_and_log(
        members,
        out,
        lang=lang,
        copies=copies,
        progress=progress,
        clerk=clerk,
        print_date=print_date,
        context="",
    )


def meeting_member_ids(meeting_id: int) -> list[int]:
    return [row.id for row in member_store.members_of_meeting(meeting_id)]


def print_meeting_forms(
    meeting_id: int,
    out: str | Path | BinaryIO,
    *,
    lang: Lang = "zh",
    copies: int = 1,
    progress: Progress | None = None,
    clerk: str = "",
    print_date: date | None = None,
) -> int:
    """Every registration of a meeting, in registration order, as one print job."""
    meeting = meeting_store.get_meeting(meeting_id)
    if meeting is None:
        raise NothingToPrint("找不到这场沟通会，未打印。")
    ids = meeting_member_ids(meeting_id)
    if not ids:
        raise NothingToPrint("这场沟通会还没有人登记入会，没有要打印的申请表。")
    return _write_and_log(
        _load(ids),
        out,
        lang=lang,
        copies=copies,
        progress=progress,
        clerk=clerk,
        print_date=print_date,
        context=f"meeting={meeting.uuid}",
    )


def print_blank(
    out: str | Path | BinaryIO,
    *,
    copies: int = 1,
    lang: Lang = "zh",
    progress: Progress | None = None,
    print_date: date | None = None,
) -> int:
    """Blank forms for handwriting, ``copies`` of them; returns the pages written."""
    return write_application_forms(
        out,
        [FormData.blank()],
        station=station_info(),
        lang=lang,
        copies=copies,
        progress=progress,
        print_date=print_date,
    )
