"""Helpers shared by the sub-commands."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from station_app.private_files import OutputProblem, check_output
from station_app.store import db as store_db
from station_app.store import station as station_store


def open_db(args: argparse.Namespace) -> bool:
    """Open the database named by ``--db``; print a clear message and return False if it can't."""
    try:
        store_db.open_database(args.db_path)
    except store_db.DatabaseProblem as problem:
        print(f"错误：{problem.message}", file=sys.stderr)
        return False
    station_store.ensure_default_lists()
    return True


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
