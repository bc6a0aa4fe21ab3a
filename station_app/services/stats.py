"""The station's figures for a period, derived from the records (never typed twice).

The five figures a station reports (召开沟通会, 接待职工咨询, 现场入会, 参会未建会企业,
达成建会意向) plus new unions, feedback and hand-outs; by month for a trend; the stage
funnel; and for every figure the rows behind it. How each figure is counted is written down in
:mod:`station_app.store.reports`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from station_app.domain.figures import (
    KIND_PREFIX,
    LABELS,
    JoinLine,
    PeriodFigures,
)
from station_app.domain.masking import mask_id, mask_phone
from station_app.domain.months import month_range
from station_app.domain.terms import (
    MEETING_KIND_SHORT,
    MeetingKind,
    MeetingStatus,
    MemberStatus,
    Outcome,
)
from station_app.store import meetings as meeting_store, reports
from station_app.store.records import MemberListRow


@dataclass(frozen=True)
class FunnelStep:
    name: str
    current: int  # enterprises at this stage now
    reached: int  # enterprises at this stage or a later one (on-hold: the same as current)
    on_hold: bool = False
    founded: bool = False


@dataclass(frozen=True)
class Drilldown:
    """The rows behind one figure, as plain values ready for a table (dates stay dates)."""

    figure: str
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]
    total: int  # equals the figure; for sums (consultations, hand-outs) the sum of a column


# ------------------------------------------------------------------------------- periods


def parse_month(text: str) -> tuple[date, date]:
    """``2026-11`` → the first and last day of that month; ValueError otherwise."""
    try:
        y, m = (int(p) for p in text.strip().split("-"))
        return month_range(y, m)
    except (ValueError, TypeError) as exc:
        raise ValueError(f"月份“{text}”格式不对，应为 YYYY-MM，例如 2026-11") from exc


def months_between(start: date, end: date) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    y, m = start.year, start.month
    while (y, m) <= (end.year, end.month):
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def trailing_months(end: date, n: int = 12) -> tuple[date, date]:
    """The ``n`` whole months ending with the month of ``end``."""
    y, m = end.year, end.month - (n - 1)
    while m < 1:
        y, m = y - 1, m + 12
    return date(y, m, 1), month_range(end.year, end.month)[1]


# ------------------------------------------------------------------------------- figures


def _figures(start: date, end: date, values: dict[str, int]) -> PeriodFigures:
    by_kind = {k.value: values.get(KIND_PREFIX + k.value, 0) for k in MeetingKind}
    plain = {f.name: values.get(f.name, 0) for f in fields(PeriodFigures)}
    plain.update(start=start, end=end, meetings_held=sum(by_kind.values()))
    return PeriodFigures(**{**plain, "meetings_by_kind": by_kind})


def period_figures(start: date, end: date) -> PeriodFigures:
    table = reports.figure_table(start, end, by_month=False)
    return _figures(start, end, table.get(reports.WHOLE_PERIOD, {}))


def monthly_figures(start: date, end: date) -> list[PeriodFigures]:
    """One PeriodFigures per calendar month touching ``start``–``end`` (whole months), read
    with the same few grouped queries however many months there are."""
    months = months_between(start, end)
    first = month_range(*months[0])[0]
    last = month_range(*months[-1])[1]
    table = reports.figure_table(first, last, by_month=True)
    return [_figures(*month_range(y, m), table.get(f"{y:04d}-{m:02d}", {})) for y, m in months]


def period_with_trend(
    start: date, end: date, months: int = 12
) -> tuple[PeriodFigures, list[PeriodFigures]]:
    """The period's figures and the trend of the ``months`` whole months ending with it. A
    period that is the trend's last month is read with the trend: one set of queries, not two."""
    trend = monthly_figures(*trailing_months(end, months))
    last = trend[-1]
    if (last.start, last.end) == (start, end):
        return last, trend
    return period_figures(start, end), trend


@dataclass(frozen=True)
class Overview:
    """What the 统计 tab shows for a period: its figures, the trend and the stage funnel."""

    figures: PeriodFigures
    trend: tuple[PeriodFigures, ...]
    funnel: tuple[FunnelStep, ...]


def overview(start: date, end: date, months: int = 12) -> Overview:
    """The period's figures with the trend of the ``months`` ending with it, and the funnel now."""
    figs, trend = period_with_trend(start, end, months)
    return Overview(figs, tuple(trend), tuple(stage_funnel()))


def stage_funnel() -> list[FunnelStep]:
    """Enterprises by pipeline stage now: the open stages in order, then on-hold ones."""
    counts = reports.stage_counts()
    line = [s for s in counts if not s.is_on_hold]
    steps = []
    for i, s in enumerate(line):
        reached = sum(c.count for c in line[i:])
        steps.append(FunnelStep(s.name, s.count, reached, founded=s.is_founded))
    steps += [FunnelStep(s.name, s.count, s.count, on_hold=True) for s in counts if s.is_on_hold]
    return steps


# ---------------------------------------------------------------------------- drill-down


def _kind_label(kind: str) -> str:
    try:
        return MEETING_KIND_SHORT[MeetingKind(kind)]
    except ValueError:
        return kind


def _member_status(status: str) -> str:
    try:
        return MemberStatus(status).label
    except ValueError:
        return status


def _outcome_label(outcome: str) -> str:
    try:
        return Outcome(outcome).label
    except ValueError:
        return outcome


