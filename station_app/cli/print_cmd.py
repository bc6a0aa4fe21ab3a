"""``station-app print-form``: a member's application forms, or blank ones, as a PDF file."""

from __future__ import annotations

import argparse
from pathlib import Path

from station_app.cli.common import fail, open_db
from station_app.printing.application_form import PrintCancelled
from station_app.printing.fonts import MissingGlyphsError
from station_app.services import forms
from station_app.store import db as store_db

MAX_COPIES = 1000


def _copies(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"份数必须是整数，而不是“{text}”") from None
    if not 1 <= n <= MAX_COPIES:
        raise argparse.ArgumentTypeError(f"份数必须在 1 到 {MAX_COPIES} 之间，而不是 {n}")
    return n


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "print-form",
        help="把会员的《入会申请书》和《工会会员登记表》（或空白表）写成 PDF",
        description="把会员的入会申请书和会员登记表（每份两页 A4），或空白表，写成一个 PDF 文件。",
    )
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--member", metavar="ID_NUMBER", help="会员的身份证号码")
    who.add_argument("--blank", action="store_true", help="空白表，供现场手写")
    p.add_argument("--copies", type=_copies, default=1, metavar="N", help="份数（默认 1）")
    p.add_argument(
        "--lang",
        choices=forms.LANGS,
        help="zh 中文 / en 英文 / bilingual 中英对照（默认：外资企业中英对照，否则中文）",
    )
    p.add_argument("--clerk", default="", help="经办人姓名（写入审计日志）")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf", help="输出文件")
    p.set_defaults(func=run, writes=True)


def run(args: argparse.Namespace) -> int:
    out: Path = args.output
    if out.is_dir():
        return fail(f"“{out}”是一个文件夹，请给出 PDF 文件名。")
    if not out.parent.exists():
        return fail(f"文件夹“{out.parent}”不存在。")
    if not open_db(args):
        return 1
    try:
        if args.blank:
            pages = forms.print_blank(out, copies=args.copies, lang=args.lang or "zh")
            what = f"空白申请表 {args.copies} 份"
        else:
            member = forms.find_member_by_id_number(args.member)
            if member is None:
                return fail(f"没有身份证号码为 {args.member} 的会员。")
            result = forms.print_member_forms(
                [member.id],
                out,
                lang=args.lang or forms.default_lang(member),
                copies=args.copies,
                clerk=args.clerk,
            )
            pages = result.pages
            what = f"{member.name} 的申请表 {args.copies} 份"
    except MissingGlyphsError as exc:
        return fail(str(exc))
    except forms.NothingToPrint as exc:
        return fail(exc.message)
    except PrintCancelled as exc:
        return fail(str(exc))
    except OSError as exc:
        return fail(f"无法写入“{out}”：{exc.strerror or exc}")
    finally:
        store_db.close_database()
    print(f"已写入 {out}：{what}，共 {pages} 页")
    return 0
