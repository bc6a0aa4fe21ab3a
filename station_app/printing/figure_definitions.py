"""The back page of the monthly report: what each figure counts (数据口径), from the same
definitions the counting uses (``domain/figures.py``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.pdfgen.canvas import Canvas

from station_app.domain.figures import FigureDefinition
from station_app.printing.fonts import string_width
from station_app.printing.line_break import wrap

COLUMNS = (("指标", 0.23), ("计什么", 0.43), ("按哪天计", 0.17), ("各月可相加", 0.17))
LINE = 1.35  # line height as a multiple of the font size

TextDrawer = Callable[[Canvas, float, float, str, float], None]


def _lines(text: str, width: float, size: float) -> list[str]:
    """``text`` broken into lines no wider than ``width`` by the printing's line-breaking rule."""
    return wrap(text, width, lambda t: string_width(t, size)) or [""]


def draw_definitions(
    c: Canvas,
    definitions: Sequence[FigureDefinition],
    *,
    left: float,
    width: float,
    top: float,
    text: TextDrawer,
    size: float = 9.5,
) -> float:
    """A ruled table of the definitions from ``top`` down; returns the y below it."""
    xs = [left]
    for _h, share in COLUMNS:
        xs.append(xs[-1] + share * width)
    pad = 4.0
    rows = [tuple(h for h, _ in COLUMNS)] + [
        (f"{d.label}（{d.unit}）", d.counts, d.when, d.additive) for d in definitions
    ]
    y = top
    c.setLineWidth(0.6)
    for r, cells in enumerate(rows):
        wrapped = [_lines(cell, xs[i + 1] - xs[i] - 2 * pad, size) for i, cell in enumerate(cells)]
        height = max(len(w) for w in wrapped) * size * LINE + 2 * pad
        if r == 0:
            c.setFillColorRGB(0.88, 0.91, 0.95)
            c.rect(left, y - height, width, height, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
        for i, lines in enumerate(wrapped):
            for k, ln in enumerate(lines):
                text(c, xs[i] + pad, y - pad - size - k * size * LINE + 1.5, ln, size)
        c.line(left, y, left + width, y)
        for x in xs:
            c.line(x, y, x, y - height)
        y -= height
    c.line(left, y, left + width, y)
    return y
