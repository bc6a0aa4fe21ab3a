"""Visual regression: every kind of printed document, rendered to PNG with PDFium, compared with
reference images that were looked at page by page (tests/visual/reference/).

The pages are rendered at 54 dpi in grey; a page matches when fewer than 0.02 % of its pixels
differ by more than a quarter of the grey range (anti-aliasing and PDFium versions move edges,
a moved or missing text line does not pass). After a deliberate change of a document, make new
references with ``UPDATE_REFERENCE_IMAGES=1 .venv/bin/python -m pytest tests/visual``, look at
every changed page, and commit them with the change.
"""

from __future__ import annotations

import os
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageChops

from tests import pdf_checks
from tests.visual.documents import DOCUMENTS

REFERENCE = Path(__file__).parent / "reference"
SCALE = 0.75  # 54 dpi
LEVEL = 64  # of 255: a pixel differs when it is this much lighter or darker
SHARE = 0.0002  # of a page's pixels: about 56 at 54 dpi, less than two Chinese characters
UPDATE = os.environ.get("UPDATE_REFERENCE_IMAGES") == "1"


def render(pdf: bytes) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf)
    try:
        return [page.render(scale=SCALE, grayscale=True).to_pil().convert("L") for page in doc]
    finally:
        doc.close()


def differing_share(a: Image.Image, b: Image.Image) -> float:
    if a.size != b.size:
        return 1.0
    diff = ImageChops.difference(a, b).point(lambda v: 255 if v > LEVEL else 0)
    histogram = diff.histogram()
    return histogram[255] / (a.size[0] * a.size[1])


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_document_matches_its_reviewed_reference(name: str) -> None:
    pdf = DOCUMENTS[name]()
    pdf_checks.assert_fonts_embedded(pdf_checks.reader(pdf))
    pages = render(pdf)
    expected = sorted(REFERENCE.glob(f"{name}-p*.png"))
    if UPDATE:
        for old in expected:
            old.unlink()
        REFERENCE.mkdir(exist_ok=True)
        for i, page in enumerate(pages, start=1):
            page.save(REFERENCE / f"{name}-p{i}.png", optimize=True)
        return
    assert len(pages) == len(expected), f"{name}: {len(pages)} pages, reference {len(expected)}"
    for i, (page, ref_path) in enumerate(zip(pages, expected, strict=True), start=1):
        share = differing_share(page, Image.open(ref_path).convert("L"))
        if share > SHARE:
            out = Path(os.environ.get("VISUAL_DIFF_DIR", "/tmp")) / f"{name}-p{i}-actual.png"
            page.save(out)
            pytest.fail(f"{name} page {i}: {share:.2%} of pixels differ (see {out})")


def test_the_comparison_sees_a_missing_line() -> None:
    pages = render(DOCUMENTS["form-zh"]())
    page = pages[1].copy()
    page.paste(255, (100, 86, 200, 98))  # blank out the name in the first row of the grid
    assert differing_share(page, pages[1]) > SHARE
