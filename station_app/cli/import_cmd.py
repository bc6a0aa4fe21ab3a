"""``station-app import members|enterprises FILE``: valid rows in, rejected rows to an error file.

Exit codes: 0 every row imported (or already on record), 1 some rows rejected (the error file is
named), 2 the file was refused (unreadable, no header, past a limit); one line, no traceback.
Rows imported with a warning (a member's paper form to be completed by hand) are listed, and
written to the error file marked as imported; they leave the exit code at 0.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

from station_app.cli.common import fail, open_db, refuse_output
from station_app.store import db as store_db

KINDS = ("enterprises", "members")
REFUSED = 2
PROGRESS_FROM = 5000  # rows; smaller files finish before progress would help
PROGRESS_EVERY_S = 2.0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "import",
        help="从 CSV 或 Excel 导入会员或企业（无误的行导入，有误的行连同原因另存为错误文件）",
    )
    p.add_argument("kind", choices=KINDS, metavar="种类", help="members 会员 / enterprises 企业")
    p.add_argument("file", type=Path, metavar="文件", help=".xlsx 或 .csv 文件（自动找到表头行）")
    p.add_argument("--sheet", metavar="工作表", help="Excel 工作表名称（默认：表头最完整的工作表）")
    p.add_argument("--header-line", type=int, metavar="数目", help="表头所在行（默认：自动识别）")
    p.add_argument("--clerk", default="", metavar="姓名", help="经办人姓名（写入审计日志）")
    p.add_argument(
        "--errors",
        type=Path,
        metavar="文件",
        help="未导入的行及原因写入此文件（.xlsx 或 .csv；默认：原文件旁的“…-未导入的行”）",
    )
    p.set_defaults(func=run, writes=True)


def _progress(what: str) -> Callable[[int, int], bool]:
    last = [0.0, -1.0]  # when, and at which row, progress was last printed

    def report(done: int, total: int) -> bool:
        now = time.monotonic()
        big = max(done, total) >= PROGRESS_FROM and done != last[1]
        if big and (now - last[0] >= PROGRESS_EVERY_S or (total and done >= total)):
            last[0], last[1] = now, done
            share = f"（{done * 100 // total}%）" if total else ""
            print(f"{what} {done}/{total} 行{share}", file=sys.stderr, flush=True)
        return True

    return report


def run(args: argparse.Namespace) -> int:
    from station_app.services.imports import import_file
    from station_app.services.tabular import TableReadError

    if (refused := refuse_output(args.errors)) is not None:
        return refused
    if not open_db(args):
        return REFUSED
    try:
        report = import_file(
            args.kind,
            args.file,
            sheet=args.sheet,
            header_line=args.header_line,
            clerk=args.clerk,
            errors=args.errors,
            check_progress=_progress("检查"),
            progress=_progress("导入"),
        )
    except TableReadError as exc:
        return fail(exc.message, REFUSED)
    except store_db.DatabaseBusy as exc:
        return fail(exc.message)
    finally:
        store_db.close_database()
    print(report.summary())
    for line, _cells, reason in report.rejected[:20]:
        print(f"  第 {line} 行：{reason}")
    if len(report.rejected) > 20:
        print(f"  …另有 {len(report.rejected) - 20} 行")
    for line, _cells, note in report.warnings[:20]:
        print(f"  第 {line} 行（已导入）：{note}")
    if len(report.warnings) > 20:
        print(f"  …另有 {len(report.warnings) - 20} 行已导入、申请表需手工填写")
    if report.error_file is not None and report.rejected:
        print(f"未导入的行及原因已写入 {report.error_file}（改正后可再次导入该文件）")
    if report.error_file is not None and report.warnings:
        n = len(report.warnings)
        print(f"申请表需手工填写的 {n} 行也列在 {report.error_file} 中（已导入）")
    return report.exit_code
