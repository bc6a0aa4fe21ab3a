"""Other desks' changes on a station server, told to this desk's lists as they happen.

Every change this program makes is announced with PostgreSQL's ``NOTIFY`` (delivered when its
transaction commits), marked with this program's own token; a thread of its own ``LISTEN``s on a
connection of its own and passes the other desks' changes to :func:`changes.arrived`, so the
lists refresh as after a change made here. Qt-free; the thread never stops the program: a lost
connection is tried again every few seconds.
"""

from __future__ import annotations

import logging
import secrets
import select
import threading
from collections.abc import Callable

from station_app.services import changes
from station_app.store import server

CHANNEL = "station_changes"
RETRY_SECONDS = 5.0
TOKEN = secrets.token_hex(8)  # this program's mark on its own announcements
_log = logging.getLogger(__name__)
_announcing: list[Callable[[], None]] = []


def payload(token: str, topics: frozenset[str]) -> str:
    return f"{token}:{','.join(sorted(topics))}"


def topics_from_elsewhere(token: str, text: str) -> frozenset[str]:
    """The topics of a notification, empty when it is this program's own."""
    sender, _, listed = text.partition(":")
    if sender == token:
        return frozenset()
    return frozenset(t for t in listed.split(",") if t) & changes.EVERYTHING


def announce_changes() -> None:
    """From now on tell the other desks of this program's changes (once per program; a command
    writing to a server does this, the window also listens)."""
    if not _announcing:
        _announcing.append(changes.add_broadcaster(_announce))


def stop_announcing() -> None:
    while _announcing:
        _announcing.pop()()


def _announce(topics: frozenset[str]) -> None:
    from station_app.store.db import is_server_database
    from station_app.store.models import database

    if not is_server_database():
        return
    try:
        server.execute(database, "SELECT pg_notify(%s, %s)", (CHANNEL, payload(TOKEN, topics)))
    except Exception:  # the save itself is done; the other desks see it on refresh
        _log.warning("could not tell the other desks of a change", exc_info=True)


class ChangeFeed:
    def __init__(self, url: str) -> None:
        self.url = url
        self.token = TOKEN
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._listen, name="change-feed", daemon=True)
        self.listening = threading.Event()

    def start(self) -> ChangeFeed:
        announce_changes()
        self._thread.start()
        return self

    def stop(self) -> None:
        stop_announcing()
        self._stop.set()
        self._thread.join(timeout=RETRY_SECONDS + 2)

    def _listen(self) -> None:
        while not self._stop.is_set():
            try:
                self._listen_once()
            except Exception:  # the server went away: try again in a while
                _log.warning("change feed lost its connection", exc_info=True)
                self.listening.clear()
            self._stop.wait(RETRY_SECONDS)

    def _listen_once(self) -> None:
        db = server.make_database(self.url)
        db.connect()
        try:
            con = db.connection()  # type: ignore[no-untyped-call]
            con.autocommit = True
            with con.cursor() as cur:
                cur.execute(f"LISTEN {CHANNEL}")
            self.listening.set()
            while not self._stop.is_set():
                if select.select([con], [], [], 1.0)[0]:
                    con.poll()
                    while con.notifies:
                        note = con.notifies.pop(0)
                        topics = topics_from_elsewhere(self.token, note.payload)
                        if topics:
                            changes.arrived(*topics)
        finally:
            db.close()


def start(url: str) -> ChangeFeed:
    """Listen for the other desks' changes on the server at ``url`` until ``stop()``."""
    return ChangeFeed(url).start()
