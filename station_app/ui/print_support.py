"""Printing PDFs from the UI: preview, the system print dialog, save as PDF, a named printer queue,
and PDF-writing work run off the GUI thread with progress and cancel.

The PDFs are written by :mod:`station_app.printing` (reportlab); here PDFium (pypdfium2) renders
their pages, at the printer's resolution, onto a :class:`QPrinter` (a real printer, a print
preview, or a PDF file). Every dialog is a classmethod (``ask``/``show_pdf``) so tests can
replace it.
"""

from __future__ import annotations

import logging
import shutil
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QPointF, QRectF, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QPageLayout, QPageSize, QPaintEngine, QPainter
from PySide6.QtPrintSupport import (
    QPrintDialog,
    QPrinter,
    QPrinterInfo,
    QPrintPreviewDialog,
)
from PySide6.QtWidgets import QProgressDialog, QWidget

from station_app.ui import worker_gc
from station_app.ui.dialogs.common import SaveAsDialog
from station_app.ui.pdf_pages import PdfPages, PdfReadError
from station_app.ui.signals import emit

log = logging.getLogger(__name__)

# Pages are rasterised at the printer's resolution, but no finer than this: 300 dpi is what an
# office laser prints text at, and an A4 page is then 2480 × 3508 pixels (35 MB while drawn).
MAX_DPI = 300
# A preview keeps every page as an image in memory: coarser, and only for short documents.
PREVIEW_DPI = 150
MAX_PREVIEW_PAGES = 40

Progress = Callable[[int, int], bool]


class PdfPrintError(Exception):
    """A PDF could not be printed; ``str(exc)`` is a message for the clerk."""


# ------------------------------------------------------------------------------------- painting


def load_pdf(path: str | Path) -> PdfPages:
    try:
        return PdfPages(path)
    except PdfReadError as exc:
        raise PdfPrintError(f"无法读取 PDF 文件“{path}”。") from exc


class PrintAborted(Exception):
    """``progress`` returned False: the printer job was aborted."""


def paint_pdf(
    printer: QPrinter, pdf: str | Path | PdfPages, progress: Progress | None = None
) -> int:
    """Render every page of ``pdf`` onto ``printer``, one printer page each; returns the count.

    Works off the GUI thread too (QPainter on a QPrinter is thread-safe, PDFium is behind a
    lock). ``progress(done, total)`` returning False aborts.
    """
    doc = pdf if isinstance(pdf, PdfPages) else load_pdf(pdf)
    try:
        return _paint_pages(printer, doc, progress)
    finally:
        if doc is not pdf:
            doc.close()


def _paint_pages(printer: QPrinter, doc: PdfPages, progress: Progress | None) -> int:
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        raise PdfPrintError("无法开始打印：打印机不可用或输出文件无法写入。")
    previewing = printer.paintEngine().type() == QPaintEngine.Type.Picture
    total = doc.page_count()
    try:
        dpi = min(printer.resolution(), PREVIEW_DPI if previewing else MAX_DPI)
        for i in range(total):
            if i and not printer.newPage():
                raise PdfPrintError("打印机拒绝了新的一页，打印已中止。")
            image = doc.render(i, dpi)
            target = QRectF(painter.viewport())
            scale = min(target.width() / image.width(), target.height() / image.height())
            w, h = image.width() * scale, image.height() * scale
            top_left = QPointF(target.x() + (target.width() - w) / 2, target.y())
            painter.drawImage(QRectF(top_left.x(), top_left.y(), w, h), image)
            if progress is not None and progress(i + 1, total) is False:
                printer.abort()
                raise PrintAborted
        return total
    finally:
        painter.end()


def _a4_portrait(printer: QPrinter) -> None:
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)


def available_printers() -> list[str]:
    return [p.printerName() for p in QPrinterInfo.availablePrinters()]


def default_printer() -> str:
    return QPrinterInfo.defaultPrinterName()


def print_to_printer(
    pdf_path: str | Path, printer_name: str, *, copies: int = 1, doc_name: str = ""
) -> int:
    """Send a PDF to the named printer queue without any dialog; returns the pages sent."""
    if not printer_name or QPrinterInfo.printerInfo(printer_name).isNull():
        raise PdfPrintError(f"找不到打印机“{printer_name}”。")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(printer_name)
    printer.setDocName(doc_name or Path(pdf_path).stem)
    printer.setCopyCount(max(1, copies))
    _a4_portrait(printer)
    return paint_pdf(printer, pdf_path)


# -------------------------------------------------------------------------------------- dialogs


