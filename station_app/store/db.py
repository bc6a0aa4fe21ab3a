"""The one database bootstrap: open, check, migrate. WAL, foreign keys, owner-only file."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from peewee import Database, OperationalError, SqliteDatabase

from station_app.domain.audit_chain import ChainVerdict
from station_app.paths import ServerUrl, backups_dir, is_server
from station_app.private_files import private_folder
from station_app.store import audit, cipher, file_probe, server, sync_journal
from station_app.store.migrations import MIGRATIONS, SCHEMA_VERSION
from station_app.store.models import ALL_MODELS, database
from station_app.store.problems import DatabaseProblem

__all__ = ["DatabaseProblem"]

SQLITE_HEADER = b"SQLite format 3\x00"
PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "normal",
    "busy_timeout": 5000,
    "cache_size": -32000,
    "temp_store": "memory",
    # deleted and overwritten content is zeroed, not left in free pages (erasures); set here
    # because SQLite's own default differs between builds
    "secure_delete": "on",
}


@dataclass(frozen=True)
class CheckResult:
    ok: bool
    verdict: str


def _probe_file(path: Path) -> None:
    """Refuse files that are not SQLite databases before SQLite touches them."""
    if not path.exists():
        return
    if path.is_dir():
        raise DatabaseProblem("not_a_database", path, f"“{path}”是一个文件夹，不是数据库文件。")
    try:
        with path.open("rb") as fh:
            head = fh.read(100)
    except PermissionError as exc:
        raise DatabaseProblem("unreadable", path, f"没有权限读取数据库文件“{path}”。") from exc
    if len(head) == 0:
        return  # an empty file becomes a new database
    if not head.startswith(SQLITE_HEADER) and cipher.is_encrypted(path):
        _check_password(path)
        return
    if not head.startswith(SQLITE_HEADER):
        raise DatabaseProblem(
            "not_a_database",
            path,
            f"文件“{path}”不是本程序的数据库（不是 SQLite 文件），未做任何改动。",
        )
    if len(head) < 100:
        raise DatabaseProblem("corrupt", path, f"数据库文件“{path}”已截断（损坏），未做任何改动。")
    page_size = int.from_bytes(head[16:18], "big") or 65536
    page_count = int.from_bytes(head[28:32], "big")
    if page_count and path.stat().st_size < page_size * page_count:
        wal = Path(str(path) + "-wal")
        if not wal.exists():
            raise DatabaseProblem(
                "corrupt", path, f"数据库文件“{path}”比应有的短（被截断或损坏），未做任何改动。"
            )


def _check_password(path: Path) -> None:
    """An encrypted file opens only with its password (given, or asked for by the caller)."""
    password = cipher.password_for(path)
    if not password:
        raise DatabaseProblem(
            "encrypted",
            path,
            f"数据库“{path}”已加密，需要密码（命令行：在提示时输入，或设置环境变量 "
            f"{cipher.PASSWORD_ENV}）。未做任何改动。",
        )
    if not cipher.opens(path, password):
        raise DatabaseProblem(
            "wrong_password",
            path,
            f"密码不对，打不开数据库“{path}”（或者它不是本程序的数据库）。未做任何改动。",
        )


def _create_owner_only(path: Path) -> None:
    if not path.parent.exists():  # a folder made for the database is owner-only too
        private_folder(path.parent)
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
    os.close(fd)


class DatabaseBusy(Exception):
    """Another program kept the database locked for longer than the busy timeout."""

    def __init__(self, message: str = "") -> None:
        self.message = message or (
            "数据库正被另一个程序写入（例如正在导入或合并），这一次没能保存。"
            "请稍等几秒再试一次；已填写的内容仍在。"
        )
        super().__init__(self.message)


def make_database(path: Path) -> SqliteDatabase:
    # BEGIN IMMEDIATE: a transaction takes the write lock when it starts, so a second writer
    # waits its turn (busy_timeout) instead of failing at once with "database is locked".
    # An encrypted file gets SQLCipher with its password (store/cipher.py).
    password = cipher.password_for(path) if cipher.is_encrypted(path) else None
    return cipher.database(
        path, password, pragmas=PRAGMAS, check_same_thread=False, lock_type="IMMEDIATE"
    )


def is_busy_error(exc: BaseException) -> bool:
    return isinstance(exc, (OperationalError, sqlite3.OperationalError)) and _is_locked(exc)


@contextmanager
def unit_of_work() -> Iterator[None]:
    """One use case's writes (and their audit entry): all committed together, or none.

    Nested units become savepoints of the outer one. A database another program keeps locked
    past the busy timeout raises :class:`DatabaseBusy`. On a server the unit waits for the
    writers' turn first, so desks write one after the other as on a file.
    """
    try:
        with database.atomic():
            server.take_write_turn(database.obj)
            yield
    except (OperationalError, sqlite3.OperationalError) as exc:
        if _is_locked(exc):
            raise DatabaseBusy() from exc
        raise


@contextmanager
def worker_connection() -> Iterator[None]:
    """A worker thread's own connection to the open database, for the length of its work."""
    if database.obj is None:
        yield
        return
    database.connect(reuse_if_open=True)
    try:
        yield
    finally:
        database.close()


