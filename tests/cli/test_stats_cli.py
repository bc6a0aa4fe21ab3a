"""``station-app stats``, ``export`` and ``report`` on a demo database."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from station_app.cli import main
from station_app.cli.stats_cmd import resolve_period


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    db = tmp_path / "demo.sqlite3"
    assert main(["--db", str(db), "demo", "--members", "60", "--enterprises", "15"]) == 0
    return db


def test_stats_json_and_text(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    period = ["--from", "2025-01-01", "--to", "2026-12-31"]
    assert main(["--db", str(demo_file), "stats", *period, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["start"] == "2025-01-01" and data["meetings_held"] > 0
    assert sum(data["meetings_by_kind"].values()) == data["meetings_held"]
    assert main(["--db", str(demo_file), "stats", *period]) == 0
    out = capsys.readouterr().out
    assert "现场入会" in out and f"{data['onsite_joins']} 人" in out


def test_stats_refuses_reversed_period(demo_file: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert (
        main(["--db", str(demo_file), "stats", "--from", "2026-02-01", "--to", "2026-01-01"]) == 1
    )
    assert "晚于" in capsys.readouterr().err


def test_export_and_report(demo_file: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    xlsx = tmp_path / "members.xlsx"
    assert main(["--db", str(demo_file), "export", "members", "-o", str(xlsx)]) == 0
    wb = load_workbook(xlsx)
    assert wb.sheetnames == ["会员"] and wb["会员"].max_row == 61
    wb.close()
    csv_out = tmp_path / "fb.csv"
    args = ["export", "feedback", "--format", "csv", "-o", str(csv_out)]
    assert main(["--db", str(demo_file), *args]) == 0
    assert csv_out.read_text(encoding="utf-8-sig").startswith("收到日期,提出人")
    pdf = tmp_path / "r.pdf"
    assert main(["--db", str(demo_file), "report", "--month", "2026-10", "-o", str(pdf)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    assert main(["--db", str(demo_file), "report", "--month", "10/2026", "-o", str(pdf)]) == 1
    assert "YYYY-MM" in capsys.readouterr().err


def test_default_periods() -> None:
    today = date(2026, 11, 24)
    assert resolve_period(None, None, today) == (date(2026, 11, 1), date(2026, 11, 30))
    assert resolve_period(date(2026, 5, 1), None, today) == (date(2026, 5, 1), today)
    assert resolve_period(None, date(2026, 3, 9), today) == (date(2026, 1, 1), date(2026, 3, 9))
