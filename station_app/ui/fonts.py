"""The window's font: the system's UI font, with the bundled fonts behind it.

On Windows the UI font is the system's Chinese one ("Microsoft YaHei UI"), which covers Latin,
digits and CJK alike. The bundled fonts follow as fallbacks: the printing chain of fonts.json
(Latin, CJK with its digits, CJK Extensions B–F), so whatever prints also shows, then the screen's
Droid Sans Fallback. Qt takes the first family in the chain that supports a text's script, so a
font that has the script's letters but not its digits (Droid Sans Fallback) must never lead it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from station_app.printing import glyphs
from station_app.resources import font_path

WINDOWS_UI_FAMILIES = ("Microsoft YaHei UI", "Microsoft YaHei")
MIN_POINT_SIZE = 10

_bundled: list[str] | None = None


def font_chain(
    system_family: str,
    bundled: Iterable[str],
    *,
    platform: str,
    installed: Callable[[str], bool],
) -> list[str]:
    """The families the window asks for, first choice first, each once."""
    chain: list[str] = []
    if platform == "win32":
        chain += [family for family in WINDOWS_UI_FAMILIES if installed(family)][:1]
    chain += [system_family, *bundled]
    return [family for i, family in enumerate(chain) if family and family not in chain[:i]]


def screen_font_files() -> list[Path]:
    """The bundled fonts the window falls back on, in the order it tries them."""
    files = [font.path for font in glyphs.chain().values()] + [font_path()]
    return [path for i, path in enumerate(files) if path not in files[:i] and path.is_file()]


def bundled_families() -> list[str]:
    """Register the bundled fonts with Qt once; their family names, each once, in order."""
    global _bundled
    if _bundled is None:
        families: list[str] = []
        for path in screen_font_files():
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                families += QFontDatabase.applicationFontFamilies(font_id)
        _bundled = list(dict.fromkeys(families))
    return _bundled


def install_app_font(app: QApplication) -> str:
    """Set the application font to the chain above; return the bundled CJK font's family."""
    bundled = bundled_families()
    font = QFont(app.font())
    chain = font_chain(
        font.family(), bundled, platform=sys.platform, installed=QFontDatabase.hasFamily
    )
    font.setFamilies(chain)
    font.setPointSize(max(font.pointSize(), MIN_POINT_SIZE))
    app.setFont(font)
    return bundled[0] if bundled else ""
