"""Locate the files bundled with the application (fonts, templates, images).

Qt-free: the printing layer and the UI both use it.
"""

from __future__ import annotations

import os
from pathlib import Path

RESOURCES_ENV = "STATION_APP_RESOURCES"
FONT_FILE_NAME = "DroidSansFallbackFull.ttf"


def resources_dir() -> Path:
    """The top-level ``resources/`` folder; ``$STATION_APP_RESOURCES`` overrides it."""
    override = os.environ.get(RESOURCES_ENV, "").strip()
    if override:
        return Path(override).expanduser().resolve()
    return Path(__file__).resolve().parents[1] / "resources"


def font_path() -> Path:
    """The bundled CJK TrueType font (covers CJK Unified Ideographs and Extension A)."""
    return resources_dir() / "fonts" / FONT_FILE_NAME
