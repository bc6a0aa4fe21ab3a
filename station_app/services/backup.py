"""Backups with SQLite's online backup API, their rotation, and restoring one.

Backups sit in ``backups_dir(db)`` beside the database. Automatic ones (``<stem>-auto-<stamp>``)
are made when the program starts (if none was made that day) and when it closes, and are rotated:
the newest of each of the last 7 days, of the last 8 weeks and of the last 12 months stay.
Backups made by hand (``<stem>-<stamp>``) and the copies taken before a restore are deleted after
half a year (the newest of each kind always stays); the copies taken before a migration stay.
The folder and every backup in it are readable by their owner only.
"""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from urllib.parse import urlsplit

from station_app.paths import backups_dir, data_dir, is_server
from station_app.private_files import private_folder
from station_app.services.instance_lock import (
    DatabaseInUse,
    exclusive_use,
    is_locked_by_another,
)
from station_app.store import audit, cipher, db as store_db, file_copy, tombstones

STAMP = "%Y%m%d-%H%M%S"
KEEP_DAILY = 7
KEEP_WEEKLY = 8
KEEP_MONTHLY = 12
KEEP_COPIES_DAYS = 180  # manual backups and the copies taken before a restore
STALE_PARTIAL_SECONDS = 3600
_NAME = re.compile(
    r"^(?P<stem>.+?)-(?P<kind>auto-|before-restore-|before-v\d+-)?"
    r"(?P<stamp>\d{8}-\d{6})(?:-\d+)?$"
)


class BackupError(Exception):
    """A backup or restore that cannot be done; ``message`` tells the clerk why."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime
    kind: str  # "auto", "manual", "before-restore", "before-migration"

    @property
    def label(self) -> str:
        names = {
            "auto": "自动备份",
            "manual": "手动备份",
            "before-restore": "恢复前的副本",
            "before-migration": "升级前的副本",
        }
        return f"{self.taken_at:%Y-%m-%d %H:%M} {names[self.kind]}"


def _unique(path: Path) -> Path:
    if not path.exists():
        return path
    for n in range(2, 1000):
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
        if not candidate.exists():
            return candidate
    raise BackupError(f"备份文件夹“{path.parent}”中同名文件太多。")


def _copy_online(source: Path, target: Path) -> None:
    """Copy a consistent snapshot of ``source`` (even while it is written to) into ``target``."""
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    os.close(os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600))
    password = cipher.password_for(source) if cipher.is_encrypted(source) else None
    try:
        src = cipher.connect(source, timeout=10)
        try:  # an encrypted database's copy is encrypted with the same password
            dst = cipher.connect(partial, read_only=False, password=password)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        os.replace(partial, target)
    except cipher.errors() as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(f"无法备份“{source}”：{exc}") from exc
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(f"无法写入备份文件“{target}”：{exc}") from exc


def backup(
    db_path: Path | str,
    out: Path | str | None = None,
    *,
    now: datetime | None = None,
    clerk: str = "",
) -> Path:
    """Copy the database into ``out`` (default: a new file in the backups folder); return it.
    The copy is in the audit log of the database when it is the one open. A server's database
    is written into a SQLite file of the same format (default: the user's backups folder)."""
    if is_server(db_path):
        return _server_backup(str(db_path), out, now=now, clerk=clerk)
    db_path = Path(db_path)
    if not db_path.is_file():
        raise BackupError(f"找不到数据库文件“{db_path}”。")
    _station_file(db_path)
    stamp = (now or datetime.now()).strftime(STAMP)
    if out is None:
        folder = private_folder(backups_dir(db_path))
        target = _unique(folder / f"{db_path.stem}-{stamp}{db_path.suffix}")
    else:
        target = Path(out)
        if target.resolve() == db_path.resolve():
            raise BackupError("备份文件不能是数据库本身。")
    target.parent.mkdir(parents=True, exist_ok=True)
    _copy_online(db_path, target)
    current = store_db.current_path()
    if current is not None and current.resolve() == db_path.resolve():
        audit.log("db.backup", clerk=clerk, detail=f"备份到“{target}”")
    return target


def _server_backup(url: str, out: Path | str | None, *, now: datetime | None, clerk: str) -> Path:
    """The server's records as a SQLite file (through the models), checked before it is kept."""
    stamp = (now or datetime.now()).strftime(STAMP)
    if out is None:
        name = urlsplit(url).path.strip("/") or "station"
        folder = private_folder(data_dir() / "backups")
        target = _unique(folder / f"{name}-{stamp}.sqlite3")
    else:
        target = Path(out)
    target.parent.mkdir(parents=True, exist_ok=True)
    opened_here = not store_db.is_server_database()
    if opened_here:
        try:
            store_db.open_database(url)
        except store_db.DatabaseProblem as exc:
            raise BackupError(exc.message) from exc
    partial = target.with_name(target.name + ".partial")
    try:
        file_copy.remove_partial(partial)
        os.close(os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600))
        file_copy.write_file_copy(partial, store_db.make_database)
        verdict = store_db.check_database(partial)
        if not verdict.ok:
            raise BackupError(f"服务器数据库的备份检查未通过，未保存：{verdict.verdict}")
        os.replace(partial, target)
        audit.log("db.backup", clerk=clerk, detail=f"备份到“{target}”")
    except OSError as exc:
        raise BackupError(f"无法写入备份文件“{target}”：{exc}") from exc
    finally:
        file_copy.remove_partial(partial)
        if opened_here:
            store_db.close_database()
    return target


