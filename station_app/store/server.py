"""A station database on a PostgreSQL server, named by a URL (``postgresql://user@host:port/db``).

The password never comes from the URL (so never from ``ui.ini`` or the command line): the user's
pgpass file (libpq reads it itself) or the system keyring under ``KEYRING_SERVICE``.
The schema version lives in a table of its own (SQLite keeps it in ``PRAGMA user_version``),
and schema steps run under an advisory lock, so desks starting at once migrate once.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import urlsplit

from peewee import (
    Database,
    DatabaseProxy,
    ImproperlyConfigured,
    InterfaceError,
    OperationalError,
    PostgresqlDatabase,
    Psycopg2Adapter,
)
from playhouse.shortcuts import ReconnectMixin

KEYRING_SERVICE = "station-app"
VERSION_TABLE = "station_schema_version"
# pg_advisory_xact_lock's key: "station" in ASCII, the same for every desk of one database
MIGRATION_LOCK_KEY = 0x73746174696F6E
# the writers' turn: one desk's unit of work at a time, as SQLite's BEGIN IMMEDIATE gives
WRITE_LOCK_KEY = MIGRATION_LOCK_KEY + 1
CONNECT_TIMEOUT_SECONDS = 10


class LazyPsycopg2Adapter(Psycopg2Adapter):
    """peewee's psycopg2 adapter with the driver imported when a server database is made, not
    when peewee is (see :mod:`station_app.store`)."""

    def __init__(self) -> None:
        try:
            import psycopg2
            import psycopg2.extensions
            import psycopg2.extras
        except ImportError as exc:  # pragma: no cover - psycopg2 is a dependency
            raise ImproperlyConfigured("psycopg2 postgres driver not found.") from exc
        psycopg2.extras.register_uuid()
        super().__init__()
        self._driver = psycopg2
        self.json_type = self.jsonb_type = psycopg2.extras.Json
        self.txn_idle = psycopg2.extensions.TRANSACTION_STATUS_IDLE
        self.txn_inerror = psycopg2.extensions.TRANSACTION_STATUS_INERROR
        self.txn_unknown = psycopg2.extensions.TRANSACTION_STATUS_UNKNOWN

    def check_driver(self) -> None:
        pass  # imported when this adapter was made

    def get_binary_type(self) -> Any:
        return self._driver.Binary

    def connect(self, db: Any, **params: Any) -> Any:
        if db.database.startswith("postgresql://"):
            params.setdefault("dsn", db.database)
        else:
            params.setdefault("dbname", db.database)
        conn = self._driver.connect(**params)
        extensions = self._driver.extensions
        if db._register_unicode:
            extensions.register_type(extensions.UNICODE, conn)
            extensions.register_type(extensions.UNICODEARRAY, conn)
        if db._encoding:
            conn.set_client_encoding(db._encoding)
        return conn


class StationServerDatabase(ReconnectMixin, PostgresqlDatabase):
    """PostgreSQL, connected again when the server dropped the connection (restarted, or the
    network was gone for a while) and no transaction was under way: a desk left open overnight
    goes on working. A write whose connection broke fails once and is said so; nothing of it is
    kept, and the next one connects again."""

    psycopg2_adapter = LazyPsycopg2Adapter

    reconnect_errors = (  # type: ignore[assignment]
        (OperationalError, "server closed the connection"),
        (OperationalError, "terminating connection"),
        (OperationalError, "could not receive data"),
        (OperationalError, "ssl connection has been closed"),
        (InterfaceError, "connection already closed"),
    )


class UrlProblem(ValueError):
    """A server URL this program refuses (a password in it, no database name)."""


def safe_label(url: str) -> str:
    """The URL as shown to clerks and in logs: never a password."""
    parts = urlsplit(url)
    host = parts.hostname or "localhost"
    port = f":{parts.port}" if parts.port else ""
    user = f"{parts.username}@" if parts.username else ""
    return f"{parts.scheme}://{user}{host}{port}{parts.path}"


def keyring_name(params: dict[str, Any]) -> str:
    """The keyring entry's user name for one server database: ``user@host:port/dbname``."""
    return (
        f"{params.get('user') or ''}@{params.get('host') or 'localhost'}:"
        f"{params.get('port') or 5432}/{params['database']}"
    )


def connect_params(url: str) -> dict[str, Any]:
    parts = urlsplit(url)
    if parts.password is not None:
        raise UrlProblem(
            "数据库地址里不能写密码：请把密码存入 pgpass 文件或系统钥匙串（keyring），"
            "地址里只写用户名。"
        )
    from playhouse.db_url import parse

    params: dict[str, Any] = parse(url)  # type: ignore[no-untyped-call]
    if not params.get("database"):
        raise UrlProblem(f"数据库地址“{safe_label(url)}”缺少数据库名（…/数据库名）。")
    params.pop("passwd", None)
    params.setdefault("connect_timeout", CONNECT_TIMEOUT_SECONDS)
    password = keyring_password(params)
    if password:
        params["password"] = password
    return params


def remember_password(url: str, password: str) -> None:
    """Keep the password of the server's database in the system keyring (raises
    ``keyring.errors.KeyringError`` when this machine has no usable keyring)."""
    import keyring
    from playhouse.db_url import parse

    params = parse(url)  # type: ignore[no-untyped-call]
    keyring.set_password(KEYRING_SERVICE, keyring_name(params), password)


def keyring_password(params: dict[str, Any]) -> str | None:
    """The password kept in the system keyring for this database, if any (else libpq reads
    the pgpass file)."""
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:  # pragma: no cover - keyring is a dependency
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, keyring_name(params))
    except (KeyringError, RuntimeError, OSError):
        return None  # no usable keyring on this machine: pgpass alone


def make_database(url: str, password: str | None = None) -> StationServerDatabase:
    """The server's database (not connected yet); ``password`` only while the clerk tries a
    connection they are setting up, else from the keyring or pgpass."""
    params = connect_params(url)
    if password:
        params["password"] = password
    name = params.pop("database")
    return StationServerDatabase(name, autoconnect=True, **params)  # type: ignore[no-untyped-call]


def is_server_database(db: Database | None) -> bool:
    return isinstance(db, PostgresqlDatabase)


def execute(db: Database | DatabaseProxy, sql: str, params: tuple[Any, ...] = ()) -> Any:
    return db.execute_sql(sql, params)


def read_version(db: Database) -> int:
    """The schema version; 0 for a database without the station's tables."""
    if VERSION_TABLE not in db.get_tables():
        return 0
    row = execute(db, f'SELECT "version" FROM "{VERSION_TABLE}"').fetchone()
    return int(row[0]) if row else 0


def write_version(db: Database, version: int) -> None:
    execute(db, f'CREATE TABLE IF NOT EXISTS "{VERSION_TABLE}" ("version" INTEGER NOT NULL)')
    execute(db, f'DELETE FROM "{VERSION_TABLE}"')
    execute(db, f'INSERT INTO "{VERSION_TABLE}" ("version") VALUES (%s)', (version,))


@contextmanager
def migration_lock(db: Database) -> Iterator[None]:
    """One transaction holding the database's advisory lock: a second desk starting at the
    same time waits here, then finds the schema already current."""
    with db.atomic():
        execute(db, "SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK_KEY,))
        yield


def take_write_turn(db: Database | None) -> None:
    """On a server, wait for the writers' turn until the current transaction ends (SQLite's
    file lock does this for a file): a check-then-write (a duplicate ID, the audit log's next
    seal) sees every other desk's committed writes. Nothing on SQLite."""
    if db is not None and is_server_database(db):
        execute(db, "SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK_KEY,))
