"""Foreign and odd database files are refused by every command with one line, and never changed:
not the file's bytes, not its journal mode, and no copy of it is written anywhere."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from station_app.cli import main
from station_app.services import merge
from station_app.store import db as store_db
from station_app.store.migrations import SCHEMA_VERSION


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _tree(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` but the lock files (empty, the system's locks live on them)."""
    files = (p for p in folder.rglob("*") if p.is_file() and p.suffix != ".lock")
    return {str(p.relative_to(folder)): _sha(p) for p in files}


@pytest.fixture
def station_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real station database with a little data, closed."""
    from station_app.services import demo

    path = tmp_path_factory.mktemp("station") / "station.sqlite3"
    store_db.open_database(path)
    demo.generate(demo.DemoSize(members=20, enterprises=5, meetings=4))
    store_db.close_database()
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=DELETE")  # a copy that a WAL switch would visibly change
    con.close()
    return path


def _foreign_v3(path: Path, _station: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE songs (id INTEGER PRIMARY KEY, title TEXT)")
    con.execute("INSERT INTO songs (title) VALUES ('茉莉花')")
    con.execute("PRAGMA user_version = 3")
    con.commit()
    con.close()


def _station_with(sql: str) -> Callable[[Path, Path], None]:
    """A copy of a station database with ``sql`` run on it by hand."""

    def make(path: Path, station: Path) -> None:
        shutil.copyfile(station, path)
        con = sqlite3.connect(path)
        con.execute(sql)
        con.commit()
        con.close()

    return make


_station_with_extra_table = _station_with("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
_station_with_trigger = _station_with(
    "CREATE TRIGGER steal AFTER INSERT ON member BEGIN "
    "UPDATE member SET remarks = 'x' WHERE id = NEW.id; END"
)


def _newer(path: Path, station: Path) -> None:
    shutil.copyfile(station, path)
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.commit()
    con.close()


def _empty_sqlite(path: Path, _station: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("PRAGMA user_version = 3")
    con.commit()
    con.close()


MAKERS: dict[str, Callable[[Path, Path], None]] = {
    "foreign_v3": _foreign_v3,
    "extra_table": _station_with_extra_table,
    "extra_trigger": _station_with_trigger,
    "newer": _newer,
    "empty_v3": _empty_sqlite,
}

COMMANDS: dict[str, Callable[[Path, Path], list[str]]] = {
    "check": lambda out, good: ["check"],
    "stats": lambda out, good: ["stats"],
    "export": lambda out, good: ["export", "members", "--format", "csv", "-o", str(out / "m.csv")],
    "import": lambda out, good: ["import", "members", str(out / "roster.csv")],
    "print-form": lambda out, good: ["print-form", "--blank", "-o", str(out / "f.pdf")],
    "report": lambda out, good: ["report", "--month", "2026-11", "-o", str(out / "r.pdf")],
    "fill-template": lambda out, good: ["fill-template", str(out / "t.xlsx"), "-o", str(out / "x")],
    "backup": lambda out, good: ["backup"],
    "restore": lambda out, good: ["restore", str(good)],
    "merge": lambda out, good: ["merge", str(good), "--yes"],
    "prepare-laptop": lambda out, good: ["prepare-laptop", str(out / "laptop.sqlite3")],
    "demo": lambda out, good: ["demo", "--add"],
}


@pytest.mark.parametrize("maker", MAKERS)
@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_refuses_an_odd_database_and_leaves_it_untouched(
    maker: str,
    command: str,
    station_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    odd = folder / "odd.sqlite3"
    MAKERS[maker](odd, station_file)
    out = tmp_path / "out"
    out.mkdir()
    (out / "roster.csv").write_text(
        "姓名,身份证号码,手机号码\n张三,11010519491231002X,13812345678\n"
    )
    good = tmp_path / "good.sqlite3"
    shutil.copyfile(station_file, good)
    before, good_before, out_before = _tree(folder), _sha(good), _tree(out)

    code = main(["--db", str(odd), *COMMANDS[command](out, good)])

    said = capsys.readouterr()
    err = said.err or said.out  # check gives its verdict on standard output
    if maker == "empty_v3" and command not in ("merge", "prepare-laptop"):
        return  # a database without tables is a new one (see test_store_db); merge needs data
    assert code != 0
    assert len(err.strip().splitlines()) == 1, err
    assert "Traceback" not in err
    assert _tree(folder) == before  # the file, and no -wal, before-v3 copy or backups folder
    assert _sha(good) == good_before
    assert _tree(out) == out_before


@pytest.mark.parametrize("maker", MAKERS)
def test_merging_or_restoring_from_an_odd_file_changes_neither_file(
    maker: str, station_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    desk = tmp_path / "desk" / "station.sqlite3"
    desk.parent.mkdir()
    shutil.copyfile(station_file, desk)
    odd = tmp_path / "odd.sqlite3"
    MAKERS[maker](odd, station_file)
    odd_before = _sha(odd)

    for args in (["merge", str(odd), "--yes"], ["restore", str(odd)]):
        desk_before = _tree(desk.parent)
        assert main(["--db", str(desk), *args]) != 0
        err = capsys.readouterr().err
        assert len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
        assert _sha(odd) == odd_before
        assert _tree(desk.parent) == desk_before
    with pytest.raises(merge.MergeError):
        merge.preview_merge(desk, odd)
    assert _sha(odd) == odd_before
