"""Render every tab of the main window on demo data to PNG files, for looking at.

QT_QPA_PLATFORM=offscreen python -m tests.screenshots OUT_DIR
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(out: Path) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from station_app.services import demo
    from station_app.store import db as store_db
    from station_app.store import station as station_store
    from station_app.ui.fonts import install_app_font
    from station_app.ui.main_window import MainWindow
    from tests.conftest import TODAY

    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp())
    app = QApplication.instance() or QApplication([])
    install_app_font(app)
    store_db.open_database(tmp / "shots.sqlite3")
    station_store.ensure_default_lists()
    demo.generate(today=TODAY)
    window = MainWindow(QSettings(str(tmp / "ui.ini"), QSettings.Format.IniFormat), today=TODAY)
    window.resize(1280, 800)
    window.show()
    from PySide6.QtTest import QTest

    QTest.qWait(400)  # what the window fills in just after it is shown
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        QTest.qWait(50)
        path = out / f"tab{i + 1}.png"
        window.grab().save(str(path))
        print(path)
    window.close()
    store_db.close_database()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "out/screens"))
