"""The window on a station server: what it says when the server cannot be reached, and the
backup menu entry writing the server's records into a file on this desk."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from station_app.paths import ServerUrl
from station_app.store import db as store_db
from station_app.ui.dialogs.startup_problem import StartupProblemDialog
from tests.conftest import PG_URL_ENV, TODAY, empty_server_database


def test_an_unreachable_server_is_explained_without_a_restore_offer(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from station_app.ui import app

    shown: list[StartupProblemDialog] = []

    def ask(cls, kind, path, message, latest=None, parent=None):  # type: ignore[no-untyped-def]
        dialog = cls(kind, path, message, latest, parent)
        qtbot.addWidget(dialog)
        shown.append(dialog)
        return cls.QUIT

    monkeypatch.setattr(StartupProblemDialog, "ask", classmethod(ask))
    url = ServerUrl("postgresql://clerk@127.0.0.1:1/station?connect_timeout=2")
    assert app.open_or_explain(url) is False
    [dialog] = shown
    assert dialog.title_label.text() == "<b>连接不上数据库服务器</b>"
    assert "pgpass" in dialog.advice_label.text() and "备份" not in dialog.advice_label.text()
    assert dialog.path_label.text() == "服务器：postgresql://clerk@127.0.0.1:1/station"
    assert dialog.restore_button is None
    dialog.show()
    dialog.grab().save(str(tmp_path / "unreachable.png"))


@pytest.fixture
def server_window(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    url = os.environ.get(PG_URL_ENV)
    if not url:
        pytest.skip(f"no PostgreSQL server named by {PG_URL_ENV}")
    from station_app.services import demo
    from station_app.store import station as station_store
    from station_app.ui.main_window import MainWindow

    store_db.open_database(empty_server_database(url))
    station_store.ensure_default_lists()
    demo.generate(demo.DemoSize(members=30, enterprises=10, meetings=6), today=TODAY)
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, today=TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    store_db.close_database()


def test_the_backup_entry_writes_the_servers_records_into_a_file(
    qtbot, server_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from station_app.ui.dialogs import backup_dialogs

    offered: list[Path] = []
    target = tmp_path / "desk-copy.sqlite3"

    def choose(default: Path, parent=None) -> Path:  # type: ignore[no-untyped-def]
        offered.append(default)
        return target

    monkeypatch.setattr(backup_dialogs.BackupTargetDialog, "ask", staticmethod(choose))
    server_window.data_actions.backup()
    bar = server_window.file_result
    qtbot.waitUntil(lambda: bar.path == target, timeout=20_000)
    assert offered and offered[0].suffix == ".sqlite3"
    assert bar.label.text() == f"已备份到：{target}"  # with 打开文件 / 打开所在文件夹 beside it
    assert store_db.check_database(target).ok


def test_another_desks_change_reaches_the_window_from_the_feeds_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    import threading

    from station_app.services import changes
    from station_app.ui.change_hub import ChangeHub

    hub = ChangeHub()
    try:
        with qtbot.waitSignal(hub.changed, timeout=10_000) as blocker:
            threading.Thread(target=lambda: changes.arrived(changes.MEMBERS, "nonsense")).start()
        assert blocker.args == [frozenset({changes.MEMBERS})]
    finally:
        hub.close()


def test_restore_and_encryption_say_they_are_the_servers_administrators(  # type: ignore[no-untyped-def]
    server_window, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda parent, title, text: told.append(text))
    )
    server_window.data_actions.restore()
    server_window.data_actions.set_password()
    assert len(told) == 2
    assert "pg_restore" in told[0] and "服务器管理员" in told[1]
