"""The program's log: a rotating file in the data folder, owner-only, with personal numbers masked.

``setup_logging()`` is called once by each entry point (the window and the command line). Native
crashes (a fault inside Qt) are written by :mod:`faulthandler` to ``faults.log`` beside it.
"""

from __future__ import annotations

import atexit
import faulthandler
import logging
import logging.handlers
import os
from pathlib import Path
from typing import IO

from station_app import paths
from station_app.domain.masking import redact
from station_app.private_files import private_folder

LOG_NAME = "station-app.log"
FAULTS_NAME = "faults.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"

_state: dict[str, object] = {}


class RedactingFormatter(logging.Formatter):
    """Formats a record (with its traceback), then masks ID and phone numbers in the result."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


class OwnerOnlyRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose files are created readable by their owner only."""

    def _open(self) -> IO[str]:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        return os.fdopen(fd, self.mode, encoding=self.encoding, errors=self.errors)


def log_file() -> Path:
    return paths.logs_dir() / LOG_NAME


def setup_logging(level: int = logging.INFO) -> Path:
    """Send the program's log records to the rotating file; returns its path. Idempotent."""
    path = log_file()
    if _state.get("path") == path:
        return path
    _close_previous()
    folder = path.parent
    if not folder.parent.exists():  # the data folder, made here: owner-only like its files
        private_folder(folder.parent)
    private_folder(folder)
    handler = OwnerOnlyRotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
    )
    handler.setFormatter(RedactingFormatter(FORMAT))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level)
    fd = os.open(folder / FAULTS_NAME, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    faults = os.fdopen(fd, "a", encoding="utf-8")
    faulthandler.enable(faults)
    _state.update(path=path, handler=handler, faults=faults)
    atexit.register(_close_previous)
    return path


def _close_previous() -> None:
    handler = _state.pop("handler", None)
    if isinstance(handler, logging.Handler):
        logging.getLogger().removeHandler(handler)
        handler.close()
    faults = _state.pop("faults", None)
    if faults is not None:
        faulthandler.disable()
        faults.close()  # type: ignore[attr-defined]
    _state.pop("path", None)
