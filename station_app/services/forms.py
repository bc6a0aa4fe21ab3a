"""Printing the application forms: members and the station's settings turned into form data,
one PDF per job (one member, a whole meeting, or blank forms), and an audit entry per member.

A member whose details hold a character no font can draw is left out of the job and listed
(with the characters' code points) in the :class:`BatchResult`: the rest of the batch prints.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO

from station_app.domain.choices import NO, YES
from station_app.domain.member_fields import FIELDS, Kind
from station_app.domain.phone import display_phone
from station_app.printing.application_form import (
    Lang,
    unprintable_in_form,
    write_application_forms,
)
from station_app.printing.form_data import FormData, StationInfo
from station_app.printing.glyphs import describe
from station_app.store import (
    audit,
    enterprises as enterprise_store,
    meetings as meeting_store,
    members as member_store,
    station as station_store,
)
from station_app.store.records import MemberRecord, StationSettings

LANGS: tuple[Lang, ...] = ("zh", "en", "bilingual")
PRINT_ACTION = "member.print"

Progress = Callable[[int, int], bool]


@dataclass(frozen=True)
class SkippedForm:
    """A member whose forms were left out of a batch: characters no font can draw."""

    member_id: int
    name: str
    chars: tuple[str, ...]

    @property
    def message(self) -> str:
        return f"{self.name}：{describe(self.chars)}无法打印，请手工填写"


@dataclass(frozen=True)
class BatchResult:
    """A printed batch: the pages written and the members left out (to fill in by hand)."""

    pages: int
    printed: int
    skipped: tuple[SkippedForm, ...] = ()

    def summary(self) -> str:
        text = f"已生成 {self.printed} 人的申请表，共 {self.pages} 页"
        if not self.skipped:
            return text + "。"
        names = "；".join(s.message for s in self.skipped)
        return f"{text}；{len(self.skipped)} 人未打印（{names}）。"


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


def _printed(kind: Kind, value: object) -> str:
    """A stored value as the form data carries it (dates ISO, yes/no as 是/否)."""
    if value is None:
        return ""
    if kind is Kind.DATE and isinstance(value, date):
        return value.isoformat()
    if kind is Kind.YES_NO:
        return YES if value else NO
    return str(value)


def form_data(member: MemberRecord) -> FormData:
    """The values printed on one member's forms, field by field of the member field table."""
    values = {f.key: _printed(f.kind, getattr(member, f.key, "")) for f in FIELDS if f.printed}
    values["employer_text"] = member.employer_name
    if not member.id_number:
        values["id_type"] = ""
    values["phone"] = display_phone(member.phone)
    return FormData(**values)


def default_lang(member: MemberRecord) -> Lang:
    """Chinese, or Chinese with English when the member works for a foreign-invested company."""
    if member.employer_id is None:
        return "zh"
    employer = enterprise_store.get_enterprise(member.employer_id)
    return "bilingual" if employer is not None and employer.foreign_invested else "zh"


def find_member_by_id_number(id_number: str) -> MemberRecord | None:
    return member_store.find_member_by_id_number(id_number.strip().upper())


def get_member(member_id: int) -> MemberRecord | None:
    """A member by record number (an erased one has nothing to print)."""
    member = member_store.get_member(member_id)
    return member if member is not None and member.status != "erased" else None


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
) -> BatchResult:
    """Print every member whose forms can be printed; the others are listed as skipped."""
    printable: list[tuple[MemberRecord, FormData]] = []
    skipped: list[SkippedForm] = []
    for m in members:
        data = form_data(m)
        chars = unprintable_in_form(data)
        if chars:
            skipped.append(SkippedForm(m.id, m.name, tuple(chars)))
        else:
            printable.append((m, data))
    if not printable:
        raise NothingToPrint("没有可以打印的申请表：" + "；".join(s.message for s in skipped))
    pages = write_application_forms(
        out,
        [data for _m, data in printable],
        station=station_info(),
        lang=lang,
        print_date=print_date,
        copies=copies,
        progress=progress,
    )
    detail = f"lang={lang} copies={copies}" + (f" {context}" if context else "")
    audit.log_many(
        PRINT_ACTION, [m.uuid for m, _d in printable], clerk=clerk, entity="member", detail=detail
    )
    return BatchResult(pages, len(printable), tuple(skipped))


def print_member_forms(
    member_ids: Sequence[int],
    out: str | Path | BinaryIO,
    *,
    lang: Lang = "zh",
    copies: int = 1,
    progress: Progress | None = None,
    clerk: str = "",
    print_date: date | None = None,
) -> BatchResult:
    """The forms of the given members, in that order, as one PDF; members whose details hold
    a character no font can draw are left out and listed in the result."""
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
) -> BatchResult:
    """Every registration of a meeting, in registration order, as one print job (the forms
    that cannot be printed are left out and listed)."""
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
