"""Exports to Excel (xlsx) and CSV: the period's figures and the lists, with Chinese headers.

ID and phone numbers are masked unless the clerk asks for full values; a full-value export is
written to the audit log (who, what, how many rows, which file). Dates are written as real
dates, so Excel can sort and filter them. The member sheet uses the headers the member import
recognises, so a full-value export can be read back.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from station_app.domain import figures
from station_app.domain.member_fields import FIELDS, Kind, MemberField
from station_app.domain.phone import mask_phone
from station_app.domain.resident_id import mask_resident_id
from station_app.domain.terms import MEETING_KIND_LABELS, MeetingKind, MeetingStatus, MemberStatus
from station_app.services import stats
from station_app.store import audit, reports
from station_app.store import enterprises as enterprise_store
from station_app.store import meetings as meeting_store
from station_app.store import station as station_store
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


class ExportCancelled(Exception):
    """The progress callback asked to stop; no file was written."""


@dataclass(frozen=True)
class Sheet:
    title: str
    headers: tuple[str, ...]
    rows: list[tuple[Any, ...]]
    widths: tuple[int, ...] = ()


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    sheets: tuple[str, ...]
    full_values: bool


def _yes_no(v: bool | None) -> str:
    return "" if v is None else ("是" if v else "否")


def _id(number: str | None, full: bool) -> str:
    if not number:
        return ""
    return number if full else mask_resident_id(number)


def _phone(phone: str, full: bool) -> str:
    if not phone:
        return ""
    return phone if full else mask_phone(phone)


def _label(enum: Any, value: str) -> str:
    try:
        return str(enum(value).label)
    except ValueError:
        return value


def _period_text(start: date | None, end: date | None) -> str:
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
    return Sheet(KINDS["figures"], (), rows, (22, 14, 14, 14, 14, 14, 14, 14, 14, 14))


def _member_cell(m: MemberRecord, f: MemberField, full: bool) -> Any:
    """One member field as exported: ID and phone masked unless ``full``; the birth date only
    with them (it would unmask the ID number); dates as dates; yes/no as 是/否."""
    value = getattr(m, f.key, None)
    if f.key == "id_number":
        return _id(value, full)
    if f.key == "phone":
        return _phone(value, full)
    if f.key == "birth_date" and not full:
        return None
    if f.key == "employer_text":
        return m.employer_name
    if f.kind is Kind.YES_NO:
        return _yes_no(value)
    return value


def members_sheet(start: date | None, end: date | None, full: bool) -> Sheet:
    rows = [
        (
            *(_member_cell(m, f, full) for f in _MEMBER_FIELDS),
            _yes_no(m.card_issued),
            _label(MemberStatus, m.status),
            m.clerk_name,
        )
        for m in reports.member_records(start, end)
    ]
    widths = (
        *(_MEMBER_WIDTHS.get(f.kind, 22 if f.key in ("id_number", "employer_text") else 14)
          for f in _MEMBER_FIELDS),
        10,
        8,
        10,
    )  # fmt: skip
    return Sheet(KINDS["members"], MEMBER_HEADERS, rows, widths)


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
    return Sheet(KINDS["meetings"], headers, rows, widths)


def _kind(kind: str) -> str:
    try:
        return MEETING_KIND_LABELS[MeetingKind(kind)]
    except ValueError:
        return kind


def enterprises_sheet(full: bool) -> Sheet:
    rows = [
        (
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
            _phone(e.contact_phone, full),
            e.next_follow_up,
            e.notes,
        )
        for e in enterprise_store.list_enterprises()
    ]
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
    return Sheet(KINDS["enterprises"], headers, rows, widths)


def follow_ups_sheet(start: date | None, end: date | None) -> Sheet:
    rows = [
        (f.date, f.enterprise_name, f.way, f.clerk_name, f.summary, f.next_date)
        for f in reports.follow_up_records(start, end)
    ]
    headers = ("日期", "企业名称", "方式", "经办人", "情况", "下次跟进日期")
    return Sheet(KINDS["follow_ups"], headers, rows, (12, 34, 8, 10, 50, 14))


def feedback_sheet(start: date | None, end: date | None) -> Sheet:
    rows = [
        (
            f.received_on,
            f.enterprise_name,
            f.category,
            f.content,
            f.reply,
            f.replied_on,
            "已答复" if (f.reply or f.replied_on) else "待答复",
        )
        for f in reports.feedback_records(start, end)
    ]
    headers = ("收到日期", "企业名称", "类别", "内容", "答复", "答复日期", "状态")
    return Sheet(KINDS["feedback"], headers, rows, (12, 34, 12, 44, 44, 12, 8))


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
        return enterprises_sheet(full_values)
    if kind == "follow_ups":
        return follow_ups_sheet(start, end)
    if kind == "feedback":
        return feedback_sheet(start, end)
    raise ValueError(f"未知的导出内容“{kind}”")


# ------------------------------------------------------------------------------- writers


def _write_atomically(path: Path, write: Callable[[Path], None]) -> None:
    """Write to a temporary file beside ``path`` and move it into place only when complete."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".export-", suffix=path.suffix, dir=path.parent)
    os.close(fd)
    try:
        write(Path(tmp))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_xlsx(path: Path, sheets: Sequence[Sheet], progress: ProgressFn | None = None) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    total = sum(len(s.rows) for s in sheets) or 1
    done = 0
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDE7F3")

    def write(target: Path) -> None:
        nonlocal done
        wb = Workbook()
        wb.remove(wb.active)
        for sheet in sheets:
            if progress and not progress(done, total):
                raise ExportCancelled
            ws = wb.create_sheet(sheet.title)
            if sheet.headers:
                ws.append(list(sheet.headers))
                for cell in ws[1]:
                    cell.font, cell.fill = bold, fill
                    cell.alignment = Alignment(horizontal="center", vertical="center")
                ws.freeze_panes = "A2"
                ws.auto_filter.ref = ws.dimensions
            for row in sheet.rows:
                ws.append(list(row))
                r = ws.max_row
                for c, value in enumerate(row, start=1):
                    if isinstance(value, date):
                        ws.cell(r, c).number_format = "yyyy-mm-dd"
                done += 1
                if progress and done % 100 == 0 and not progress(done, total):
                    raise ExportCancelled
            for i, width in enumerate(sheet.widths, start=1):
                ws.column_dimensions[get_column_letter(i)].width = width
        wb.save(target)

    _write_atomically(path, write)
    if progress:
        progress(total, total)


