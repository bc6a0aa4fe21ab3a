"""Random and adversarial text into every validator and import path: only documented errors,
and every rejection carries a message."""

from __future__ import annotations

import csv
import itertools
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings, strategies as st

from station_app.domain.credit_code import validate_credit_code
from station_app.domain.errors import ValidationError
from station_app.domain.phone import validate_mobile
from station_app.domain.resident_id import parse_resident_id
from station_app.services import imports, registration
from station_app.services.roster_import import vocabulary
from station_app.services.tabular import TableReadError, data_lines, open_table

TODAY = date(2026, 11, 24)
NASTY = [
    "",
    " ",
    "\u3000",
    "\x00",
    "１１０１０５１９４９１２３１００２Ｘ",
    "11010519491231002x",
    "110105194912310021" * 3,
    "٠١٢٣٤٥٦٧٨٩٠١٢٣٤٥٦٧",  # Arabic-Indic digits
    "ß" * 18,
    "ﬀ" * 9,
    "DROP TABLE member;--",
    "'; DELETE FROM member; --",
    "=cmd|' /C calc'!A0",
    "\ud7ff\ufeff\u200b" * 6,
    "䶮" * 18,
    "+86 138-1234-5678",
    "0086138123456789",
    "91350100M000100Y43\n",
    "𠀀" * 18,
]
text = st.one_of(
    st.sampled_from(NASTY),
    st.text(max_size=40),
    st.text(alphabet="0123456789Xx-– \u3000０１２３４５６７８９Ｘ+", max_size=24),
    st.text(alphabet="0123456789ABCDEFGHJKLMNPQRTUWXYIOZSVabc ", min_size=16, max_size=20),
)


def _rejects_with_message(func, value: str) -> None:  # type: ignore[no-untyped-def]
    try:
        func(value)
    except ValidationError as exc:
        assert exc.code and exc.message.strip(), repr(value)
        assert str(exc) == exc.message


@settings(max_examples=400, deadline=None)
@given(text)
def test_resident_id_validator(value: str) -> None:
    _rejects_with_message(lambda v: parse_resident_id(v, today=TODAY), value)


@settings(max_examples=400, deadline=None)
@given(text)
def test_credit_code_validator(value: str) -> None:
    _rejects_with_message(validate_credit_code, value)


@settings(max_examples=400, deadline=None)
@given(text)
def test_phone_validator(value: str) -> None:
    _rejects_with_message(validate_mobile, value)


@settings(max_examples=200, deadline=None)
@given(name=text, id_number=text, phone=text, birth=text, day=text, gender=text)
def test_registration_form(
    name: str, id_number: str, phone: str, birth: str, day: str, gender: str
) -> None:
    data = registration.MemberInput(
        name=name,
        id_number=id_number,
        phone=phone,
        birth_date=birth,
        application_date=day,
        gender=gender,
        consent=True,
    )
    try:
        registration.validate(data, today=TODAY)
    except registration.InvalidMember as exc:
        assert exc.errors and all(e.message.strip() for e in exc.errors)


cell = st.one_of(text, st.sampled_from(["是", "否", "已建会", "筹备中", "-5", "1e9", "12.5"]))
member_headers = [c.label for c in imports.make_kind("members").columns]
enterprise_headers = [c.label for c in imports.make_kind("enterprises").columns]


def _write_csv(path: Path, headers: list[str], rows: list[list[str]], encoding: str) -> None:
    with path.open("w", newline="", encoding=encoding, errors="replace") as fh:
        w = csv.writer(fh)
        w.writerow(headers)
        w.writerows(rows)


