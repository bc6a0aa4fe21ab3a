"""The register's search box: pinyin initials and full pinyin find a Chinese name, and the count
arrives from the background once typing pauses."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings

from station_app.store import members as member_store
from station_app.ui.tabs.registration_tab import RegistrationTab
from tests.conftest import TODAY


def test_typing_zw_or_zhangwei_in_the_register_finds_zhang_wei(
    qtbot, db_path: Path, ui_settings: QSettings
) -> None:
    for name, number in (("张伟", "11010519491231002X"), ("王芳", "110105194912310011")):
        member_store.create_member(
            name=name, id_number=number, phone="", application_date=date(2026, 11, 1)
        )
    tab = RegistrationTab(today=TODAY, settings=ui_settings)
    qtbot.addWidget(tab)
    tab.refresh()
    assert tab.model.rowCount() == 2
    for typed in ("z", "zw", "zhang", "zhangwei"):
        tab.search_edit.setText(typed)
        qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
        assert tab.model.record(0).name == "张伟"
        assert tab.count_label.text() == "共 1 人"
        tab.search_edit.clear()
        qtbot.waitUntil(lambda: tab.model.rowCount() == 2)


def test_a_search_matching_very_many_is_counted_up_to_a_bar(
    qtbot, db_path: Path, ui_settings: QSettings, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from station_app.ui.tabs import registration_tab

    monkeypatch.setattr(registration_tab, "COUNT_AT_MOST", 150)
    for i in range(200):
        member_store.create_member(
            name=f"张{i}", id_number=None, phone=f"138{i:08d}", application_date=date(2026, 11, 1)
        )
    tab = RegistrationTab(today=TODAY, settings=ui_settings)
    qtbot.addWidget(tab)
    tab.refresh()
    qtbot.waitUntil(lambda: tab.count_label.text() == "共 200 人")  # the whole register exactly
    tab.search_edit.setText("138")
    qtbot.waitUntil(lambda: tab.count_label.text() == "共 150 人以上")
    assert member_store.count_members("138", at_most=150) == 151
    assert member_store.count_members("1380000001") == 10
