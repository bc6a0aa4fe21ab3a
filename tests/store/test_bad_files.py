"""Every kind of bad database file gives a clear DatabaseProblem and is left byte-identical."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from station_app.services import backup as backups
from station_app.services.instance_lock import (
    AlreadyRunning,
    InstanceLock,
    is_locked_by_another,
    lock_path,
)
from station_app.store import db as store_db
from station_app.store.migrations import SCHEMA_VERSION


@pytest.fixture
def good_file(tmp_path: Path) -> Path:
    from station_app.services import demo

    path = tmp_path / "station.sqlite3"
    store_db.open_database(path)
    demo.generate(demo.DemoSize(members=150, enterprises=20, meetings=10))
    store_db.close_database()
    return path


def _spawn(code: str) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, cwd=os.getcwd()
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    return proc


@pytest.fixture
def holder() -> Iterator[Callable[[str], subprocess.Popen[str]]]:
    procs: list[subprocess.Popen[str]] = []

    def start(code: str) -> subprocess.Popen[str]:
        procs.append(_spawn(code))
        return procs[-1]

    yield start
    for p in procs:
        p.kill()
        p.wait()


def _not_a_database(path: Path) -> None:
    path.write_bytes("姓名,身份证号码\n张三,110105194912310029\n".encode() * 40)


def _truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def _corrupt_schema(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xa5" * (4096 - 100)  # page 1 after the header: the schema table
    path.write_bytes(bytes(data))


def _header_only(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:60])


def _newer(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    con.close()


def _foreign_sqlite(path: Path) -> None:
    path.unlink()
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE songs (title TEXT)")
    con.commit()
    con.close()


@pytest.mark.parametrize(
    ("damage", "kind", "words"),
    [
        (_not_a_database, "not_a_database", "不是"),
        (_truncated, "corrupt", "截断"),
        (_header_only, "corrupt", "截断"),
        (_corrupt_schema, "corrupt", "损坏"),
        (_newer, "newer_schema", "更新版本"),
        (_foreign_sqlite, "not_a_database", "别的程序"),
    ],
)
def test_bad_file_is_explained_and_left_untouched(
    good_file: Path, damage: Callable[[Path], None], kind: str, words: str
) -> None:
    damage(good_file)
    before = good_file.read_bytes()
    with pytest.raises(store_db.DatabaseProblem) as err:
        store_db.open_database(good_file)
    assert err.value.kind == kind
    assert words in err.value.message and str(good_file) in err.value.message
    assert "Traceback" not in err.value.message
    assert good_file.read_bytes() == before
    assert store_db.current_path() is None
    assert not store_db.check_database(good_file).ok or kind == "newer_schema"


def test_read_only_file(good_file: Path) -> None:
    before = good_file.read_bytes()
    good_file.chmod(0o444)
    try:
        with pytest.raises(store_db.DatabaseProblem) as err:
            store_db.open_database(good_file)
    finally:
        good_file.chmod(0o600)
    assert err.value.kind == "read_only"
    assert "只读" in err.value.message
    assert good_file.read_bytes() == before


def test_database_locked_by_another_process(good_file: Path, holder) -> None:  # type: ignore[no-untyped-def]
    before = good_file.read_bytes()
    holder(
        "import sqlite3, time\n"
        f"c = sqlite3.connect({str(good_file)!r}, isolation_level=None)\n"
        "c.execute('PRAGMA locking_mode=EXCLUSIVE')\n"
        "c.execute('BEGIN EXCLUSIVE')\n"
        "print('ready', flush=True)\n"
        "time.sleep(60)\n"
    )
    with pytest.raises(store_db.DatabaseProblem) as err:
        store_db.open_database(good_file)
    assert err.value.kind == "locked"
    assert "另一个程序" in err.value.message
    assert good_file.read_bytes() == before


def test_second_instance_is_refused_politely(good_file: Path, holder) -> None:  # type: ignore[no-untyped-def]
    holder(
        "import time\n"
        "from station_app.services.instance_lock import InstanceLock\n"
        f"InstanceLock({str(good_file)!r}).acquire()\n"
        "print('ready', flush=True)\n"
        "time.sleep(60)\n"
    )
    assert is_locked_by_another(good_file)
    with pytest.raises(AlreadyRunning) as err:
        InstanceLock(good_file).acquire()
    assert "另一个正在运行" in err.value.message
    assert "进程号" in err.value.message
    copy = backups.backup(good_file)
    with pytest.raises(backups.BackupError):
        backups.restore(good_file, copy)


def test_stale_lock_of_a_dead_process_does_not_block(good_file: Path) -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            "import os\n"
            "from station_app.services.instance_lock import InstanceLock\n"
            f"InstanceLock({str(good_file)!r}).acquire()\n"
            "os._exit(0)\n",  # dies holding the lock, leaving the lock file behind
        ],
        check=True,
    )
    assert proc.returncode == 0
    assert lock_path(good_file).exists()
    assert not is_locked_by_another(good_file)
    with InstanceLock(good_file) as lock:
        assert lock.held
        with pytest.raises(AlreadyRunning):
            InstanceLock(good_file).acquire()
    InstanceLock(good_file).acquire().release()
