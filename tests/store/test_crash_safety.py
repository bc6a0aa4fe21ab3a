"""Kill the registration service at random moments: nothing saved is lost, nothing half-written."""

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
PER_ROUND = 300

WRITER = """
import sys
import time
from datetime import date, timedelta
from station_app.services.registration import MemberInput, register, validate
from station_app.store import db as store_db

store_db.open_database(sys.argv[1])
first = int(sys.argv[2])
for k in range(first, first + PER_ROUND):
    body = "110105" + (date(1960, 1, 1) + timedelta(days=k)).strftime("%Y%m%d") + f"{k % 1000:03d}"
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    check = "10X98765432"[sum(int(d) * w for d, w in zip(body, weights)) % 11]
    data = MemberInput(
        name="张" + chr(0x4E00 + k),
        id_number=body + check,
        phone=f"138{k:08d}",
        employer_text="望京科技有限公司",
        consent=True,
        clerk_name="王芳",
        gift="毛巾",
    )
    print(register(validate(data)), flush=True)
time.sleep(60)
""".replace("PER_ROUND", str(PER_ROUND))


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
    for _round in range(ROUNDS):
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), str(_round * PER_ROUND)],
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
            unaudited = con.execute(
                "SELECT COUNT(*) FROM member m WHERE NOT EXISTS (SELECT 1 FROM audit_entry a "
                "WHERE a.action = 'member.create' AND a.entity_uuid = m.uuid)"
            ).fetchone()[0]
        finally:
            con.close()
        assert reported <= present, f"lost: {sorted(reported - present)[:10]}"
        # each registration's member, gift and audit entry were written together or not at all
        assert orphans == 0
        assert unaudited == 0
    assert len(reported) > ROUNDS * 5
