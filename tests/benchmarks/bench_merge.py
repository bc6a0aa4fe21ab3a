"""Merging the event laptop into desks of 100k and 1M members: time and peak memory of the whole
``station-app merge`` process, from its entry point, beside a bare baseline.

Two laptops for each desk size:

- a small file holding 50 new registrations (made on a fresh station database, no journal:
  the merge reads all of it);
- the desk's own copy made by ``prepare-laptop`` with 50 registrations made on it through the
  app (the journal lists them: the merge reads only those, however big the copy is).

Each is measured as the preview (``merge`` without ``--yes``: the same work, rolled back, so
the runs repeat on the same desk) for ``--runs`` runs interleaved with the baseline, then once
applied (``--yes``). The baseline is a bare Python process that attaches the small laptop and
copies its 50 members into the desk with one ``INSERT … SELECT`` (rolled back): the least any
merge can cost. Figures: median and worst seconds, peak resident memory (``ru_maxrss``).
Databases are built with raw SQL (not timed) and kept in ``--dir``. Usage::

    python -m tests.benchmarks.bench_merge --members 100000,1000000 --runs 5
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import uuid
from datetime import date, timedelta
from pathlib import Path

from station_app.domain.resident_id import check_digit
from tests.benchmarks.bench_export_import import measure, row

PY = sys.executable
APP = [PY, "-m", "station_app"]
NEW = 50

BARE = r"""
import sqlite3, sys
desk, laptop = sys.argv[1:3]
con = sqlite3.connect(desk, isolation_level=None)
con.execute("ATTACH DATABASE ? AS o", ("file:" + laptop + "?mode=ro",))
con.execute("BEGIN IMMEDIATE")
cols = [r[1] for r in con.execute("PRAGMA main.table_info(member)") if r[1] != "id"]
names = ", ".join(f'"{c}"' for c in cols)
con.execute(f"INSERT INTO main.member ({names}) SELECT {names} FROM o.member")
con.execute("ROLLBACK")
"""


def _schema(db: Path) -> None:
    for suffix in ("", "-wal", "-shm", ".writers.lock"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    subprocess.run([*APP, "--db", str(db), "stats"], capture_output=True)  # creates it


def _member_rows(con: sqlite3.Connection, count: int, start: int, region: str):  # type: ignore[no-untyped-def]
    """``count`` valid members as full rows (every NOT NULL column given), numbered from start."""
    info = [r for r in con.execute("PRAGMA table_info(member)") if r[1] != "id"]
    now = "2026-11-01 10:00:00"
    for i in range(start, start + count):
        born = date(1960, 1, 1) + timedelta(days=i // 1000)
        first17 = f"{region}{born:%Y%m%d}{i % 1000:03d}"
        values = {
            "uuid": uuid.uuid4().hex, "created_at": now, "updated_at": now,
            "name": "会员" + chr(0x4E00 + i % 20000), "gender": "男" if i % 2 else "女",
            "birth_date": born.isoformat(), "phone": f"139{i:08d}", "id_type": "居民身份证",
            "id_number": first17 + check_digit(first17), "status": "applied", "consent": 1,
            "application_date": (date(2020, 1, 1) + timedelta(days=i % 2000)).isoformat(),
        }  # fmt: skip
        yield tuple(
            values.get(name, None if not notnull else (0 if "INT" in kind else ""))
            for _cid, name, kind, notnull, _dflt, _pk in info
        )


def _insert_members(db: Path, count: int, start: int, region: str) -> None:
    con = sqlite3.connect(db)
    cols = [r[1] for r in con.execute("PRAGMA table_info(member)") if r[1] != "id"]
    con.executemany(
        f"INSERT INTO member ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
        _member_rows(con, count, start, region),
    )
    con.commit()
    con.close()


def build_desk(db: Path, members: int) -> None:
    if db.exists():
        con = sqlite3.connect(db)
        n = con.execute("SELECT count(*) FROM member").fetchone()[0]
        con.close()
        if n == members:
            return
    _schema(db)
    _insert_members(db, members, 0, "110105")


def build_small_laptop(db: Path) -> None:
    """A station database holding only the 50 new registrations."""
    _schema(db)
    _insert_members(db, NEW, 0, "120101")


def build_prepared_laptop(desk: Path, laptop: Path) -> None:
    """The desk's copy for the laptop, with 50 registrations made on it through the app."""
    for suffix in ("", "-wal", "-shm", ".writers.lock"):
        Path(f"{laptop}{suffix}").unlink(missing_ok=True)
    subprocess.run([*APP, "--db", str(desk), "prepare-laptop", str(laptop)], check=True,
                   capture_output=True)  # fmt: skip
    code = (
        "import sys\n"
        "from station_app.services import registration\n"
        "from station_app.store import db\n"
        "from station_app.domain.resident_id import check_digit\n"
        "db.open_database(sys.argv[1])\n"
        f"for i in range({NEW}):\n"
        "    first17 = f'13010119900101{i:03d}'\n"
        "    registration.register(registration.validate(registration.MemberInput(\n"
        "        name='现场' + chr(0x4E00 + i), id_number=first17 + check_digit(first17),\n"
        "        phone=f'137{i:08d}', consent=True)))\n"
        "db.close_database()\n"
    )
    subprocess.run([PY, "-c", code, str(laptop)], check=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--members", default="100000,1000000", help="desk sizes, comma separated")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "station-bench")
    args = ap.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}\n")
    print("| action | median s | worst s | peak MB | exit |")
    print("| --- | ---: | ---: | ---: | ---: |")
    small = args.dir / "laptop-50.sqlite3"
    build_small_laptop(small)
    for n in (int(x) for x in args.members.split(",")):
        desk = args.dir / f"merge-desk-{n}.sqlite3"
        build_desk(desk, n)
        prepared = args.dir / f"merge-laptop-{n}.sqlite3"
        build_prepared_laptop(desk, prepared)
        cases = {
            f"{n:,}-member desk: merge preview of a 50-row laptop file": [
                *APP, "--db", str(desk), "merge", str(small)],
            f"{n:,}-member desk: merge preview of its prepared copy + 50": [
                *APP, "--db", str(desk), "merge", str(prepared)],
            f"{n:,}-member desk: bare INSERT … SELECT of the 50 rows": [
                PY, "-c", BARE, str(desk), str(small)],
        }  # fmt: skip
        samples: dict[str, list[tuple[float, float, int]]] = {k: [] for k in cases}
        for _ in range(args.runs):  # interleaved
            for label, cmd in cases.items():
                samples[label].append(measure(cmd))
        for label in cases:
            print(row(label, samples[label]), flush=True)
        kept = args.dir / "desk-before-apply.sqlite3"
        shutil.copyfile(desk, kept)
        for label, laptop in (("50-row laptop file", small), ("prepared copy + 50", prepared)):
            applied = measure([*APP, "--db", str(desk), "merge", str(laptop), "--yes"])
            print(row(f"{n:,}-member desk: merge --yes of the {label}", [applied]), flush=True)
            shutil.copyfile(kept, desk)
            for suffix in ("-wal", "-shm"):
                Path(f"{desk}{suffix}").unlink(missing_ok=True)
        kept.unlink()


if __name__ == "__main__":
    main()
