"""What ``--version`` says: the version, and which build is running (a frozen build's own
description, written by packaging/build.sh, or "from source")."""

from __future__ import annotations

import sys

from station_app import __version__
from station_app.resources import bundle_dir

BUILD_FILE_NAME = "BUILD"


def build_description() -> str:
    """One line: the frozen build's ``BUILD`` file, or ``from source`` when not frozen."""
    bundle = bundle_dir()
    if bundle is None:
        return "from source"
    try:
        text = (bundle / BUILD_FILE_NAME).read_text(encoding="utf-8").strip()
    except OSError:
        text = ""
    return text or "frozen build, unknown origin"


def version_line() -> str:
    # sys.platform, not platform.system(): on Windows that may start a `ver` shell or a WMI query.
    return (
        f"station-app {__version__} ({build_description()}; "
        f"Python {sys.version.split()[0]} on {sys.platform})"
    )
