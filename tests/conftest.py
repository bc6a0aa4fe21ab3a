"""Shared fixtures: every test gets its own database file and never touches the user's folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from station_app.store import db as store_db
from station_app.store import station as station_store

TODAY = date(2026, 11, 24)


@pytest.fixture(autouse=True)
def _isolated_user_folder(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("STATION_APP_DATA", str(folder))
    monkeypatch.delenv("STATION_APP_DB", raising=False)


@pytest.fixture
def db_path(tmp_path: Path) -> Iterator[Path]:
    """A fresh, open database with the default lists, closed after the test."""
    path = tmp_path / "station.sqlite3"
    store_db.open_database(path)
    station_store.ensure_default_lists()
    yield path
    store_db.close_database()


@pytest.fixture
def demo_db(db_path: Path) -> Path:
    """A database filled with the standard demo data as of ``TODAY``."""
    from station_app.services import demo

    demo.generate(demo.DemoSize(members=120, enterprises=40, meetings=30), today=TODAY)
    return db_path
