"""``station-app import members|enterprises FILE``: validated import from CSV or xlsx."""

from __future__ import annotations

import argparse
import importlib
from pathlib import Path

from station_app.cli.common import fail, open_db
from station_app.services.tabular import TableReadError
from station_app.store import db as store_db

# kind -> (module, function); each function takes (path, sheet=..., clerk=...) and returns an
# object with ``summary()`` (one line) and ``errors`` (a list of (line, reason)).
IMPORTERS = {
    "members": ("station_app.services.member_import", "import_members"),
    "enterprises": ("station_app.services.enterprise_import", "import_enterprises"),
}


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("import", help="从 CSV 或 Excel 导入会员或企业（逐行校验，错误行另列）")
    p.add_argument("kind", choices=sorted(IMPORTERS), help="members 会员 / enterprises 企业")
    p.add_argument("file", type=Path, help=".xlsx 或 .csv 文件（按中文表头识别列）")
    p.add_argument("--sheet", help="Excel 工作表名称（默认第一个）")
    p.add_argument("--clerk", default="", help="经办人姓名（写入审计日志）")
    p.add_argument("--errors", type=Path, help="把出错的行及原因写入此 CSV 文件")
    p.set_defaults(func=run, writes=True)


def run(args: argparse.Namespace) -> int:
    module, func = IMPORTERS[args.kind]
    importer = getattr(importlib.import_module(module), func)
    if not open_db(args):
        return 1
    try:
        result = importer(args.file, sheet=args.sheet, clerk=args.clerk)
    except TableReadError as exc:
        return fail(exc.message)
    finally:
        store_db.close_database()
    print(result.summary())
    for line, reason in result.errors[:50]:
        print(f"  第 {line} 行：{reason}")
    if len(result.errors) > 50:
        print(f"  …另有 {len(result.errors) - 50} 行有错误")
    warnings = getattr(result, "warnings", [])
    for line, reason in warnings[:50]:
        print(f"  第 {line} 行（已导入）：{reason}")
    if args.errors and (result.errors or warnings):
        _write_report(args.errors, result.errors, warnings)
        print(f"错误报告已写入 {args.errors}")
    return 0


def _write_report(
    path: Path, errors: list[tuple[int, str]], warnings: list[tuple[int, str]]
) -> None:
    """The rows with a problem, as CSV (UTF-8 with BOM for Excel), readable by its owner only:
    the reasons quote ID and phone numbers."""
    import csv
    import io

    from station_app.private_files import write_private

    buf = io.StringIO(newline="")
    w = csv.writer(buf)
    w.writerow(["行号", "原因", "处理"])
    rows = [(n, r, "未导入") for n, r in errors] + [(n, r, "已导入") for n, r in warnings]
    w.writerows(sorted(rows))
    write_private(path, buf.getvalue().encode("utf-8-sig"))
