"""The column sets of the application's lists: one model class per list."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from station_app.domain.figures import is_pending_meeting
from station_app.domain.masking import mask_id, mask_phone
from station_app.domain.terms import (
    MEETING_KIND_SHORT,
    MeetingKind,
    MeetingStatus,
    MemberStatus,
    Outcome,
)
from station_app.services import printability
from station_app.store.records import (
    AttendanceRecord,
    EnterpriseRecord,
    MeetingRecord,
    MemberListRow,
)
from station_app.ui.domain_text import domain_text, weekday_text
from station_app.ui.models.record_table import Column, RecordTableModel
from station_app.ui.translatable import QT_TRANSLATE_NOOP


def _time_span(m: MeetingRecord) -> str:
    if m.start_time and m.end_time:
        return f"{m.start_time:%H:%M}–{m.end_time:%H:%M}"
    return ""


def _kind(m: MeetingRecord) -> str:
    try:
        return domain_text(MEETING_KIND_SHORT[MeetingKind(m.kind)])
    except ValueError:
        return m.kind


def _venue(m: MeetingRecord) -> str:
    return " ".join(p for p in (m.venue_name, m.venue_detail) if p)


PENDING_LABEL = QT_TRANSLATE_NOOP("domain", "待补录")


def meeting_status(m: MeetingRecord, today: date | None = None) -> str:
    """计划中 / 已召开 / 已取消, or 待补录 for a meeting past its date and not marked held."""
    if today is not None and is_pending_meeting(m.status, m.date, today):
        return domain_text(PENDING_LABEL)
    return domain_text(MeetingStatus(m.status).label)


def meeting_columns(today: date | None = None) -> tuple[Column[MeetingRecord], ...]:
    """The meeting list's columns; with ``today`` the status says 待补录 where it applies."""
    return (
        Column[MeetingRecord](
            QT_TRANSLATE_NOOP("Columns", "日期"), lambda m: m.date, width_sample="2026-12-31"
        ),
        Column[MeetingRecord](
            QT_TRANSLATE_NOOP("Columns", "星期"),
            lambda m: weekday_text(m.date),
            width_sample="周三",
        ),
        Column[MeetingRecord](
            QT_TRANSLATE_NOOP("Columns", "时间"), _time_span, width_sample="11:00–14:00"
        ),
        Column[MeetingRecord](
            QT_TRANSLATE_NOOP("Columns", "类型"), _kind, width_sample="已建会企业"
        ),
        Column[MeetingRecord](
            QT_TRANSLATE_NOOP("Columns", "地点"), _venue, width_sample="电子城·国际电子总部"
        ),
        Column[MeetingRecord](
            QT_TRANSLATE_NOOP("Columns", "负责人"), lambda m: m.host_name, width_sample="赵乾林"
        ),
        Column[MeetingRecord](
            QT_TRANSLATE_NOOP("Columns", "状态"),
            lambda m: meeting_status(m, today),
            width_sample="已取消",
        ),
        Column[MeetingRecord](
            QT_TRANSLATE_NOOP("Columns", "咨询"), lambda m: m.consultation_count, align_right=True
        ),
        Column[MeetingRecord](
            QT_TRANSLATE_NOOP("Columns", "现场入会"), lambda m: m.joins, align_right=True
        ),
        Column[MeetingRecord](
            QT_TRANSLATE_NOOP("Columns", "参会企业"),
            lambda m: m.enterprises_attended,
            align_right=True,
        ),
    )


