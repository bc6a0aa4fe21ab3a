"""``station-app demo``: fill the database with reproducible demo data."""

from __future__ import annotations

import argparse
import time

from station_app.cli.common import fail, open_db
from station_app.services import demo
from station_app.store import db as store_db


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("demo", help="填入演示数据（可重复生成）")
    p.add_argument("--members", type=int, default=demo.DemoSize.members, metavar="数目")
    p.add_argument("--enterprises", type=int, default=demo.DemoSize.enterprises, metavar="数目")
    p.add_argument("--meetings", type=int, default=demo.DemoSize.meetings, metavar="数目")
    p.add_argument("--follow-ups", type=int, default=None, metavar="数目")
    p.add_argument(
        "--seed", type=int, default=12, metavar="数字", help="随机数种子（同一种子生成同样的数据）"
    )
    p.add_argument("--add", action="store_true", help="数据库已有数据时仍然追加")
    p.set_defaults(func=run, writes=True)


def run(args: argparse.Namespace) -> int:
    for name in ("members", "enterprises", "meetings"):
        if getattr(args, name) < 0:
            return fail(f"--{name} 不能为负数")
    if not open_db(args):
        return 1
    try:
        if not demo.is_empty() and not args.add:
            return fail(f"数据库 {args.db_path} 已有数据；如确需追加演示数据，请加 --add。")
        started = time.perf_counter()
        summary = demo.generate(
            demo.DemoSize(args.members, args.enterprises, args.meetings, args.follow_ups),
            seed=args.seed,
            progress=lambda what: print(f"  生成{what}…", flush=True),
        )
        took = time.perf_counter() - started
        print(
            f"演示数据已写入 {args.db_path}：会员 {summary.members} 人，"
            f"企业 {summary.enterprises} 家，"
            f"沟通会 {summary.meetings} 场，跟进记录 {summary.follow_ups} 条，"
            f"意见建议 {summary.feedback} 条（{took:.1f} 秒）。"
        )
        return 0
    finally:
        store_db.close_database()
