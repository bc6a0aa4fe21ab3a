"""Exports run in a worker thread with their own database connection, progress and cancel."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QThread, Signal

from station_app.services import export
from station_app.store.reports import thread_connection
from station_app.ui import worker_gc
from station_app.ui.signals import emit


class ExportJob(QThread):
    """One export off the GUI thread; never touches widgets.

    Signals: ``progress(done, total)`` (total 0 while reading), ``succeeded(path, rows)``,
    ``failed(message)``, ``cancelled()``.
    """

    progress = Signal(int, int)
    succeeded = Signal(str, int)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(
        self,
        kinds: list[str],
        path: Path,
        start: date,
        end: date,
        *,
        full_values: bool,
        clerk: str,
        parent: object = None,
    ) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.kinds, self.path, self.period = kinds, path, (start, end)
        self.full_values, self.clerk = full_values, clerk
        self._cancel = False

    def start(self, *args: object) -> None:
        """Start the thread; the garbage collector pauses until it has finished."""
        worker_gc.job_started()
        super().start(*args)  # type: ignore[arg-type]

    def cancel(self) -> None:
        self._cancel = True

    def _report(self, done: int, total: int) -> bool:
        emit(self.progress, done, total)
        return not self._cancel

    def run(self) -> None:
        try:
            with thread_connection():
                result = export.export(
                    self.kinds,
                    self.path,
                    start=self.period[0],
                    end=self.period[1],
                    full_values=self.full_values,
                    clerk=self.clerk,
                    progress=self._report,
                )
        except export.ExportCancelled:
            emit(self.cancelled)
        except (OSError, ValueError) as exc:
            emit(self.failed, str(exc))
        else:
            emit(self.succeeded, str(result.path), result.rows)
        finally:
            worker_gc.job_finished()
