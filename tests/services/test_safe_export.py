"""Exports that cannot harm the person who opens them: hostile text stays text, stored control
characters never break an export, the file is the owner's only, and a big list is streamed."""

from __future__ import annotations

import csv
import stat
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from station_app.services import export
from station_app.store import (
    db as store_db,
    enterprises as enterprise_store,
    members as member_store,
    station as station_store,
)

HOSTILE = [
    '=HYPERLINK("http://example.invalid","点此")',
    "=cmd|' /C calc'!A0",
    "+1+1",
    "-2+3",
    "@SUM(A1:A9)",
    "\t=1+1",
    "\r=1+1",
]
ID_NUMBERS = ["11010519491231002X", "110105194912310029", "110105194912310037",
              "110105194912310045", "110105194912310053", "110105194912310061",
              "11010519491231007X", "110105194912310088"]  # fmt: skip


def _store_hostile_members() -> None:
    """Rows as an old database or a merged laptop may hold them (the form refuses them now)."""
    for i, text in enumerate(HOSTILE):
        member_store.create_member(
            name=text,
            id_number=ID_NUMBERS[i],
            phone=f"1381234567{i}",
            employer_text=text,
            remarks=text,
            application_date=date(2026, 3, 1),
        )
    on_server = store_db.is_server_database()
    member_store.create_member(
        name="李四" if on_server else "李\x00四",  # PostgreSQL refuses NUL in any text
        id_number=ID_NUMBERS[7],
        phone="13912345678",
        remarks="响铃\x07与转义\x1b[31m",
        application_date=date(2026, 3, 2),
    )
    enterprise_store.create_enterprise({"name": HOSTILE[1], "notes": "控制\x0b字符"})


def _shown_name() -> str:
    """The name with the NUL as exported (a visible ␀); the server stored it without."""
    return "李四" if store_db.is_server_database() else "李␀四"


def test_xlsx_has_no_formula_and_every_hostile_string_as_text(
    db_path: Path, tmp_path: Path
) -> None:
    _store_hostile_members()
    out = tmp_path / "all.xlsx"
    export.export(list(export.KINDS), out, full_values=True)
    wb = load_workbook(out)
    texts: list[str] = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    texts.append(cell.value)
    wb.close()
    for text in HOSTILE:
        # a carriage return is stored as the OOXML escape _x000D_, which Excel reads back as CR
        assert texts.count(text.replace("\r", "_x000D_")) >= 3, text
    assert _shown_name() in texts
    assert "响铃␇与转义␛[31m" in texts
    assert "控制␋字符" in texts


def test_csv_guards_formula_triggers_and_escapes_control_characters(
    db_path: Path, tmp_path: Path
) -> None:
    _store_hostile_members()
    out = tmp_path / "members.csv"
    export.export(["members"], out, fmt="csv", full_values=True)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    names = [r[0] for r in rows[1:]]
    assert names[: len(HOSTILE)] == ["'" + t for t in HOSTILE]
    assert names[-1] == _shown_name()
    raw = out.read_text(encoding="utf-8-sig")
    assert "\x00" not in raw and "\x07" not in raw and "\x1b" not in raw


def test_export_files_are_the_owners_only(db_path: Path, tmp_path: Path) -> None:
    _store_hostile_members()
    for name in ("m.xlsx", "m.csv"):
        out = tmp_path / name
        export.export(["members"], out, fmt=out.suffix[1:], full_values=True)
        assert stat.S_IMODE(out.stat().st_mode) == 0o600, name


def test_the_period_applies_to_every_sheet(db_path: Path, tmp_path: Path) -> None:
    from station_app.services import enterprises as svc

    old = svc.save_enterprise(svc.EnterpriseInput(name="北京旧企业有限公司"))
    new = svc.save_enterprise(svc.EnterpriseInput(name="北京新联系有限公司"))
    svc.add_follow_up(new.id, on=date(2026, 3, 5), way="电话", clerk="王敏", summary="约了见面")
    moved = svc.save_enterprise(svc.EnterpriseInput(name="北京补记阶段有限公司"))
    stage = station_store.list_stages()[1].id
    svc.move_stage(moved.id, stage, clerk="王敏", reason="补记", effective_on=date(2026, 3, 20))
    out = tmp_path / "march.xlsx"
    # the enterprises were added today; the period is a month in which one was contacted and
    # one moved to another stage (typed today, effective in March)
    export.export(["enterprises"], out, start=date(2026, 3, 1), end=date(2026, 3, 31))
    wb = load_workbook(out)
    names = [r[0] for r in wb["企业"].iter_rows(min_row=2, values_only=True)]
    wb.close()
    assert sorted(names) == sorted(["北京新联系有限公司", "北京补记阶段有限公司"])
    export.export(["enterprises"], out)
    wb = load_workbook(out)
    assert len(list(wb["企业"].iter_rows(min_row=2))) == 3
    wb.close()
    assert old.id != new.id


def test_members_are_read_in_batches_in_order(db_path: Path) -> None:
    from station_app.store import export_rows

    first = date(2026, 1, 1)
    for i in range(7):
        member_store.create_member(
            name=f"会员{i}", phone=f"1380000000{i}", application_date=first + timedelta(days=i % 3)
        )
    rows = list(export_rows.iter_members(batch=2))
    assert [(m.application_date, m.id) for m in rows] == sorted(
        (m.application_date, m.id) for m in rows
    )
    assert len({m.id for m in rows}) == 7 == export_rows.count_members()


def _cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "station_app", "--db", str(db), *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_cli_export_all_names_its_period_and_defaults_to_everything(tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite3"
    assert (
        _cli(db, "demo", "--members", "60", "--enterprises", "10", "--meetings", "8").returncode
        == 0
    )
    out = tmp_path / "all.xlsx"
    run = _cli(db, "export", "all", "-o", str(out))
    assert run.returncode == 0, run.stderr
    assert "期间：全部" in run.stdout
    wb = load_workbook(out)
    members = len(list(wb["会员"].iter_rows(min_row=2)))
    figures = {r[0]: r[1] for r in wb["统计数据"].iter_rows(values_only=True) if r and r[0]}
    wb.close()
    assert members == 60
    assert figures["统计期间"].count("-") == 4  # the first and the last recorded day


@pytest.mark.parametrize(
    "args",
    [
        ("export", "members", "-o"),
        ("report", "--month", "2026-11", "-o"),
        ("print-form", "--blank", "-o"),
        ("backup", "-o"),
        ("prepare-laptop",),
    ],
)
def test_every_command_refuses_a_missing_folder_the_same_way(
    tmp_path: Path, args: tuple[str, ...]
) -> None:
    db = tmp_path / "s.sqlite3"
    assert (
        _cli(db, "demo", "--members", "1", "--enterprises", "1", "--meetings", "1").returncode == 0
    )
    target = tmp_path / "missing" / "out.file"
    run = _cli(db, *args, str(target))
    assert run.returncode != 0
    assert run.stderr.strip() == f"错误：文件夹“{target.parent}”不存在。"
    assert "Traceback" not in run.stderr
    assert not target.parent.exists()