def read_schema_version(path: Path) -> int:
    con = cipher.connect(path)
    try:
        return int(con.execute("PRAGMA user_version").fetchone()[0])
    finally:
        con.close()


def look_at(path: Path | str) -> file_probe.FileLook:
    """A read-only look at a database file that is not changed by it (not even to WAL):
    raises :class:`DatabaseProblem` for a file that is not a station database of a schema this
    program knows, or is locked, damaged or newer."""
    path = Path(path)
    _probe_file(path)
    try:
        con = cipher.connect(path)
        try:
            return file_probe.look(path, con)
        finally:
            con.close()
    except cipher.errors() as exc:
        if _is_locked(exc):
            raise _locked(path) from exc
        raise DatabaseProblem("corrupt", path, f"数据库文件“{path}”已损坏：{exc}") from exc


def open_database(
    path: Path | str,
    *,
    on_backup: Callable[[Path], None] | None = None,
    password: str | None = None,
) -> Database:
    """Open (creating if needed) the database at ``path`` and bind the models to it; an
    encrypted file with ``password`` (or the one given for it before).

    Raises :class:`DatabaseProblem` for a file that is not a database, is damaged, comes from a
    newer version of the program, or cannot be written, and for an encrypted file without its
    password (``encrypted``) or with a wrong one (``wrong_password``); the file is left
    untouched then. A server's URL (``postgresql://…``) opens that database instead.
    """
    if is_server(path):
        return open_server(str(path))
    path = Path(path)
    if password:
        cipher.remember(path, password)
    _probe_file(path)
    is_new = not path.exists() or path.stat().st_size == 0
    if not path.exists():
        try:
            _create_owner_only(path)
        except OSError as exc:
            raise DatabaseProblem("unwritable", path, f"无法创建数据库文件“{path}”：{exc}") from exc
    elif (
        not os.access(path, os.W_OK)
        or not os.access(path.parent, os.W_OK)
        or not path.stat().st_mode & stat.S_IWUSR  # marked read-only, even for an administrator
    ):
        raise DatabaseProblem(
            "read_only", path, f"数据库文件“{path}”是只读的（或其文件夹不可写），无法保存登记。"
        )

    version = 0 if is_new else look_at(path).version

    db = make_database(path)
    try:
        db.connect(reuse_if_open=True)
    except Exception as exc:  # sqlite3.OperationalError: locked, disk I/O …
        raise DatabaseProblem("locked", path, f"无法打开数据库“{path}”：{exc}") from exc
    database.initialize(db)
    cipher.set_current(cipher.password_for(path) if cipher.is_encrypted(path) else None)
    try:
        _probe_write_lock(db, path)
        if version == 0 and db.get_tables():
            db.close()
            raise DatabaseProblem(
                "not_a_database", path, f"文件“{path}”是别的程序的数据库，未做任何改动。"
            )
        if version == 0:
            with db.atomic():
                db.create_tables(ALL_MODELS)
                db.pragma("user_version", SCHEMA_VERSION)
        elif version < SCHEMA_VERSION:
            copy = backup_before_migration(path, version)
            if on_backup:
                on_backup(copy)
            _migrate(db)
    except Exception as exc:
        db.close()
        if isinstance(exc, DatabaseProblem):
            raise
        raise DatabaseProblem("corrupt", path, f"数据库“{path}”无法使用：{exc}") from exc
    return db


