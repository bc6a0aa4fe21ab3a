"""The window: PySide6 widgets over the Qt-free core."""

from station_app.ui.pyside_import_scan import quicken

quicken()
