"""Measuring, fitting and drawing text on a reportlab canvas through the font chain.

Text is fitted into a cell by shrinking it on one line down to the cell's minimum size, then by
wrapping it (by the rules of :mod:`line_break`) at sizes no smaller than that minimum; only what
still does not fit at the minimum is cut, and the cut is marked with "…".
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from typing import Literal

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from station_app.printing.fonts import font_for_char, split_runs
from station_app.printing.line_break import wrap

Align = Literal["left", "center", "right"]
VAlign = Literal["top", "middle"]
ASCENT = 0.80  # of the font size, for the chain's fonts
DESCENT = 0.22
BLACK = (0.0, 0.0, 0.0)
GREY = (0.35, 0.35, 0.35)

_widths: dict[tuple[str, bool], float] = {}


def char_width(ch: str, bold: bool = False) -> float:
    """Width of ``ch`` at size 1 in the font that draws it (0 for what is not drawn)."""
    w = _widths.get((ch, bold))
    if w is None:
        drawn = " " if ch.isspace() and ch != "\u3000" else ch
        font = font_for_char(drawn, bold)
        w = pdfmetrics.stringWidth(drawn, font, 1.0) if font else 0.0
        _widths[(ch, bold)] = w
    return w


def measure(text: str, bold: bool = False) -> float:
    """Width of ``text`` at size 1."""
    return sum(char_width(ch, bold) for ch in text)


@dataclass(frozen=True)
class Fit:
    size: float
    lines: tuple[str, ...]


def block_height(n: int, size: float, leading: float) -> float:
    return (n - 1) * size * leading + size * (ASCENT + DESCENT)


@functools.lru_cache(maxsize=8192)
def fit(
    text: str,
    width: float,
    height: float,
    max_size: float,
    min_size: float,
    *,
    multiline: bool = False,
    leading: float = 1.2,
    bold: bool = False,
) -> Fit:
    """Choose a size (never below ``min_size``) and line breaks so ``text`` fits the box."""
    text = text.strip()
    if not text:
        return Fit(max_size, ())

    def width_of(s: str) -> float:
        return measure(s, bold)

    if not multiline and "\n" not in text:
        w1 = width_of(text)
        if w1 * max_size <= width and block_height(1, max_size, leading) <= height:
            return Fit(max_size, (text,))
        size = math.floor(width / w1 * 4) / 4 if w1 else max_size
        if size >= min_size and block_height(1, size, leading) <= height:
            return Fit(min(size, max_size), (text,))
    size = max_size
    while size >= min_size - 1e-9:
        lines = wrap(text, width / size, width_of)
        if block_height(len(lines), size, leading) <= height:
            return Fit(size, tuple(lines))
        size -= 0.5
    size = min_size
    lines = wrap(text, width / size, width_of)
    n = max(1, int((height - size * (ASCENT + DESCENT)) / (size * leading)) + 1)
    kept = lines[:n]
    last = kept[-1]
    while last and width_of(last + "…") * size > width:
        last = last[:-1]
    kept[-1] = last + "…"
    return Fit(size, tuple(kept))


class Painter:
    """Canvas drawing helpers; every text goes through the font chain's run splitter."""

    def __init__(self, c: Canvas) -> None:
        self.c = c
        self._batch: PDFTextObject | None = None

    def begin_batch(self) -> None:
        """Collect plain texts into one PDF text object until :meth:`end_batch` (much faster)."""
        self._batch = self.c.beginText()

    def end_batch(self) -> None:
        if self._batch is not None:
            self.c.drawText(self._batch)
            self._batch = None

    def text(
        self,
        x: float,
        y: float,
        s: str,
        size: float,
        *,
        align: Align = "left",
        bold: bool = False,
        char_space: float = 0.0,
        color: tuple[float, float, float] = BLACK,
    ) -> float:
        """Draw one line with its baseline at ``y``; return its width."""
        if not s:
            return 0.0
        w = measure(s, bold) * size + char_space * max(len(s) - 1, 0)
        if align == "center":
            x -= w / 2
        elif align == "right":
            x -= w
        styled = bool(char_space or color != BLACK)
        if not styled and self._batch is not None:
            t = self._batch
            t.setTextOrigin(x, y)
            for font, run in split_runs(s, bold):
                t.setFont(font, size)
                t.textOut(run)
            return w
        c = self.c
        if styled:  # Tc outlives the text object: confine it with q/Q
            c.saveState()
        t = c.beginText(x, y)
        if char_space:
            t.setCharSpace(char_space)
        if color != BLACK:
            t.setFillColorRGB(*color)
        for font, run in split_runs(s, bold):
            t.setFont(font, size)
            t.textOut(run)
        c.drawText(t)
        if styled:
            c.restoreState()
        return w

    def block(
        self,
        lines: Fit,
        x: float,
        y_top: float,
        width: float,
        height: float,
        *,
        align: Align = "left",
        valign: VAlign = "middle",
        leading: float = 1.2,
        bold: bool = False,
        color: tuple[float, float, float] = BLACK,
    ) -> float:
        """Draw fitted lines in the box whose top-left corner is (x, y_top); return the y of
        the bottom of the block."""
        if not lines.lines:
            return y_top
        size = lines.size
        bh = block_height(len(lines.lines), size, leading)
        top = y_top - (height - bh) / 2 if valign == "middle" else y_top
        y = top - ASCENT * size
        ax = {"left": x, "center": x + width / 2, "right": x + width}[align]
        for line in lines.lines:
            self.text(ax, y, line, size, align=align, bold=bold, color=color)
            y -= size * leading
        return top - bh

    def boxed(
        self,
        s: str,
        x: float,
        y_top: float,
        width: float,
        height: float,
        *,
        max_size: float,
        min_size: float,
        pad: float = 4.0,
        align: Align = "left",
        valign: VAlign = "middle",
        multiline: bool = False,
        leading: float = 1.2,
        bold: bool = False,
        color: tuple[float, float, float] = BLACK,
    ) -> float:
        """Fit ``s`` inside the cell (x, y_top, width, height) less ``pad`` and draw it."""
        vpad = min(pad, 3.0)
        iw, ih = width - 2 * pad, height - 2 * vpad
        fitted = fit(s, iw, ih, max_size, min_size, multiline=multiline, leading=leading, bold=bold)
        return self.block(
            fitted,
            x + pad,
            y_top - vpad,
            iw,
            ih,
            align=align,
            valign=valign,
            leading=leading,
            bold=bold,
            color=color,
        )

    def paragraph(
        self, s: str, x: float, y_top: float, width: float, size: float, leading: float
    ) -> float:
        """Wrap ``s`` to ``width`` at ``size``, draw it from ``y_top`` down; return the y below."""
        lines = wrap(s, width / size, measure)
        return self.block(
            Fit(size, tuple(lines)), x, y_top, width, 0, valign="top", leading=leading
        )

    def hline(self, x1: float, x2: float, y: float, width: float = 0.6) -> None:
        self.c.setLineWidth(width)
        self.c.setStrokeColorRGB(*BLACK)
        self.c.line(x1, y, x2, y)

    def rect(self, x: float, y: float, w: float, h: float, width: float = 0.8) -> None:
        self.c.setLineWidth(width)
        self.c.setStrokeColorRGB(*BLACK)
        self.c.rect(x, y, w, h, stroke=1, fill=0)

    def checkbox(self, x: float, y: float, size: float, checked: bool) -> None:
        self.c.setLineWidth(0.6)
        self.c.setStrokeColorRGB(*BLACK)
        self.c.rect(x, y, size, size, stroke=1, fill=0)
        if checked:
            self.c.setLineWidth(1.2)
            p = self.c.beginPath()
            p.moveTo(x + size * 0.18, y + size * 0.52)
            p.lineTo(x + size * 0.42, y + size * 0.2)
            p.lineTo(x + size * 0.86, y + size * 0.86)
            self.c.drawPath(p, stroke=1, fill=0)