def make_preview_dialog(pdf_path: str | Path, parent: QWidget | None = None) -> QPrintPreviewDialog:
    """A print preview of the PDF; printing from it goes to the printer chosen there."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(Path(pdf_path).stem)
    _a4_portrait(printer)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(dialog.tr("打印预览"))
    dialog.setWindowState(Qt.WindowState.WindowMaximized)
    doc = load_pdf(pdf_path)
    dialog._printer = printer  # type: ignore[attr-defined]  # kept alive with the dialog
    dialog._pages = doc  # type: ignore[attr-defined]
    dialog.paintRequested.connect(lambda p: paint_pdf(p, doc))
    dialog.finished.connect(lambda _code: doc.close())
    return dialog


class PreviewDialog:
    @classmethod
    def show_pdf(cls, pdf_path: str | Path, parent: QWidget | None = None) -> bool:
        """Show the preview; True when the clerk printed from it."""
        dialog = make_preview_dialog(pdf_path, parent)
        try:
            return dialog.exec() == QPrintPreviewDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()


class SystemPrintDialog:
    @classmethod
    def ask(cls, printer: QPrinter, parent: QWidget | None = None) -> bool:
        """The system print dialog (printer, copies, pages); True when the clerk chose Print."""
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(dialog.tr("打印"))
        return dialog.exec() == QPrintDialog.DialogCode.Accepted


class PdfPrinter:
    """What can be done with a finished PDF: preview, print through the system dialog, print
    straight to a named queue, or save a copy."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def preview(self, pdf_path: str | Path) -> bool:
        return PreviewDialog.show_pdf(pdf_path, self.parent)

    def ask_printer(self, doc_name: str) -> QPrinter | None:
        """The system print dialog; the configured printer, or None when the clerk cancelled."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(doc_name)
        _a4_portrait(printer)
        return printer if SystemPrintDialog.ask(printer, self.parent) else None

    def print_with_dialog(self, pdf_path: str | Path) -> int:
        """Ask for printer and options, then print; returns the pages sent (0: cancelled)."""
        printer = self.ask_printer(Path(pdf_path).stem)
        return 0 if printer is None else paint_pdf(printer, pdf_path)

    def print_in_background(self, pdf_path: str | Path, printer: QPrinter) -> PdfJob:
        """A job that sends a long PDF to ``printer`` off the GUI thread (not yet started)."""
        return PdfJob(
            lambda progress: paint_pdf(printer, pdf_path, progress),
            cancel_errors=(PrintAborted,),
            parent=self.parent,
        )

    def print_direct(self, pdf_path: str | Path, printer_name: str = "") -> int:
        return print_to_printer(pdf_path, printer_name or default_printer())

    def save_as(self, pdf_path: str | Path, suggested: str) -> Path | None:
        target = SaveAsDialog.ask(suggested, self.parent)
        if target is None:
            return None
        try:
            shutil.copyfile(pdf_path, target)
        except OSError as exc:
            raise PdfPrintError(f"无法保存到“{target}”：{exc.strerror or exc}") from exc
        return target


# ------------------------------------------------------------------------------- off the thread


class PdfJob(QObject):
    """Runs ``work(progress)`` on the thread pool; ``progress(done, total)`` returns False once
    the job is cancelled, and ``work`` is expected to stop then (by raising).

    Signals (delivered on the GUI thread):
        progress(int, int): done, total.
        succeeded(object): what ``work`` returned.
        failed(str): a message for the clerk.
        cancelled(): the job stopped after :meth:`cancel`.
        finished(): after any of the three above.
    """

    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    finished = Signal()

    def __init__(
        self,
        work: Callable[[Progress], Any],
        *,
        cancel_errors: tuple[type[BaseException], ...] = (),
        clerk_errors: tuple[type[BaseException], ...] = (),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self._cancel_errors = cancel_errors
        self._clerk_errors = (*clerk_errors, PdfPrintError)
        self.thread_ident: int | None = None
        self.running = False

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def start(self, pool: QThreadPool | None = None) -> None:
        self.running = True
        worker_gc.job_started()
        (pool or QThreadPool.globalInstance()).start(_Runner(self))

    def _report(self, done: int, total: int) -> bool:
        emit(self.progress, done, total)
        return not self._cancel.is_set()

    def _run(self) -> None:
        self.thread_ident = threading.get_ident()
        try:
            result = self._work(self._report)
        except self._cancel_errors:
            emit(self.cancelled)
        except self._clerk_errors as exc:
            emit(self.failed, str(exc))
        except Exception as exc:
            log.exception("PDF job failed")
            emit(self.failed, f"生成 PDF 时出错：{exc}")
        else:
            if self._cancel.is_set():
                emit(self.cancelled)
            else:
                emit(self.succeeded, result)
        finally:
            self.running = False
            emit(self.finished)
            worker_gc.job_finished()


class _Runner(QRunnable):
    def __init__(self, job: PdfJob) -> None:
        super().__init__()
        self._job = job

    def run(self) -> None:
        self._job._run()


def show_progress(job: PdfJob, label: str, parent: QWidget | None = None) -> QProgressDialog:
    """A window-modal progress dialog for ``job``; its 取消 button cancels the job."""
    dialog = QProgressDialog(label, parent.tr("取消") if parent else "取消", 0, 0, parent)
    dialog.setWindowTitle(dialog.tr("请稍候"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def _on_progress(done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)
        dialog.setLabelText(f"{label}（{done}/{total}）")

    job.progress.connect(_on_progress)
    dialog.canceled.connect(job.cancel)
    job.finished.connect(dialog.close)
    job.finished.connect(dialog.deleteLater)
    return dialog
