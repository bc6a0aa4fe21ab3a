"""Files the program writes for the clerk (exports, error files, filled templates, printed
forms): one check of the place they go to, and files holding personal data (full ID and phone
numbers) created readable by their owner only (0600), written beside their target and moved into
place only when complete. Qt-free and below every layer, so printing and services share it."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path


class OutputProblem(ValueError):
    """The file cannot be written where the clerk asked; ``message`` says why, in Chinese."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def check_output(path: Path | str) -> Path:
    """``path`` if a file can be written there; a missing folder is refused, never created."""
    path = Path(path)
    if path.is_dir():
        raise OutputProblem(f"“{path}”是一个文件夹，请给出文件名。")
    folder = path.parent
    if not folder.is_dir():
        raise OutputProblem(f"文件夹“{folder}”不存在。")
    if not os.access(folder, os.W_OK):
        raise OutputProblem(f"没有权限在文件夹“{folder}”中写入文件。")
    return path


def private_folder(folder: Path | str) -> Path:
    """Create ``folder`` (with missing parents) and make it readable by its owner only (0700):
    the data folder, ``backups/``, ``logs/``. A folder owned by someone else keeps its mode."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError, AttributeError):  # not ours; no modes (Windows ACLs)
        if folder.stat().st_uid == os.getuid():
            os.chmod(folder, 0o700)
    return folder


def write_private(path: Path | str, write: Callable[[Path], None]) -> Path:
    """Call ``write(temporary path)`` and move the result to ``path``, readable by its owner
    only; nothing is left behind when ``write`` fails or is cancelled."""
    path = check_output(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=path.suffix, dir=path.parent)
    os.close(fd)  # mkstemp creates the file 0600; writers reopen it and keep that mode
    try:
        write(Path(tmp))
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def write_private_bytes(path: Path | str, data: bytes) -> Path:
    """Write ``data`` to ``path`` as an owner-only file, replacing it whole or not at all."""

    def write(tmp: Path) -> None:
        tmp.write_bytes(data)

    return write_private(path, write)
