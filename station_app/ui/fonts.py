"""Registers the bundled CJK font with Qt so rare characters (䶮) show on every machine."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from station_app.resources import font_path

_family: str | None = None


def install_app_font(app: QApplication) -> str:
    """Register the bundled font and use it as the fallback for Chinese text."""
    global _family
    if _family is None:
        font_id = QFontDatabase.addApplicationFont(str(font_path()))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        _family = families[0] if families else ""
    if _family:
        font = QFont(app.font())
        font.setFamilies([font.family(), _family] if font.family() != _family else [_family])
        font.setPointSize(max(font.pointSize(), 10))
        app.setFont(font)
    return _family or ""
