"""Real processes writing one database at once: writers wait their turn, a restore never throws
away what another process is writing, and nobody sees a traceback."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from station_app.domain.resident_id import check_digit
from station_app.services import backup as backups, registration
from station_app.services.instance_lock import DatabaseInUse, DatabaseUse
from station_app.services.registration import MemberInput
from station_app.store import db as store_db, station as station_store

ENV = {**os.environ, "PYTHONUNBUFFERED": "1"}


def _id_number(n: int, region: str = "110105") -> str:
    body = f"{region}1990{1 + n % 12:02d}{1 + n % 28:02d}{n % 1000:03d}"
    return body + check_digit(body)


def _chinese(n: int) -> str:
    return "".join("零一二三四五六七八九"[int(d)] for d in str(n))


def _person(n: int, region: str = "110105") -> MemberInput:
    return MemberInput(
        name=f"职工{_chinese(int(region[-2:]))}{_chinese(n)}",
        id_number=_id_number(n, region),
        phone=f"139{n:08d}",
        consent=True,
        application_date="2026-11-24",
    )


REGISTER_MANY = """
import sys
from station_app.store import db as store_db
from station_app.services import registration
from tests.services.test_concurrent_writers import _person

store_db.open_database(sys.argv[1])
region, count = sys.argv[2], int(sys.argv[3])
print("ready", flush=True)
sys.stdin.readline()  # start together
for n in range(count):
    valid = registration.validate(_person(n, region))
    print(registration.register(valid), flush=True)
store_db.close_database()
"""


def _start(args: list[str], cwd: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=cwd,
        env=ENV,
    )


def _repo() -> Path:
    return Path(__file__).resolve().parents[2]


def test_two_processes_saving_different_people_at_once_all_succeed(tmp_path: Path) -> None:
    db = tmp_path / "station.sqlite3"
    store_db.open_database(db)
    station_store.ensure_default_lists()
    store_db.close_database()
    procs = [
        _start(["-c", REGISTER_MANY, str(db), region, "40"], _repo())
        for region in ("110105", "110108")
    ]
    for p in procs:
        assert p.stdout is not None and p.stdout.readline().strip() == "ready"
    for p in procs:
        assert p.stdin is not None
        p.stdin.write("go\n")
        p.stdin.flush()
    outputs = [p.communicate(timeout=120) for p in procs]
    for p, (out, err) in zip(procs, outputs, strict=True):
        assert p.returncode == 0, err
        assert "Traceback" not in err
        assert len(out.split()) == 40
    con = store_db.sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM member").fetchone()[0] == 80
    con.close()


def _roster(path: Path, count: int) -> Path:
    with path.open("w", newline="", encoding="utf-8-sig") as fh:
        w = csv.writer(fh)
        w.writerow(["姓名", "身份证号码", "手机号码", "工作单位"])
        for n in range(count):
            w.writerow([f"导入{_chinese(n)}", _id_number(n, "110101"), f"137{n:08d}", "电子城科技"])
    return path


def test_desk_saves_during_a_command_line_import_are_all_kept(
    db_path: Path, tmp_path: Path
) -> None:
    roster = _roster(tmp_path / "roster.csv", 3000)
    proc = _start(
        ["-m", "station_app", "--db", str(db_path), "import", "members", str(roster)], _repo()
    )
    saved: list[int] = []
    deadline = time.monotonic() + 60
    n = 0
    while proc.poll() is None and time.monotonic() < deadline:
        saved.append(registration.register(registration.validate(_person(n))))
        n += 1
    for _ in range(5):  # and a few after it has finished
        saved.append(registration.register(registration.validate(_person(n))))
        n += 1
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert "Traceback" not in err and "新增 3000 人" in out
    from station_app.store.models import Member

    assert Member.select().count() == 3000 + len(saved)
    assert {m.id for m in Member.select(Member.id).where(Member.id.in_(saved))} == set(saved)


HOLD_WRITER = """
import sys, time
from station_app.services.instance_lock import DatabaseUse
from station_app.store import db as store_db
from station_app.services import registration
from tests.services.test_concurrent_writers import _person

with DatabaseUse(sys.argv[1]):
    store_db.open_database(sys.argv[1])
    print("ready", flush=True)
    n = 0
    while not sys.stdin.closed:
        line = sys.stdin.readline()
        if not line:
            break
        print(registration.register(registration.validate(_person(n, "110102"))), flush=True)
        n += 1
    store_db.close_database()
"""


def test_restore_is_refused_while_a_command_writes_and_nothing_acknowledged_is_lost(
    tmp_path: Path,
) -> None:
    db = tmp_path / "station.sqlite3"
    store_db.open_database(db)
    station_store.ensure_default_lists()
    store_db.close_database()
    copy = backups.backup(db)
    writer = _start(["-c", HOLD_WRITER, str(db)], _repo())
    assert writer.stdin is not None and writer.stdout is not None
    assert writer.stdout.readline().strip() == "ready"
    acknowledged = []
    for _ in range(5):
        writer.stdin.write("save\n")
        writer.stdin.flush()
        acknowledged.append(int(writer.stdout.readline()))

    cli = subprocess.run(
        [sys.executable, "-m", "station_app", "--db", str(db), "restore", str(copy)],
        capture_output=True,
        text=True,
        cwd=_repo(),
        env=ENV,
    )
    assert cli.returncode == 1
    assert "Traceback" not in cli.stderr
    assert "正被另一个程序使用" in cli.stderr and "未做任何改动" in cli.stderr
    with pytest.raises(backups.BackupError):
        backups.restore(db, copy)  # the same refusal through the service

    writer.stdin.write("save\n")
    writer.stdin.flush()
    acknowledged.append(int(writer.stdout.readline()))
    writer.stdin.close()
    writer.wait(timeout=30)
    con = store_db.sqlite3.connect(db)
    ids = {r[0] for r in con.execute("SELECT id FROM member")}
    con.close()
    assert set(acknowledged) <= ids and len(ids) == 6

    kept = backups.restore(db, copy)  # once the writer is gone, it goes ahead
    assert kept is not None and store_db.check_database(kept).ok


def test_a_writer_waits_for_a_restore_in_progress(tmp_path: Path) -> None:
    db = tmp_path / "station.sqlite3"
    store_db.open_database(db)
    store_db.close_database()
    restoring = DatabaseUse(db, exclusive=True).acquire()
    try:
        with pytest.raises(DatabaseInUse) as err:
            DatabaseUse(db).acquire(wait=0.3)
        assert "正在被恢复" in err.value.message
        demo = _start(
            ["-m", "station_app", "--db", str(db), "demo", "--members", "3", "--enterprises", "2"],
            _repo(),
        )
        time.sleep(2.0)
        assert demo.poll() is None  # waiting its turn, not failing
    finally:
        restoring.release()
    out, err_text = demo.communicate(timeout=120)
    assert demo.returncode == 0, err_text
    assert "会员 3 人" in out
