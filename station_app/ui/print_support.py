"""Printing PDFs from the UI: preview, the system print dialog, save as PDF, a named printer queue,
and long print jobs sent off the GUI thread (as a :class:`~station_app.ui.tasks.Task`).

The PDFs are written by :mod:`station_app.printing` (reportlab); here PDFium (pypdfium2) renders
their pages, at the printer's resolution, onto a :class:`QPrinter` (a real printer, a print
preview, or a PDF file). Every dialog is a classmethod (``ask``/``show_pdf``) so tests can
replace it.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPaintEngine, QPainter
from PySide6.QtPrintSupport import (
    QPrintDialog,
    QPrinter,
    QPrinterInfo,
    QPrintPreviewDialog,
)
from PySide6.QtWidgets import QWidget

from station_app.ui.dialogs.common import SaveAsDialog
from station_app.ui.pdf_pages import PdfPages, PdfReadError
from station_app.ui.tasks import Task

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
        raise PdfPrintError(
            QCoreApplication.translate("PrintSupport", "无法读取 PDF 文件“%1”。").replace(
                "%1", str(path)
            )
        ) from exc


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
        raise PdfPrintError(
            QCoreApplication.translate(
                "PrintSupport", "无法开始打印：打印机不可用或输出文件无法写入。"
            )
        )
    previewing = printer.paintEngine().type() == QPaintEngine.Type.Picture
    total = doc.page_count()
    try:
        dpi = min(printer.resolution(), PREVIEW_DPI if previewing else MAX_DPI)
        for i in range(total):
            if i and not printer.newPage():
                raise PdfPrintError(
                    QCoreApplication.translate("PrintSupport", "打印机拒绝了新的一页，打印已中止。")
                )
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


def named_printer(printer_name: str, *, doc_name: str, copies: int = 1) -> QPrinter:
    """A QPrinter for the named queue, A4 portrait; PdfPrintError when there is no such queue."""
    if not printer_name:
        raise PdfPrintError(
            QCoreApplication.translate(
                "PrintSupport",
                "这台电脑没有设置默认打印机：请在系统的打印机设置中选一台作为默认，"
                "或取消“直接打印（不预览）”，在打印对话框中选择打印机。",
            )
        )
    if QPrinterInfo.printerInfo(printer_name).isNull():
        raise PdfPrintError(
            QCoreApplication.translate("PrintSupport", "找不到打印机“%1”。").replace(
                "%1", printer_name
            )
        )
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(printer_name)
    printer.setDocName(doc_name)
    printer.setCopyCount(max(1, copies))
    _a4_portrait(printer)
    return printer


def print_to_printer(
    pdf_path: str | Path, printer_name: str, *, copies: int = 1, doc_name: str = ""
) -> int:
    """Send a PDF to the named printer queue without any dialog; returns the pages sent."""
    printer = named_printer(printer_name, doc_name=doc_name or Path(pdf_path).stem, copies=copies)
    return send_pdf(printer, pdf_path)


def send_pdf(printer: QPrinter, pdf_path: str | Path, progress: Progress | None = None) -> int:
    """Print our PDF on what ``printer`` describes; returns the pages sent.

    Where CUPS prints (Linux, macOS) the PDF itself goes to the queue with ``lp``: the pages stay
    vector, and CUPS's own filters turn them into the printer's language in their own processes.
    Elsewhere (Windows) the pages are drawn onto the printer (:func:`paint_pdf`). A printer set to
    write a PDF file gets a copy of ours.
    """
    with load_pdf(pdf_path) as doc:
        pages = doc.page_count()
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        try:
            shutil.copyfile(pdf_path, printer.outputFileName())
        except OSError as exc:
            raise PdfPrintError(
                QCoreApplication.translate("PrintSupport", "无法写入“%1”：%2")
                .replace("%1", printer.outputFileName())
                .replace("%2", str(exc))
            ) from exc
        if progress is not None:
            progress(pages, pages)
        return pages
    lp = shutil.which("lp")
    if lp is None or not printer.printerName():
        return paint_pdf(printer, pdf_path, progress)
    command = [lp, "-d", printer.printerName(), "-n", str(max(1, printer.copyCount()))]
    command += ["-t", printer.docName() or Path(pdf_path).stem, *_lp_options(printer)]
    try:
        done = subprocess.run(
            [*command, "--", str(pdf_path)], capture_output=True, text=True, timeout=60
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise PdfPrintError(
            QCoreApplication.translate("PrintSupport", "无法把文件交给打印服务：%1").replace(
                "%1", str(exc)
            )
        ) from exc
    if done.returncode != 0:
        reason = (done.stderr or done.stdout).strip().splitlines()
        raise PdfPrintError(
            QCoreApplication.translate("PrintSupport", "打印机“%1”没有接受这份文件：%2")
            .replace("%1", printer.printerName())
            .replace("%2", reason[-1] if reason else "")
        )
    if progress is not None:
        progress(pages, pages)
    return pages


def _lp_options(printer: QPrinter) -> list[str]:
    """What the clerk chose in the print dialog, as CUPS job options."""
    options: list[str] = []
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage():
        options += ["-P", f"{printer.fromPage()}-{printer.toPage() or printer.fromPage()}"]
    sides = {
        QPrinter.DuplexMode.DuplexLongSide: "two-sided-long-edge",
        QPrinter.DuplexMode.DuplexShortSide: "two-sided-short-edge",
        QPrinter.DuplexMode.DuplexNone: "one-sided",
    }.get(printer.duplex())
    if sides:
        options += ["-o", f"sides={sides}"]
    if printer.colorMode() == QPrinter.ColorMode.GrayScale:
        options += ["-o", "print-color-mode=monochrome"]
    return options


# -------------------------------------------------------------------------------------- dialogs


def make_preview_dialog(pdf_path: str | Path, parent: QWidget | None = None) -> QPrintPreviewDialog:
    """A print preview of the PDF; printing from it goes to the printer chosen there."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(Path(pdf_path).stem)
    _a4_portrait(printer)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("PrintSupport", "打印预览"))
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
        dialog.setWindowTitle(QCoreApplication.translate("PrintSupport", "打印"))
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
        return 0 if printer is None else send_pdf(printer, pdf_path)

    def print_in_background(self, pdf_path: str | Path, printer: QPrinter) -> Task:
        """A task that sends a long PDF to ``printer`` off the GUI thread (not yet started)."""
        return Task(
            lambda progress: send_pdf(printer, pdf_path, progress),
            what=QCoreApplication.translate("PrintSupport", "打印"),
            cancel_errors=(PrintAborted,),
            clerk_errors=(PdfPrintError,),
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
            raise PdfPrintError(
                QCoreApplication.translate("PrintSupport", "无法保存到“%1”：%2")
                .replace("%1", str(target))
                .replace("%2", str(exc.strerror or exc))
            ) from exc
        return target
