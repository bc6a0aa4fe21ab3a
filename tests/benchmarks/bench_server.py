"""What a desk reads from a station server, with a network round trip injected before every
statement (a server 20 ms away): the 统计 tab's period figures and 12-month trend, the member
search and list, the meeting list, the stage funnel. Prints, for each, the statements it sends
and its median time at each delay, as a markdown table.

    STATION_APP_TEST_PG_URL=postgresql://… .venv/bin/python -m tests.benchmarks.bench_server \\
        [--members 20000] [--delays 0,20]

The database named is emptied and filled with demo data first.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from collections.abc import Callable
from datetime import date
from typing import Any

from station_app.services import demo, stats
from station_app.store import (
    db as store_db,
    meetings as meeting_store,
    members as member_store,
    station as station_store,
)
from station_app.store.models import database
from tests.conftest import PG_URL_ENV, empty_server_database

TODAY = date(2026, 11, 24)

READS: dict[str, Callable[[], Any]] = {
    "period figures (this year)": lambda: stats.period_figures(date(2026, 1, 1), TODAY),
    "12-month trend": lambda: stats.monthly_figures(*stats.trailing_months(TODAY, 12)),
    "member list, first page": lambda: member_store.search_members(""),
    "member search by name": lambda: member_store.search_members("职工"),
    "member search by ID prefix": lambda: member_store.search_members("110105"),
    "meeting list": lambda: meeting_store.list_meetings(),
    "stage funnel": lambda: stats.stage_funnel(),
}


def _measure(work: Callable[[], Any], delay_ms: float, rounds: int) -> tuple[int, float]:
    db = database.obj
    plain = db.execute_sql
    sent = [0]

    def delayed(sql: str, params: Any = None, *args: Any, **kwargs: Any) -> Any:
        sent[0] += 1
        time.sleep(delay_ms / 1000)
        return plain(sql, params, *args, **kwargs)

    db.execute_sql = delayed
    try:
        work()  # warm
        sent[0] = 0
        times = []
        for _ in range(rounds):
            t = time.perf_counter()
            work()
            times.append((time.perf_counter() - t) * 1000)
    finally:
        del db.execute_sql
    return sent[0] // rounds, statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=20_000)
    parser.add_argument("--delays", default="0,20")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    url = os.environ.get(PG_URL_ENV)
    if not url:
        raise SystemExit(f"name the server database with {PG_URL_ENV}")
    store_db.open_database(empty_server_database(url))
    station_store.ensure_default_lists()
    t = time.perf_counter()
    size = demo.DemoSize(members=args.members, enterprises=args.members // 10, meetings=240)
    demo.generate(size, today=TODAY)
    print(f"filled {args.members:,} members in {time.perf_counter() - t:.1f} s\n")
    delays = [float(d) for d in args.delays.split(",")]
    print("| read | statements | " + " | ".join(f"{d:g} ms delay" for d in delays) + " |")
    print("| --- | ---: |" + " ---: |" * len(delays))
    for name, work in READS.items():
        cells = []
        count = 0
        for d in delays:
            count, ms = _measure(work, d, args.rounds)
            cells.append(f"{ms:.0f} ms")
        print(f"| {name} | {count} | " + " | ".join(cells) + " |")
    store_db.close_database()


if __name__ == "__main__":
    main()
