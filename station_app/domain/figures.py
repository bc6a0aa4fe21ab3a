"""The station's reported figures: one written definition (口径) per figure, the rules behind
them, and one period's values.

Every figure is counted from what happened, never typed twice. The definitions below are what
the statistics tab, the drill-downs, the meeting record sheet, the meeting list, the exports,
the monthly report (its back page) and the README say; the store's queries express the same
rules in SQL (``store/figure_sql.py``) and a test checks the two agree.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from station_app.domain.terms import MeetingStatus, Outcome, UnionStatus


@dataclass(frozen=True)
class FigureDefinition:
    """What a figure counts, on which date it counts, and whether it adds up across periods."""

    key: str
    label: str
    unit: str
    counts: str  # what is counted
    when: str  # the date that places it in a period
    distinct: bool = False  # counted once per period: monthly values do not add up to a year

    @property
    def additive(self) -> str:
        return "否：每期内去重，各月之和可大于全年" if self.distinct else "是"


DEFINITIONS: tuple[FigureDefinition, ...] = (
    FigureDefinition(
        "meetings_held",
        "召开沟通会",
        "场",
        "标记为“已召开”的沟通会；计划中、已取消的不计",
        "沟通会日期",
    ),
    FigureDefinition(
        "consultations",
        "接待职工咨询",
        "人次",
        "已召开沟通会记录的咨询人次之和（现场“咨询 +1”与召开情况中填写的人次）",
        "沟通会日期",
    ),
    FigureDefinition(
        "onsite_joins",
        "现场入会",
        "人",
        "在已召开的沟通会当天登记、并关联该场沟通会的入会人员，一人计一次；"
        "按本人申请删除个人信息后仍计数",
        "沟通会日期（即登记日期）",
    ),
    FigureDefinition(
        "non_unionized_attended",
        "参会未建会企业",
        "家",
        "出席已召开沟通会、且在会议当天尚未建会的企业",
        "沟通会日期",
        distinct=True,
    ),
    FigureDefinition(
        "intentions",
        "达成建会意向",
        "家",
        "在已召开沟通会上结果为“有建会意向”、且会议当天尚未建会的企业；“表示支持”不计入",
        "沟通会日期",
        distinct=True,
    ),
    FigureDefinition(
        "desk_joins",
        "服务站日常入会",
        "人",
        "不在沟通会现场的入会登记：未关联沟通会，或所关联的沟通会已取消；单列，不计入现场入会",
        "登记日期",
    ),
    FigureDefinition(
        "support",
        "表示支持",
        "家",
        "在已召开沟通会上结果为“表示支持”的企业（认可、愿意配合，尚未表示要建会）",
        "沟通会日期",
        distinct=True,
    ),
    FigureDefinition(
        "unions_founded",
        "新建工会",
        "家",
        "召开会员代表大会、成立工会的企业；建会日期即会员代表大会日期",
        "会员代表大会日期",
    ),
    FigureDefinition(
        "feedback_received",
        "收集意见建议",
        "条",
        "企业或职工个人（可匿名）提出的意见建议",
        "收到日期",
    ),
    FigureDefinition(
        "feedback_answered",
        "已答复意见建议",
        "条",
        "收集的意见建议中已答复的",
        "收到日期",
    ),
    FigureDefinition(
        "hand_outs",
        "发放礼品/慰问品",
        "份",
        "入会礼品（随登记记录）与沟通会、送温暖、夏送清凉等另行登记的发放份数，每份只记一次",
        "发放日期",
    ),
)
BY_KEY: dict[str, FigureDefinition] = {d.key: d for d in DEFINITIONS}
# (key, label, unit) in the order they are shown and printed; the first five are the article's.
FIGURES: tuple[tuple[str, str, str], ...] = tuple((d.key, d.label, d.unit) for d in DEFINITIONS)
FIVE: tuple[str, ...] = tuple(k for k, _, _ in FIGURES[:5])
LABELS: dict[str, str] = {k: label for k, label, _ in FIGURES}
UNITS: dict[str, str] = {k: unit for k, _, unit in FIGURES}
KIND_PREFIX = "meetings_held:"
PENDING_NOTE = "另有 {n} 人待补录：所在沟通会已过日期、尚未标记已召开，标记后计入现场入会"


# ------------------------------------------------------------------------------ the rules


class JoinLine(StrEnum):
    """Where a registration is counted."""

    ONSITE = "onsite"  # 现场入会
    PENDING = "pending"  # waits for its meeting to be marked held (待补录)
    DESK = "desk"  # 服务站日常


def join_line(applied_on: date, meeting_day: date | None, meeting_status: str | None) -> JoinLine:
    """A registration belongs to a meeting only when it was made on that meeting's day; it
    counts as an on-site join once the meeting is held, waits while the meeting is planned, and
    is a desk registration otherwise (no meeting, another day, or a cancelled meeting)."""
    if meeting_day is None or meeting_day != applied_on:
        return JoinLine.DESK
    if meeting_status == MeetingStatus.HELD.value:
        return JoinLine.ONSITE
    if meeting_status == MeetingStatus.PLANNED.value:
        return JoinLine.PENDING
    return JoinLine.DESK


def had_union_on(day: date, union_founded_on: date | None, union_status: str) -> bool:
    """Whether an enterprise had its union on ``day``: founded on or before it, or marked
    已建会 without a founding date."""
    if union_founded_on is not None:
        return union_founded_on <= day
    return union_status == UnionStatus.FOUNDED.value


def counts_as_intention(outcome: str, had_union: bool) -> bool:
    return outcome == Outcome.INTENTION.value and not had_union


def counts_as_support(outcome: str) -> bool:
    return outcome == Outcome.SUPPORT.value


def is_pending_meeting(status: str, day: date, today: date) -> bool:
    """A meeting past its date that nobody marked held or cancelled (待补录)."""
    return status == MeetingStatus.PLANNED.value and day < today


@dataclass(frozen=True)
class PeriodFigures:
    start: date
    end: date
    meetings_held: int
    meetings_by_kind: dict[str, int] = field(default_factory=dict)
    consultations: int = 0
    onsite_joins: int = 0
    non_unionized_attended: int = 0
    intentions: int = 0
    desk_joins: int = 0
    support: int = 0
    unions_founded: int = 0
    feedback_received: int = 0
    feedback_answered: int = 0
    hand_outs: int = 0
    pending_joins: int = 0  # registrations at meetings not yet marked held (待补录)

    def value(self, key: str) -> int:
        """A figure by key; ``meetings_held:<kind>`` gives the meetings of one kind."""
        if key.startswith(KIND_PREFIX):
            return self.meetings_by_kind.get(key.removeprefix(KIND_PREFIX), 0)
        return int(getattr(self, key))

    @property
    def pending_note(self) -> str:
        """ "另有 N 人待补录…" while registrations wait on unmarked meetings, else ""."""
        return PENDING_NOTE.format(n=self.pending_joins) if self.pending_joins else ""

    def as_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["start"], d["end"] = self.start.isoformat(), self.end.isoformat()
        return d
