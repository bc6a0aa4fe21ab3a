"""Files holding personal data (full ID and phone numbers) are created readable by their owner
only (0600), written beside their target and moved into place when complete."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_private(path: Path | str, data: bytes) -> None:
    """Write ``data`` to ``path`` as an owner-only file, replacing it whole or not at all."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=path.suffix, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:  # mkstemp creates the file 0600
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
