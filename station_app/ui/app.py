"""Starting the desktop application: font, database (with clear errors), first-start setup."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from station_app import paths
from station_app.services import demo
from station_app.store import db as store_db
from station_app.store import station as station_store
from station_app.ui.dialogs.station_setup import StationSetupDialog
from station_app.ui.fonts import install_app_font
from station_app.ui.main_window import MainWindow


def ui_settings() -> QSettings:
    return QSettings(str(paths.data_dir() / "ui.ini"), QSettings.Format.IniFormat)


def open_or_explain(db_path: Path) -> bool:
    """Open the database; on a problem show a clear message (never a traceback)."""
    try:
        store_db.open_database(db_path)
    except store_db.DatabaseProblem as problem:
        QMessageBox.critical(None, "无法打开数据库", problem.message)
        return False
    station_store.ensure_default_lists()
    return True


def ensure_station_settings() -> bool:
    station = station_store.get_station()
    if station.is_complete and station_store.list_clerks():
        return True
    answer = StationSetupDialog.ask(station, [c.name for c in station_store.list_clerks()])
    if answer is None:
        return False
    settings, clerks = answer
    station_store.save_station(settings)
    station_store.set_clerks(clerks)
    return True


def run(db_path: Path, *, demo_if_empty: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(paths.APP_NAME)
    app.setOrganizationName(paths.APP_NAME)
    install_app_font(app)
    if not open_or_explain(db_path):
        return 1
    if demo_if_empty and demo.is_empty():
        demo.generate()
    if not ensure_station_settings():
        store_db.close_database()
        return 0
    window = MainWindow(ui_settings())
    window.show()
    code = app.exec()
    store_db.close_database()
    return int(code)
