"""Make the 使用说明's pictures from the real window on demo data (a 1366×768 laptop's size).

QT_QPA_PLATFORM=offscreen python -m tests.guide_screenshots
Writes resources/guide/images/*.png, 900 px wide, in 64 colours (the guide is bundled).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

OUT = Path(__file__).resolve().parents[1] / "resources" / "guide" / "images"
WIDTH = 900


def _save(widget: object, name: str) -> None:
    from PIL import Image
    from PySide6.QtWidgets import QWidget

    assert isinstance(widget, QWidget)
    raw = Path(tempfile.mkdtemp()) / "raw.png"
    widget.grab().save(str(raw))
    image = Image.open(raw).convert("RGB")
    image = image.resize((WIDTH, round(image.height * WIDTH / image.width)), Image.LANCZOS)
    image.quantize(colors=64).save(OUT / name, optimize=True)
    print(OUT / name)


def main() -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from station_app.services import demo
    from station_app.store import db as store_db, station as station_store
    from station_app.ui.fonts import install_app_font
    from station_app.ui.main_window import MainWindow
    from tests.conftest import TODAY

    OUT.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp())
    app = QApplication.instance() or QApplication([])
    install_app_font(app)
    store_db.open_database(tmp / "guide.sqlite3")
    station_store.ensure_default_lists()
    demo.generate(demo.DemoSize(members=60, enterprises=20, meetings=40), today=TODAY)
    window = MainWindow(QSettings(str(tmp / "ui.ini"), QSettings.Format.IniFormat), today=TODAY)
    window.resize(1280, 690)
    window.show()
    QTest.qWait(400)
    window.show_tab(window.registration_tab)
    QTest.qWait(100)
    _save(window, "registration.png")
    meetings = window.meetings_tab
    window.show_tab(meetings)
    meetings.calendar_button.click()
    meetings.calendar.setCurrentPage(TODAY.year, TODAY.month)
    QTest.qWait(100)
    _save(window, "meetings-calendar.png")
    window.close()
    store_db.close_database()


if __name__ == "__main__":
    main()
