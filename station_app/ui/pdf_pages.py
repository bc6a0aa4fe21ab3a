"""Pages of our own PDFs as images, drawn by PDFium (pypdfium2), for printers and previews.

PDFium is not thread-safe: every call into it holds one process-wide lock, so a print job on a
worker thread and a preview on the GUI thread take turns page by page.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QImage

_PDFIUM = threading.Lock()


class PdfReadError(Exception):
    """The file is not a PDF PDFium can read, or has no pages."""


class PdfPages:
    """An open PDF; ``render(i, dpi)`` gives page ``i`` as a QImage. Close it when done."""

    def __init__(self, path: str | Path) -> None:
        import pypdfium2 as pdfium  # read at the first page drawn, not with the window

        self.path = Path(path)
        with _PDFIUM:
            try:
                self._doc = pdfium.PdfDocument(str(self.path))
            except (pdfium.PdfiumError, OSError) as exc:
                raise PdfReadError(str(exc)) from exc
            self._count = len(self._doc)
            self._sizes = [self._doc.get_page_size(i) for i in range(self._count)]
        if self._count == 0:
            self.close()
            raise PdfReadError(f"{self.path} has no pages")

    def __enter__(self) -> PdfPages:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def page_count(self) -> int:
        return self._count

    def page_points(self, index: int) -> QSizeF:
        """The page's size in PDF points (1/72 inch)."""
        width, height = self._sizes[index]
        return QSizeF(width, height)

    def render(self, index: int, dpi: float) -> QImage:
        """Page ``index`` at ``dpi`` dots per inch, white background, RGB."""
        with _PDFIUM:
            page = self._doc[index]
            try:
                bitmap = page.render(scale=dpi / 72, rev_byteorder=True, prefer_bgrx=True)
                try:
                    image = QImage(
                        bytes(bitmap.buffer),
                        bitmap.width,
                        bitmap.height,
                        bitmap.stride,
                        QImage.Format.Format_RGBX8888,
                    )
                    return image.copy()  # own the pixels before PDFium frees its buffer
                finally:
                    bitmap.close()
            finally:
                page.close()

    def close(self) -> None:
        with _PDFIUM:
            doc = getattr(self, "_doc", None)
            if doc is not None:
                doc.close()
                self._doc = None
