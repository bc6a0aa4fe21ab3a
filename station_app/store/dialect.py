"""The few SQL expressions SQLite and PostgreSQL spell differently, chosen when a query is run
(the models are bound to one database or the other only at start)."""

from __future__ import annotations

from typing import Any

from peewee import ColumnBase, fn

from station_app.store.models import database
from station_app.store.server import is_server_database


class PerEngine(ColumnBase):
    """An expression written once for each engine; sorts, aliases and compares like a column."""

    def __init__(self, sqlite: Any, postgresql: Any) -> None:
        super().__init__()
        self.sqlite = sqlite
        self.postgresql = postgresql

    def __sql__(self, ctx: Any) -> Any:
        return ctx.sql(self.postgresql if is_server_database(database.obj) else self.sqlite)


def month_text(day: Any) -> PerEngine:
    """A date's month as text, ``2026-11``."""
    return PerEngine(fn.substr(day, 1, 7), fn.to_char(day, "YYYY-MM"))


def weekday_number(day: Any) -> PerEngine:
    """A date's weekday, 0 for Sunday to 6 for Saturday (for sorting)."""
    return PerEngine(fn.strftime("%w", day), fn.date_part("dow", day))
