"""Where the application keeps its files: one place, overridable for tests and for clerks."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "station-app"
DB_ENV = "STATION_APP_DB"
DATA_ENV = "STATION_APP_DATA"
DB_FILENAME = "station.sqlite3"


def data_dir() -> Path:
    """The per-user data folder (``STATION_APP_DATA`` overrides it)."""
    override = os.environ.get(DATA_ENV)
    return Path(override) if override else Path(user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    """The database file: ``--db`` wins (handled by the caller), then ``STATION_APP_DB``."""
    override = os.environ.get(DB_ENV)
    return Path(override) if override else data_dir() / DB_FILENAME


SERVER_SCHEMES = ("postgresql://", "postgres://")
SQLITE_SCHEME = "sqlite:///"


class ServerUrl(str):
    """A database on a PostgreSQL server (``postgresql://user@host:port/dbname``), not a file."""


def is_server(target: object) -> bool:
    return isinstance(target, str) and target.lower().startswith(SERVER_SCHEMES)


def resolve_db_path(cli_value: str | os.PathLike[str] | None) -> Path | ServerUrl:
    """``--db`` (or ``STATION_APP_DB``): a file path, ``sqlite:///path`` or a server's URL."""
    value = os.fspath(cli_value) if cli_value else os.environ.get(DB_ENV, "")
    if is_server(value):
        return ServerUrl(value)
    if value.lower().startswith(SQLITE_SCHEME):
        return Path(value[len(SQLITE_SCHEME) :]).expanduser()
    return Path(value).expanduser() if value else default_db_path()


def logs_dir() -> Path:
    """The rotating log files (no full ID or phone numbers are ever written there)."""
    return data_dir() / "logs"


def backups_dir(db_path: Path) -> Path:
    """Backups live beside the database so a copied folder carries them along."""
    return db_path.parent / "backups"
