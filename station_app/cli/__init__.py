"""Command line: ``station-app`` opens the window; sub-commands work on the database directly.

Each sub-command lives in a module of this package with a ``register(subparsers)`` function
that adds its parser and sets ``func`` (and ``writes=True`` when the command writes to the database:
it then works beside the window, but never while the database is being restored);
``COMMANDS`` lists those modules in help order.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path

from station_app.build_info import version_line

# A command that writes waits this long for a restore in progress before it gives up.
WRITER_WAIT_SECONDS = 30.0

COMMANDS = (
    "station_app.cli.demo_cmd",
    "station_app.cli.check_cmd",
    "station_app.cli.import_cmd",
    "station_app.cli.print_cmd",
    "station_app.cli.stats_cmd",
    "station_app.cli.export_cmd",
    "station_app.cli.template_cmd",
    "station_app.cli.backup_cmd",
    "station_app.cli.merge_cmd",
)


class _VersionAction(argparse.Action):
    """Prints the version line as it is (argparse's own action wraps it at the terminal's width)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help="显示版本与构建信息后退出")

    def __call__(self, parser: argparse.ArgumentParser, *args: object, **kwargs: object) -> None:
        if sys.stdout is not None:  # None in the windowed Windows program
            print(version_line())
        parser.exit()


def _window_parser(*, add_help: bool = True) -> argparse.ArgumentParser:
    """The options of the window itself (no sub-command)."""
    from station_app.cli import argparse_zh

    argparse_zh.install()
    parser = argparse.ArgumentParser(
        prog="station-app",
        description="街道工会服务站工作台：沟通会、现场入会、企业建会跟进、统计。",
        add_help=add_help,
    )
    parser.add_argument("--version", action=_VersionAction)
    parser.add_argument(
        "--db",
        metavar="文件或地址",
        help="数据库文件，或服务器上的数据库 postgresql://用户@主机:端口/库名"
        "（默认：用户数据文件夹；或环境变量 STATION_APP_DB）",
    )
    parser.add_argument(
        "--demo", action="store_true", help="数据库为空时先填入演示数据，再打开窗口"
    )
    parser.add_argument(
        "--lang", choices=("zh", "en"), help="窗口的语言（zh 中文，en English）；默认按设置"
    )
    return parser


def build_parser() -> argparse.ArgumentParser:
    """Every sub-command's parser: each module is imported (with what it prints or reads)."""
    parser = _window_parser()
    sub = parser.add_subparsers(dest="command", metavar="命令", title="命令")
    for name in COMMANDS:
        importlib.import_module(name).register(sub)
    return parser


def _window_args(argv: Sequence[str]) -> argparse.Namespace | None:
    """The arguments when they only open the window: then no sub-command module is imported,
    and the window shows without the printing, export and demo code loaded."""
    args, rest = _window_parser(add_help=False).parse_known_args(argv)
    return None if rest else args


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = _window_args(argv)
    if args is None:
        args = build_parser().parse_args(argv)
    else:
        args.command = None
        # The window's start makes some 60,000 objects that live as long as it does (modules,
        # classes, widgets); Python's collector would walk them over and over as they are made
        # (about 25 ms of the start). The window sets them aside and collects from then on
        # (station_app.ui.app, station_app.ui.gui_thread).
        gc.disable()
    from station_app.logs import setup_logging

    setup_logging()
    from station_app.paths import is_server, resolve_db_path

    args.db_path = resolve_db_path(args.db)
    if args.command is None:
        import os

        from station_app.paths import DB_ENV
        from station_app.ui.app import run

        given = bool(args.db or os.environ.get(DB_ENV))
        return run(args.db_path, demo_if_empty=args.demo, db_given=given, lang=args.lang)
    if is_server(args.db_path):
        # a server's database: no file to look at or unlock, no lock file beside it (the
        # server keeps writers apart itself)
        return int(args.func(args) or 0)
    if (refused := _unlock(args.db_path)) is not None:
        return refused
    if (refused := _refuse_database(args)) is not None:
        return refused
    if not getattr(args, "writes", False):
        return int(args.func(args) or 0)
    from station_app.cli.common import fail
    from station_app.services.instance_lock import DatabaseInUse, DatabaseUse

    use = DatabaseUse(args.db_path)
    try:
        use.acquire(wait=WRITER_WAIT_SECONDS)
    except DatabaseInUse as exc:
        return fail(exc.message)
    except OSError:
        pass  # no lock beside a read-only database: opening it says why nothing can be written
    try:
        return int(args.func(args) or 0)
    finally:
        use.release()


def _unlock(path: Path) -> int | None:
    """An encrypted database: its password from the environment (for scripts) or typed at a
    prompt, never from the command line; refused with one line when missing or wrong."""
    from station_app.cli.common import ask_password, fail
    from station_app.store import cipher

    if not cipher.is_encrypted(path):
        return None
    password = ask_password(path)
    if not password:
        return fail(
            f"数据库“{path}”已加密：请在提示时输入密码，或设置环境变量 {cipher.PASSWORD_ENV}。"
            "未做任何改动。"
        )
    if not cipher.opens(path, password):
        return fail(f"密码不对，打不开数据库“{path}”。未做任何改动。")
    cipher.remember(path, password)
    cipher.set_current(password)
    return None


def _refuse_database(args: argparse.Namespace) -> int | None:
    """Every command first looks at the database read-only: a file that is not a station
    database of a known schema (or is newer) is refused with one line before anything is
    written. A command may accept some problems (``restore`` replaces a damaged file)."""
    from station_app.cli.common import fail
    from station_app.store import db as store_db

    path = args.db_path
    if getattr(args, "looks_itself", False) or not path.is_file() or path.stat().st_size == 0:
        return None
    try:
        store_db.look_at(path)
    except store_db.DatabaseProblem as problem:
        if problem.kind not in getattr(args, "accepts", ()):
            return fail(problem.message)
    return None


if __name__ == "__main__":
    sys.exit(main())
