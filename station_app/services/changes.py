"""One change signal: services say which records they changed, lists that show them listen.

Qt-free: the window subscribes one callback (``ui/change_hub.py`` turns it into a Qt signal on
the GUI thread) and refreshes what shows those records, so no list needs F5 after a write made
on another tab. Inside :func:`batch` notifications are gathered and sent once at the end.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")

MEETINGS = "meetings"
MEMBERS = "members"
ENTERPRISES = "enterprises"
FEEDBACK = "feedback"
HAND_OUTS = "hand_outs"
CALENDAR = "calendar"
EVERYTHING = frozenset({MEETINGS, MEMBERS, ENTERPRISES, FEEDBACK, HAND_OUTS, CALENDAR})

Listener = Callable[[frozenset[str]], None]
_listeners: list[Listener] = []
_broadcasters: list[Listener] = []
_pending: list[set[str]] = []


def subscribe(listener: Listener) -> Callable[[], None]:
    """Call ``listener(topics)`` after every change; returns the function that unsubscribes."""
    _listeners.append(listener)

    def unsubscribe() -> None:
        if listener in _listeners:
            _listeners.remove(listener)

    return unsubscribe


def add_broadcaster(broadcaster: Listener) -> Callable[[], None]:
    """Also tell ``broadcaster`` of this program's own changes (a server's other desks are
    told through it); returns the function that removes it."""
    _broadcasters.append(broadcaster)

    def remove() -> None:
        if broadcaster in _broadcasters:
            _broadcasters.remove(broadcaster)

    return remove


def notify(*topics: str) -> None:
    if _pending:
        _pending[-1].update(topics)
        return
    what = frozenset(topics)
    for listener in list(_listeners):
        listener(what)
    for broadcaster in list(_broadcasters):
        broadcaster(what)


def arrived(*topics: str) -> None:
    """Another desk changed these records: the lists refresh, nothing is passed on."""
    what = frozenset(topics) & EVERYTHING
    if what:
        for listener in list(_listeners):
            listener(what)


@contextmanager
def batch() -> Iterator[None]:
    """Gather the notifications of several writes into one."""
    _pending.append(set())
    try:
        yield
    finally:
        topics = _pending.pop()
        if topics:
            notify(*topics)


def notifies(*topics: str) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Decorate a use case that writes: after it returns, ``topics`` have changed."""

    def wrap(fn: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(fn)
        def run(*args: P.args, **kwargs: P.kwargs) -> R:
            result = fn(*args, **kwargs)
            notify(*topics)
            return result

        return run

    return wrap
