"""The window's font chain and Qt's own strings in Chinese."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
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
        translator.setObjectName("")  # not found again before it is deleted
        translator.deleteLater()


def test_qt_standard_buttons_speak_chinese(chinese_qt: QApplication, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert install_qt_translations(chinese_qt)
    assert install_qt_translations(chinese_qt)  # a second call finds the first
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"


def _latin_words(widget) -> list[str]:  # type: ignore[no-untyped-def]
    import re

    from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QPushButton, QRadioButton

    texts = [w.text() for kind in (QLabel, QPushButton, QCheckBox, QRadioButton)
             for w in widget.findChildren(kind)]  # fmt: skip
    texts += [g.title() for g in widget.findChildren(QGroupBox)]
    return [t for t in texts if re.search("[A-Za-z]{3,}", t) and "PDF" not in t and "/" not in t]


# A PC with no print system (no CUPS) has no native printer: Qt warns as the dialog is made.
@pytest.mark.qt_log_ignore("QPageSetupDialog: Cannot be used on non-native printers")
def test_qt_dialogs_have_no_english_label(chinese_qt: QApplication, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QLocale
    from PySide6.QtPrintSupport import QPageSetupDialog, QPrintDialog, QPrinter
    from PySide6.QtWidgets import QDateEdit, QFileDialog, QLineEdit

    from station_app.ui.qt_gaps import GAPS_NAME, fill_qt_gaps

    assert install_qt_translations(chinese_qt)
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    fill_qt_gaps(chinese_qt, platform="linux")
    try:
        date_edit = QDateEdit()
        qtbot.addWidget(date_edit)
        date_edit.setCalendarPopup(True)
        calendar_locale = date_edit.calendarWidget().locale()
        assert calendar_locale.monthName(11) == "十一月"  # not "November" on an English system
        assert QApplication.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
        printer = QPrinter()
        dialogs = [QPrintDialog(printer), QPageSetupDialog(printer), QFileDialog(None, "导入名单")]
        for dialog in dialogs:
            qtbot.addWidget(dialog)
            assert _latin_words(dialog) == [], type(dialog).__name__
        edit = QLineEdit()
        qtbot.addWidget(edit)
        menu = edit.createStandardContextMenu()
        assert [a.text().split("\t")[0] for a in menu.actions() if a.text()][:3] == [
            "撤消(&U)",
            "重做(&R)",
            "剪切(&T)",
        ]
    finally:
        QLocale.setDefault(before)
        QApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, False)
        gaps = chinese_qt.findChild(object, GAPS_NAME)
        chinese_qt.removeTranslator(gaps)
        gaps.setObjectName("")
        gaps.deleteLater()
