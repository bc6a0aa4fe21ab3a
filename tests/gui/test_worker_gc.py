"""While a worker job runs, no garbage collection can start on its thread."""

from __future__ import annotations

import gc

from station_app.ui import worker_gc
from station_app.ui.print_support import PdfJob


def test_collector_paused_during_a_job_and_back_after(qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(gc.isenabled, timeout=5000)
    seen: list[bool] = []

    def work(progress):  # type: ignore[no-untyped-def]
        seen.append(gc.isenabled())
        for i in range(50):
            progress(i + 1, 50)
        return "done"

    job = PdfJob(work)
    with qtbot.waitSignal(job.succeeded, timeout=5000):
        job.start()
    qtbot.waitUntil(lambda: worker_gc.jobs_running() == 0 and gc.isenabled(), timeout=5000)
    assert seen == [False]


def test_overlapping_jobs_resume_once_the_last_ends(qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(gc.isenabled, timeout=5000)
    worker_gc.job_started()
    worker_gc.job_started()
    worker_gc.job_finished()
    qtbot.wait(20)
    assert not gc.isenabled()
    worker_gc.job_finished()
    qtbot.waitUntil(gc.isenabled, timeout=5000)
    worker_gc.job_finished()  # an extra call changes nothing
    assert gc.isenabled() and worker_gc.jobs_running() == 0


def test_a_job_started_before_the_resume_is_delivered(qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(gc.isenabled, timeout=5000)
    worker_gc.job_started()
    worker_gc.job_finished()  # the resume is queued, not yet delivered
    worker_gc.job_started()
    assert not gc.isenabled()
    worker_gc.job_finished()
    qtbot.waitUntil(gc.isenabled, timeout=5000)


def test_a_collector_switched_off_elsewhere_stays_off(qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(gc.isenabled, timeout=5000)
    gc.disable()
    try:
        worker_gc.job_started()
        worker_gc.job_finished()
        qtbot.wait(50)
        assert not gc.isenabled()
    finally:
        gc.enable()
