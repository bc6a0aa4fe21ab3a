"""Kill a process that registers members at random moments; nothing reported saved is lost."""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from station_app.store import db as store_db

ROUNDS = 15

WRITER = """
import sys
from datetime import date
from station_app.store import db as store_db
from station_app.store.models import HandOut, Member, database

store_db.open_database(sys.argv[1])
n = 0
while True:
    n += 1
    with database.atomic():
        m = Member.create(name=f"职工{n}", phone="13800138000", application_date=date.today())
        HandOut.create(member=m, recipient_name=m.name, item="毛巾", date=date.today())
    print(m.id, flush=True)
"""


def _read_ids(proc: subprocess.Popen[str], saved: list[int]) -> None:
    assert proc.stdout is not None
    for line in proc.stdout:
        line = line.strip()
        if line.isdigit():
            saved.append(int(line))


@pytest.mark.slow
def test_registrations_survive_being_killed(tmp_path: Path) -> None:
    path = tmp_path / "station.sqlite3"
    store_db.open_database(path)
    store_db.close_database()
    rng = random.Random(20261124)
    reported: set[int] = set()
    started = time.monotonic()
    for _round in range(ROUNDS):
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path)],
            stdout=subprocess.PIPE,
            text=True,
            cwd=os.getcwd(),
        )
        saved: list[int] = []
        reader = threading.Thread(target=_read_ids, args=(proc, saved), daemon=True)
        reader.start()
        deadline = time.monotonic() + 10
        while not saved and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.005)
        assert saved, "the writer never reported a registration"
        time.sleep(rng.uniform(0.0, 0.25))
        proc.kill()  # SIGKILL on POSIX
        proc.wait()
        reader.join(5)
        reported.update(saved)

        verdict = store_db.check_database(path)
        assert verdict.ok, verdict.verdict
        con = sqlite3.connect(path)
        try:
            present = {r[0] for r in con.execute("SELECT id FROM member")}
            orphans = con.execute(
                "SELECT COUNT(*) FROM member m LEFT JOIN hand_out h ON h.member_id = m.id "
                "WHERE h.id IS NULL"
            ).fetchone()[0]
        finally:
            con.close()
        assert reported <= present, f"lost: {sorted(reported - present)[:10]}"
        assert orphans == 0  # each registration's two rows were written together or not at all
    assert len(reported) > ROUNDS * 5
    assert time.monotonic() - started < 60
