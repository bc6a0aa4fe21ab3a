"""Shared fixtures: every test gets its own database and never touches the user's folder.

With ``STATION_APP_TEST_PG_URL`` naming a PostgreSQL database the tests may empty
(``postgresql://postgres@127.0.0.1:55432/station_test``), the unit tests that take the
``db_path`` fixture run twice: on a SQLite file and on that server. Tests about the database as a
file are marked ``sqlite_only``; GUI tests run on SQLite alone.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from station_app.paths import ServerUrl
from station_app.store import db as store_db, station as station_store

TODAY = date(2026, 11, 24)
PG_URL_ENV = "STATION_APP_TEST_PG_URL"
ENGINES = ["sqlite", "postgresql"] if os.environ.get(PG_URL_ENV) else ["sqlite"]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only: about the database as a file; not run against the server"
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The server's run: unit tests only, and none marked sqlite_only."""
    keep: list[pytest.Item] = []
    dropped: list[pytest.Item] = []
    for item in items:
        callspec = getattr(item, "callspec", None)
        on_server = callspec is not None and callspec.params.get("engine") == "postgresql"
        server_ok = (
            not item.nodeid.startswith(("tests/ui/", "tests/visual/"))
            and item.get_closest_marker("sqlite_only") is None
        )
        (dropped if on_server and not server_ok else keep).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = keep


def empty_server_database(url: str) -> ServerUrl:
    """The test database on the server, emptied (every table dropped)."""
    import psycopg2

    con = psycopg2.connect(url)
    try:
        con.autocommit = True
        with con.cursor() as cur:
            cur.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
    finally:
        con.close()
    return ServerUrl(url)


def by_hand(target: Path, sql: str) -> None:
    """Run one statement on the database as another program would (outside the models)."""
    if isinstance(target, ServerUrl):
        import psycopg2

        con = psycopg2.connect(target)
        try:
            with con, con.cursor() as cur:
                cur.execute(sql)
        finally:
            con.close()
        return
    import sqlite3

    lite = sqlite3.connect(target)
    try:
        lite.execute(sql)
        lite.commit()
    finally:
        lite.close()


@pytest.fixture(params=ENGINES)
def engine(request: pytest.FixtureRequest) -> str:
    """Which engine the test's database is on."""
    return str(request.param)


@pytest.fixture(autouse=True)
def _isolated_user_folder(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    folder = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("STATION_APP_DATA", str(folder))
    monkeypatch.delenv("STATION_APP_DB", raising=False)
    yield
    from station_app.services import change_feed

    change_feed.stop_announcing()  # a test that opened a server from the command line


@pytest.fixture
def db_path(tmp_path: Path, engine: str) -> Iterator[Path]:
    """A fresh, open database with the default lists, closed after the test: a SQLite file,
    or (engine ``postgresql``) the emptied server database, whose URL it yields then."""
    path: Path = tmp_path / "station.sqlite3"
    if engine == "postgresql":
        path = empty_server_database(os.environ[PG_URL_ENV])  # type: ignore[assignment]
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
