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
FONT_SUFFIXES = (".ttf", ".otf", ".ttc")


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


def font_path() -> Path:
    """The bundled CJK TrueType font (covers CJK Unified Ideographs and Extension A)."""
    return resources_dir() / "fonts" / FONT_FILE_NAME


def font_files() -> list[Path]:
    """Every bundled font file, the CJK font first, the others by name."""
    folder = resources_dir() / "fonts"
    others = sorted(
        path
        for path in folder.glob("*")
        if path.suffix.lower() in FONT_SUFFIXES and path.name != FONT_FILE_NAME
    )
    main = font_path()
    return ([main] if main.is_file() else []) + others
