"""The window's font chain and Qt's own strings in Chinese."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from station_app.printing import glyphs
from station_app.resources import font_path
from station_app.ui.fonts import (
    bundled_families,
    font_chain,
    install_app_font,
    screen_font_files,
)
from station_app.ui.qt_translations import QT_CATALOGUE, install_qt_translations

DROID = "Droid Sans Fallback"


def test_windows_leads_with_yahei_when_installed() -> None:
    chain = font_chain("Segoe UI", [DROID], platform="win32", installed=lambda f: True)
    assert chain == ["Microsoft YaHei UI", "Segoe UI", DROID]


def test_windows_without_yahei_keeps_the_system_font_first() -> None:
    chain = font_chain("Tahoma", [DROID], platform="win32", installed=lambda f: False)
    assert chain == ["Tahoma", DROID]


def test_other_systems_never_ask_for_yahei() -> None:
    chain = font_chain(
        "Noto Sans", [DROID, "Noto Sans"], platform="linux", installed=lambda f: True
    )
    assert chain == ["Noto Sans", DROID]


def test_the_printing_chain_then_the_screen_font_back_the_window() -> None:
    files = screen_font_files()
    assert files == [font.path for font in glyphs.chain().values()] + [font_path()]
    assert files[-1].name == "DroidSansFallbackFull.ttf"


def test_every_bundled_font_follows_the_system_font(qapp: QApplication) -> None:
    install_app_font(qapp)
    families = qapp.font().families()
    bundled = bundled_families()
    assert {"Noto Sans", "Noto Sans CJK SC", "HanaMinB", DROID} <= set(bundled)
    assert bundled.index("Noto Sans CJK SC") < bundled.index(DROID)
    assert families[0] != DROID
    assert families[-len(bundled) :] == bundled


@pytest.fixture
def chinese_qt(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    translator = qapp.findChild(object, QT_CATALOGUE)
    if translator is not None:
        qapp.removeTranslator(translator)
        translator.deleteLater()


def test_qt_standard_buttons_speak_chinese(chinese_qt: QApplication, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert install_qt_translations(chinese_qt)
    assert install_qt_translations(chinese_qt)  # a second call finds the first
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