def write_csv(path: Path, sheet: Sheet) -> None:
    """UTF-8 with BOM so Excel on Windows opens the Chinese text correctly; dates as ISO."""

    def cell(v: Any) -> str:
        if v is None:
            return ""
        return v.isoformat() if isinstance(v, date) else str(v)

    def write(target: Path) -> None:
        with target.open("w", newline="", encoding="utf-8-sig") as fh:
            w = csv.writer(fh)
            if sheet.headers:
                w.writerow(sheet.headers)
            w.writerows([cell(v) for v in row] for row in sheet.rows)

    _write_atomically(path, write)


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
    """Write the ``kinds`` (one sheet each) to ``path``; CSV holds exactly one kind."""
    path = Path(path)
    if fmt not in ("xlsx", "csv"):
        raise ValueError(f"不支持的格式“{fmt}”，请用 xlsx 或 csv")
    if fmt == "csv" and len(kinds) != 1:
        raise ValueError("CSV 文件只能保存一种清单，请用 xlsx 导出多张表")
    sheets = []
    for kind in kinds:
        if progress and not progress(0, 0):
            raise ExportCancelled
        sheets.append(build_sheet(kind, start, end, full_values=full_values))
    if fmt == "csv":
        write_csv(path, sheets[0])
    else:
        write_xlsx(path, sheets, progress)
    n = sum(len(s.rows) for s in sheets if s.headers)
    personal = [k for k in kinds if k in PERSONAL_KINDS]
    if full_values and personal:
        audit.log(
            "export.full",
            clerk=clerk,
            entity=",".join(personal),
            detail=f"导出完整身份证号/手机号：{path.name}，{n} 行，期间 {_period_text(start, end)}",
        )
    return ExportResult(path, n, tuple(s.title for s in sheets), full_values)
