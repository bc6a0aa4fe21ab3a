"""``station-app check``: SQLite's integrity check and the schema check, one-line verdict."""

from __future__ import annotations

import argparse

from station_app.store.db import check_database


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("check", help="检查数据库完整性和结构（退出码 0 正常 / 1 有问题）")
    p.set_defaults(func=run, looks_itself=True)  # its verdict is the one line


def run(args: argparse.Namespace) -> int:
    result = check_database(args.db_path)
    print(result.verdict)
    return 0 if result.ok else 1
