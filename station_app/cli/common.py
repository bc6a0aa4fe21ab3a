"""Helpers shared by the sub-commands."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from station_app.private_files import OutputProblem, check_output
from station_app.store import db as store_db, station as station_store


def open_db(args: argparse.Namespace) -> bool:
    """Open the database named by ``--db``; print a clear message and return False if it can't."""
    try:
        store_db.open_database(args.db_path)
    except store_db.DatabaseProblem as problem:
        print(f"错误：{problem.message}", file=sys.stderr)
        return False
    station_store.ensure_default_lists()
    if store_db.is_server_database():  # the windows on the server refresh their lists
        from station_app.services import change_feed

        change_feed.announce_changes()
    return True


def ask_password(path: Path, what: str = "数据库") -> str | None:
    """The password of an encrypted file: ``STATION_APP_PASSWORD`` (for scripts), else typed at
    a prompt that does not echo it; None when there is neither."""
    import getpass
    import os

    from station_app.store.cipher import PASSWORD_ENV

    if os.environ.get(PASSWORD_ENV):
        return os.environ[PASSWORD_ENV]
    if sys.stdin is None or not sys.stdin.isatty():
        return None
    try:
        return getpass.getpass(f"{what}“{path.name}”的密码：") or None
    except (EOFError, KeyboardInterrupt):
        return None


def fail(message: str, code: int = 1) -> int:
    print(f"错误：{message}", file=sys.stderr)
    return code


def refuse_output(path: Path | None) -> int | None:
    """The exit code of a refusal when ``path`` cannot be written (a missing folder is never
    created); None when it can, or when no path was given."""
    if path is None:
        return None
    try:
        check_output(path)
    except OutputProblem as exc:
        return fail(exc.message)
    return None
