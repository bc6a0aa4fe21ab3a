"""The monthly report PDF read back as text with pypdf."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from station_app.domain import figures
from station_app.printing.fonts import MissingGlyphsError
from station_app.services import reporting, stats
from station_app.store import station as station_store
from station_app.store.records import StationSettings
from tests import pdf_checks


def _text(data: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(data))
    return len(reader.pages), "".join(p.extract_text() for p in reader.pages)


def test_report_holds_station_period_and_figures(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    report = reporting.print_monthly_report(2026, 10, out, made_on=date(2026, 11, 3))
    pages, text = _text(out.read_bytes())
    compact = text.replace(" ", "").replace("\n", "")
    assert pages == 2  # the figures, then what each counts (数据口径)
    assert "酒仙桥街道工会服务站" in compact
    assert "2026年10月工作数据月报" in compact
    assert "2026-10-01至2026-10-31" in compact
    assert "朝阳区总工会" in compact
    for _key, label, _unit in figures.FIGURES:
        assert label in compact
    f = stats.period_figures(date(2026, 10, 1), date(2026, 10, 31))
    assert f.meetings_held == report.month_figures.meetings_held
    assert f"召开沟通会{f.meetings_held}{report.year_to_date.meetings_held}场" in compact
    assert f"现场入会{f.onsite_joins}{report.year_to_date.onsite_joins}人" in compact
    assert [t.start.month for t in report.trend] == [5, 6, 7, 8, 9, 10]
    assert "2026年5月" in compact and "填报日期：2026年11月3日" in compact
    back = PdfReader(out).pages[1].extract_text().replace(" ", "").replace("\n", "")
    assert "数据口径说明" in back
    for d in figures.DEFINITIONS:
        assert d.counts.replace(" ", "")[:12] in back, d.key
        assert d.when.replace(" ", "") in back


def test_report_says_how_many_registrations_wait(db_path: Path, tmp_path: Path) -> None:
    from station_app.store import meetings as meeting_store
    from station_app.store.models import Member

    mid = meeting_store.create_meeting(
        kind="employee", day=date(2026, 10, 12), start_time=None, end_time=None
    )
    for i in range(2):
        Member.create(name=f"等{i}", application_date=date(2026, 10, 12), meeting=mid)
    station_store.save_station(StationSettings(name="酒仙桥街道工会服务站", address="酒仙桥路10号"))
    out = tmp_path / "report.pdf"
    reporting.print_monthly_report(2026, 10, out, made_on=date(2026, 11, 3))
    first = PdfReader(out).pages[0].extract_text().replace(" ", "").replace("\n", "")
    assert "另有2人待补录" in first
    # with the note and every figure's row, the signature block still ends above the footer
    runs = pdf_checks.runs(PdfReader(out), 0)
    stamp = min(y for _x, y, t in runs if "盖章" in t)
    footer = min(y for _x, y, t in runs if "酒仙桥路" in t)
    assert stamp - footer >= 18, (stamp, footer)


def test_report_refuses_undrawable_station_name(db_path: Path) -> None:
    station_store.save_station(StationSettings(name="服务站\U0001f600"))
    with pytest.raises(MissingGlyphsError):
        reporting.print_monthly_report(2026, 10, io.BytesIO())


def test_a_month_not_over_says_up_to_which_day(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "running.pdf"
    report = reporting.print_monthly_report(2026, 11, out, made_on=date(2026, 11, 24))
    _pages, text = _text(out.read_bytes())
    compact = text.replace(" ", "").replace("\n", "")
    assert "2026-11-01至2026-11-24" in compact and "（截至2026年11月24日，本月尚未结束）" in compact
    assert report.month_figures.end == date(2026, 11, 24)
    pdf_checks.assert_fonts_embedded(PdfReader(out))

    done = tmp_path / "done.pdf"
    reporting.print_monthly_report(2026, 10, done, made_on=date(2026, 11, 1))
    assert "截至" not in _text(done.read_bytes())[1]
