"""A new station's database opens on 「第一步」, whose buttons do each step; 帮助 → 使用说明."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt

from station_app.store import station as station_store
from station_app.store.records import StationSettings
from station_app.ui.main_window import MainWindow
from tests.conftest import TODAY


def open_window(qtbot, settings: QSettings) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(settings, today=TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_new_database_opens_on_first_steps_whose_buttons_do_each(
    qtbot, db_path: Path, ui_settings: QSettings, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from station_app.ui.dialogs.import_wizard import ImportWizard
    from station_app.ui.dialogs.plan_days_dialog import PlanDaysDialog
    from station_app.ui.dialogs.station_setup import StationSetupDialog

    station_store.save_station(StationSettings(name="望京街道工会服务站"))
    window = open_window(qtbot, ui_settings)
    panel = window.first_steps
    assert panel.isVisible()
    assert [m.text() for m in panel.marks] == ["✓", "○", "○", "○"]

    asked: list[str] = []
    monkeypatch.setattr(PlanDaysDialog, "ask", classmethod(lambda c, *a, **k: asked.append("plan")))
    monkeypatch.setattr(ImportWizard, "ask", classmethod(lambda c, *a, **k: asked.append("import")))
    monkeypatch.setattr(
        StationSetupDialog, "ask", classmethod(lambda c, *a, **k: asked.append("station"))
    )
    qtbot.mouseClick(panel.plan_button, Qt.MouseButton.LeftButton)
    assert window.tabs.currentIndex() == 0 and asked == ["plan"]
    qtbot.mouseClick(panel.register_button, Qt.MouseButton.LeftButton)
    assert window.tabs.currentIndex() == 1
    qtbot.waitUntil(lambda: window.registration_tab.form.name_edit.hasFocus())
    qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    assert window.tabs.currentIndex() == 2 and asked[-1] == "import"
    qtbot.mouseClick(panel.station_button, Qt.MouseButton.LeftButton)
    assert asked[-1] == "station"

    from station_app.store import enterprises as enterprise_store

    enterprise_store.create_enterprise({"name": "北京星河科技有限公司"})
    window.update_first_steps()
    assert [m.text() for m in panel.marks] == ["✓", "○", "○", "✓"]
    assert panel.isVisible()  # still shown once the database is no longer empty

    qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    assert not panel.isVisible()
    window.close()
    again = open_window(qtbot, QSettings(ui_settings.fileName(), QSettings.Format.IniFormat))
    assert not again.first_steps.isVisible()


def test_a_station_at_work_sees_no_first_steps(main_window: MainWindow) -> None:
    assert not main_window.first_steps.isVisible()


def test_the_guide_opens_from_the_help_menu(main_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    main_window.guide_action.trigger()
    guide = main_window._guide
    assert guide is not None and guide.isVisible()
    text = guide.browser.toPlainText()
    assert "第一次使用" in text and "Ctrl+P" in text
    main_window.guide_action.trigger()
    assert main_window._guide is guide  # one guide window, brought to the front


def test_the_guide_s_pictures_are_bundled() -> None:
    import re

    from station_app.resources import guide_path

    page = guide_path()
    pictures = re.findall(r'<img src="([^"]+)"', page.read_text(encoding="utf-8"))
    assert pictures and all((page.parent / p).is_file() for p in pictures)