class PendingMeetingTableModel(RecordTableModel[MeetingRecord]):
    """The meetings waiting to be recorded (待补录), with the registrations waiting on them."""

    COLUMNS = (
        *(meeting_columns()[i] for i in (0, 1, 3, 4)),
        Column[MeetingRecord](
            QT_TRANSLATE_NOOP("Columns", "待计入的入会登记"), lambda m: m.joins, align_right=True
        ),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(self.COLUMNS, parent)


class MeetingTableModel(RecordTableModel[MeetingRecord]):
    COLUMNS = meeting_columns()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(self.COLUMNS, parent)


PRESENT = QT_TRANSLATE_NOOP("Columns", "出席")
ABSENT = QT_TRANSLATE_NOOP("Columns", "未到")


class AttendanceTableModel(RecordTableModel[AttendanceRecord]):
    """The enterprises of one meeting: present or not, what came of it, a union enquiry."""

    COLUMNS = (
        Column[AttendanceRecord](QT_TRANSLATE_NOOP("Columns", "企业"), lambda a: a.enterprise_name),
        Column[AttendanceRecord](
            QT_TRANSLATE_NOOP("Columns", "出席"),
            lambda a: QCoreApplication.translate("Columns", PRESENT if a.attended else ABSENT),
        ),
        Column[AttendanceRecord](
            QT_TRANSLATE_NOOP("Columns", "结果"),
            lambda a: domain_text(Outcome(a.outcome).label) if a.outcome else "",
        ),
        Column[AttendanceRecord](
            QT_TRANSLATE_NOOP("Columns", "建会咨询"),
            lambda a: QCoreApplication.translate("Columns", "是") if a.union_inquiry else "",
        ),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(self.COLUMNS, parent)


UNPRINTABLE_MARK = " ⚠"


def _name(r: MemberListRow) -> str:
    """The name, marked when it holds a character no printing font has (form filled by hand)."""
    return r.name if printability.prints(r.name) else r.name + UNPRINTABLE_MARK


def _name_tip(r: MemberListRow) -> str:
    problem = printability.text_problem("name", r.name)
    return problem.message if problem else ""


class MemberTableModel(RecordTableModel[MemberListRow]):
    """Members with ID and phone masked (PIPL); the full values are on the record itself."""

    COLUMNS = (
        Column[MemberListRow](QT_TRANSLATE_NOOP("Columns", "姓名"), _name, tooltip=_name_tip),
        Column[MemberListRow](
            QT_TRANSLATE_NOOP("Columns", "性别"), lambda r: domain_text(r.gender)
        ),
        Column[MemberListRow](
            QT_TRANSLATE_NOOP("Columns", "身份证号码"), lambda r: mask_id(r.id_number, r.id_type)
        ),
        Column[MemberListRow](
            QT_TRANSLATE_NOOP("Columns", "手机号码"), lambda r: mask_phone(r.phone)
        ),
        Column[MemberListRow](QT_TRANSLATE_NOOP("Columns", "工作单位"), lambda r: r.employer_name),
        Column[MemberListRow](
            QT_TRANSLATE_NOOP("Columns", "申请日期"), lambda r: r.application_date
        ),
        Column[MemberListRow](
            QT_TRANSLATE_NOOP("Columns", "状态"),
            lambda r: domain_text(MemberStatus(r.status).label),
        ),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(self.COLUMNS, parent)


class EnterpriseTableModel(RecordTableModel[EnterpriseRecord]):
    COLUMNS = (
        Column[EnterpriseRecord](QT_TRANSLATE_NOOP("Columns", "企业名称"), lambda e: e.name),
        Column[EnterpriseRecord](
            QT_TRANSLATE_NOOP("Columns", "统一社会信用代码"), lambda e: e.credit_code or ""
        ),
        Column[EnterpriseRecord](QT_TRANSLATE_NOOP("Columns", "楼宇"), lambda e: e.building_name),
        Column[EnterpriseRecord](
            QT_TRANSLATE_NOOP("Columns", "职工数"), lambda e: e.employee_count, align_right=True
        ),
        Column[EnterpriseRecord](
            QT_TRANSLATE_NOOP("Columns", "外资"),
            lambda e: QCoreApplication.translate("Columns", "外资") if e.foreign_invested else "",
        ),
        Column[EnterpriseRecord](
            QT_TRANSLATE_NOOP("Columns", "建会状态"), lambda e: domain_text(e.union_status)
        ),
        Column[EnterpriseRecord](
            QT_TRANSLATE_NOOP("Columns", "阶段"), lambda e: domain_text(e.stage_name)
        ),
        Column[EnterpriseRecord](
            QT_TRANSLATE_NOOP("Columns", "下次跟进"), lambda e: e.next_follow_up
        ),
        Column[EnterpriseRecord](
            QT_TRANSLATE_NOOP("Columns", "联系人"), lambda e: e.contact_person
        ),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(self.COLUMNS, parent)
