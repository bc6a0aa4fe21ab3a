"""Encryption at rest with SQLCipher (``sqlcipher3``, through peewee's ``playhouse.sqlcipher_ext``):
how an encrypted database file is recognised, opened, copied and re-keyed. Plain files keep using
the standard ``sqlite3``; ``db.py`` asks this module for every connection, so one bootstrap opens
either.

The password is never written anywhere: this process keeps it in memory for the files it was
given for (:func:`remember`), so backups, the laptop's copy and a merge use the same one.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

from peewee import SqliteDatabase

PASSWORD_ENV = "STATION_APP_PASSWORD"
SQLITE_HEADER = b"SQLite format 3\x00"
_passwords: dict[Path, str] = {}
_current: list[str] = []  # the password of the database this process has open, if any


def _key(path: Path | str) -> Path:
    return Path(path).resolve()


def remember(path: Path | str, password: str | None) -> None:
    """``password`` opens ``path`` (None: the file is not encrypted)."""
    if password:
        _passwords[_key(path)] = password
    else:
        _passwords.pop(_key(path), None)


def set_current(password: str | None) -> None:
    _current[:] = [password] if password else []


def current_password() -> str | None:
    return _current[0] if _current else None


def password_for(path: Path | str) -> str | None:
    """The password given for ``path``, else that of the open database (a backup or the
    laptop's copy shares it)."""
    return _passwords.get(_key(path)) or current_password()


def is_encrypted(path: Path | str) -> bool:
    """True for a file that may be an encrypted database: no SQLite header, whole pages."""
    path = Path(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError:
        return False
    if size < 1024 or size % 512 or head == SQLITE_HEADER:
        return False
    return not head.isascii() or not head.decode("ascii").isprintable()


def _sqlcipher() -> Any:
    from sqlcipher3 import dbapi2

    return dbapi2


def _quote(password: str) -> str:
    return "'" + password.replace("'", "''") + "'"


def connect(
    path: Path | str, *, read_only: bool = True, password: str | None = None, timeout: float = 5
) -> Any:
    """A DB-API connection to ``path``: ``sqlite3`` for a plain file, SQLCipher (keyed with
    ``password``, else the one remembered) for an encrypted one, or a new file when a password
    is given. A wrong password raises ``sqlite3.DatabaseError``-like "file is not a database"
    on the first read."""
    path = Path(path)
    uri = path.resolve().as_uri() + ("?mode=ro" if read_only else "")
    password = password or (password_for(path) if is_encrypted(path) else None)
    if not password:
        return sqlite3.connect(uri, uri=True, timeout=timeout)
    con = _sqlcipher().connect(uri, uri=True, timeout=timeout)
    con.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is our message, not a log line
    con.execute(f"PRAGMA key = {_quote(password)}")
    return con


def opens(path: Path | str, password: str) -> bool:
    """True when ``password`` opens the encrypted ``path`` (read-only, nothing written)."""
    try:
        con = connect(path, password=password)
    except Exception:
        return False
    try:
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except Exception:
        return False
    finally:
        con.close()


def database(path: Path | str, password: str | None, **kwargs: Any) -> SqliteDatabase:
    """The peewee database for ``path``: SQLCipher when it has a password."""
    if not password:
        return SqliteDatabase(str(path), **kwargs)
    from playhouse.sqlcipher_ext import SqlCipherDatabase

    pragmas = [("cipher_log_level", "NONE"), *dict(kwargs.pop("pragmas", {})).items()]
    return SqlCipherDatabase(str(path), passphrase=password, pragmas=pragmas, **kwargs)


def errors() -> tuple[type[BaseException], ...]:
    """The DB-API errors of both drivers (a caller catches either)."""
    return (sqlite3.DatabaseError, _sqlcipher().DatabaseError)


def copy_with_key(source: Path, target: Path, old: str | None, new: str | None) -> None:
    """Write ``source`` (opened with ``old``) into the new file ``target`` under ``new``: a
    plain file encrypted, an encrypted one re-keyed or decrypted (``sqlcipher_export``). The
    schema version travels along."""
    con = _sqlcipher().connect(str(source))
    try:
        con.execute("PRAGMA cipher_log_level = NONE")
        if old:
            con.execute(f"PRAGMA key = {_quote(old)}")
        version = int(con.execute("PRAGMA user_version").fetchone()[0])
        con.execute("ATTACH DATABASE ? AS rekeyed KEY ?", (str(target), new or ""))
        con.execute("SELECT sqlcipher_export('rekeyed')")
        con.execute(f"PRAGMA rekeyed.user_version = {version}")
        con.execute("DETACH DATABASE rekeyed")
    finally:
        con.close()
    os.chmod(target, 0o600)
