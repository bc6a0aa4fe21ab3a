"""``station-app stats [--from DATE --to DATE] [--json]``: the station's figures for a period."""

from __future__ import annotations

import argparse
import json
from datetime import date

from station_app.cli.common import fail, open_db
from station_app.domain import figures
from station_app.domain.months import month_range
from station_app.domain.terms import MeetingKind
from station_app.services import stats
from station_app.store import db as store_db


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"日期“{text}”格式不对，应为 YYYY-MM-DD，例如 2026-11-01"
        ) from None


def resolve_period(
    start: date | None, end: date | None, today: date | None = None
) -> tuple[date, date]:
    """Both given: as is. Neither: this month. Only --from: up to today. Only --to: that year."""
    today = today or date.today()
    if start is None and end is None:
        return month_range(today.year, today.month)
    if start is None:
        assert end is not None
        return date(end.year, 1, 1), end
    return start, end or today


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("stats", help="统计数据：沟通会、咨询、现场入会、参会未建会企业、建会意向等")
    p.add_argument("--from", dest="start", type=iso_date, metavar="日期", help="起始日期（含）")
    p.add_argument("--to", dest="end", type=iso_date, metavar="日期", help="截止日期（含）")
    p.add_argument("--json", action="store_true", help="以 JSON 输出（便于其他程序读取）")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    start, end = resolve_period(args.start, args.end)
    if start > end:
        return fail(f"起始日期 {start} 晚于截止日期 {end}")
    if not open_db(args):
        return 1
    try:
        figs = stats.period_figures(start, end)
    finally:
        store_db.close_database()
    if args.json:
        print(json.dumps(figs.as_dict(), ensure_ascii=False, indent=2))
        return 0
    print(f"统计期间：{start} 至 {end}")
    width = max(len(label) for _k, label, _u in figures.FIGURES) + 2
    for key, label, unit in figures.FIGURES:
        print(f"  {label}{'　' * (width - len(label))}{figs.value(key):>7} {unit}")
        if key == "meetings_held":
            for kind in MeetingKind:
                n = figs.meetings_by_kind.get(kind.value, 0)
                print(f"      {kind.label}：{n}")
    if figs.pending_note:
        print(f"  {figs.pending_note}")
    return 0
