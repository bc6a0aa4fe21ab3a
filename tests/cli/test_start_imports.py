"""Opening the window from the ``station-app`` entry point loads none of the sub-commands'
printing, export or demo code, nor the server's driver, nor what only printing or the other tabs
need, before the window first paints (each costs start-up time)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from station_app.store import db as store_db

SERVER_DRIVER = ("psycopg2", "playhouse.db_url")  # what a window on a server's database needs
HEAVY = (
    "reportlab",
    "PIL",
    "openpyxl",
    "station_app.services.demo",
    "station_app.services.merge",
    "station_app.cli.print_cmd",
    *SERVER_DRIVER,
    "pypdfium2",
    "PySide6.QtPrintSupport",
    "station_app.services.enterprises",
    "station_app.ui.tabs.registration_tab",
    "station_app.services.meeting_planning",
    "station_app.printing.meeting_sheet_data",
    "station_app.ui.dialogs.backup_dialogs",
    "chinese_calendar",
    "station_app.services.meeting_results",
)

FIRST_PAINT = f"""
import json, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
seen = {{}}

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow) and not seen:
            seen["loaded"] = [m for m in {HEAVY!r} if m in sys.modules]
            app.quit()
        return False

probe = FirstPaint()
app.installEventFilter(probe)
from station_app.cli import main
code = main([])
print(json.dumps({{"code": code, **seen}}))
"""


def _first_paint(script: str, demo_db: Path, tmp_path: Path) -> dict[str, object]:
    store_db.close_database()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "STATION_APP_DB": str(demo_db),
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    done = subprocess.run(
        [sys.executable, "-c", script],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_the_window_paints_before_reportlab_and_the_commands_are_imported(
    demo_db: Path, tmp_path: Path
) -> None:
    result = _first_paint(FIRST_PAINT, demo_db, tmp_path)
    needed = SERVER_DRIVER if str(demo_db).startswith("postgresql") else ()
    assert result["code"] == 0
    assert [m for m in result["loaded"] if m not in needed] == []  # type: ignore[attr-defined]


COLLECTIONS = """
import gc, json, sys
collections = []
gc.callbacks.append(lambda phase, info: phase == "start" and collections.append(info))
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

seen = {}
_show = QMainWindow.show

def show(self):
    from station_app.ui import gui_thread
    seen.update(collections=len(collections) - before, frozen=gc.get_freeze_count(),
                automatic=gc.isenabled(), collector=gui_thread.collector() is not None)
    _show(self)
    QTimer.singleShot(0, QApplication.instance().quit)

QMainWindow.show = show
from station_app.cli import main
before = len(collections)
code = main([])
print(json.dumps({"code": code, **seen}))
"""


def test_the_start_is_not_walked_by_the_collector_and_is_set_aside_before_showing(
    demo_db: Path, tmp_path: Path
) -> None:
    """The objects the start makes live as long as the window: Python's collector does not walk
    them again and again while they are made, and they are set aside (frozen) before the window
    shows; the window's thread collects from then on (gui_thread)."""
    result = _first_paint(COLLECTIONS, demo_db, tmp_path)
    assert result["code"] == 0
    assert result["collections"] == 0
    assert result["frozen"] > 20_000  # type: ignore[operator]
    assert result["automatic"] is False and result["collector"] is True
