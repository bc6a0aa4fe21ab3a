from __future__ import annotations

from pathlib import Path

import pytest

from station_app.cli import main


def test_demo_then_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "demo.sqlite3"
    assert main(["--db", str(db), "demo", "--members", "50", "--enterprises", "10"]) == 0
    assert "会员 50 人" in capsys.readouterr().out
    assert main(["--db", str(db), "check"]) == 0
    assert capsys.readouterr().out.startswith("正常：")


def test_demo_refuses_to_mix_into_existing_data(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "demo.sqlite3"
    assert main(["--db", str(db), "demo", "--members", "5", "--enterprises", "3"]) == 0
    assert main(["--db", str(db), "demo"]) == 1
    assert "--add" in capsys.readouterr().err


def test_demo_is_reproducible(tmp_path: Path) -> None:
    import sqlite3

    rows = []
    for name in ("a", "b"):
        db = tmp_path / f"{name}.sqlite3"
        main(["--db", str(db), "demo", "--members", "30", "--enterprises", "8", "--seed", "7"])
        con = sqlite3.connect(db)
        rows.append(con.execute("SELECT name, id_number, phone FROM member ORDER BY id").fetchall())
        con.close()
    assert rows[0] == rows[1] and len(rows[0]) == 30


def test_check_reports_a_broken_file(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.sqlite3"
    bad.write_text("hello")
    assert main(["--db", str(bad), "check"]) == 1
    assert capsys.readouterr().out.startswith("有问题：")


def test_env_variable_chooses_the_database(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "env.sqlite3"
    monkeypatch.setenv("STATION_APP_DB", str(db))
    assert main(["demo", "--members", "3", "--enterprises", "2"]) == 0
    assert db.exists()
