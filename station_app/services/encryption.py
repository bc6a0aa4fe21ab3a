"""Encrypting the database file, changing its password, or taking the encryption off.

The file is written anew under the new key (``sqlcipher_export``) beside the old one and put in
its place, with nobody else using the database meanwhile; backups made from then on, and the
event laptop's copy, are encrypted with the same password. There is no way back from a
forgotten password: only a backup made before encryption (not encrypted) can be restored.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from station_app.services import backup as backups, changes
from station_app.services.instance_lock import DatabaseInUse, exclusive_use
from station_app.store import audit, cipher, db as store_db

ACTION = "security.encryption"
FORGOTTEN = (
    "忘记密码就再也打不开这个数据库：密码不保存在任何地方，也无法找回；"
    "只能从加密之前做的（未加密的）备份恢复，之后登记的内容会丢失。请把密码写下来，存放在安全的地方。"
)


class EncryptionError(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Encryption:
    encrypted: bool
    plain_backups: list[backups.BackupFile]  # copies that are still readable without a password


def is_encrypted(db_path: Path) -> bool:
    return cipher.is_encrypted(db_path)


def unlocks(db_path: Path, password: str) -> bool:
    """True when ``password`` opens the encrypted database (it is then used for this file)."""
    if not cipher.opens(db_path, password):
        return False
    cipher.remember(db_path, password)
    return True


def plain_backups(db_path: Path) -> list[backups.BackupFile]:
    return [b for b in backups.list_backups(db_path) if not cipher.is_encrypted(b.path)]


@changes.notifies(*changes.EVERYTHING)
def set_password(db_path: Path, new: str | None, *, clerk: str = "") -> Encryption:
    """Encrypt the open database with ``new``, re-key it, or (``new`` None) decrypt it. The
    database is closed for the length of it and opened again after."""
    db_path = Path(db_path)
    old = cipher.password_for(db_path) if cipher.is_encrypted(db_path) else None
    if not old and not new:
        raise EncryptionError("数据库没有加密。")
    what = "加密数据库文件" if not old else "更换数据库密码" if new else "取消数据库加密"
    store_db.close_database()
    key = old
    try:
        with exclusive_use(db_path):
            fresh = db_path.with_name(db_path.name + ".rekey")
            fresh.unlink(missing_ok=True)
            os.close(os.open(fresh, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600))
            try:
                cipher.copy_with_key(db_path, fresh, old, new)
                for extra in (Path(str(db_path) + "-wal"), Path(str(db_path) + "-shm")):
                    extra.unlink(missing_ok=True)
                os.replace(fresh, db_path)
                key = new
            except BaseException:
                fresh.unlink(missing_ok=True)
                raise
    except DatabaseInUse as exc:
        raise EncryptionError(exc.message) from exc
    finally:
        cipher.remember(db_path, key)
        store_db.open_database(db_path)
    audit.log(ACTION, clerk=clerk, detail=what)
    return Encryption(bool(key), plain_backups(db_path))
