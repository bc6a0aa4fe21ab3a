"""Open the main window as on a first start and report which key buttons are out of sight.

Run in its own process, so the screen's size and Qt's scale factor are those of the test:
QT_QPA_PLATFORM=offscreen:configfile=SCREEN.json QT_SCALE_FACTOR=1.5 \
    python -m tests.ui.window_fit_probe DATA_DIR [SCREENSHOT_DIR] [--first-steps]
Prints one JSON object: the screen, the window's geometry and the hidden buttons per tab.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def _hidden(window: object, widgets: list[object]) -> list[str]:
    """The buttons not wholly visible: clipped inside the window or beyond the screen's
    available area (under the taskbar or off its edge)."""
    from PySide6.QtWidgets import QWidget

    assert isinstance(window, QWidget)
    available = window.screen().availableGeometry()
    hidden = []
    for w in widgets:
        assert isinstance(w, QWidget)
        seen = w.visibleRegion().boundingRect()
        on_screen = available.contains(w.mapToGlobal(w.rect().topLeft())) and available.contains(
            w.mapToGlobal(w.rect().bottomRight())
        )
        if not w.isVisible() or seen.size() != w.size() or not on_screen:
            hidden.append(w.text() if hasattr(w, "text") else w.objectName())
    return hidden


def main(data: Path, shots: Path | None, *, first_steps: bool = False) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from station_app.services import demo
    from station_app.store import db as store_db, station as station_store
    from station_app.ui.fonts import install_app_font
    from station_app.ui.main_window import MainWindow
    from tests.conftest import TODAY

    app = QApplication([])
    install_app_font(app)
    store_db.open_database(data / "fit.sqlite3")
    station_store.ensure_default_lists()
    demo.generate(demo.DemoSize(members=60, enterprises=20, meetings=20), today=TODAY)
    window = MainWindow(QSettings(str(data / "ui.ini"), QSettings.Format.IniFormat), today=TODAY)
    if first_steps:  # the 「第一步」 panel above the tabs, as on a new station's first days
        window.first_steps.show()
    window.show()
    QTest.qWait(300)
    report: dict[str, object] = {
        "screen": list(app.primaryScreen().availableGeometry().getRect()),
        "window": list(window.frameGeometry().getRect()),
    }
    meetings = window.meetings_tab
    window.show_tab(meetings)
    meetings.past_view.selectRow(0)
    QTest.qWait(50)
    registration = window.registration_tab
    window.show_tab(registration)
    registration.form.more_check.setChecked(True)
    QTest.qWait(50)
    enterprises = window.enterprises_tab
    window.show_tab(enterprises)
    enterprises.view.selectRow(0)
    QTest.qWait(50)
    stats = window.stats_tab
    detail = enterprises.detail
    key_buttons = {
        "meetings": (
            meetings,
            [
                meetings.new_button,
                meetings.plan_button,
                meetings.hold_button,
                meetings.sign_button,
                meetings.hand_out_button,
                meetings.calendar_button,
            ],
        ),
        "registration": (
            registration,
            [registration.save_button, registration.save_print_button, registration.clear_button],
        ),
        "enterprises": (
            enterprises,
            [
                enterprises.add_button,
                enterprises.import_button,
                detail.edit_button,
                detail.stage_button,
                detail.follow_up_button,
            ],
        ),
        "stats": (stats, [stats.export_button, stats.report_button]),
    }
    hidden: dict[str, list[str]] = {}
    for name, (tab, buttons) in key_buttons.items():
        window.show_tab(tab)
        QTest.qWait(50)
        hidden[name] = _hidden(window, buttons)
        if shots is not None:
            shots.mkdir(parents=True, exist_ok=True)
            window.grab().save(str(shots / f"{name}.png"))
    report["hidden"] = hidden
    window.close()
    store_db.close_database()
    print(json.dumps(report, ensure_ascii=False))


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--first-steps"]
    main(
        Path(args[0]),
        Path(args[1]) if len(args) > 1 else None,
        first_steps="--first-steps" in sys.argv,
    )
