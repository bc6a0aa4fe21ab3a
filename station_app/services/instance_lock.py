"""Who may use a database file at the same time, told by operating-system file locks beside it.

Two locks, each a small file next to the database:

- ``<db>.lock`` — the window: one running window per database (:class:`InstanceLock`).
- ``<db>.writers.lock`` — use of the data (:class:`DatabaseUse`): every process that writes (the
  window, ``import``, ``merge``, ``demo``, ``export`` and ``print-form`` with their audit entries)
  holds it *shared*, so they can work side by side, their transactions taking turns; a process
  that replaces the whole file (``restore``) needs it *exclusive*, so it can never throw away what
  another process has just written.

The locks are the system's own (``flock`` on POSIX, ``LockFileEx`` on Windows): they vanish with
the process that held them, so a lock file left behind by a crash never blocks anybody.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

POLL_SECONDS = 0.1


class AlreadyRunning(Exception):
    """Another running program holds the database; ``message`` tells the clerk."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(message)
        self.path = path
        self.message = message


class DatabaseInUse(AlreadyRunning):
    """The data cannot be used (or replaced) now; ``message`` says who is in the way."""


# -- the operating system's locks ----------------------------------------------------------------
if sys.platform == "win32":
    import ctypes
    import msvcrt
    from ctypes import wintypes

    class _Overlapped(ctypes.Structure):
        _fields_ = (
            ("Internal", ctypes.c_void_p),
            ("InternalHigh", ctypes.c_void_p),
            ("Offset", wintypes.DWORD),
            ("OffsetHigh", wintypes.DWORD),
            ("hEvent", wintypes.HANDLE),
        )

    _kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    _LOCKFILE_FAIL_IMMEDIATELY = 0x1
    _LOCKFILE_EXCLUSIVE_LOCK = 0x2

    def _try_lock(fd: int, exclusive: bool = True) -> bool:
        flags = _LOCKFILE_FAIL_IMMEDIATELY | (_LOCKFILE_EXCLUSIVE_LOCK if exclusive else 0)
        handle = msvcrt.get_osfhandle(fd)
        overlapped = _Overlapped()
        return bool(_kernel32.LockFileEx(handle, flags, 0, 1, 0, ctypes.byref(overlapped)))

    def _unlock(fd: int) -> None:
        handle = msvcrt.get_osfhandle(fd)
        overlapped = _Overlapped()
        _kernel32.UnlockFileEx(handle, 0, 1, 0, ctypes.byref(overlapped))

else:
    import fcntl

    def _try_lock(fd: int, exclusive: bool = True) -> bool:
        mode = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
        try:
            fcntl.flock(fd, mode | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


# -- one window per database ---------------------------------------------------------------------
_HELD: dict[Path, InstanceLock] = {}


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


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
                "请切换到那个窗口继续工作；同一个数据库同时只能由一个窗口打开。",
            )
        # The process id is written after the locked byte, for the message above.
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
    """True while another running window holds the database (not counting this program's)."""
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


# -- using the data: shared by writers, exclusive for replacing the file -------------------------
_USES: dict[Path, DatabaseUse] = {}


def use_lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".writers.lock")


class DatabaseUse:
    """Shared use of a database by a process that writes to it, or exclusive use to replace it.

    ``acquire(wait=seconds)`` waits that long for the others before raising
    :class:`DatabaseInUse`. Used as a context manager it releases on exit.
    """

    def __init__(self, db_path: Path | str, *, exclusive: bool = False) -> None:
        self.db_path = Path(db_path)
        self.path = use_lock_path(self.db_path)
        self.exclusive = exclusive
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self, wait: float = 0.0) -> DatabaseUse:
        if self._fd is not None:
            return self
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        deadline = time.monotonic() + wait
        while not _try_lock(fd, self.exclusive):
            if time.monotonic() >= deadline:
                os.close(fd)
                raise DatabaseInUse(self.db_path, self._refusal())
            time.sleep(POLL_SECONDS)
        self._fd = fd
        _USES[self.path.resolve()] = self
        return self

    def _refusal(self) -> str:
        if self.exclusive:
            return (
                f"数据库“{self.db_path}”正被另一个程序使用（窗口、导入、合并或导出），"
                "现在替换它会丢掉那个程序正在写入的内容。请等它结束或关闭它后再试，文件未做任何改动。"
            )
        return (
            f"数据库“{self.db_path}”正在被恢复（整个替换），请等恢复完成后再试，文件未做任何改动。"
        )

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        _USES.pop(self.path.resolve(), None)
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> DatabaseUse:
        return self.acquire()

    def __exit__(self, *_exc: object) -> None:
        self.release()


@contextmanager
def exclusive_use(db_path: Path | str, *, wait: float = 0.0) -> Iterator[DatabaseUse]:
    """Exclusive use of the database for replacing it.

    A process that holds shared use itself (the window) gives it up for the length of the block
    and takes it back after. Raises :class:`DatabaseInUse` while any other process uses the data.
    """
    db_path = Path(db_path)
    own = _USES.get(use_lock_path(db_path).resolve())
    if own is not None and own.exclusive:
        own = None
    if own is not None:
        own.release()
    lock = DatabaseUse(db_path, exclusive=True)
    try:
        lock.acquire(wait)
        try:
            yield lock
        finally:
            lock.release()
    finally:
        if own is not None:
            own.acquire(wait=30.0)
