"""The window's end of the one change signal (``services/changes.py``).

Signals:
    changed(object): a frozenset of the topics (meetings, members, …) whose records changed;
        always delivered on the GUI thread, also when a background task wrote.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, QThread, Signal

from station_app.services import changes
from station_app.ui import gui_thread


class ChangeHub(QObject):
    changed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        gui_thread.install()
        unsubscribe = changes.subscribe(self._on_change)
        self._unsubscribe = unsubscribe
        self.destroyed.connect(lambda *_: unsubscribe())

    def _on_change(self, topics: frozenset[str]) -> None:
        if QThread.currentThread() is self.thread():
            self._emit(topics)
        else:
            gui_thread.post(lambda: self._emit(topics))

    def _emit(self, topics: frozenset[str]) -> None:
        if shiboken6.isValid(self):
            self.changed.emit(topics)

    def close(self) -> None:
        """Stop listening (the window is closing)."""
        self._unsubscribe()