def _station_file(path: Path) -> None:
    """Only a station database of a known schema is copied."""
    try:
        store_db.look_at(path)
    except store_db.DatabaseProblem as exc:
        raise BackupError(exc.message) from exc


def list_backups(db_path: Path | str) -> list[BackupFile]:
    """The backups of this database, newest first."""
    db_path = Path(db_path)
    folder = backups_dir(db_path)
    if not folder.is_dir():
        return []
    found: list[BackupFile] = []
    for path in folder.glob(f"*{db_path.suffix}"):
        m = _NAME.match(path.stem)
        if not m or m["stem"] != db_path.stem or not path.is_file():
            continue
        try:
            taken = datetime.strptime(m["stamp"], STAMP)
        except ValueError:
            continue
        prefix = m["kind"] or ""
        kind = (
            "auto"
            if prefix == "auto-"
            else "before-restore"
            if prefix == "before-restore-"
            else "before-migration"
            if prefix.startswith("before-v")
            else "manual"
        )
        found.append(BackupFile(path, taken, kind))
    found.sort(key=lambda b: (b.taken_at, b.path.name), reverse=True)
    return found


def latest_backup(db_path: Path | str) -> BackupFile | None:
    """The newest automatic or manual backup (not the copies taken before a restore)."""
    for b in list_backups(db_path):
        if b.kind in ("auto", "manual"):
            return b
    return None


def backup_due(db_path: Path | str, *, now: datetime | None = None) -> bool:
    today = (now or datetime.now()).date()
    return not any(b.kind == "auto" and b.taken_at.date() == today for b in list_backups(db_path))


def auto_backup(db_path: Path | str, *, now: datetime | None = None) -> Path:
    """An automatic backup, then the rotation."""
    db_path = Path(db_path)
    now = now or datetime.now()
    name = f"{db_path.stem}-auto-{now.strftime(STAMP)}{db_path.suffix}"
    target = _unique(private_folder(backups_dir(db_path)) / name)
    _copy_online(db_path, target)
    rotate(db_path, now=now)
    return target


def backups_to_keep(autos: list[BackupFile]) -> set[Path]:
    """Grandfather-father-son: the newest backup of each of the last days, weeks and months."""
    newest_first = sorted(autos, key=lambda b: b.taken_at, reverse=True)
    keep: set[Path] = set()
    for limit, bucket in (
        (KEEP_DAILY, lambda d: d.date()),
        (KEEP_WEEKLY, lambda d: d.isocalendar()[:2]),
        (KEEP_MONTHLY, lambda d: (d.year, d.month)),
    ):
        seen: list[object] = []
        for b in newest_first:
            key = bucket(b.taken_at)
            if key in seen:
                continue
            if len(seen) == limit:
                break
            seen.append(key)
            keep.add(b.path)
    return keep


def rotate(db_path: Path | str, *, now: datetime | None = None) -> list[Path]:
    """Delete the backups the rotation no longer keeps, and what killed backups left behind;
    return what was deleted. Automatic backups: grandfather-father-son. Manual ones and the
    copies taken before a restore: after :data:`KEEP_COPIES_DAYS` days, the newest of each kind
    always kept."""
    now = now or datetime.now()
    found = list_backups(db_path)
    autos = [b for b in found if b.kind == "auto"]
    keep = backups_to_keep(autos)
    for kind in ("manual", "before-restore"):
        copies = [b for b in found if b.kind == kind]
        keep |= {b.path for b in copies[:1]}  # newest first
        keep |= {b.path for b in copies if (now - b.taken_at).days < KEEP_COPIES_DAYS}
    removed = _remove_stale_partials(backups_dir(Path(db_path)), now)
    for b in autos + [b for b in found if b.kind in ("manual", "before-restore")]:
        if b.path not in keep:
            try:
                b.path.unlink()
            except OSError:
                continue
            removed.append(b.path)
    return removed