_files = itertools.count()


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    headers=st.lists(st.sampled_from([*member_headers, *enterprise_headers, "", "？"]), max_size=8),
    rows=st.lists(st.lists(cell, max_size=9), max_size=6),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "gb18030"]),
)
# A NUL as a company's name or address (a PostgreSQL server refuses it in any text).
@example(headers=["姓名", "企业名称"], rows=[["", "\x00"]], encoding="utf-8")
@example(headers=["企业名称", "地址"], rows=[["北京一号有限公司", "朝阳\x00路"]], encoding="utf-8")
def test_importing_random_csv_files(
    db_path: Path, tmp_path: Path, headers: list[str], rows: list[list[str]], encoding: str
) -> None:
    path = tmp_path / f"list{next(_files)}.csv"
    _write_csv(path, headers, rows, encoding)
    for kind in imports.KINDS:
        try:
            report = imports.import_file(kind, path, clerk="李敏", errors=tmp_path / "errors.csv")
        except TableReadError as exc:
            assert exc.message.strip()
            continue
        assert report.summary().strip()
        for line, _cells, reason in report.rejected:
            assert line >= 2 and reason.strip()
        assert report.exit_code == (1 if report.rejected else 0)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=300), suffix=st.sampled_from([".csv", ".xlsx", ".txt", ".xls", ""]))
def test_random_bytes_as_a_table(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"junk{next(_files)}{suffix}"
    path.write_bytes(data)
    _read_or_refused(path)


def _read_or_refused(path: Path) -> None:
    """The file is read as a table, or refused with a message: never anything else."""
    vocab = vocabulary(imports.make_kind("members").columns)
    try:
        layout = open_table(path, vocab)
        lines = list(data_lines(layout))
    except TableReadError as exc:
        assert exc.message.strip()
    else:
        assert isinstance(layout.headers, tuple)
        assert all(line > layout.header_line for line, _cells in lines)


def _workbook_bytes(tmp_path: Path) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["姓名", "证件号码", "手机号码", "工作单位"])
    sheet.append(["张伟", "11010519491231002X", "13800138000", "星海科技有限公司"])
    path = tmp_path / "seed.xlsx"
    book.save(path)
    return path.read_bytes()


def test_a_workbook_with_a_newer_zip_version_is_refused(tmp_path: Path) -> None:
    data = bytearray(_workbook_bytes(tmp_path))
    central = data.rfind(b"PK\x01\x02")
    data[central + 6] = 102  # "version needed to extract" 10.2, which zipfile does not implement
    path = tmp_path / "newer.xlsx"
    path.write_bytes(bytes(data))
    with pytest.raises(TableReadError) as info:
        open_table(path, vocabulary(imports.make_kind("members").columns))
    assert "newer.xlsx" in info.value.message


def test_a_workbook_without_sheets_is_refused(tmp_path: Path) -> None:
    import zipfile

    seed = tmp_path / "seed.xlsx"
    seed.write_bytes(_workbook_bytes(tmp_path))
    path = tmp_path / "no_sheets.xlsx"
    with zipfile.ZipFile(seed) as src, zipfile.ZipFile(path, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "xl/workbook.xml":
                start, end = data.index(b"<sheets>"), data.index(b"</sheets>") + len(b"</sheets>")
                data = data[:start] + b"<sheets/>" + data[end:]
            dst.writestr(item, data)
    with pytest.raises(TableReadError) as info:
        open_table(path, vocabulary(imports.make_kind("members").columns))
    assert "没有工作表" in info.value.message


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    flips=st.lists(
        st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 255)), min_size=1, max_size=6
    ),
    cut=st.one_of(st.just(1.0), st.floats(0.05, 1.0)),
)
def test_damaged_workbooks(tmp_path: Path, flips: list[tuple[float, int]], cut: float) -> None:
    """A real xlsx with bytes changed or its tail cut off: read, or refused with a message."""
    data = bytearray(_workbook_bytes(tmp_path))
    for where, value in flips:
        data[int(where * len(data))] = value
    path = tmp_path / f"damaged{next(_files)}.xlsx"
    path.write_bytes(bytes(data[: max(1, int(cut * len(data)))]))
    _read_or_refused(path)


def test_an_undamaged_workbook_reads(tmp_path: Path) -> None:
    path = tmp_path / "whole.xlsx"
    path.write_bytes(_workbook_bytes(tmp_path))
    layout = open_table(path, vocabulary(imports.make_kind("members").columns))
    assert [cells[0] for _line, cells in data_lines(layout)] == ["张伟"]