def _meetings(figure: str, start: date, end: date, kind: str | None) -> Drilldown:
    rows = meeting_store.list_meetings(
        start=start, end=end, kind=kind, status=MeetingStatus.HELD.value
    )
    if figure == "consultations":
        rows = [m for m in rows if m.consultation_count > 0]
    title = LABELS["meetings_held"] if figure != "consultations" else LABELS[figure]
    if kind:
        title += f"（{_kind_label(kind)}）"
    return Drilldown(
        figure,
        title,
        ("日期", "类型", "主题", "地点", "咨询人次", "现场入会", "参会企业"),
        tuple(
            (
                m.date,
                _kind_label(m.kind),
                m.title,
                " ".join(p for p in (m.venue_name, m.venue_detail) if p),
                m.consultation_count,
                m.joins,
                m.enterprises_attended,
            )
            for m in rows
        ),
        sum(m.consultation_count for m in rows) if figure == "consultations" else len(rows),
    )


JOIN_FIGURES = {
    "onsite_joins": JoinLine.ONSITE,
    "desk_joins": JoinLine.DESK,
    "pending_joins": JoinLine.PENDING,
}


def join_row(r: MemberListRow, meeting_day: date | None) -> tuple[object, ...]:
    """One registration as a drill-down shows it: ID and phone masked."""
    return (
        r.name or "（已删除）",
        r.gender,
        mask_id(r.id_number, r.id_type),
        mask_phone(r.phone),
        r.employer_name,
        r.application_date,
        meeting_day,
        _member_status(r.status),
    )


def _joins(figure: str, start: date, end: date) -> Drilldown:
    rows = reports.members_of_line(start, end, JOIN_FIGURES[figure])
    dates = reports.meeting_dates([r.meeting_id for r in rows if r.meeting_id])
    title = LABELS.get(figure, "待补录的入会登记")
    return Drilldown(
        figure,
        title,
        ("姓名", "性别", "身份证号码", "手机号码", "工作单位", "登记日期", "沟通会日期", "状态"),
        tuple(join_row(r, dates.get(r.meeting_id) if r.meeting_id else None) for r in rows),
        len(rows),
    )


def _enterprises(figure: str, start: date, end: date) -> Drilldown:
    rows = reports.firms_behind(figure, start, end)
    return Drilldown(
        figure,
        LABELS[figure],
        (
            "企业名称",
            "职工数",
            "现建会状态",
            "当前阶段",
            "参会次数",
            "首次参会",
            "最近参会",
            "结果",
        ),
        tuple(
            (
                e.name,
                e.employee_count,
                e.union_status,
                e.stage_name,
                e.meetings,
                e.first_date,
                e.last_date,
                _outcome_label(e.outcome) if e.outcome else "",
            )
            for e in rows
        ),
        len(rows),
    )


def _founded(start: date, end: date) -> Drilldown:
    rows = reports.founded_enterprises(start, end)
    return Drilldown(
        "unions_founded",
        LABELS["unions_founded"],
        ("企业名称", "统一社会信用代码", "职工数", "建会日期", "会员代表大会日期"),
        tuple(
            (e.name, e.credit_code or "", e.employee_count, e.union_founded_on, e.congress_date)
            for e in rows
        ),
        len(rows),
    )


def _feedback(figure: str, start: date, end: date) -> Drilldown:
    rows = reports.feedback_records(start, end, answered=figure == "feedback_answered")
    return Drilldown(
        figure,
        LABELS[figure],
        ("收到日期", "提出人", "类别", "内容", "答复", "答复日期"),
        tuple((f.received_on, f.who, f.category, f.content, f.reply, f.replied_on) for f in rows),
        len(rows),
    )


def _hand_outs(start: date, end: date) -> Drilldown:
    rows = reports.hand_out_rows(start, end)
    return Drilldown(
        "hand_outs",
        LABELS["hand_outs"],
        ("日期", "物品", "数量", "活动", "领取人"),
        tuple((h.date, h.item, h.quantity, h.campaign, h.recipient_name) for h in rows),
        sum(h.quantity for h in rows),
    )


_BUILDERS: dict[str, Callable[[date, date], Drilldown]] = {
    "meetings_held": lambda s, e: _meetings("meetings_held", s, e, None),
    "consultations": lambda s, e: _meetings("consultations", s, e, None),
    "onsite_joins": lambda s, e: _joins("onsite_joins", s, e),
    "desk_joins": lambda s, e: _joins("desk_joins", s, e),
    "pending_joins": lambda s, e: _joins("pending_joins", s, e),
    "non_unionized_attended": lambda s, e: _enterprises("non_unionized_attended", s, e),
    "intentions": lambda s, e: _enterprises("intentions", s, e),
    "support": lambda s, e: _enterprises("support", s, e),
    "unions_founded": _founded,
    "feedback_received": lambda s, e: _feedback("feedback_received", s, e),
    "feedback_answered": lambda s, e: _feedback("feedback_answered", s, e),
    "hand_outs": _hand_outs,
}


def records_behind(figure: str, start: date, end: date) -> Drilldown:
    """The rows a figure was counted from; ``meetings_held:<kind>`` for one meeting kind.

    ID and phone numbers are masked: a drill-down is for checking, not for copying.
    """
    if figure.startswith(KIND_PREFIX):
        kind = figure.removeprefix(KIND_PREFIX)
        if kind not in {k.value for k in MeetingKind}:
            raise KeyError(figure)
        return _meetings(figure, start, end, kind)
    return _BUILDERS[figure](start, end)
