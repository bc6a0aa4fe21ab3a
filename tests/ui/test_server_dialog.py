"""文件 → 连接服务器…: the address typed, a trial connection before anything is kept, the
password only in the keyring, and the next start opening the chosen server."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from PySide6.QtCore import QSettings

from station_app import paths
from station_app.ui.dialogs.server_dialog import SETTING, ServerDialog, saved_server
from tests.conftest import PG_URL_ENV, empty_server_database


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


def _dialog(qtbot, settings: QSettings) -> ServerDialog:  # type: ignore[no-untyped-def]
    dialog = ServerDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _fill(dialog: ServerDialog, url: str, password: str = "") -> None:
    parts = urlsplit(url)
    dialog.host_edit.setText(parts.hostname or "")
    dialog.port_spin.setValue(parts.port or 5432)
    dialog.database_edit.setText(parts.path.strip("/"))
    dialog.user_edit.setText(parts.username or "")
    dialog.password_edit.setText(password)


def test_nothing_is_kept_without_a_working_connection(qtbot, settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, settings)
    dialog.save_button.click()
    assert "请填写服务器地址" in dialog.result_label.text()
    _fill(dialog, "postgresql://clerk@127.0.0.1:1/station", password="pw")
    dialog.save_button.click()
    assert dialog.result_label.text().startswith("连接不上：")
    assert dialog.isVisible() and saved_server(settings) == ""
    assert not dialog.file_button.isVisible()  # no server chosen yet: nothing to go back from
    dialog.grab().save(str(tmp_path / "server_dialog.png"))


def test_the_address_becomes_a_url_without_a_password() -> None:
    from station_app.services.server_setup import ServerAddress

    address = ServerAddress("db.street.local", 5433, "station", "clerk", "require")
    assert address.url() == "postgresql://clerk@db.street.local:5433/station?sslmode=require"
    assert ServerAddress("10.0.0.2", user="王 芳").url() == (
        "postgresql://%E7%8E%8B%20%E8%8A%B3@10.0.0.2:5432/station"
    )


@pytest.fixture
def server_url() -> str:
    url = os.environ.get(PG_URL_ENV)
    if not url:
        pytest.skip(f"no PostgreSQL server named by {PG_URL_ENV}")
    return empty_server_database(url)


def test_a_working_server_is_kept_and_opened_at_the_next_start(  # type: ignore[no-untyped-def]
    qtbot, settings, server_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import keyring

    from station_app.ui import app

    kept: list[tuple[str, str, str]] = []
    monkeypatch.setattr(keyring, "set_password", lambda *a: kept.append(a))
    dialog = _dialog(qtbot, settings)
    _fill(dialog, server_url, password="s3cret")
    dialog.test_button.click()
    assert dialog.result_label.text() == "连接成功：这是一个空数据库，第一次打开时会建立数据表。"
    assert saved_server(settings) == ""  # a test keeps nothing
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert saved_server(settings) == server_url
    parts = urlsplit(server_url)
    assert kept == [("station-app", f"postgres@127.0.0.1:{parts.port}{parts.path}", "s3cret")]
    ini = Path(settings.fileName()).read_text(encoding="utf-8")
    assert "s3cret" not in ini

    monkeypatch.setattr(app, "ui_settings", lambda: settings)
    default = Path("station.sqlite3")
    assert app.startup_database(default, db_given=False) == paths.ServerUrl(server_url)
    assert app.startup_database(default, db_given=True) == default  # --db wins
    again = _dialog(qtbot, settings)
    assert again.host_edit.text() == "127.0.0.1" and again.file_button.isVisible()
    again.file_button.click()
    assert saved_server(settings) == "" and not settings.contains(SETTING)
    assert app.startup_database(default, db_given=False) == default


def test_the_file_menu_opens_it_and_says_what_the_next_start_uses(  # type: ignore[no-untyped-def]
    main_window, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    def choose(cls, settings, parent=None):  # type: ignore[no-untyped-def]
        settings.setValue(SETTING, "postgresql://clerk@10.0.0.2:5432/station")
        return True

    told: list[str] = []
    monkeypatch.setattr(ServerDialog, "ask", classmethod(choose))
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda p, t, text: told.append(text))
    )
    assert main_window.server_action.text() == "连接服务器…"
    main_window.server_action.trigger()
    assert told == ["已保存。下次启动程序时使用：postgresql://clerk@10.0.0.2:5432/station"]
