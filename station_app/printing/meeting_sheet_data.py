"""What a meeting's sign-in sheet and record print: plain values, without reportlab, so the
services that fill them load without the PDF machinery (drawn in meeting_sheets)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class MeetingHeader:
    """What every meeting document prints at its top."""

    station: str
    title: str
    kind: str
    day: str  # 2026年12月11日（周五）
    time_span: str  # 11:00–14:00
    venue: str
    host: str = ""


@dataclass(frozen=True)
class SignInRow:
    name: str = ""
    unit: str = ""
    phone: str = ""


@dataclass(frozen=True)
class SignInSheet:
    header: MeetingHeader
    rows: tuple[SignInRow, ...] = ()  # pre-filled lines (e.g. invited enterprises)
    min_rows: int = 20  # at least this many numbered lines, blank ones for handwriting


@dataclass(frozen=True)
class MeetingRecordSheet:
    header: MeetingHeader
    status: str
    figures: tuple[tuple[str, str], ...]
    attendance: tuple[tuple[str, str, str, str], ...] = ()  # 企业, 出席, 结果, 建会咨询
    checklist: tuple[tuple[str, bool], ...] = ()
    notes: str = ""
    printed_on: str = ""


def figure_pairs(values: Sequence[tuple[str, int]]) -> tuple[tuple[str, str], ...]:
    return tuple((label, str(v)) for label, v in values)
