"""The English window: chosen in 查看 → 语言 / Language (or --lang, LANG) for the next start,
and then free of Chinese in its tabs, menus and the registration form."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
)

from station_app.ui import language, tasks
from station_app.ui.dialogs.common import Notice
from tests.conftest import TODAY

CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def english(qapp: QApplication) -> Iterator[QApplication]:
    assert language.install(qapp, language.ENGLISH)
    yield qapp
    language.uninstall(qapp)


@pytest.fixture
def english_window(qtbot, english: QApplication, demo_db: Path, ui_settings: QSettings):  # type: ignore[no-untyped-def]
    from station_app.ui.fonts import install_app_font
    from station_app.ui.main_window import MainWindow

    install_app_font(english)
    window = MainWindow(ui_settings, today=TODAY)
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    qtbot.waitExposed(window)
    yield window
    # Work the tabs started (the printing fonts, say) ends before the window closes.
    tasks.finish_all(cancel=True, timeout_ms=10_000)
    qtbot.waitUntil(lambda: tasks.running() == 0, timeout=5000)


def menu_texts(menu: QMenu) -> list[str]:
    """The menu's title and every entry below it, except the language menu (its title and
    entries name both languages in their own script, for whoever reads only one of them)."""
    if menu.objectName() == "language_menu":
        return []
    texts = [menu.title()]
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            texts += menu_texts(sub)
        elif sub is None:
            texts.append(action.text())
    return texts


def chinese(texts: list[str]) -> list[str]:
    return [t for t in texts if CJK.search(t)]


def test_choose_puts_the_command_line_first_then_the_saved_choice(
    ui_settings: QSettings,
) -> None:
    assert language.choose(ui_settings, None, {}) == language.CHINESE
    assert language.choose(ui_settings, None, {"LANG": "en_US.UTF-8"}) == language.ENGLISH
    assert language.choose(ui_settings, None, {"LANG": "C.UTF-8"}) == language.CHINESE
    assert language.choose(ui_settings, None, {"LC_ALL": "zh_CN", "LANG": "en_GB"}) == "zh"
    language.save(ui_settings, language.ENGLISH)
    assert language.choose(ui_settings, None, {"LANG": "zh_CN.UTF-8"}) == language.ENGLISH
    assert language.choose(ui_settings, "zh", {}) == language.CHINESE


def test_the_catalogue_is_built_from_the_kept_ts() -> None:
    qm = language.catalogue(language.ENGLISH)
    assert qm is not None and qm.suffix == ".qm" and qm.stat().st_size > 10_000


def test_the_language_menu_saves_the_choice_for_the_next_start(
    main_window, ui_settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    said: list[str] = []
    monkeypatch.setattr(Notice, "info", classmethod(lambda cls, p, title, text: said.append(text)))
    menu = main_window.language_menu
    assert menu.actions[language.CHINESE].isChecked()
    menu.actions[language.ENGLISH].trigger()
    assert language.saved(ui_settings) == language.ENGLISH
    assert menu.actions[language.ENGLISH].isChecked()
    assert said == ["下次启动程序时，窗口将使用English。"]
    assert main_window.tabs.tabText(0) == "沟通会"  # this start stays Chinese


def test_english_window_tabs_and_menus_have_no_chinese(english_window) -> None:  # type: ignore[no-untyped-def]
    tabs = [english_window.tabs.tabText(i) for i in range(english_window.tabs.count())]
    assert tabs == ["Meetings", "Walk-in Membership", "Follow-ups", "Statistics"]
    menus = [
        text
        for action in english_window.menuBar().actions()
        if isinstance(action.menu(), QMenu)
        for text in menu_texts(action.menu())
    ]
    assert "&File" in menus and "&View" in menus
    assert chinese(menus) == []
    overview = english_window.meetings_tab.detail.overview_label
    toolbar = [
        w.text() for w in english_window.findChildren(QLabel) if w.isVisible() and w is not overview
    ]
    assert chinese(toolbar) == []
    # The meeting overview quotes stored values (a venue, a host's name); its own words are English.
    text = overview.text()
    for stored in _stored_values(english_window):
        text = text.replace(stored, "")
    assert "Next meeting:" in overview.text() and chinese([text]) == []


def _stored_values(window) -> list[str]:  # type: ignore[no-untyped-def]
    """Venues and hosts of the meetings the tab lists: data, kept as the clerks typed them."""
    model = window.meetings_tab.upcoming_model
    records = [model.record(row) for row in range(model.rowCount())]
    values = {v for m in records for v in (m.venue_name, m.host_name) if v}
    return sorted(values, key=len, reverse=True)


def test_english_registration_tab_has_no_chinese_labels_or_buttons(english_window) -> None:  # type: ignore[no-untyped-def]
    english_window.tabs.setCurrentIndex(1)
    tab = english_window.registration_tab
    texts = [w.text() for w in tab.findChildren(QLabel)]
    texts += [w.text() for w in tab.findChildren(QAbstractButton)]
    texts += [w.placeholderText() for w in tab.findChildren(QLineEdit)]
    texts += [w.title() for w in tab.findChildren(QGroupBox)]
    texts += [a.text() for a in tab.findChildren(QAction)]
    texts += [
        tab.model.headerData(i, Qt.Orientation.Horizontal) for i in range(tab.model.columnCount())
    ]
    # Fixed lists show English; what the clerk typed (names, employers, meetings' venues) may not.
    for combo in (tab.form.id_type_combo, tab.form.gender_combo):
        texts += [combo.itemText(i) for i in range(combo.count())]
    assert len(texts) > 30
    clerk = english_window.clerk_combo.currentText()  # a name the clerk typed
    assert chinese([t.replace(clerk, "") for t in texts]) == []
    assert "Save (Ctrl+S)" in texts


def test_english_lists_keep_the_stored_chinese_values(english_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    english_window.tabs.setCurrentIndex(1)
    form = english_window.registration_tab.form
    form.id_type_combo.setCurrentIndex(3)
    from station_app.ui.tabs.member_field_widgets import text_of

    assert CJK.search(text_of(form.id_type_combo))  # the stored value, not the English shown
    assert not CJK.search(form.id_type_combo.currentText())


def test_english_statistics_tab_names_its_figures_in_english(english_window) -> None:  # type: ignore[no-untyped-def]
    english_window.tabs.setCurrentIndex(3)
    tab = english_window.stats_tab
    texts = [w.text() for w in tab.findChildren(QLabel)]
    texts += [w.text() for w in tab.findChildren(QAbstractButton)]
    texts += [c.itemText(i) for c in tab.findChildren(QComboBox) for i in range(c.count())]
    assert "Walk-in membership (people)" in texts
    assert chinese(texts) == []


def test_qt_own_strings_are_english_and_no_chinese_catalogue_is_kept(english, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QDialogButtonBox

    from station_app.ui.qt_translations import QT_CATALOGUE, install_qt_translations

    def cancel_text() -> str:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        return box.button(QDialogButtonBox.StandardButton.Cancel).text()

    assert cancel_text() == "Cancel"
    assert install_qt_translations(english)  # Chinese asked for: replaces the English one
    assert cancel_text() == "取消"
    assert language.install(english, language.ENGLISH)  # and back: the Chinese one goes
    qt_catalogue = english.findChild(QTranslator, QT_CATALOGUE)
    assert qt_catalogue is not None and qt_catalogue.language().startswith("en")
    assert cancel_text() == "Cancel"
    assert language.current(english) == language.ENGLISH
    assert len(english.findChildren(QTranslator, language.APP_CATALOGUE)) == 1


def test_back_to_chinese_leaves_no_english_behind(qapp: QApplication) -> None:
    from PySide6.QtCore import QCoreApplication

    assert language.install(qapp, language.ENGLISH)
    assert language.install(qapp, language.ENGLISH)  # twice: still one catalogue
    assert QCoreApplication.translate("MainWindow", "统计") == "Statistics"
    language.uninstall(qapp)
    assert QCoreApplication.translate("MainWindow", "统计") == "统计"
    assert language.current(qapp) == language.CHINESE
