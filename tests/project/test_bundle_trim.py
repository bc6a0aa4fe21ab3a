"""What the frozen build leaves out (packaging/bundle_trim.py, read by the PyInstaller spec)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
from bundle_trim import keep_in_bundle


@pytest.mark.parametrize(
    ("destination", "kept"),
    [
        (r"PySide6\translations\qtbase_zh_CN.qm", True),
        ("PySide6/Qt/translations/qtbase_en.qm", True),
        ("PySide6/Qt/translations/qt_zh_CN.qm", True),
        (r"PySide6\translations\qtbase_de.qm", False),
        ("PySide6/Qt/translations/qtbase_zh_TW.qm", False),
        ("PySide6/Qt/translations/qt_help_ja.qm", False),
        (r"PySide6\opengl32sw.dll", False),
        (r"PySide6\Qt6Core.dll", True),
        ("resources/fonts/DroidSansFallbackFull.ttf", True),
        ("station_app/translations/station_de.qm", True),
    ],
)
def test_keep_in_bundle(destination: str, kept: bool) -> None:
    assert keep_in_bundle(destination) is kept
