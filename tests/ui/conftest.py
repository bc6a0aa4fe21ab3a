from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from tests.conftest import TODAY


@pytest.fixture
def ui_settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def main_window(qtbot, demo_db: Path, ui_settings: QSettings):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from station_app.ui.fonts import install_app_font
    from station_app.ui.main_window import MainWindow

    install_app_font(QApplication.instance())
    window = MainWindow(ui_settings, today=TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> object:
    """Work a test's window left running (the fonts read a moment after the walk-in tab is
    built, a count) ends before pytest-qt closes the windows, so no close asks about it."""
    from station_app.ui import tasks

    tasks.finish_all(cancel=True, timeout_ms=30_000)
    return (yield)


@pytest.fixture
def tab(qtbot, demo_db: Path, ui_settings: QSettings):  # type: ignore[no-untyped-def]
    """The walk-in tab on the demo data, clerk 王芳 (files with a tab of their own override it)."""
    from station_app.ui.tabs.registration_tab import RegistrationTab

    widget = RegistrationTab(today=TODAY, settings=ui_settings, clerk=lambda: "王芳")
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    qtbot.waitExposed(widget)
    widget.refresh()
    return widget
