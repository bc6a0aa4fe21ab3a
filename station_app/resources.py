"""Locate the files bundled with the application (fonts, templates, images).

Run from a checkout they sit in the repository's ``resources/``; in a frozen build (PyInstaller)
they sit in the bundle's own folder. Qt-free: the printing layer and the UI both use it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

RESOURCES_ENV = "STATION_APP_RESOURCES"
FONT_FILE_NAME = "DroidSansFallbackFull.ttf"


def bundle_dir() -> Path | None:
    """The folder a frozen build unpacks its files into; ``None`` when run from source."""
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle) if getattr(sys, "frozen", False) and bundle else None


def resources_dir() -> Path:
    """The top-level ``resources/`` folder; ``$STATION_APP_RESOURCES`` overrides it."""
    override = os.environ.get(RESOURCES_ENV, "").strip()
    if override:
        return Path(override).expanduser().resolve()
    base = bundle_dir() or Path(__file__).resolve().parents[1]
    return base / "resources"


def guide_path(language: str = "zh_CN") -> Path:
    """The bundled 使用说明 (HTML) in ``language``."""
    return resources_dir() / "guide" / f"guide.{language}.html"


def fonts_dir() -> Path:
    """The bundled fonts: the printing chain (see ``fonts.json``) and the screen font."""
    return resources_dir() / "fonts"


def font_path() -> Path:
    """The CJK font used on screen (CJK Unified Ideographs and Extension A)."""
    return fonts_dir() / FONT_FILE_NAME
