"""待补录: meetings past their date that nobody marked held, named as the window opens."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from station_app.store import meetings as meeting_store
from station_app.store.records import MeetingRecord


@dataclass(frozen=True)
class Pending:
    """Meetings past their date that nobody marked held (待补录), with the registrations made
    on their day that wait to be counted as on-site joins."""

    meetings: tuple[MeetingRecord, ...]

    @property
    def registrations(self) -> int:
        return sum(m.joins for m in self.meetings)

    def sentence(self) -> str:
        if not self.meetings:
            return ""
        return (
            f"待补录：{len(self.meetings)} 场沟通会已过日期、尚未标记已召开"
            + (f"，{self.registrations} 人的入会登记待计入" if self.registrations else "")
            + "。请标记已召开（或取消）。"
        )


def pending(today: date) -> Pending:
    return Pending(tuple(meeting_store.pending_meetings(today)))
