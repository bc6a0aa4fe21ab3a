"""``station-app print-form``: a member's application forms, or blank ones, as a PDF file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from station_app.cli.common import fail, open_db, refuse_output
from station_app.domain.masking import mask_id
from station_app.printing.application_form import PrintCancelled
from station_app.printing.fonts import MissingGlyphsError
from station_app.services import forms
from station_app.store import db as store_db
from station_app.store.records import MemberRecord

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
    who.add_argument(
        "--member",
        metavar="记录号|-",
        help="会员的记录编号；或 - 在提示时输入证件号码（证件号码不写在命令行上）",
    )
    who.add_argument("--blank", action="store_true", help="空白表，供现场手写")
    p.add_argument("--copies", type=_copies, default=1, metavar="数目", help="份数（默认 1）")
    p.add_argument(
        "--lang",
        choices=forms.LANGS,
        help="zh 中文 / en 英文 / bilingual 中英对照（默认：外资企业中英对照，否则中文）",
    )
    p.add_argument("--clerk", default="", metavar="姓名", help="经办人姓名（写入审计日志）")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="文件.pdf", help="输出文件")
    p.set_defaults(func=run, writes=True)


ROW_DIGITS = 9  # a record number; anything longer is a document number


def _read_id_number() -> str:
    """The document number typed at a prompt that does not show it, or one line of standard
    input from a script: never part of the command line (process lists, shell history)."""
    import getpass

    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass("证件号码：")
    return sys.stdin.readline() if sys.stdin is not None else ""


def _member(which: str) -> tuple[MemberRecord | None, str]:
    """The member named by a record number, or by a document number read from a prompt."""
    which = which.strip()
    if which == "-":
        number = _read_id_number().strip()
        member = forms.find_member_by_id_number(number) if number else None
        return member, f"没有证件号码为 {mask_id(number)} 的会员。"
    if which.isdigit() and len(which) <= ROW_DIGITS:
        return forms.get_member(int(which)), f"没有编号为 {which} 的会员记录。"
    return None, (
        "为保护个人信息，证件号码不写在命令行上：请用 --member 记录编号，"
        "或 --member - 在提示时输入证件号码。"
    )


def run(args: argparse.Namespace) -> int:
    out: Path = args.output
    if (refused := refuse_output(out)) is not None:
        return refused
    if not open_db(args):
        return 1
    try:
        if args.blank:
            pages = forms.print_blank(out, copies=args.copies, lang=args.lang or "zh")
            what = f"空白申请表 {args.copies} 份"
        else:
            member, problem = _member(args.member)
            if member is None:
                return fail(problem)
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
