"""The Qt side of printing: the preview paints real pages, jobs run off the GUI thread."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QPushButton

from station_app.printing.application_form import PrintCancelled, write_application_forms
from station_app.printing.form_data import FormData, StationInfo
from station_app.ui import print_support
from station_app.ui.print_support import PdfJob, PdfPrinter, PdfPrintError

STATION = StationInfo(name="酒仙桥街道工会服务站", district_federation="朝阳区总工会")


@pytest.fixture
def form_pdf(tmp_path: Path) -> Path:
    path = tmp_path / "form.pdf"
    write_application_forms(path, [FormData(name="刘䶮", gender="女")], station=STATION)
    return path


def _pdf_printer(out: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    return printer


def test_preview_dialog_paints_every_page(qtbot, form_pdf: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = print_support.make_preview_dialog(form_pdf)
    qtbot.addWidget(dialog)
    out = tmp_path / "printed.pdf"
    dialog.paintRequested.emit(_pdf_printer(out))
    assert out.exists()
    reader = PdfReader(out)
    assert len(reader.pages) == 2
    assert float(reader.pages[0].mediabox.width) == pytest.approx(595, abs=2)  # A4 portrait


def test_preview_shows_the_pages_on_screen(qtbot, form_pdf: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    dialog = print_support.make_preview_dialog(form_pdf)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    widget = dialog.findChild(QPrintPreviewWidget)
    assert widget is not None
    qtbot.waitUntil(lambda: widget.pageCount() == 2)


def test_unreadable_pdf_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"not a pdf")
    with pytest.raises(PdfPrintError, match="无法读取"):
        print_support.make_preview_dialog(bad)


def test_print_to_unknown_printer_is_refused(form_pdf: Path) -> None:
    with pytest.raises(PdfPrintError, match="找不到打印机"):
        print_support.print_to_printer(form_pdf, "no-such-printer-here")


def test_system_dialog_then_printing(qtbot, monkeypatch, form_pdf: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "dialog.pdf"

    def fake_ask(cls, printer: QPrinter, parent=None) -> bool:  # type: ignore[no-untyped-def]
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return True

    monkeypatch.setattr(print_support.SystemPrintDialog, "ask", classmethod(fake_ask))
    assert PdfPrinter(None).print_with_dialog(form_pdf) == 2
    assert len(PdfReader(out).pages) == 2


def test_cancelled_system_dialog_prints_nothing(monkeypatch, form_pdf: Path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(print_support.SystemPrintDialog, "ask", classmethod(lambda *a: False))
    assert PdfPrinter(None).print_with_dialog(form_pdf) == 0


def test_save_as_copies_the_file(monkeypatch, form_pdf: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "saved" / "copy.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(print_support.SaveAsDialog, "ask", classmethod(lambda *a: target))
    assert PdfPrinter(None).save_as(form_pdf, "申请表.pdf") == target
    assert target.read_bytes() == form_pdf.read_bytes()
    monkeypatch.setattr(print_support.SaveAsDialog, "ask", classmethod(lambda *a: None))
    assert PdfPrinter(None).save_as(form_pdf, "申请表.pdf") is None


def test_job_runs_off_the_gui_thread_and_reports_progress(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "batch.pdf"
    forms = [FormData(name=f"会员{i}") for i in range(20)]

    def work(progress):  # type: ignore[no-untyped-def]
        return write_application_forms(out, forms, station=STATION, progress=progress)

    job = PdfJob(work, cancel_errors=(PrintCancelled,))
    seen: list[tuple[int, int]] = []
    results: list[object] = []
    job.progress.connect(lambda d, t: seen.append((d, t)))
    job.succeeded.connect(results.append)
    with qtbot.waitSignal(job.finished, timeout=20000):
        job.start()
    assert job.thread_ident is not None and job.thread_ident != threading.get_ident()
    assert results == [40]
    assert seen[0] == (1, 20) and seen[-1] == (20, 20)
    assert len(PdfReader(out).pages) == 40


def test_cancel_stops_the_job_and_writes_nothing(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "cancelled.pdf"
    forms = [FormData(name=f"会员{i}") for i in range(400)]
    started = threading.Event()

    def work(progress):  # type: ignore[no-untyped-def]
        def slow(done: int, total: int) -> bool:
            started.set()
            time.sleep(0.002)
            return progress(done, total)

        return write_application_forms(out, forms, station=STATION, progress=slow)

    job = PdfJob(work, cancel_errors=(PrintCancelled,))
    outcomes: list[str] = []
    job.succeeded.connect(lambda _: outcomes.append("ok"))
    job.cancelled.connect(lambda: outcomes.append("cancelled"))
    with qtbot.waitSignal(job.finished, timeout=20000):
        job.start()
        assert started.wait(10)
        job.cancel()
    assert outcomes == ["cancelled"]
    assert not out.exists()


def test_job_failure_reaches_the_clerk_as_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    from station_app.printing.fonts import MissingGlyphsError

    def work(progress):  # type: ignore[no-untyped-def]
        raise MissingGlyphsError(["𠮷"])

    job = PdfJob(work, clerk_errors=(MissingGlyphsError,))
    messages: list[str] = []
    job.failed.connect(messages.append)
    with qtbot.waitSignal(job.finished, timeout=5000):
        job.start()
    assert len(messages) == 1 and "字体缺少以下字符" in messages[0] and "𠮷" in messages[0]


def test_printing_in_background_with_progress(qtbot, form_pdf: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "bg.pdf"
    job = PdfPrinter(None).print_in_background(form_pdf, _pdf_printer(out))
    seen: list[tuple[int, int]] = []
    job.progress.connect(lambda d, t: seen.append((d, t)))
    with qtbot.waitSignal(job.succeeded, timeout=20000):
        job.start()
    assert seen == [(1, 2), (2, 2)]
    assert len(PdfReader(out).pages) == 2


def test_progress_dialog_follows_and_cancels_the_job(qtbot) -> None:  # type: ignore[no-untyped-def]
    release = threading.Event()

    def work(progress):  # type: ignore[no-untyped-def]
        progress(1, 3)
        release.wait(10)
        if not progress(2, 3):
            raise PrintCancelled(2, 3)
        return 3

    job = PdfJob(work, cancel_errors=(PrintCancelled,))
    dialog = print_support.show_progress(job, "正在生成申请表")
    cancelled: list[bool] = []
    job.cancelled.connect(lambda: cancelled.append(True))
    job.start()
    qtbot.waitUntil(lambda: dialog.value() == 1)
    assert dialog.maximum() == 3 and "1/3" in dialog.labelText()
    (button,) = dialog.findChildren(QPushButton)
    assert button.text() == "取消"
    with qtbot.waitSignal(job.finished, timeout=5000):
        button.click()
        release.set()
    assert cancelled == [True]
