"""Exports to Excel (xlsx) and CSV: the period's figures and the lists, with Chinese headers.

ID and phone numbers are masked unless the clerk asks for full values; a full-value export is
written to the audit log (who, what, how many rows, which file). Dates are written as real
dates, so Excel can sort and filter them. The member sheet uses the headers the member import
recognises, so a full-value export can be read back.

Rows are read from the database a batch at a time and streamed into the file (XlsxWriter's
constant-memory mode, or the csv module), so time grows with the rows and memory does not. Text
is always written as text: a string cell in xlsx, behind the CSV guard in CSV
(:mod:`station_app.domain.cell_text`), with stored control characters made visible. The file is
created readable by its owner only.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from station_app.domain import figures
from station_app.domain.cell_text import csv_text, escape_control_characters
from station_app.domain.masking import mask_id, mask_phone
from station_app.domain.member_fields import FIELDS, Kind, MemberField
from station_app.domain.terms import MEETING_KIND_LABELS, MeetingKind, MeetingStatus, MemberStatus
from station_app.private_files import write_private
from station_app.services import stats
from station_app.store import (
    audit,
    export_rows,
    meetings as meeting_store,
    reports,
    station as station_store,
)
from station_app.store.records import MemberRecord

# kind -> sheet title; "figures" is the period's figures, the others are lists.
KINDS: dict[str, str] = {
    "figures": "统计数据",
    "members": "会员",
    "meetings": "沟通会",
    "enterprises": "企业",
    "follow_ups": "跟进记录",
    "feedback": "意见建议",
}
LIST_KINDS = tuple(k for k in KINDS if k != "figures")
PERSONAL_KINDS = ("members", "enterprises")  # the sheets holding ID or phone numbers

_MEMBER_FIELDS = tuple(f for f in FIELDS if f.exported)
MEMBER_HEADERS = (*(f.label for f in _MEMBER_FIELDS), "京卡已发放", "状态", "经办人")
_MEMBER_WIDTHS = {Kind.LONG: 30, Kind.DATE: 12, Kind.CHOICE: 10, Kind.YES_NO: 10}

ProgressFn = Callable[[int, int], bool]  # (rows done, total; 0 while reading) -> keep going?
PROGRESS_EVERY = 500


class ExportCancelled(Exception):
    """The progress callback asked to stop; no file was written."""


@dataclass(frozen=True)
class Sheet:
    """One sheet: ``rows`` is read when the sheet is written (``count`` of them)."""

    title: str
    headers: tuple[str, ...]
    rows: Iterable[tuple[Any, ...]]
    count: int
    widths: tuple[int, ...] = ()


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    sheets: tuple[str, ...]
    full_values: bool
    period: str = "全部"


def _yes_no(v: bool | None) -> str:
    return "" if v is None else ("是" if v else "否")


def _label(enum: Any, value: str) -> str:
    try:
        return str(enum(value).label)
    except ValueError:
        return value


def period_text(start: date | None, end: date | None) -> str:
    """How an export names its period: 全部, or the first and last day."""
    if not start and not end:
        return "全部"
    return f"{start.isoformat() if start else '…'} 至 {end.isoformat() if end else '…'}"


# ------------------------------------------------------------------------------- sheets


def figures_sheet(start: date, end: date) -> Sheet:
    figs = stats.period_figures(start, end)
    station = station_store.get_station()
    rows: list[tuple[Any, ...]] = [
        ("服务站", station.name),
        ("统计期间", f"{start.isoformat()} 至 {end.isoformat()}"),
        (),
        ("指标", "数量", "单位"),
    ]
    rows += [(label, figs.value(k), unit) for k, label, unit in figures.FIGURES]
    rows += [(), ("按沟通会类型", "场次")]
    rows += [(k.label, figs.meetings_by_kind.get(k.value, 0)) for k in MeetingKind]
    rows += [(), ("按月", *(label for _k, label, _u in figures.FIGURES))]
    for m in stats.monthly_figures(start, end):
        rows.append((f"{m.start:%Y-%m}", *(m.value(k) for k, _l, _u in figures.FIGURES)))
    widths = (22, 14, 14, 14, 14, 14, 14, 14, 14, 14)
    return Sheet(KINDS["figures"], (), rows, len(rows), widths)


def member_cell(m: MemberRecord, f: MemberField, full: bool) -> Any:
    """One member field as exported: ID and phone masked unless ``full``; the birth date only
    with them (it would unmask the ID number); dates as dates; yes/no as 是/否."""
    value = getattr(m, f.key, None)
    if f.key == "id_number":
        return (value or "") if full else mask_id(value, m.id_type)
    if f.key == "phone":
        return (value or "") if full else mask_phone(value)
    if f.key == "birth_date" and not full:
        return None
    if f.key == "employer_text":
        return m.employer_name
    if f.kind is Kind.YES_NO:
        return _yes_no(value)
    return value


def _member_rows(start: date | None, end: date | None, full: bool) -> Iterator[tuple[Any, ...]]:
    for m in export_rows.iter_members(start, end):
        yield (
            *(member_cell(m, f, full) for f in _MEMBER_FIELDS),
            _yes_no(m.card_issued),
            _label(MemberStatus, m.status),
            m.clerk_name,
        )


def members_sheet(start: date | None, end: date | None, full: bool) -> Sheet:
    widths = (
        *(_MEMBER_WIDTHS.get(f.kind, 22 if f.key in ("id_number", "employer_text") else 14)
          for f in _MEMBER_FIELDS),
        10,
        8,
        10,
    )  # fmt: skip
    return Sheet(
        KINDS["members"],
        MEMBER_HEADERS,
        _member_rows(start, end, full),
        export_rows.count_members(start, end),
        widths,
    )


def meetings_sheet(start: date | None, end: date | None) -> Sheet:
    rows = [
        (
            m.date,
            m.start_time.strftime("%H:%M") if m.start_time else "",
            m.end_time.strftime("%H:%M") if m.end_time else "",
            _kind(m.kind),
            m.title,
            m.venue_name,
            m.venue_detail,
            m.host_name,
            _label(MeetingStatus, m.status),
            m.consultation_count,
            m.joins,
            m.enterprises_attended,
            m.notes,
        )
        for m in meeting_store.list_meetings(start=start, end=end)
    ]
    headers = (
        "日期",
        "开始时间",
        "结束时间",
        "类型",
        "主题",
        "楼宇",
        "具体地点",
        "负责人",
        "状态",
        "咨询人次",
        "现场入会",
        "参会企业",
        "备注",
    )
    widths = (12, 9, 9, 22, 24, 20, 16, 10, 8, 9, 9, 9, 30)
    return Sheet(KINDS["meetings"], headers, rows, len(rows), widths)


def _kind(kind: str) -> str:
    try:
        return MEETING_KIND_LABELS[MeetingKind(kind)]
    except ValueError:
        return kind


def _enterprise_rows(start: date | None, end: date | None, full: bool) -> Iterator[tuple[Any, ...]]:
    for e in export_rows.iter_enterprises(start, end):
        yield (
            e.name,
            e.credit_code or "",
            e.building_name,
            e.address,
            e.industry,
            e.ownership,
            _yes_no(e.foreign_invested),
            e.employee_count,
            e.union_status,
            e.stage_name,
            e.union_founded_on,
            e.congress_date,
            e.contact_person,
            e.contact_phone if full else mask_phone(e.contact_phone),
            e.next_follow_up,
            e.notes,
        )


def enterprises_sheet(start: date | None, end: date | None, full: bool) -> Sheet:
    """The registry; for a period, the enterprises with something on record in it."""
    headers = (
        "企业名称",
        "统一社会信用代码",
        "楼宇",
        "地址",
        "行业",
        "经济类型",
        "外资企业",
        "职工人数",
        "建会状态",
        "跟进阶段",
        "建会日期",
        "会员代表大会日期",
        "联系人",
        "联系电话",
        "下次跟进",
        "备注",
    )
    widths = (34, 22, 20, 26, 12, 10, 8, 9, 9, 16, 12, 14, 12, 14, 12, 30)
    rows = _enterprise_rows(start, end, full)
    return Sheet(
        KINDS["enterprises"], headers, rows, export_rows.count_enterprises(start, end), widths
    )


def follow_ups_sheet(start: date | None, end: date | None) -> Sheet:
    rows = [
        (f.date, f.enterprise_name, f.way, f.clerk_name, f.summary, f.next_date)
        for f in reports.follow_up_records(start, end)
    ]
    headers = ("日期", "企业名称", "方式", "经办人", "情况", "下次跟进日期")
    return Sheet(KINDS["follow_ups"], headers, rows, len(rows), (12, 34, 8, 10, 50, 14))


def feedback_sheet(start: date | None, end: date | None) -> Sheet:
    rows = [
        (
            f.received_on,
            f.who,
            f.category,
            f.content,
            f.reply,
            f.replied_on,
            "已答复" if (f.reply or f.replied_on) else "待答复",
        )
        for f in reports.feedback_records(start, end)
    ]
    headers = ("收到日期", "提出人", "类别", "内容", "答复", "答复日期", "状态")
    return Sheet(KINDS["feedback"], headers, rows, len(rows), (12, 34, 12, 44, 44, 12, 8))


def build_sheet(
    kind: str, start: date | None = None, end: date | None = None, *, full_values: bool = False
) -> Sheet:
    if kind == "figures":
        if start is None or end is None:
            raise ValueError("导出统计数据需要起止日期")
        return figures_sheet(start, end)
    if kind == "members":
        return members_sheet(start, end, full_values)
    if kind == "meetings":
        return meetings_sheet(start, end)
    if kind == "enterprises":
        return enterprises_sheet(start, end, full_values)
    if kind == "follow_ups":
        return follow_ups_sheet(start, end)
    if kind == "feedback":
        return feedback_sheet(start, end)
    raise ValueError(f"未知的导出内容“{kind}”")


# ------------------------------------------------------------------------------- writers


def _text(value: str) -> str:
    return escape_control_characters(value)


class _Counter:
    """Rows written so far, reported every :data:`PROGRESS_EVERY` rows; raises on cancel."""

    def __init__(self, total: int, progress: ProgressFn | None) -> None:
        self.done, self.total, self._progress = 0, total, progress

    def step(self) -> None:
        self.done += 1
        if self._progress and self.done % PROGRESS_EVERY == 0:
            self.report()

    def report(self) -> None:
        if self._progress and not self._progress(self.done, self.total):
            raise ExportCancelled


def write_xlsx(path: Path, sheets: Sequence[Sheet], progress: ProgressFn | None = None) -> None:
    """Every sheet streamed into ``path``; every text cell a string cell, never a formula."""
    import xlsxwriter

    counter = _Counter(sum(s.count for s in sheets) or 1, progress)

    def write(target: Path) -> None:
        options = {
            "constant_memory": True,
            "strings_to_formulas": False,
            "strings_to_numbers": False,
            "strings_to_urls": False,
        }
        wb = xlsxwriter.Workbook(str(target), options)
        head = wb.add_format({"bold": True, "bg_color": "#DDE7F3", "align": "center"})
        day = wb.add_format({"num_format": "yyyy-mm-dd"})
        try:
            for sheet in sheets:
                counter.report()
                _write_sheet(wb.add_worksheet(sheet.title), sheet, head, day, counter)
        finally:
            wb.close()

    write_private(path, write)
    if progress:
        progress(counter.total, counter.total)


def _write_sheet(ws: Any, sheet: Sheet, head: Any, day: Any, counter: _Counter) -> None:
    for i, width in enumerate(sheet.widths):
        ws.set_column(i, i, width)
    r = 0
    if sheet.headers:
        for c, text in enumerate(sheet.headers):
            ws.write_string(0, c, text, head)
        ws.freeze_panes(1, 0)
        r = 1
    write_string, write_number, write_datetime = ws.write_string, ws.write_number, ws.write_datetime
    for row in sheet.rows:
        for c, value in enumerate(row):
            if value is None or value == "":
                continue
            if isinstance(value, str):
                write_string(r, c, _text(value))
            elif isinstance(value, date):
                write_datetime(r, c, value, day)
            elif isinstance(value, bool):
                write_string(r, c, _yes_no(value))
            elif isinstance(value, int | float):
                write_number(r, c, value)
            else:
                write_string(r, c, _text(str(value)))
        r += 1
        counter.step()
    if sheet.headers:
        ws.autofilter(0, 0, max(r - 1, 0), len(sheet.headers) - 1)


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return _yes_no(value)
    if isinstance(value, str):
        return csv_text(_text(value))
    return str(value)


def write_csv(path: Path, sheet: Sheet, progress: ProgressFn | None = None) -> None:
    """UTF-8 with BOM so Excel on Windows opens the Chinese text correctly; dates as ISO;
    text that a spreadsheet would run as a formula behind the CSV guard."""
    counter = _Counter(sheet.count or 1, progress)

    def write(target: Path) -> None:
        with target.open("w", newline="", encoding="utf-8-sig") as fh:
            w = csv.writer(fh)
            if sheet.headers:
                w.writerow([_csv_cell(h) for h in sheet.headers])
            for row in sheet.rows:
                w.writerow([_csv_cell(v) for v in row])
                counter.step()

    write_private(path, write)
    if progress:
        progress(counter.total, counter.total)


def export(
    kinds: Sequence[str],
    path: Path | str,
    *,
    fmt: str = "xlsx",
    start: date | None = None,
    end: date | None = None,
    full_values: bool = False,
    clerk: str = "",
    progress: ProgressFn | None = None,
) -> ExportResult:
    """Write the ``kinds`` (one sheet each) to ``path``; CSV holds exactly one kind.

    Without ``start`` and ``end`` the lists hold everything and the figures cover every day
    anything is recorded on.
    """
    path = Path(path)
    if fmt not in ("xlsx", "csv"):
        raise ValueError(f"不支持的格式“{fmt}”，请用 xlsx 或 csv")
    if fmt == "csv" and len(kinds) != 1:
        raise ValueError("CSV 文件只能保存一种清单，请用 xlsx 导出多张表")
    if progress and not progress(0, 0):
        raise ExportCancelled
    fig_start, fig_end = start, end
    if "figures" in kinds and (start is None or end is None):
        span = export_rows.data_span() or (date.today(), date.today())
        fig_start, fig_end = start or span[0], end or span[1]
    sheets = [
        figures_sheet(fig_start, fig_end)  # type: ignore[arg-type]
        if kind == "figures"
        else build_sheet(kind, start, end, full_values=full_values)
        for kind in kinds
    ]
    if fmt == "csv":
        write_csv(path, sheets[0], progress)
    else:
        write_xlsx(path, sheets, progress)
    n = sum(s.count for s in sheets if s.headers)
    period = period_text(start, end)
    if "figures" in kinds and (start is None or end is None):
        period += f"（统计数据：{period_text(fig_start, fig_end)}）"
    personal = [k for k in kinds if k in PERSONAL_KINDS]
    if full_values and personal:
        audit.log(
            "export.full",
            clerk=clerk,
            entity=",".join(personal),
            detail=f"导出完整身份证号/手机号：{path.name}，{n} 行，期间 {period}",
        )
    return ExportResult(path, n, tuple(s.title for s in sheets), full_values, period)
