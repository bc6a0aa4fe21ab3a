"""Reading rosters: limits that refuse a hostile or mistaken file before anything is written,
and progress through a big file."""

from __future__ import annotations

import zipfile
from datetime import date, timedelta
from pathlib import Path

import pytest

from station_app.domain.resident_id import check_digit
from station_app.services import imports
from station_app.services.roster_import import run_import
from station_app.services.tabular import Limits, TableReadError, find_header, header_text
from station_app.store import members as member_store
from tests.rosters import csv_file, xlsx

HEADERS = ["姓名", "身份证号码", "手机号码"]
ROW = ["李雷", "110101199003074477", "13900000000"]
BIG_ROWS = 200_000


@pytest.fixture(scope="session")
def big_csv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """200,000 roster rows, written once per test session."""
    path = tmp_path_factory.mktemp("big") / "200k.csv"
    lines = ["姓名,身份证号码,手机号码,工作单位"]
    for i in range(BIG_ROWS):
        born = date(1970, 1, 1) + timedelta(days=i // 1000)
        first17 = f"110101{born:%Y%m%d}{i % 1000:03d}"
        name = "会员" + chr(0x4E00 + i % 20000)
        lines.append(f"{name},{first17}{check_digit(first17)},139{i:08d},北京某某公司")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_header_text_ignores_stars_notes_and_spaces() -> None:
    assert header_text(" 出生日期\n（格式：1990-01-01）* ") == "出生日期"
    assert header_text("★身份证号") == "身份证号"


def test_the_header_is_the_line_naming_the_most_columns() -> None:
    vocab = {"name": ("企业名称",), "code": ("信用代码",), "count": ("人数",)}
    lines = [
        ["企业名录（2026年）"],
        [],
        ["说明：人数为年底数"],
        ["序号", "企业名称", "人数"],
        ["1", "甲", "5"],
    ]
    index, headers, score = find_header(lines, vocab, ["name"])
    assert (index, headers, score) == (3, ["序号", "企业名称", "人数"], (1, 2))


def _refused(path: Path, limits: Limits) -> str:
    with pytest.raises(TableReadError) as err:
        imports.import_file("members", path, limits=limits)
    assert member_store.count_members() == 0  # refused before anything was written
    return err.value.message


def test_file_size_limit(db_path: Path, tmp_path: Path) -> None:
    path = csv_file(tmp_path / "a.csv", HEADERS, [ROW] * 100, "utf-8")
    assert "MB" in _refused(path, Limits(file_bytes=1000))


def test_row_limit_refuses_before_writing(db_path: Path, tmp_path: Path) -> None:
    rows = [[f"会员{i}", str(110101199003070000 + i), f"139{i:08d}"] for i in range(30)]
    message = _refused(csv_file(tmp_path / "a.csv", HEADERS, rows, "utf-8"), Limits(rows=20))
    assert "20 行" in message


def test_cell_length_limit(db_path: Path, tmp_path: Path) -> None:
    rows = [ROW, ["王五", "11010519491231002X", "13812345678" + "x" * 5000]]
    message = _refused(xlsx(tmp_path / "a.xlsx", HEADERS, rows), Limits(cell_chars=2000))
    assert "第 3 行第 3 列" in message


def test_decompression_bomb_is_refused_by_its_declared_size(db_path: Path, tmp_path: Path) -> None:
    good = xlsx(tmp_path / "good.xlsx", HEADERS, [ROW])
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item))
        dst.writestr("xl/padding.xml", b" " * (40 * 1024 * 1024))  # 40 MB in a few KB
    assert bomb.stat().st_size < 200_000
    message = _refused(bomb, Limits(unpacked_bytes=20 * 1024 * 1024))
    assert "解压后" in message


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("x.xlsx", b"PK\x03\x04 not really a zip", "不是有效的 Excel"),
        ("x.xls", b"\xd0\xcf\x11\xe0", ".xls"),
        ("x.pdf", b"%PDF-1.4", "不支持的文件类型"),
        ("x.csv", b"", "是空的"),
    ],
)
def test_foreign_files_are_refused(
    db_path: Path, tmp_path: Path, name: str, data: bytes, expected: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    assert expected in _refused(path, Limits())


def test_progress_through_a_big_file(db_path: Path, big_csv: Path) -> None:
    kind = imports.make_kind("members")
    layout, mapping = imports.open_roster(kind, big_csv)
    assert layout.rows_estimate == BIG_ROWS
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return len(seen) < 4  # the clerk stops after a few batches

    report = run_import(kind, layout, mapping, write=True, progress=progress)
    assert seen[:3] == [(500, BIG_ROWS), (1000, BIG_ROWS), (1500, BIG_ROWS)]
    assert report.stopped.startswith("已按要求停止") and report.exit_code == 1
    assert member_store.count_members() == 2000  # whole batches, committed
    again = run_import(kind, layout, mapping, write=True, progress=lambda d, t: d < 2500)
    assert again.count("skipped") == 2000 and member_store.count_members() == 2500