def open_server(url: str) -> Database:
    """Open the station's database on a PostgreSQL server and bind the models to it: created
    when empty, migrated (under the advisory lock) when older. Raises :class:`DatabaseProblem`
    (``unreachable``, ``not_a_database``, ``newer_schema``) without changing anything then."""
    label = server.safe_label(url)
    where = ServerUrl(label)
    try:
        db = server.make_database(url)
        db.connect(reuse_if_open=True)
    except server.UrlProblem as exc:
        raise DatabaseProblem("bad_url", where, str(exc)) from exc
    except Exception as exc:  # psycopg2.OperationalError: refused, no such database, password
        raise DatabaseProblem(
            "unreachable", where, f"连接不上数据库服务器“{label}”：{_first_line(exc)}"
        ) from exc
    database.initialize(db)
    cipher.set_current(None)
    _opened_url[0] = ServerUrl(url)
    try:
        with server.migration_lock(db):
            version = server.read_version(db)
            if version == 0 and db.get_tables():
                raise DatabaseProblem(
                    "not_a_database", where, f"数据库“{label}”里已有别的程序的表，未做任何改动。"
                )
            if version > SCHEMA_VERSION:
                raise DatabaseProblem(
                    "newer_schema",
                    where,
                    f"数据库“{label}”来自更新版本的程序（结构版本 {version}），请先升级本程序。",
                )
            if version == 0:
                db.create_tables(ALL_MODELS)
                server.write_version(db, SCHEMA_VERSION)
            elif version < SCHEMA_VERSION:
                _run_steps(db, version)
    except Exception as exc:
        db.close()
        if isinstance(exc, DatabaseProblem):
            raise
        raise DatabaseProblem(
            "corrupt", where, f"数据库“{label}”无法使用：{_first_line(exc)}"
        ) from exc
    return db


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


_opened_url: list[ServerUrl | None] = [None]


def current_server() -> ServerUrl | None:
    """The server's URL this process has open, if it has one open."""
    return _opened_url[0] if is_server_database() and not database.obj.is_closed() else None


def is_server_database() -> bool:
    """Whether the open database is on a server (no file: no file backups, no file lock)."""
    return server.is_server_database(database.obj)


def _is_locked(exc: Exception) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def _locked(path: Path) -> DatabaseProblem:
    return DatabaseProblem(
        "locked",
        path,
        f"数据库“{path}”正被另一个程序锁定（可能是另一个正在运行的 station-app 或数据库工具）。"
        "请关闭那个程序后再打开，文件未做任何改动。",
    )


def _probe_write_lock(db: SqliteDatabase, path: Path) -> None:
    """Fail now, with a clear message, if another process keeps the database locked."""
    try:
        db.execute_sql("BEGIN IMMEDIATE")
        db.execute_sql("ROLLBACK")
    except Exception as exc:  # peewee wraps sqlite3.OperationalError in its own class
        if _is_locked(exc):
            db.close()
            raise _locked(path) from exc
        raise


def current_path() -> Path | None:
    """The database file this process has open, if any (None for a server's database)."""
    db = database.obj
    if db is None or db.is_closed() or server.is_server_database(db):
        return None
    return Path(db.database)


def migrate_file(path: Path | str) -> int:
    """Bring a database file that is not the one in use to the current schema, in place.

    The models stay bound to the open database. Returns the version the file had.
    """
    path = Path(path)
    version = look_at(path).version
    if version == SCHEMA_VERSION:
        return version
    db = make_database(path)
    db.connect()
    try:
        _migrate(db)
    finally:
        db.close()
    return version


def needs_upgrade(path: Path | str) -> bool:
    """Whether ``path`` is a readable, unencrypted file of an older schema (a quick look at the
    file's header: nothing is opened for writing)."""
    path = Path(path)
    if not path.is_file() or path.stat().st_size == 0 or cipher.is_encrypted(path):
        return False
    try:
        version = look_at(path).version
    except DatabaseProblem:
        return False
    return 0 < version < SCHEMA_VERSION


def upgrade_file(path: Path | str) -> Path | None:
    """A file of an older schema, not the one in use, copied into the backups folder and brought
    up to date in place, through its own connection (so on any thread); returns the copy, or
    None when there was nothing to do: a new, current, encrypted or unreadable file (opening it
    says what is wrong)."""
    if not needs_upgrade(path):
        return None
    path = Path(path)
    copy = backup_before_migration(path, look_at(path).version)
    migrate_file(path)
    return copy


def _migrate(db: SqliteDatabase) -> None:
    """Run the missing steps in one write transaction. The version is read again inside it, so
    two programs starting on an older file at once migrate it once."""
    with db.atomic():
        version = int(db.execute_sql("PRAGMA user_version").fetchone()[0])
        sync_journal.drop_triggers(db)  # an event laptop's copy: made again for the new columns
        _run_steps(db, version)
        sync_journal.refresh(db)
        db.pragma("user_version", SCHEMA_VERSION)


def _run_steps(db: Database, version: int) -> None:
    """The schema steps after ``version``, inside the caller's transaction (both engines)."""
    for step in range(version + 1, SCHEMA_VERSION + 1):
        MIGRATIONS[step](db)
    if server.is_server_database(db):
        server.write_version(db, SCHEMA_VERSION)


