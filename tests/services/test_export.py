"""Exports read back with openpyxl and csv: headers, real dates, masking, the audit entry."""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from station_app.private_files import OutputProblem
from station_app.services import export, stats
from station_app.store import audit
from station_app.store.models import Member

YEAR = (date(2026, 1, 1), date(2026, 12, 31))


def _sheet_rows(path: Path, title: str) -> list[tuple[object, ...]]:
    wb = load_workbook(path)
    try:
        return [tuple(r) for r in wb[title].iter_rows(values_only=True)]
    finally:
        wb.close()


def test_member_list_is_masked_by_default(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "members.xlsx"
    result = export.export(["members"], out, start=YEAR[0], end=YEAR[1])
    rows = _sheet_rows(out, "会员")
    header, body = rows[0], rows[1:]
    assert header[:7] == (
        "姓名",
        "性别",
        "证件类型",
        "证件号码",
        "出生日期",
        "联系电话",
        "工作单位",
    )
    assert len(body) == result.rows > 0
    col = {h: i for i, h in enumerate(header)}
    for row in body:
        assert "********" in str(row[col["证件号码"]])
        assert "****" in str(row[col["联系电话"]])
        assert row[col["出生日期"]] is None  # the birth date would unmask the ID number
        assert isinstance(row[col["申请日期"]], datetime)  # a real date cell
        assert YEAR[0] <= row[col["申请日期"]].date() <= YEAR[1]
    assert audit.recent(action="export.full") == []


def test_full_values_are_written_and_logged(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "full.xlsx"
    result = export.export(["members"], out, full_values=True, clerk="王敏")
    wb = load_workbook(out)
    ws = wb["会员"]
    header = [c.value for c in ws[1]]
    ids = [r[header.index("证件号码")] for r in ws.iter_rows(min_row=2, values_only=True)]
    born = ws.cell(2, header.index("出生日期") + 1)
    assert born.is_date and born.number_format == "yyyy-mm-dd"
    wb.close()
    stored = {m.id_number for m in Member.select(Member.id_number)}
    assert set(ids) <= stored and len(ids) == result.rows
    assert all(len(i) == 18 and "*" not in i for i in ids)
    [entry] = audit.recent(action="export.full")
    assert entry.clerk_name == "王敏"
    assert entry.entity == "members"
    assert "full.xlsx" in entry.detail and f"{result.rows} 行" in entry.detail


def test_member_headers_are_the_ones_the_import_recognises() -> None:
    from station_app.services import member_import

    recognised = {alias for column in member_import.COLUMNS for alias in column.headers}
    exported = set(export.MEMBER_HEADERS) - {"京卡已发放", "状态", "经办人"}
    assert exported <= recognised  # every exported field column is read back by the import
    for header in ("姓名", "证件号码", "联系电话", "职务", "职称", "所属基层工会", "入会日期",
                   "家庭主要成员及其工作单位", "个人工作简历", "工会小组意见", "籍贯",
                   "申请日期"):  # fmt: skip
        assert header in exported, header
    # the headers of older exports and of other lists are still read
    assert {"身份证号码", "手机号码", "填表日期", "入会时间"} <= recognised


def test_workbook_with_figures_and_every_list(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "all.xlsx"
    kinds = list(export.KINDS)
    seen: list[tuple[int, int]] = []
    result = export.export(
        kinds, out, start=YEAR[0], end=YEAR[1], progress=lambda d, t: seen.append((d, t)) or True
    )
    wb = load_workbook(out)
    assert wb.sheetnames == ["统计数据", "会员", "沟通会", "企业", "跟进记录", "意见建议"]
    assert [c.value for c in wb["沟通会"][1]][:4] == ["日期", "开始时间", "结束时间", "类型"]
    assert [c.value for c in wb["企业"][1]][:2] == ["企业名称", "统一社会信用代码"]
    assert wb["企业"].cell(2, 14).value.count("*") == 4  # contact phone masked
    assert wb["跟进记录"].cell(1, 1).value == "日期"
    assert isinstance(wb["跟进记录"].cell(2, 1).value, datetime)
    figures = {r[0]: r[1] for r in wb["统计数据"].iter_rows(values_only=True) if r and r[0]}
    wb.close()
    expected = stats.period_figures(*YEAR)
    assert figures["召开沟通会"] == expected.meetings_held
    assert figures["现场入会"] == expected.onsite_joins
    assert figures["职工沟通会"] == expected.meetings_by_kind["employee"]
    assert figures["2026-11"] is not None  # the by-month table
    assert seen and seen[-1][0] == seen[-1][1]
    assert result.sheets[0] == "统计数据"


def test_csv_has_a_bom_and_iso_dates(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "meetings.csv"
    export.export(["meetings"], out, fmt="csv", start=YEAR[0], end=YEAR[1])
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][0] == "日期"
    assert all(date.fromisoformat(r[0]).year == 2026 for r in rows[1:])


def test_cancel_leaves_no_file(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "cancelled.xlsx"
    with pytest.raises(export.ExportCancelled):
        export.export(["members"], out, progress=lambda d, t: t == 0)  # stop once writing
    assert not out.exists()
    assert list(tmp_path.glob(".export-*")) == []


def test_bad_requests_are_refused_in_chinese(db_path: Path, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="CSV"):
        export.export(["members", "meetings"], tmp_path / "x.csv", fmt="csv")
    with pytest.raises(OutputProblem, match="不存在"):
        export.export(["members"], tmp_path / "missing" / "x.xlsx")
    assert not (tmp_path / "missing").exists()  # refused, never created
