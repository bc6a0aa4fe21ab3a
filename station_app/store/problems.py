"""What can be wrong with a database file, said once for every place that opens one."""

from __future__ import annotations

from pathlib import Path

from station_app.paths import ServerUrl


class DatabaseProblem(Exception):
    """A database that cannot be opened as it is; ``kind`` says why, ``message`` tells a clerk."""

    def __init__(self, kind: str, path: Path | ServerUrl, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.path = path
        self.message = message
