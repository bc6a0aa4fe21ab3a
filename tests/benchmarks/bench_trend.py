"""The 统计 tab's twelve-month trend at district scale: 1,000,000 members, 6,000 meetings,
20,000 attendances, 10,000 enterprises. Prints the time of one trend (median of the runs) and
how many SQL statements it ran; the target is ≤ 200 ms, in a handful of grouped queries.

    .venv/bin/python -m tests.benchmarks.bench_trend [--members N] [--db PATH]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

from station_app.services import stats
from station_app.store import db as store_db, station as station_store
from station_app.store.models import database

END = date(2026, 11, 30)


def fill(path: Path, members: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    store_db.open_database(path)
    station_store.ensure_default_lists()
    store_db.close_database()
    con = sqlite3.connect(path)
    stamp = "2026-01-01 00:00:00"
    first = END - timedelta(days=5 * 365)
    days = (END - first).days

    def day() -> str:
        return (first + timedelta(days=rng.randrange(days))).isoformat()

    kinds = ("employee", "enterprise_unionized", "enterprise_one_on_one", "enterprise_mixed")
    meetings = [
        (
            uuid.uuid4().hex,
            stamp,
            stamp,
            rng.choice(kinds),
            day(),
            rng.choice(("held", "held", "planned", "cancelled")),
            rng.randrange(60),
            "",
            "",
            "",
        )
        for _ in range(6000)
    ]
    con.executemany(
        "INSERT INTO meeting (uuid, created_at, updated_at, kind, date, status,"
        " consultation_count, title, venue_detail, notes) VALUES (?,?,?,?,?,?,?,?,?,?)",
        meetings,
    )
    meeting_days = con.execute("SELECT id, date FROM meeting").fetchall()
    con.executemany(
        "INSERT INTO enterprise (uuid, created_at, updated_at, name, union_status, address,"
        " industry, ownership, foreign_invested, employee_count, contact_person, contact_phone,"
        " notes, union_founded_on) VALUES (?,?,?,?,?,'','','',0,?,'','','',?)",
        [
            (
                uuid.uuid4().hex,
                stamp,
                stamp,
                f"企业{i}",
                "未建会",
                rng.randrange(500),
                day() if rng.random() < 0.2 else None,
            )
            for i in range(10000)
        ],
    )
    pairs = {(rng.choice(meeting_days)[0], rng.randrange(1, 10001)) for _ in range(20000)}
    con.executemany(
        "INSERT INTO attendance (uuid, created_at, updated_at, meeting_id, enterprise_id, invited,"
        " attended, outcome, union_inquiry, notes) VALUES (?,?,?,?,?,1,1,?,0,'')",
        [
            (uuid.uuid4().hex, stamp, stamp, m, e, rng.choice(("none", "support", "intention")))
            for m, e in pairs
        ],
    )
    batch = []
    for _ in range(members):
        if rng.random() < 0.6:
            mid, mday = rng.choice(meeting_days)
        else:
            mid, mday = None, day()
        batch.append((uuid.uuid4().hex, stamp, stamp, "职工", mday, mid))
        if len(batch) == 50000:
            _members(con, batch)
            batch = []
    _members(con, batch)
    con.commit()
    con.execute("ANALYZE")
    con.close()


def _members(con: sqlite3.Connection, rows: list[tuple[object, ...]]) -> None:
    con.executemany(
        "INSERT INTO member (uuid, created_at, updated_at, name, application_date, meeting_id,"
        " gender, ethnicity, education, native_place, political_status, employer_text,"
        " job_title, phone, id_type, hukou_type, family_members, resume, approval_opinion,"
        " remarks, status, card_number, card_issued, card_phone_bound, consent)"
        " VALUES (?,?,?,?,?,?,'','','','','','','','','居民身份证','','','','','',"
        "'applied','',0,0,1)",
        rows,
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    path = args.db or Path(tempfile.mkdtemp()) / "trend.sqlite3"
    if not path.exists():
        t = time.perf_counter()
        fill(path, args.members)
        print(f"filled {args.members:,} members in {time.perf_counter() - t:.1f} s")
    store_db.open_database(path)
    statements: list[str] = []
    database.connection().set_trace_callback(statements.append)
    stats.monthly_figures(*stats.trailing_months(END, 12))  # warm the page cache
    statements.clear()
    times = []
    for _ in range(args.rounds):
        t = time.perf_counter()
        months = stats.monthly_figures(*stats.trailing_months(END, 12))
        times.append((time.perf_counter() - t) * 1000)
    queries = len(statements) // args.rounds
    store_db.close_database()
    print(
        f"| 12-month trend | {statistics.median(times):.0f} ms (median of {args.rounds}) "
        f"| {queries} queries | {sum(m.onsite_joins for m in months):,} joins in the year |"
    )


if __name__ == "__main__":
    main()
