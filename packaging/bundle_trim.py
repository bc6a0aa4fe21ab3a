"""What the one-folder build leaves out: files the app never loads (read by station-app.spec)."""

from __future__ import annotations

from pathlib import PurePath

# The UI is Chinese with English to come: Qt's own strings in other languages are never loaded.
KEPT_QT_LANGUAGES = ("zh_CN", "en")
# Qt's software OpenGL renderer (20 MB): the app draws with QPainter on plain widgets and never
# creates an OpenGL context.
DROPPED_FILES = frozenset({"opengl32sw.dll"})


def keep_in_bundle(destination: str) -> bool:
    """Whether a file collected for the bundle (its path inside the bundle) is kept."""
    path = PurePath(destination.replace("\\", "/"))
    if path.name.lower() in DROPPED_FILES:
        return False
    if path.suffix == ".qm" and path.parts[:1] == ("PySide6",) and "translations" in path.parts:
        return path.stem.endswith(tuple(f"_{language}" for language in KEPT_QT_LANGUAGES))
    return True
