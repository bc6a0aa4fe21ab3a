"""Every kind of document the app prints, made from fixed values, for the visual regression
test (tests/visual/test_reference_images.py) and for looking at them."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date

from station_app.domain.figures import PeriodFigures
from station_app.printing.application_form import write_application_forms
from station_app.printing.form_data import FormData, StationInfo
from station_app.printing.meeting_sheets import (
    MeetingHeader,
    MeetingRecordSheet,
    SignInRow,
    SignInSheet,
    meeting_record_pdf,
    sign_in_sheet_pdf,
)
from station_app.printing.monthly_report import MonthlyReport, write_monthly_report

STATION = StationInfo(
    "酒仙桥街道工会服务站",
    "朝阳区总工会",
    "北京市朝阳区酒仙桥路10号（电子城大厦）一层大堂东侧服务台",
    "010-64300000",
)
PRINTED = date(2026, 11, 29)
FILLED = FormData(
    name="王𠀋",
    gender="女",
    id_type="居民身份证",
    id_number="11010519491231002X",
    birth_date="1949-12-31",
    phone="13812345678",
    employer_text="北京望京科技有限公司（外资）",
    native_place="河北保定",
    ethnicity="汉族",
    education="本科",
    political_status="群众",
    hukou_type="城镇",
    migrant_worker="否",
    job_title="部门经理",
    professional_title="高级工程师",
    card_number="JK20261129001",
    primary_union="北京望京科技有限公司工会",
    approval_date="2026-11-29",
    family_members="丈夫　李明　北京望京科技有限公司　工程师\n女儿　李𪚥　北京市第八十中学　学生",
    resume=(
        "2010年7月至2015年6月　北京电子城有限公司　技术员\n"
        "2015年7月至今　北京望京科技有限公司　部门经理"
    ),
    remarks="现场入会",
    application_date="2026-11-29",
)
FOREIGN = FormData(
    name="Maximiliane Alexandra Friederike von Hohenzollern-Sigmaringn",
    gender="女",
    id_type="护照",
    id_number="C01X00T47",
    birth_date="1990-03-07",
    phone="+49 170 1234567",
    employer_text="思科嘉禾咨询（中国）有限公司",
    native_place="Stuttgart, Germany",
    education="硕士研究生",
    political_status="群众",
    migrant_worker="否",
    job_title="Finance Manager",
    application_date="2026-11-29",
)
HEADER = MeetingHeader(
    "酒仙桥街道工会服务站",
    "12月职工沟通日",
    "职工沟通会",
    "2026年12月11日（周五）",
    "11:00–14:00",
    "电子城大厦 一层大堂",
    "王晓燕",
)


def _forms(forms: list[FormData], lang: str) -> bytes:
    buf = io.BytesIO()
    write_application_forms(buf, forms, station=STATION, lang=lang, print_date=PRINTED)  # type: ignore[arg-type]
    return buf.getvalue()


def _sign_in(rows: int) -> bytes:
    names = ("刘䶮", "Zoë Łukasiewicz", "Дмитрий Иванов", "𪚥")
    lines = tuple(
        SignInRow(
            name=names[i % 4] if i < 8 else "",
            unit=f"北京第{i + 1}科技有限公司"
            + ("（中关村电子城科技园分园管理委员会）" if i % 9 == 4 else ""),
        )
        for i in range(rows)
    )
    buf = io.BytesIO()
    sign_in_sheet_pdf(SignInSheet(HEADER, lines, min_rows=20), buf)
    return buf.getvalue()


def _record() -> bytes:
    attendance = tuple(
        (
            f"北京企业{i}科技发展有限公司"
            + ("（外资）朝阳区酒仙桥分公司研发中心" if i % 7 == 0 else ""),
            "出席",
            "有建会意向" if i % 3 == 0 else "表示支持",
            "是" if i % 2 else "否",
        )
        for i in range(40)
    )
    notes = "\n".join(
        f"{i + 1}. 大堂人流较大，建议下次提前半小时布置（①展台靠近电梯；②≥28℃时准备饮水👍）。"
        "外资企业 HR 询问英文版《工会法》，已答应下次带来。" * 2
        for i in range(14)
    )
    sheet = MeetingRecordSheet(
        HEADER,
        "已召开",
        (
            ("接待职工咨询（人次）", "37"),
            ("现场入会（人）", "12"),
            ("参会未建会企业（家）", "40"),
            ("达成建会意向（家）", "14"),
            ("表示支持（家）", "26"),
        ),
        attendance=attendance,
        checklist=(
            ("横幅", True),
            ("易拉宝", False),
            ("宣传折页", True),
            ("入会礼品", True),
            ("空白申请表", True),
        ),
        notes=notes,
        printed_on="2026年12月11日",
    )
    buf = io.BytesIO()
    meeting_record_pdf(sheet, buf)
    return buf.getvalue()


def _figures(start: date, end: date, k: int) -> PeriodFigures:
    return PeriodFigures(
        start=start,
        end=end,
        meetings_held=3 * k,
        meetings_by_kind={"employee": 2 * k, "enterprise_unionized": k},
        consultations=41 * k,
        onsite_joins=7 * k,
        non_unionized_attended=4 * k,
        intentions=k,
        unions_founded=k // 2,
        feedback_received=5 * k,
        feedback_answered=4 * k,
        hand_outs=9 * k,
    )


def _report() -> bytes:
    months = [date(2026, m, 1) for m in range(6, 12)]
    trend = [_figures(d, date(d.year, d.month, 28), i + 1) for i, d in enumerate(months)]
    report = MonthlyReport(
        station=STATION,
        year=2026,
        month=11,
        month_figures=_figures(date(2026, 11, 1), date(2026, 11, 29), 6),
        year_to_date=_figures(date(2026, 1, 1), date(2026, 11, 29), 40),
        trend=trend,
        made_on=date(2026, 11, 29),
    )
    buf = io.BytesIO()
    write_monthly_report(report, buf)
    return buf.getvalue()


DOCUMENTS: dict[str, Callable[[], bytes]] = {
    "form-zh": lambda: _forms([FILLED], "zh"),
    "form-en": lambda: _forms([FILLED], "en"),
    "form-bilingual": lambda: _forms([FILLED], "bilingual"),
    "form-foreign-en": lambda: _forms([FOREIGN], "en"),
    "form-blank-zh": lambda: _forms([FormData.blank()], "zh"),
    "form-blank-bilingual": lambda: _forms([FormData.blank()], "bilingual"),
    "sign-in-30": lambda: _sign_in(30),
    "sign-in-120": lambda: _sign_in(120),
    "meeting-record-40-firms": _record,
    "monthly-report": _report,
}
