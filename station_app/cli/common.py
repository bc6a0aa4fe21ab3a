"""Helpers shared by the sub-commands."""

from __future__ import annotations

import argparse
import sys

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
