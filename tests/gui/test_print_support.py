"""The Qt side of printing: the preview paints real pages, jobs run off the GUI thread."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from station_app.printing.application_form import write_application_forms
from station_app.printing.form_data import FormData, StationInfo
from station_app.ui import print_support
from station_app.ui.print_support import PdfPrinter, PdfPrintError

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


def test_printing_in_background_with_progress(qtbot, form_pdf: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "bg.pdf"
    job = PdfPrinter(None).print_in_background(form_pdf, _pdf_printer(out))
    seen: list[tuple[int, int]] = []
    job.progress.connect(lambda d, t: seen.append((d, t)))
    with qtbot.waitSignal(job.succeeded, timeout=20000):
        job.start()
    assert job.thread_ident != threading.get_ident()
    assert seen[-1] == (2, 2)
    assert len(PdfReader(out).pages) == 2
