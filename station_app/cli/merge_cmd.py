"""``station-app merge OTHER.db [--yes]`` and ``station-app prepare-laptop OUT.db``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from station_app.cli.common import fail, refuse_output
from station_app.services import merge


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("merge", help="把活动电脑的数据库合并进本机（先列出新增、更新和冲突）")
    p.add_argument("other", type=Path, metavar="活动电脑文件", help="活动电脑的数据库文件")
    p.add_argument("--yes", action="store_true", help="不再询问，直接合并（待确认的保留本机数据）")
    p.add_argument(
        "--take",
        action="append",
        default=[],
        metavar="编号",
        help="这一条待确认的改用活动电脑的数据（或：本人已重新同意），编号见预览；可重复",
    )
    p.add_argument("--clerk", default="", metavar="姓名", help="经办人姓名（写入操作日志）")
    p.set_defaults(func=run_merge, writes=True)
    q = sub.add_parser("prepare-laptop", help="为活动电脑准备一份本机数据库的副本")
    q.add_argument(
        "out", type=Path, metavar="新文件", help="新数据库文件（例如 U 盘上的 laptop.sqlite3）"
    )
    q.set_defaults(func=run_prepare)


def _print_plan(plan: merge.MergePlan) -> None:
    for item in plan.items:
        print(
            f"  [{item.kind_label}] {item.table_label}：{item.label}"
            + (f"（{item.note}）" if item.note else "")
            + (f"  --take {item.key}" if item.choosable and not item.resolved else "")
        )
        for name, desk, other in item.differences:
            print(f"      {name}：本机“{desk}” → 活动电脑“{other}”")
    print(plan.summary())


def run_merge(args: argparse.Namespace) -> int:
    try:
        plan = merge.preview_merge(args.db_path, args.other, take_other=args.take)
    except merge.MergeError as exc:
        return fail(exc.message)
    _print_plan(plan)
    if not plan.writes_anything:
        print("没有需要写入的内容。")
        return 0
    if not args.yes:
        if not sys.stdin.isatty():
            print("未写入。确认无误后加 --yes 再运行一次。")
            return 0
        answer = input("写入以上新增和更新？待确认的保留本机数据。[y/N] ").strip().lower()
        if answer not in ("y", "yes", "是"):
            print("未写入。")
            return 0
    try:
        done = merge.apply_merge(args.db_path, args.other, take_other=args.take, clerk=args.clerk)
    except merge.MergeError as exc:
        return fail(exc.message)
    print(done.summary())
    return 0


def run_prepare(args: argparse.Namespace) -> int:
    if (refused := refuse_output(args.out)) is not None:
        return refused
    try:
        out = merge.prepare_event_copy(args.db_path, args.out)
    except merge.MergeError as exc:
        return fail(exc.message)
    print(f"活动电脑的数据库已准备好：{out}")
    print(f"活动结束后在本机运行：station-app merge {out}")
    return 0
