"""``station-app export KIND`` (xlsx or csv) and ``station-app report --month`` (PDF)."""

from __future__ import annotations

import argparse
from pathlib import Path

from station_app.cli.common import fail, open_db, refuse_output
from station_app.cli.stats_cmd import iso_date, resolve_period
from station_app.printing.fonts import MissingGlyphsError
from station_app.services import export, reporting, stats
from station_app.store import db as store_db

KIND_CHOICES = (*export.KINDS, "all")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("export", help="导出统计数据或清单到 Excel（xlsx）或 CSV")
    p.add_argument(
        "kind",
        choices=KIND_CHOICES,
        metavar="种类",
        help="figures 统计数据 / members 会员 / meetings 沟通会 / enterprises 企业 / "
        "follow_ups 跟进记录 / feedback 意见建议 / all 全部（仅 xlsx）",
    )
    p.add_argument("--format", dest="fmt", choices=("xlsx", "csv"), default=None)
    p.add_argument("-o", "--output", type=Path, required=True, metavar="文件")
    p.add_argument(
        "--from", dest="start", type=iso_date, metavar="日期", help="起始日期（默认：全部）"
    )
    p.add_argument("--to", dest="end", type=iso_date, metavar="日期", help="截止日期（默认：全部）")
    p.add_argument(
        "--full", action="store_true", help="写出完整身份证号和手机号（默认打码；会记入审计日志）"
    )
    p.add_argument("--clerk", default="", metavar="姓名", help="经办人姓名（写入审计日志）")
    p.set_defaults(func=run_export, writes=True)

    r = sub.add_parser("report", help="打印月度工作数据报表（PDF，报送区总工会）")
    r.add_argument("--month", required=True, metavar="YYYY-MM", help="月份，例如 2026-11")
    r.add_argument("-o", "--output", type=Path, required=True, metavar="文件.pdf")
    r.set_defaults(func=run_report)


def run_export(args: argparse.Namespace) -> int:
    """Without --from/--to every kind holds everything (the figures: every recorded day)."""
    fmt = args.fmt or ("csv" if args.output.suffix.lower() == ".csv" else "xlsx")
    kinds = list(export.KINDS) if args.kind == "all" else [args.kind]
    start, end = args.start, args.end
    if start or end:
        start, end = resolve_period(start, end)
    if start and end and start > end:
        return fail(f"起始日期 {start} 晚于截止日期 {end}")
    if (refused := refuse_output(args.output)) is not None:
        return refused
    if not open_db(args):
        return 1
    try:
        result = export.export(
            kinds,
            args.output,
            fmt=fmt,
            start=start,
            end=end,
            full_values=args.full,
            clerk=args.clerk,
        )
    except (ValueError, OSError) as exc:
        return fail(str(exc))
    finally:
        store_db.close_database()
    masked = "完整身份证号/手机号（已记入审计日志）" if args.full else "身份证号/手机号已打码"
    print(
        f"已导出 {'、'.join(result.sheets)}（期间：{result.period}，{result.rows} 行，{masked}）"
        f"到 {result.path}"
    )
    return 0


def run_report(args: argparse.Namespace) -> int:
    if (refused := refuse_output(args.output)) is not None:
        return refused
    try:
        start, _end = stats.parse_month(args.month)
    except ValueError as exc:
        return fail(str(exc))
    if not open_db(args):
        return 1
    try:
        report = reporting.print_monthly_report(start.year, start.month, args.output)
    except (MissingGlyphsError, OSError) as exc:
        return fail(str(exc))
    finally:
        store_db.close_database()
    print(f"已生成 {report.station.name} {report.title}：{args.output}")
    return 0
