"""The one background-task runner: work off the GUI thread, every ending delivered on the GUI
thread; garbage collected on the GUI thread only."""

from __future__ import annotations

import gc
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QPushButton, QWidget

from station_app.printing.application_form import PrintCancelled, write_application_forms
from station_app.printing.form_data import FormData, StationInfo
from station_app.services.session import worker_connection
from station_app.store.models import database
from station_app.ui import error_report, gui_thread, tasks
from station_app.ui.tasks import Task, progress_dialog

STATION = StationInfo(name="酒仙桥街道工会服务站", district_federation="朝阳区总工会")


@pytest.fixture
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """The error dialog, replaced: what it would have shown."""
    seen: list[tuple[str, str]] = []
    monkeypatch.setattr(
        error_report.ErrorDialog,
        "show_error",
        classmethod(lambda cls, text, detail, log_path: seen.append((text, detail))),
    )
    return seen


def _run(qtbot, task: Task, timeout: int = 20000) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(task.finished, timeout=timeout):
        task.start()


def test_work_runs_off_the_gui_thread_and_its_progress_arrives_on_it(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "batch.pdf"
    forms = [FormData(name=f"会员{i}") for i in range(20)]
    gui = threading.get_ident()
    seen: list[tuple[int, int, int]] = []
    results: list[object] = []

    task = Task(
        lambda progress: write_application_forms(out, forms, station=STATION, progress=progress)
    )
    task.progress.connect(lambda d, t: seen.append((d, t, threading.get_ident())))
    task.succeeded.connect(results.append)
    _run(qtbot, task)

    assert task.thread_ident is not None and task.thread_ident != gui
    assert results == [40]
    assert seen and all(thread == gui for _, _, thread in seen)
    assert seen[-1][:2] == (20, 20)
    assert [d for d, _, _ in seen] == sorted(d for d, _, _ in seen)  # never backwards


def test_a_flood_of_progress_is_coalesced(qtbot) -> None:  # type: ignore[no-untyped-def]
    seen: list[int] = []

    def work(progress):  # type: ignore[no-untyped-def]
        for i in range(1, 100_001):
            progress(i, 100_000)
        return "done"

    task = Task(work)
    task.progress.connect(lambda d, _t: seen.append(d))
    _run(qtbot, task)
    assert seen[-1] == 100_000
    assert len(seen) < 10_000  # not one queued event per call


def test_cancel_stops_the_work(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "cancelled.pdf"
    forms = [FormData(name=f"会员{i}") for i in range(400)]
    started = threading.Event()

    def work(progress):  # type: ignore[no-untyped-def]
        def slow(done: int, total: int) -> bool:
            started.set()
            time.sleep(0.002)
            return progress(done, total)

        return write_application_forms(out, forms, station=STATION, progress=slow)

    task = Task(work, cancel_errors=(PrintCancelled,))
    outcomes: list[str] = []
    task.succeeded.connect(lambda _: outcomes.append("ok"))
    task.cancelled.connect(lambda: outcomes.append("cancelled"))
    with qtbot.waitSignal(task.finished, timeout=20000):
        task.start()
        assert started.wait(10)
        task.cancel()
    assert outcomes == ["cancelled"]
    assert not out.exists()


def test_an_expected_problem_reaches_the_clerk_as_text(qtbot, shown_errors) -> None:  # type: ignore[no-untyped-def]
    from station_app.printing.fonts import MissingGlyphsError

    def work(progress):  # type: ignore[no-untyped-def]
        raise MissingGlyphsError(["𠮷"])

    task = Task(work, clerk_errors=(MissingGlyphsError,))
    messages: list[str] = []
    task.failed.connect(messages.append)
    _run(qtbot, task)
    assert len(messages) == 1 and "𠮷" in messages[0]
    assert shown_errors == []  # an expected problem is not a crash


def test_an_unexpected_error_is_logged_and_shown_never_silent(qtbot, shown_errors) -> None:  # type: ignore[no-untyped-def]
    from peewee import OperationalError

    from station_app import logs

    log_path = logs.setup_logging()

    def work(progress):  # type: ignore[no-untyped-def]
        raise OperationalError("disk I/O error while writing 11010519491231002X")

    task = Task(work, what="导出")
    crashed: list[str] = []
    task.crashed.connect(crashed.append)
    _run(qtbot, task)

    assert len(crashed) == 1 and crashed[0].startswith("导出时出错")
    assert len(shown_errors) == 1
    text, detail = shown_errors[0]
    assert "disk I/O error" in text and "OperationalError" in detail
    for shown in (text, detail, log_path.read_text(encoding="utf-8")):
        assert "11010519491231002X" not in shown  # the full ID number never leaves the record
        assert "110105********002X" in shown


def test_every_task_gets_its_own_database_connection(qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    tasks.use_worker_connection(worker_connection)
    gui_connection = database.connection()
    seen: list[object] = []

    def work(progress):  # type: ignore[no-untyped-def]
        conn = database.connection()
        seen.append(conn)
        return conn.execute("SELECT count(*) FROM member").fetchone()[0]

    task = Task(work)
    results: list[object] = []
    task.succeeded.connect(results.append)
    _run(qtbot, task)
    assert results == [0]
    assert seen[0] is not gui_connection
    assert database.connection() is gui_connection  # the GUI thread's own is untouched


def test_a_task_whose_owner_closed_ends_quietly(qtbot, shown_errors) -> None:  # type: ignore[no-untyped-def]
    owner = QWidget()
    release = threading.Event()
    task = Task(lambda progress: release.wait(10), parent=owner)
    task.start()
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _valid(task), timeout=5000)
    release.set()
    qtbot.waitUntil(lambda: tasks.running() == 0, timeout=5000)
    assert shown_errors == []


def _valid(obj: object) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)


def test_progress_dialog_follows_and_cancels_the_task(qtbot) -> None:  # type: ignore[no-untyped-def]
    release = threading.Event()

    def work(progress):  # type: ignore[no-untyped-def]
        progress(1, 3)
        release.wait(10)
        if not progress(2, 3):
            raise PrintCancelled(2, 3)
        return 3

    task = Task(work, cancel_errors=(PrintCancelled,))
    dialog = progress_dialog(task, "正在生成申请表")
    cancelled: list[bool] = []
    task.cancelled.connect(lambda: cancelled.append(True))
    task.start()
    qtbot.waitUntil(lambda: dialog.value() == 1)
    assert dialog.maximum() == 3 and "1/3" in dialog.labelText()
    (button,) = dialog.findChildren(QPushButton)
    assert button.text() == "取消"
    with qtbot.waitSignal(task.finished, timeout=5000):
        button.click()
        release.set()
    assert cancelled == [True]


_FINALIZED_ON: list[int] = []


class _Cycle:
    """Cyclic garbage that holds a Qt object living on the GUI thread."""

    def __init__(self) -> None:
        self.me = self
        self.timer = QTimer()
        self.timer.start(60_000)

    def __del__(self) -> None:
        _FINALIZED_ON.append(threading.get_ident())


def test_garbage_collection_never_runs_on_a_worker_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A collection on a worker would destroy GUI-thread Qt objects from there (Qt warns
    "Timers cannot be stopped from another thread", which fails this test, or crashes)."""
    gui_thread.install()
    collector = gui_thread.collector()
    assert collector is not None and not gc.isenabled()
    _FINALIZED_ON.clear()
    for _ in range(1000):  # past the collector's first threshold by themselves
        _Cycle()

    def work(progress):  # type: ignore[no-untyped-def]
        junk = [[i] for i in range(200_000)]  # far past every collection threshold
        del junk

    _run(qtbot, Task(work))
    qtbot.waitUntil(lambda: len(_FINALIZED_ON) == 1000, timeout=5000)
    assert set(_FINALIZED_ON) == {threading.get_ident()}  # every one freed on the GUI thread
    assert collector.collections > 0


def test_finished_tasks_do_not_pile_up_on_their_parent(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A tab that starts a task on every save (the register's count) keeps none once they end."""
    owner = QWidget()
    qtbot.addWidget(owner)
    results: list[int] = []
    for n in range(20):
        task = Task(lambda _progress, n=n: n, what="统计人数", parent=owner)
        task.succeeded.connect(results.append)
        with qtbot.waitSignal(task.finished):
            task.start()
    del task
    gc.collect()
    assert sorted(results) == list(range(20))
    assert owner.findChildren(Task) == []
