from __future__ import annotations

import re
from datetime import date, time
from pathlib import Path

import pytest
from pypdf import PdfReader

from station_app.domain.terms import Outcome
from station_app.printing.meeting_sheets import (
    PRIVACY_LINE,
    MeetingHeader,
    MeetingRecordSheet,
    SignInRow,
    SignInSheet,
    meeting_record_pdf,
    sign_in_sheet_pdf,
)
from station_app.services import meeting_planning as planning, meeting_results as results
from station_app.store import station as station_store
from station_app.store.models import Enterprise, Member
from tests import pdf_checks

HEADER = MeetingHeader(
    station="酒仙桥街道工会服务站",
    title="12月职工沟通日",
    kind="职工沟通会",
    day="2026年12月11日（周五）",
    time_span="11:00–14:00",
    venue="电子城大厦 一层大堂",
    host="王晓燕",
)


def _text(path: Path) -> list[str]:
    """Each page's text with whitespace removed (runs switch between the CJK and Latin font)."""
    return ["".join((p.extract_text() or "").split()) for p in PdfReader(str(path)).pages]


def test_sign_in_sheet_columns_rows_and_pages(tmp_path: Path) -> None:
    out = tmp_path / "sign.pdf"
    rows = tuple(SignInRow(unit=f"北京第{i}科技有限公司") for i in range(1, 4))
    pages = sign_in_sheet_pdf(SignInSheet(HEADER, rows, min_rows=40), out)
    texts = _text(out)
    assert pages == len(texts) == 2
    first = texts[0]
    for word in (
        "签",
        "序号",
        "姓名",
        "单位",
        "联系电话",
        "签名",
        "12月职工沟通日",
        "电子城大厦一层大堂",
    ):
        assert word in first
    assert "2026年12月11日（周五）11:00–14:00" in first
    assert "北京第1科技有限公司" in first
    assert "第1页/共2页" in texts[0] and "第2页/共2页" in texts[1]
    assert all("".join(PRIVACY_LINE.split()) in t for t in texts)
    pdf_checks.assert_fonts_embedded(PdfReader(str(out)))


@pytest.mark.parametrize("count", [30, 120])
def test_every_row_prints_and_the_last_page_is_filled(tmp_path: Path, count: int) -> None:
    out = tmp_path / "sign.pdf"
    rows = tuple(SignInRow(unit=f"企业{i:03d}号") for i in range(1, count + 1))
    pages = sign_in_sheet_pdf(SignInSheet(HEADER, rows, min_rows=20), out)
    texts = _text(out)
    assert pages == len(texts)
    joined = "".join(texts)
    assert all(f"企业{i:03d}号" in joined for i in range(1, count + 1))
    per_page = [len(re.findall(r"企业\d{3}号", t)) for t in texts]
    assert sum(per_page) == count
    reader = PdfReader(str(out))

    def row_numbers(page: int) -> list[tuple[float, int]]:
        return [(y, int(t)) for x, y, t in pdf_checks.runs(reader, page) if x < 80 and t.isdigit()]

    first, last = row_numbers(0), row_numbers(pages - 1)
    assert [n for _y, n in first] == list(range(1, len(first) + 1))
    assert max(n for _y, n in last) == pages * len(first)  # numbered lines to the end
    assert abs(min(y for y, _n in last) - min(y for y, _n in first)) < 1  # down to the foot


def test_undrawable_text_prints_as_its_code_point(tmp_path: Path) -> None:
    out = tmp_path / "odd.pdf"
    sign_in_sheet_pdf(SignInSheet(HEADER, (SignInRow(unit="\U0001f600公司"),)), out)
    assert "[U+1F600]公司" in _text(out)[0]


def test_meeting_record_prints_every_firm_and_all_notes(tmp_path: Path) -> None:
    out = tmp_path / "record.pdf"
    notes = "\n".join(
        f"第{i}条：大堂人流较大，建议下次提前半小时布置（①展台靠近电梯；②≥28℃时准备饮水👍）。" * 3
        for i in range(30)
    )
    sheet = MeetingRecordSheet(
        header=HEADER,
        status="已召开",
        figures=(("接待职工咨询（人次）", "37"), ("现场入会（人）", "12")),
        attendance=tuple((f"北京企业{i}有限公司", "出席", "有建会意向", "是") for i in range(60)),
        checklist=(("横幅", True), ("易拉宝", False)),
        notes=notes,
        printed_on="2026-12-11",
    )
    pages = meeting_record_pdf(sheet, out)
    texts = _text(out)
    assert pages == len(texts) > 1
    text = "".join(texts)
    for word in ("沟通会记录", "接待职工咨询", "37", "现场入会", "12", "横幅", "易拉宝", "已召开"):
        assert word in text
    assert all(f"北京企业{i}有限公司" in text for i in range(60))
    assert "另有" not in text
    assert all(f"第{i}条：" in text for i in range(30))
    assert "[U+1F44D]" in text and "≥28℃" in text
    assert "记录人（签名）" in texts[-1]
    reader = PdfReader(str(out))
    pdf_checks.assert_fonts_embedded(reader)
    assert sum("企业名称" in t for t in texts) >= 2  # the column titles repeat on the next page


def test_sheets_built_from_a_meeting(db_path: Path, tmp_path: Path) -> None:
    v = station_store.ensure_building("电子城大厦", lobby="一层大堂").id
    e = Enterprise.create(name="北京星河科技有限公司", union_status="未建会")
    mid = planning.create_meeting(
        planning.MeetingDraft(
            kind="employee",
            day=date(2026, 12, 11),
            start_time=time(11),
            end_time=time(14),
            venue_id=v,
            invited_enterprise_ids=(e.id,),
        )
    )
    Member.create(name="张三", application_date=date(2026, 12, 11), meeting=mid)
    results.hold_meeting(
        mid,
        results.HoldReport(
            consultations=9,
            attendance=(
                results.AttendanceEntry(e.id, attended=True, outcome=Outcome.INTENTION.value),
            ),
        ),
        clerk="王晓燕",
        today=date(2026, 12, 11),
    )
    sign = results.sign_in_sheet(mid, "酒仙桥街道工会服务站")
    assert sign.rows[0].unit == "北京星河科技有限公司"
    rec = results.record_sheet(mid, "酒仙桥街道工会服务站", date(2026, 12, 11))
    figs = dict(rec.figures)
    assert figs["接待职工咨询（人次）"] == "9" and figs["现场入会（人）"] == "1"
    assert figs["达成建会意向（家）"] == "1"
    out = tmp_path / "r.pdf"
    meeting_record_pdf(rec, out)
    assert "北京星河科技有限公司" in _text(out)[0]
