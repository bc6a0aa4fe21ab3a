"""``station-app print-form`` end to end: database file in, PDF out, read back with pypdf."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest
from pypdf import PdfReader

from station_app.cli import main
from station_app.store import db as store_db
from station_app.store.models import Enterprise, Member


def _run(*argv: str) -> int:
    return main(list(argv))


def _print_member(db: Path, id_number: str, out: Path, monkeypatch: pytest.MonkeyPatch) -> int:
    """print-form with the document number typed at the prompt (standard input)."""
    monkeypatch.setattr("sys.stdin", io.StringIO(id_number + "\n"))
    return _run("--db", str(db), "print-form", "--member", "-", "-o", str(out))


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    db = tmp_path / "demo.sqlite3"
    assert _run("--db", str(db), "demo", "--members", "10", "--enterprises", "5") == 0
    return db


def _first_member(db: Path) -> tuple[str, str]:
    con = sqlite3.connect(db)
    row = con.execute("SELECT id_number, name FROM member ORDER BY id LIMIT 1").fetchone()
    con.close()
    return row[0], row[1]


def _text(pdf: Path) -> str:
    return "\n".join(p.extract_text() or "" for p in PdfReader(pdf).pages)


def test_member_form_written_with_data_font_and_station(
    demo_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    id_number, name = _first_member(demo_file)
    out = tmp_path / "form.pdf"
    assert _print_member(demo_file, id_number, out, monkeypatch) == 0
    assert f"{name} 的申请表 1 份，共 2 页" in capsys.readouterr().out
    reader = PdfReader(out)
    assert len(reader.pages) == 2
    text = _text(out)
    assert name in text and id_number in text and "酒仙桥街道工会服务站" in text
    fonts = {
        f["/BaseFont"]
        for page in reader.pages
        for f in page["/Resources"]["/Font"].get_object().values()  # type: ignore[index]
    }
    assert any("+" in str(f) for f in fonts)  # an embedded subset: ABCDEF+FontName
    con = sqlite3.connect(demo_file)
    logged = con.execute("SELECT COUNT(*) FROM audit_entry WHERE action = 'member.print'")
    assert logged.fetchone()[0] == 1
    con.close()


def test_lowercase_x_in_id_number_finds_the_member(
    demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    con = sqlite3.connect(demo_file)
    con.execute("UPDATE member SET id_number = '11010519491231002X' WHERE id = 1")
    con.commit()
    con.close()
    out = tmp_path / "x.pdf"
    assert _print_member(demo_file, "11010519491231002x", out, monkeypatch) == 0
    assert "11010519491231002X" in _text(out)


def test_blank_forms_in_copies_and_english(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "blank.pdf"
    argv = ["--db", str(demo_file), "print-form", "--blank", "--copies", "5", "--lang", "en"]
    assert _run(*argv, "-o", str(out)) == 0
    assert len(PdfReader(out).pages) == 10
    text = _text(out)
    assert "Trade Union Member Registration Form" in text
    assert "工会会员登记表" not in text


def test_foreign_invested_employer_prints_bilingual_by_default(
    tmp_path: Path, demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store_db.open_database(demo_file)
    try:
        firm = Enterprise.create(name="思科嘉禾咨询（中国）有限公司", foreign_invested=True)
        Member.update(employer=firm.id).where(Member.id == 1).execute()
    finally:
        store_db.close_database()
    id_number, _ = _first_member(demo_file)
    out = tmp_path / "bi.pdf"
    assert _print_member(demo_file, id_number, out, monkeypatch) == 0
    text = _text(out)
    assert "入会申请书" in text and "Application for Trade Union Membership" in text


def test_unknown_id_number_is_a_clear_error(
    demo_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "none.pdf"
    code = _print_member(demo_file, "110105194912310021", out, monkeypatch)
    assert code == 1
    err = capsys.readouterr().err
    assert "没有证件号码为 110105********0021 的会员" in err
    assert "110105194912310021" not in err
    assert not out.exists()


def test_the_id_number_never_goes_on_the_command_line(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    id_number, name = _first_member(demo_file)
    out = tmp_path / "row.pdf"
    code = _run("--db", str(demo_file), "print-form", "--member", id_number, "-o", str(out))
    err = capsys.readouterr().err
    assert code == 1 and "不写在命令行上" in err and id_number not in err
    assert not out.exists()
    assert _run("--db", str(demo_file), "print-form", "--member", "1", "-o", str(out)) == 0
    assert name in _text(out)


@pytest.mark.parametrize(("copies", "message"), [("0", "1 到 1000"), ("abc", "必须是整数")])
def test_bad_copies_is_a_clear_error(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], copies: str, message: str
) -> None:
    out = tmp_path / "bad.pdf"
    with pytest.raises(SystemExit) as exit_:
        _run("--db", str(demo_file), "print-form", "--blank", "--copies", copies, "-o", str(out))
    assert exit_.value.code == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_a_rare_name_prints_and_the_file_is_owner_only(
    demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    con = sqlite3.connect(demo_file)
    con.execute("UPDATE member SET name = '王𠮷' WHERE id = 1")
    con.commit()
    con.close()
    id_number, _ = _first_member(demo_file)
    out = tmp_path / "rare.pdf"
    assert _print_member(demo_file, id_number, out, monkeypatch) == 0
    assert "王𠮷" in PdfReader(out).pages[1].extract_text()
    assert out.stat().st_mode & 0o777 == 0o600


def test_missing_glyph_is_reported_not_printed(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    con = sqlite3.connect(demo_file)
    con.execute("UPDATE member SET name = '王\U0001f600' WHERE id = 1")
    con.commit()
    con.close()
    id_number, _ = _first_member(demo_file)
    out = tmp_path / "glyph.pdf"
    assert _run("--db", str(demo_file), "print-form", "--member", "1", "-o", str(out)) == 1
    err = capsys.readouterr().err
    assert id_number not in err
    assert "无法打印" in err and "U+1F600" in err and "Traceback" not in err
    assert not out.exists()


def test_member_or_blank_is_required(demo_file: Path, tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        _run("--db", str(demo_file), "print-form", "-o", str(tmp_path / "x.pdf"))
