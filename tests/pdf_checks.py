"""Reading our PDFs back: their text, and the `pdffonts` check that every font is embedded."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

from pypdf import PdfReader


def reader(source: bytes | Path | io.BytesIO) -> PdfReader:
    if isinstance(source, bytes):
        source = io.BytesIO(source)
    return PdfReader(source)


def text(pdf: PdfReader, pages: range | None = None) -> str:
    """The text of ``pages`` without the spaces and line breaks the extractor puts between
    runs and wrapped lines."""
    idx = pages if pages is not None else range(len(pdf.pages))
    return "".join(re.sub(r"\s+", "", pdf.pages[i].extract_text()) for i in idx)


def _fonts_in(resources: Any, seen: dict[str, bool]) -> None:
    if resources is None:
        return
    resources = resources.get_object()
    for ref in (resources.get("/Font") or {}).values():
        font = ref.get_object()
        name = str(font.get("/BaseFont"))
        descriptor = font.get("/FontDescriptor")
        if descriptor is None and "/DescendantFonts" in font:
            descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
        embedded = descriptor is not None and any(
            k in descriptor.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3")
        )
        seen[name] = seen.get(name, True) and embedded
    for ref in (resources.get("/XObject") or {}).values():
        xobject = ref.get_object()
        if xobject.get("/Subtype") == "/Form":
            _fonts_in(xobject.get("/Resources"), seen)


def fonts(pdf: PdfReader) -> dict[str, bool]:
    """Every font the document uses (pages and form XObjects) → whether it is embedded."""
    seen: dict[str, bool] = {}
    for page in pdf.pages:
        _fonts_in(page.get("/Resources"), seen)
    return seen


def assert_fonts_embedded(pdf: PdfReader) -> None:
    used = fonts(pdf)
    assert used, "no fonts at all"
    missing = sorted(name for name, embedded in used.items() if not embedded)
    assert not missing, f"not embedded: {missing}"


def font_sizes(pdf: PdfReader, page: int, fragment: str) -> list[float]:
    """The sizes (in points) of the text runs on ``page`` that contain ``fragment``."""
    sizes: list[float] = []

    def visit(t: str, cm: Any, tm: Any, font: Any, size: float) -> None:
        if fragment in t:
            sizes.append(round(size * abs(tm[3]) * abs(cm[3]), 2))

    pdf.pages[page].extract_text(visitor_text=visit)
    return sizes


def runs(pdf: PdfReader, page: int) -> list[tuple[float, float, str]]:
    """(x, y, text) of every text run on ``page``."""
    found: list[tuple[float, float, str]] = []

    def visit(t: str, cm: Any, tm: Any, font: Any, size: float) -> None:
        if t.strip():
            found.append((tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5], t.strip()))

    pdf.pages[page].extract_text(visitor_text=visit)
    return found
