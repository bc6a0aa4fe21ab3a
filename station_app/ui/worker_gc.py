"""Keep Python's cyclic garbage collector off worker threads.

A collection that starts on a worker thread may free Qt objects that belong to the GUI thread,
which crashes Qt. Automatic collection is paused from the moment a worker job is started (on the
GUI thread) until it has finished; the worker reports its end from a ``finally`` block, and the
collector is switched back on by the GUI thread's event loop once no job is running.
"""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject, Signal, Slot

from station_app.ui.signals import emit

_lock = threading.Lock()
_running = 0
_we_disabled = False  # the collector is off because of a job (not because of someone else)


class _Resumer(QObject):
    """Lives on the GUI thread; a worker's ``ended`` signal is delivered there, queued."""

    ended = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.ended.connect(self.resume)

    @Slot()
    def resume(self) -> None:
        _resume()


_resumer: _Resumer | None = None


def job_started() -> None:
    """Call on the GUI thread just before a worker job starts."""
    global _running, _we_disabled, _resumer
    if _resumer is None:
        _resumer = _Resumer()
    with _lock:
        if _running == 0 and gc.isenabled():
            gc.disable()
            _we_disabled = True
        _running += 1


def job_finished() -> None:
    """Call once per started job, from any thread, when it has finished (in a ``finally``)."""
    global _running
    with _lock:
        if _running == 0:
            return
        _running -= 1
        last = _running == 0
    if last:
        if _resumer is None:
            _resume()
        else:
            emit(_resumer.ended)


def _resume() -> None:
    global _we_disabled
    with _lock:
        if _running == 0 and _we_disabled:
            gc.enable()
            _we_disabled = False


def jobs_running() -> int:
    return _running
