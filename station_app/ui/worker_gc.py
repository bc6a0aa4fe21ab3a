"""Keep Python's cyclic garbage collector off worker threads.

A collection that starts on a worker thread may free Qt objects that belong to the GUI thread,
which crashes Qt. While any worker job runs, automatic collection is paused; it resumes (and
runs once, on the GUI thread) when the last job has finished. Call both functions on the GUI
thread.
"""

from __future__ import annotations

import gc

_running = 0
_was_enabled = True


def job_started() -> None:
    global _running, _was_enabled
    if _running == 0:
        _was_enabled = gc.isenabled()
        gc.disable()
    _running += 1


def job_finished() -> None:
    global _running
    if _running == 0:
        return
    _running -= 1
    if _running == 0 and _was_enabled:
        gc.enable()
        gc.collect()


def jobs_running() -> int:
    return _running
