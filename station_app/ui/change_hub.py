"""The window's end of the one change signal (``services/changes.py``).

Signals:
    changed(object): a frozenset of the topics (meetings, members, …) whose records changed;
        delivered on the GUI thread even when a worker thread wrote.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Signal

from station_app.services import changes
from station_app.ui.signals import emit


class ChangeHub(QObject):
    changed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        unsubscribe = changes.subscribe(self._on_change)
        self._unsubscribe = unsubscribe
        self.destroyed.connect(lambda *_: unsubscribe())

    def _on_change(self, topics: frozenset[str]) -> None:
        if shiboken6.isValid(self):
            emit(self.changed, topics)

    def close(self) -> None:
        """Stop listening (the window is closing)."""
        self._unsubscribe()
