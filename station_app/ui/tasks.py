"""The one way to run work off the GUI thread: exports, batch printing, imports, merges, backups,
reports, previews.

``Task(work)`` runs ``work(progress)`` on a pool thread, inside its own database connection.
``progress(done, total)`` may be called as often as the work likes (only the latest value is
delivered) and returns False once the clerk has cancelled; the work then stops by raising one of
its ``cancel_errors`` (or by returning). The result, an expected problem, an unexpected error or the
cancellation reach the GUI thread as posted events and are emitted there, so nothing a worker does
ever touches a widget, and no worker can end without saying how it ended.

Signals (all emitted on the GUI thread):
    progress(int, int): done, total.
    succeeded(object): what ``work`` returned.
    failed(str): an expected problem (one of ``clerk_errors``), worded for the clerk.
    crashed(str): an unexpected error; it has been logged and the error dialog shown.
    cancelled(): the work stopped after :meth:`Task.cancel`.
    finished(): after any of the four above.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from station_app.ui import error_report, gui_thread

log = logging.getLogger(__name__)

Progress = Callable[[int, int], bool]
Work = Callable[[Progress], Any]

# A task's thread gets its own database connection for the length of the work (set by the
# application; the default does nothing, for work that needs no database).
_connection: Callable[[], AbstractContextManager[object]] | None = None
_running: set[Task] = set()


def use_worker_connection(factory: Callable[[], AbstractContextManager[object]]) -> None:
    """Every task's work runs inside ``factory()`` (its thread's own database connection)."""
    global _connection
    _connection = factory


@contextmanager
def _no_connection() -> Iterator[None]:
    yield


def _working() -> list[Task]:
    return [task for task in list(_running) if not task.work_done and not task.reads_only]


def running() -> int:
    """How many tasks are still doing work the clerk would lose by closing (reads do not count)."""
    return len(_working())


def running_names() -> list[str]:
    """What the running tasks do, for the clerk ("导出", "打印" …)."""
    return sorted({task.what for task in _working() if task.what})


def cancel_all() -> None:
    for task in list(_running):
        task.cancel()


def finish_all(*, cancel: bool, timeout_ms: int = 30000) -> bool:
    """Wait for every running task (cancelling them first if asked); True when all have ended.

    For the end of the program: the work itself finishes (or stops) on its thread, so no file is
    left half-written; their results are no longer delivered.
    """
    if cancel:
        cancel_all()
    return all(task.wait(timeout_ms) for task in list(_running))


class Task(QObject):
    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    crashed = Signal(str)
    cancelled = Signal()
    finished = Signal()

    def __init__(
        self,
        work: Work,
        *,
        what: str = "",
        cancel_errors: tuple[type[BaseException], ...] = (),
        clerk_errors: tuple[type[BaseException], ...] = (),
        reads_only: bool = False,
        parent: QObject | None = None,
    ) -> None:
        """``what`` names the work for the clerk in an error message ("导出", "合并" …).
        ``reads_only``: work that writes nothing and is read again when next needed (a count, a
        tab's figures); closing the window neither asks about it nor waits for it."""
        super().__init__(parent)
        gui_thread.install()
        self._work = work
        self.what = what
        self.reads_only = reads_only
        self._cancel_errors = cancel_errors
        self._clerk_errors = clerk_errors
        self._cancel = threading.Event()
        self._done = threading.Event()
        self._lock = threading.Lock()
        self._latest = (0, 0)
        self._progress_posted = False
        self.running = False
        self.thread_ident: int | None = None

    # -- the GUI thread's side -----------------------------------------------------------------
    def start(self, pool: QThreadPool | None = None) -> Task:
        self.running = True
        _running.add(self)  # kept alive until its end has been delivered
        (pool or QThreadPool.globalInstance()).start(_Runnable(self))
        return self

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    @property
    def work_done(self) -> bool:
        """The work has returned (its end may still be on its way to the GUI thread)."""
        return self._done.is_set()

    def wait(self, timeout_ms: int = 30000) -> bool:
        """Block until the work has returned (its end may still be on its way to the GUI)."""
        return self._done.wait(timeout_ms / 1000)

    def _deliver_progress(self) -> None:
        with self._lock:
            done, total = self._latest
            self._progress_posted = False
        if shiboken6.isValid(self):
            self.progress.emit(done, total)

    def _end(self, signal_name: str, *args: object) -> None:
        self.running = False
        _running.discard(self)
        if not shiboken6.isValid(self):
            return  # its owner (a closed dialog) is gone, and nobody is left to tell
        try:
            getattr(self, signal_name).emit(*args)
        finally:
            self.finished.emit()
            # Its parent no longer keeps it: a finished task lives only as long as someone
            # still holds it (a count started on every save would otherwise pile up on its tab).
            if shiboken6.isValid(self) and self.parent() is not None:
                self.setParent(None)

    def _report_crash(self, exc: BaseException) -> None:
        message = error_report.report(exc, doing=self.what, logged=True)
        self._end("crashed", message)

    # -- the worker thread's side --------------------------------------------------------------
    def _report(self, done: int, total: int) -> bool:
        with self._lock:
            self._latest = (done, total)
            posted, self._progress_posted = self._progress_posted, True
        if not posted:
            gui_thread.post(self._deliver_progress)
        return not self._cancel.is_set()

    def run_here(self) -> None:
        """Run the work on the calling thread and post its end to the GUI thread."""
        self.thread_ident = threading.get_ident()
        end: Callable[[], None]
        try:
            with (_connection or _no_connection)():
                result = self._work(self._report)
        except self._cancel_errors:
            end = lambda: self._end("cancelled")  # noqa: E731
        except self._clerk_errors as exc:
            message = getattr(exc, "message", None) or str(exc)
            end = lambda: self._end("failed", message)  # noqa: E731
        except BaseException as exc:  # every error reaches the clerk; none ends a thread silently
            log.exception("background work failed: %s", self.what or self._work)
            error = exc
            end = lambda: self._report_crash(error)  # noqa: E731
        else:
            if self._cancel.is_set():
                end = lambda: self._end("cancelled")  # noqa: E731
            else:
                end = lambda: self._end("succeeded", result)  # noqa: E731
        finally:
            self._done.set()
        gui_thread.post(end)


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task

    def run(self) -> None:
        self._task.run_here()


def progress_dialog(
    task: Task, label: str, parent: QWidget | None = None, *, cancellable: bool = True
) -> QProgressDialog:
    """A window-modal progress dialog for ``task`` (shown after 300 ms); 取消 cancels it."""
    cancel_text = (QCoreApplication.translate("Tasks", "取消")) if cancellable else ""
    dialog = QProgressDialog(label, cancel_text, 0, 0, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Tasks", "请稍候"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if not cancellable:
        dialog.setCancelButton(None)

    def _on_progress(done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)
        dialog.setLabelText(f"{label}（{done}/{total}）" if total else label)

    task.progress.connect(_on_progress)
    dialog.canceled.connect(task.cancel)
    task.finished.connect(dialog.close)
    task.finished.connect(dialog.deleteLater)
    return dialog
