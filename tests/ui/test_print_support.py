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


def test_direct_printing_without_a_default_printer_says_what_to_do(form_pdf: Path) -> None:
    """Printers installed but none the default: the clerk is told how to choose one."""
    with pytest.raises(PdfPrintError, match="没有设置默认打印机") as refused:
        print_support.print_to_printer(form_pdf, "")
    assert "直接打印" in refused.value.args[0]


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


class _Queue(QPrinter):
    """A printer on the CUPS queue "Office" (Qt itself only keeps names of queues it knows)."""

    def printerName(self) -> str:
        return "Office"


def _fake_lp(tmp_path: Path, *, fail: bool = False) -> Path:
    """An ``lp`` that records its arguments (and the file it was given) instead of printing."""
    folder = tmp_path / "bin"
    folder.mkdir()
    log = tmp_path / "lp-args.txt"
    script = folder / "lp"
    body = 'echo "lp: Unsupported document-format" >&2; exit 1' if fail else "echo ok"
    script.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > "{log}"\n{body}\n', encoding="utf-8")
    script.chmod(0o755)
    return folder


def test_a_cups_printer_gets_the_pdf_itself_with_the_clerks_options(
    qapp, form_pdf: Path, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import os

    monkeypatch.setenv("PATH", f"{_fake_lp(tmp_path)}{os.pathsep}{os.environ['PATH']}")
    printer = _Queue(QPrinter.PrinterMode.HighResolution)
    printer.setDocName("入会申请书-刘䶮")
    printer.setCopyCount(3)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 2)
    assert print_support.send_pdf(printer, form_pdf) == 2
    args = (tmp_path / "lp-args.txt").read_text(encoding="utf-8").split("\n")
    assert args[:6] == ["-d", "Office", "-n", "3", "-t", "入会申请书-刘䶮"]
    assert args[args.index("-P") + 1] == "2-2"
    sides = {QPrinter.DuplexMode.DuplexNone: "one-sided"}.get(printer.duplex())
    assert sides is None or f"sides={sides}" in args  # as the print dialog shows it
    assert args[args.index("--") + 1] == str(form_pdf)  # the vector PDF, not drawn pages


def test_a_refused_cups_job_is_told_to_the_clerk(
    qapp, form_pdf: Path, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import os

    monkeypatch.setenv("PATH", f"{_fake_lp(tmp_path, fail=True)}{os.pathsep}{os.environ['PATH']}")
    printer = _Queue(QPrinter.PrinterMode.HighResolution)
    with pytest.raises(PdfPrintError, match="Unsupported document-format"):
        print_support.send_pdf(printer, form_pdf)


def test_a_printer_writing_a_pdf_file_gets_a_copy_of_ours(
    qapp, form_pdf: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "saved.pdf"
    assert print_support.send_pdf(_pdf_printer(out), form_pdf) == 2
    assert out.read_bytes() == form_pdf.read_bytes()
