"""What must happen on the GUI thread: calls handed over from worker threads, and Python's cyclic
garbage collection.

Qt widgets and most QObjects may only be touched, and destroyed, on the thread they live on. A
worker reaches the GUI thread through :func:`post`, which queues a call as a Qt event (thread-safe,
in order). Python's cyclic collector is the other way a worker could touch a widget: a collection
that happens to start on a worker thread frees whatever cyclic garbage exists, Qt wrappers of GUI
objects included, from that thread ("Timers cannot be stopped from another thread", or a crash).
:class:`GuiThreadCollector` therefore switches automatic collection off and runs it from a timer on
the GUI thread instead, with the thresholds Python would have used.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThread, QTimer

_CALL = QEvent.Type(QEvent.registerEventType())


class _CallEvent(QEvent):
    def __init__(self, fn: Callable[[], object]) -> None:
        super().__init__(_CALL)
        self.fn = fn


class _Invoker(QObject):
    """Runs posted calls; lives on the GUI thread."""

    def event(self, event: QEvent) -> bool:
        if event.type() == _CALL and isinstance(event, _CallEvent):
            event.fn()
            return True
        return super().event(event)


class GuiThreadCollector(QObject):
    """Python's cyclic garbage collection, run only on the GUI thread from a timer."""

    INTERVAL_MS = 250

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self.collections = 0
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(self.INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> int:
        """Collect the generations whose counts passed their thresholds; returns objects freed."""
        counts = gc.get_count()
        generation = -1
        for gen, (count, threshold) in enumerate(zip(counts, self.thresholds, strict=True)):
            if threshold and count > threshold:
                generation = gen
        if generation < 0:
            return 0
        self.collections += 1
        return gc.collect(generation)


_lock = threading.Lock()
_invoker: _Invoker | None = None
_collector: GuiThreadCollector | None = None


def _is_gui_thread() -> bool:
    app = QCoreApplication.instance()
    return app is not None and QThread.currentThread() is app.thread()


def install() -> None:
    """Create the GUI-thread helpers (idempotent); call on the GUI thread, with the application."""
    global _invoker, _collector
    if not _is_gui_thread():
        raise RuntimeError("gui_thread.install() must run on the GUI thread")
    with _lock:
        if _invoker is None:
            _invoker = _Invoker()
        if _collector is None:
            _collector = GuiThreadCollector()


def collector() -> GuiThreadCollector | None:
    return _collector


def post(fn: Callable[[], object]) -> None:
    """Run ``fn()`` on the GUI thread, soon (from any thread; in the order posted).

    Once the application has ended there is no GUI thread to run it on: the call is dropped.
    """
    if _invoker is None:
        raise RuntimeError("gui_thread.install() has not run")
    app = QCoreApplication.instance()
    if app is None or not shiboken6.isValid(_invoker) or app.closingDown():
        return
    QCoreApplication.postEvent(_invoker, _CallEvent(fn))
