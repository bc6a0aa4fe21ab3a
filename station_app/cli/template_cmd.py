"""``station-app fill-template TEMPLATE -o OUT``: members written into a copy of the district's
template (工会会员实名制 and similar), its columns matched by name."""

from __future__ import annotations

import argparse
from pathlib import Path

from station_app.cli.common import fail, open_db, refuse_output
from station_app.cli.stats_cmd import iso_date
from station_app.store import db as store_db


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("fill-template", help="把会员填入上级下发的 Excel 模板（如工会会员实名制）")
    p.add_argument("template", type=Path, metavar="模板文件", help="模板 .xlsx 文件")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="文件.xlsx")
    p.add_argument(
        "--preset", default="工会会员实名制", help="列的对应方案（默认：工会会员实名制）"
    )
    p.add_argument("--sheet", metavar="工作表", help="模板中的工作表（默认：表头最完整的工作表）")
    p.add_argument(
        "--from", dest="start", type=iso_date, metavar="日期", help="申请日期起（默认：全部）"
    )
    p.add_argument(
        "--to", dest="end", type=iso_date, metavar="日期", help="申请日期止（默认：全部）"
    )
    p.add_argument("--clerk", default="", metavar="姓名", help="经办人姓名（写入审计日志）")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from station_app.services import template_fill as tf

    if (refused := refuse_output(args.output)) is not None:
        return refused
    if not open_db(args):
        return 1
    try:
        preset = tf.load_preset(args.preset)
        template = tf.read_template(args.template, preset, args.sheet)
        columns = tf.match(template, preset)
        n = tf.fill_template(
            template, args.output, columns, start=args.start, end=args.end, clerk=args.clerk
        )
    except tf.TemplateError as exc:
        return fail(exc.message)
    finally:
        store_db.close_database()
    matched = "、".join(template.headers[i] for i in sorted(columns))
    print(
        f"已按模板填入 {n} 名会员（对应列：{matched}）到 {args.output}"
        "（含完整身份证号，已记入审计日志）"
    )
    return 0
