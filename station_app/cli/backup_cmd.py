"""``station-app backup [-o FILE]`` and ``station-app restore FILE``."""

from __future__ import annotations

import argparse
from pathlib import Path

from station_app.cli.common import ask_password, fail, open_db, refuse_output
from station_app.services import backup as backups
from station_app.store import cipher


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("backup", help="备份数据库（可在程序运行时进行）")
    p.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="文件",
        help="备份到此文件（默认：数据库旁的 backups 文件夹）",
    )
    p.set_defaults(func=run_backup, writes=True)
    r = sub.add_parser("restore", help="从备份恢复数据库（先检查备份，并保留当前文件的副本）")
    r.add_argument("file", type=Path, metavar="备份文件", help="备份文件")
    r.set_defaults(func=run_restore, accepts=("corrupt",))


def run_backup(args: argparse.Namespace) -> int:
    if (refused := refuse_output(args.output)) is not None:
        return refused
    if not open_db(args):  # the backup is written into the audit log
        return 1
    try:
        out = backups.backup(args.db_path, args.output)
    except backups.BackupError as exc:
        return fail(exc.message)
    print(f"已备份到 {out}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    file = Path(args.file)
    if cipher.is_encrypted(file) and not cipher.opens(file, cipher.password_for(file) or ""):
        password = ask_password(file, "备份")  # made under an earlier password
        if not password or not cipher.opens(file, password):
            return fail(f"打不开加密的备份“{file}”：密码不对。未做任何改动。")
        cipher.remember(file, password)
    try:
        kept = backups.restore(args.db_path, args.file)
    except backups.BackupError as exc:
        return fail(exc.message)
    print(f"已从 {args.file} 恢复数据库 {args.db_path}")
    if kept:
        print(f"恢复前的数据库已另存为 {kept}")
    return 0