def _remove_stale_partials(folder: Path, now: datetime) -> list[Path]:
    """``.partial`` files of backups that were killed (older than an hour: none still running)."""
    removed = []
    if not folder.is_dir():
        return removed
    for partial in folder.glob("*.partial"):
        try:
            age = now.timestamp() - partial.stat().st_mtime
            if age > STALE_PARTIAL_SECONDS:
                partial.unlink()
                removed.append(partial)
        except OSError:
            continue
    return removed


def _companions(path: Path) -> list[Path]:
    return [Path(str(path) + s) for s in ("-wal", "-shm", "-journal")]


def restore(db_path: Path | str, backup_file: Path | str, *, clerk: str = "") -> Path | None:
    """Replace the database with ``backup_file``; return the copy kept of the current file.

    The backup is checked first (integrity and schema); the current file, with its WAL, is
    copied as it is (even if damaged) into the backups folder before it is replaced. Refused
    while this program or another one has the database open. People erased since the backup
    was made are erased again in the restored file, and the restore is in its audit log.
    """
    db_path = Path(db_path)
    backup_file = Path(backup_file)
    if not backup_file.is_file():
        raise BackupError(f"找不到备份文件“{backup_file}”。")
    if db_path.exists() and backup_file.resolve() == db_path.resolve():
        raise BackupError("所选文件就是当前的数据库，不能用它自己来恢复。")
    verdict = store_db.check_database(backup_file)
    if not verdict.ok:
        raise BackupError(
            f"备份文件“{backup_file.name}”检查未通过，未做任何改动：{verdict.verdict}"
        )
    current = store_db.current_path()
    if current is not None and db_path.exists() and current.resolve() == db_path.resolve():
        raise BackupError("数据库正在使用中，请先关闭它再恢复。")
    if is_locked_by_another(db_path):
        raise BackupError("数据库正由另一个正在运行的窗口使用，请先关闭那个窗口再恢复。")
    erasures = _erasures(db_path)
    try:
        with exclusive_use(db_path):
            kept = _replace_with(db_path, backup_file)
    except DatabaseInUse as exc:
        raise BackupError(exc.message) from exc
    # the database now opens with the backup's password (or none)
    cipher.remember(
        db_path, cipher.password_for(backup_file) if cipher.is_encrypted(backup_file) else None
    )
    detail = f"从“{backup_file.name}”恢复" + (
        f"；恢复前的数据库另存为“{kept.name}”" if kept else ""
    )
    _after_restore(db_path, erasures, detail, clerk)
    return kept


def _erasures(db_path: Path) -> tuple[str, set[str]]:
    try:
        return tombstones.read_from_file(db_path)
    except cipher.errors():
        return "", set()  # a damaged file: its erasures are in the copy kept of it


def _after_restore(db_path: Path, erasures: tuple[str, set[str]], detail: str, clerk: str) -> None:
    """In the restored file: erase again whoever was erased since the backup, and log it."""
    from station_app.services import privacy

    store_db.open_database(db_path)
    try:
        key, digests = erasures
        again = 0
        if digests and tombstones.adopt(key, digests, date.today()):
            for member_id in tombstones.members_erased_elsewhere():
                privacy.erase_member(
                    member_id, clerk=clerk, reason="恢复备份后再次删除（本人已申请删除）"
                )
                again += 1
        note = f"；备份之后按本人要求删除的 {again} 人已再次删除" if again else ""
        audit.log("db.restore", clerk=clerk, detail=detail + note)
    finally:
        store_db.close_database()


def _replace_with(db_path: Path, backup_file: Path) -> Path | None:
    """Keep a copy of the current file, then put the backup in its place (nobody else uses it)."""
    stamp = datetime.now().strftime(STAMP)
    folder = private_folder(backups_dir(db_path))
    kept: Path | None = None
    if db_path.exists():
        kept = _unique(folder / f"{db_path.stem}-before-restore-{stamp}{db_path.suffix}")
        _keep_current(db_path, kept)

    incoming = db_path.with_name(db_path.name + ".restoring")
    _copy_online(backup_file, incoming)
    try:
        for extra in _companions(db_path):
            extra.unlink(missing_ok=True)
        os.replace(incoming, db_path)
    except OSError as exc:
        incoming.unlink(missing_ok=True)
        raise BackupError(f"无法替换数据库文件：{exc}。原文件的副本在“{kept}”。") from exc
    return kept


def _keep_current(db_path: Path, kept: Path) -> None:
    """A consistent copy of the file about to be replaced; byte for byte if it is damaged."""
    try:
        _copy_online(db_path, kept)
        return
    except BackupError:
        pass  # a damaged file: keep exactly what is there, with its WAL
    try:
        os.close(os.open(kept, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600))
        shutil.copyfile(db_path, kept)
        wal = Path(str(db_path) + "-wal")
        if wal.exists():
            shutil.copyfile(wal, Path(str(kept) + "-wal"))
    except OSError as exc:
        raise BackupError(f"无法保存当前数据库的副本，未做任何改动：{exc}") from exc
