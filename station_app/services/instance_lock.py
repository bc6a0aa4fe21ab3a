"""One running instance per database file: a lock file beside it, held while the program runs.

The lock is an operating-system lock (``fcntl.flock`` on POSIX, ``msvcrt.locking`` on Windows),
so it disappears with the process that held it: a lock file left behind by a crash never blocks.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

_HELD: dict[Path, InstanceLock] = {}


class AlreadyRunning(Exception):
    """Another running program holds the database; ``message`` tells the clerk."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(message)
        self.path = path
        self.message = message


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


def _holder_pid(path: Path) -> str:
    try:
        return path.read_text(encoding="ascii").strip()[:12]
    except (OSError, UnicodeDecodeError):
        return ""


class InstanceLock:
    """``acquire()`` or raise :class:`AlreadyRunning`; ``release()`` when the program ends."""

    def __init__(self, db_path: Path | str) -> None:
        self.db_path = Path(db_path)
        self.path = lock_path(self.db_path)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> InstanceLock:
        if self._fd is not None:
            return self
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        if not _try_lock(fd):
            os.close(fd)
            pid = _holder_pid(self.path)
            who = f"（进程号 {pid}）" if pid else ""
            raise AlreadyRunning(
                self.db_path,
                f"数据库“{self.db_path}”已经在另一个正在运行的 station-app 中打开{who}。"
                "请切换到那个窗口继续工作；同一个数据库同时只能由一个程序打开。",
            )
        # The lock sits on byte 0 (Windows); the process id is written after it for the message.
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, f"{os.getpid()}\n".encode("ascii"))
        os.fsync(fd)
        self._fd = fd
        _HELD[self.path.resolve()] = self
        return self

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        _HELD.pop(self.path.resolve(), None)
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(self, *_exc: object) -> None:
        self.release()


def is_locked_by_another(db_path: Path | str) -> bool:
    """True while another running program holds the lock (not counting one held by this one)."""
    path = lock_path(Path(db_path))
    if path.resolve() in _HELD:
        return False
    if not path.exists():
        return False
    try:
        fd = os.open(path, os.O_RDWR)
    except OSError:
        return False
    try:
        if not _try_lock(fd):
            return True
        _unlock(fd)
        return False
    finally:
        os.close(fd)