def backup_before_migration(path: Path, version: int) -> Path:
    folder = private_folder(backups_dir(path))
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{path.stem}-before-v{version}-{stamp}{path.suffix}"
    _create_owner_only(target)  # the copy holds the same personal data as the database
    password = cipher.password_for(path) if cipher.is_encrypted(path) else None
    src = cipher.connect(path, read_only=False)
    dst = cipher.connect(target, read_only=False, password=password)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


def close_database() -> None:
    db = database.obj
    if db is not None and not db.is_closed():
        db.close()


def expected_schema() -> dict[str, set[str]]:
    return {m._meta.table_name: set(m._meta.columns) for m in ALL_MODELS}


def check_database(path: Path | str) -> CheckResult:
    """SQLite's integrity check plus a comparison of tables and columns with the models; for a
    server's URL, the connection, the schema and the audit log."""
    if is_server(path):
        return check_server(str(path))
    path = Path(path)
    if not path.exists():
        return CheckResult(False, f"有问题：{path} 不存在")
    try:
        look_at(path)
        con = cipher.connect(path)
        try:
            rows = [r[0] for r in con.execute("PRAGMA integrity_check").fetchall()]
            fk = con.execute("PRAGMA foreign_key_check").fetchall()
            version = int(con.execute("PRAGMA user_version").fetchone()[0])
            actual: dict[str, set[str]] = {}
            for (table,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'"):
                cols = {r[1] for r in con.execute(f'PRAGMA table_info("{table}")')}
                actual[table] = cols
            chain = audit.verify(con.execute) if version == SCHEMA_VERSION else None
        finally:
            con.close()
    except DatabaseProblem as exc:
        return CheckResult(False, f"有问题：{exc.message}")
    except cipher.errors() as exc:
        return CheckResult(False, f"有问题：{path}：{exc}")
    if rows != ["ok"]:
        return CheckResult(False, f"有问题：完整性检查未通过：{'；'.join(rows[:3])}")
    if fk:
        return CheckResult(False, f"有问题：{len(fk)} 处记录引用了不存在的记录（外键）")
    return _schema_verdict(str(path), "完整性正常", version, actual, chain)


def _schema_problems(actual: dict[str, set[str]]) -> list[str]:
    problems = []
    for table, cols in expected_schema().items():
        if table not in actual:
            problems.append(f"缺少表 {table}")
        elif cols - actual[table]:
            problems.append(f"表 {table} 缺少列 {', '.join(sorted(cols - actual[table]))}")
    return problems


def check_server(url: str) -> CheckResult:
    """The server answers, the schema is this program's (version, tables, columns) and the
    audit log's chain holds. Integrity and foreign keys are the server's own business."""
    label = server.safe_label(url)
    try:
        db = server.make_database(url)
        db.connect()
    except server.UrlProblem as exc:
        return CheckResult(False, f"有问题：{exc}")
    except Exception as exc:  # psycopg2.OperationalError
        return CheckResult(False, f"有问题：无法连接 {label}：{_first_line(exc)}")
    try:
        version = server.read_version(db)
        actual = {t: {c.name for c in db.get_columns(t)} for t in db.get_tables()}
        chain = (
            audit.verify(lambda sql, params: server.execute(db, sql.replace("?", "%s"), params))
            if version == SCHEMA_VERSION
            else None
        )
    except Exception as exc:  # peewee.DatabaseError: the server refused a query
        return CheckResult(False, f"有问题：{label}：{_first_line(exc)}")
    finally:
        db.close()
    return _schema_verdict(label, "已连接", version, actual, chain)


def _schema_verdict(
    label: str,
    reached: str,
    version: int,
    actual: dict[str, set[str]],
    chain: ChainVerdict | None,
) -> CheckResult:
    """The verdict on a database that could be read: its schema version, tables and columns,
    and the audit log's chain (``chain`` None when the version is not this program's)."""
    if version != SCHEMA_VERSION:
        return CheckResult(False, f"有问题：结构版本为 {version}，应为 {SCHEMA_VERSION}")
    problems = _schema_problems(actual)
    if problems:
        return CheckResult(False, "有问题：结构：" + "；".join(problems))
    if chain is not None and not chain.ok:
        return CheckResult(False, f"有问题：审计日志：{chain.reason}（共 {chain.entries} 条）")
    return CheckResult(
        True,
        f"正常：{label} — {reached}，结构版本 {version} 正确，"
        f"审计日志链完整（{chain.entries if chain else 0} 条）",
    )
