"""A meeting's sign-in sheet (签到表) and its one-page record (沟通会记录), A4 PDF.

Qt-free: drawn with the reportlab canvas. Chinese text is set in the bundled CJK font and Latin
text (digits, times) in Helvetica, run by run, as on the application forms.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from station_app.printing.fonts import check_texts, register_fonts, split_runs
from station_app.printing.meeting_sheet_data import (
    MeetingHeader,
    MeetingRecordSheet,
    SignInRow,
    SignInSheet,
    figure_pairs,
)

__all__ = [
    "MeetingHeader",
    "MeetingRecordSheet",
    "SignInRow",
    "SignInSheet",
    "figure_pairs",
    "meeting_record_pdf",
    "sign_in_sheet_pdf",
]

PAGE_W, PAGE_H = A4
LEFT = 50.0
RIGHT = PAGE_W - 50.0
TOP = PAGE_H - 56.0
BOTTOM = 56.0


# ------------------------------------------------------------------------------ drawing


def _width(text: str, size: float) -> float:
    return sum(pdfmetrics.stringWidth(t, f, size) for f, t in split_runs(text))


def _text(
    c: Canvas, x: float, y: float, text: str, size: float = 10.5, align: str = "left"
) -> None:
    w = _width(text, size)
    if align == "center":
        x -= w / 2
    elif align == "right":
        x -= w
    for font, run in split_runs(text):
        c.setFont(font, size)
        c.drawString(x, y, run)
        x += pdfmetrics.stringWidth(run, font, size)


def _fit(text: str, width: float, size: float) -> str:
    """``text`` cut with an ellipsis so it fits ``width``."""
    if _width(text, size) <= width:
        return text
    while text and _width(text + "…", size) > width:
        text = text[:-1]
    return text + "…"


def _wrap(text: str, width: float, size: float) -> list[str]:
    lines: list[str] = []
    for para in text.splitlines() or [""]:
        line = ""
        for ch in para:
            if _width(line + ch, size) > width and line:
                lines.append(line)
                line = ""
            line += ch
        lines.append(line)
    return lines


def _header(c: Canvas, h: MeetingHeader, heading: str) -> float:
    """Draw the letterhead, heading and meeting line; return the y below them."""
    c.setFillGray(0.35)
    _text(c, PAGE_W / 2, TOP + 14, h.station, 10, "center")
    c.setFillGray(0)
    _text(c, PAGE_W / 2, TOP - 14, heading, 18, "center")
    _text(c, PAGE_W / 2, TOP - 36, h.title, 12, "center")
    y = TOP - 62
    _text(c, LEFT, y, f"时间：{h.day} {h.time_span}".rstrip())
    _text(c, RIGHT, y, f"类型：{h.kind}", align="right")
    y -= 18
    _text(c, LEFT, y, _fit(f"地点：{h.venue}", (RIGHT - LEFT) * 0.65, 10.5))
    if h.host:
        _text(c, RIGHT, y, f"负责人：{h.host}", align="right")
    return y - 14


def _checkbox(c: Canvas, x: float, y: float, ticked: bool) -> None:
    c.setLineWidth(0.7)
    c.rect(x, y, 9, 9)
    if ticked:
        c.setLineWidth(1.2)
        c.line(x + 1.8, y + 4.6, x + 3.8, y + 2.0)
        c.line(x + 3.8, y + 2.0, x + 7.6, y + 7.8)
        c.setLineWidth(0.6)


def _footer(c: Canvas, page: int, pages: int) -> None:
    c.setFillGray(0.35)
    _text(c, PAGE_W / 2, BOTTOM - 24, f"第 {page} 页 / 共 {pages} 页", 9, "center")
    c.setFillGray(0)


def _save(buf: io.BytesIO, out: Path | BinaryIO) -> None:
    data = buf.getvalue()
    if isinstance(out, Path | str):
        Path(out).write_bytes(data)
    else:
        out.write(data)


# ------------------------------------------------------------------------------ sign-in sheet

SIGN_COLUMNS: tuple[tuple[str, float], ...] = (
    ("序号", 0.08),
    ("姓名", 0.17),
    ("单位", 0.37),
    ("联系电话", 0.20),
    ("签名", 0.18),
)
ROW_H = 26.0


def sign_in_sheet_pdf(sheet: SignInSheet, out: Path | BinaryIO) -> int:
    """Write the sign-in sheet; return the number of pages. Rows continue over pages with the
    header and column titles repeated."""
    register_fonts()
    h = sheet.header
    check_texts(
        [h.station, h.title, h.kind, h.venue, h.host, h.day]
        + [t for r in sheet.rows for t in (r.name, r.unit, r.phone)]
    )
    total = max(len(sheet.rows), sheet.min_rows)
    width = RIGHT - LEFT
    xs = [LEFT]
    for _, share in SIGN_COLUMNS:
        xs.append(xs[-1] + share * width)
    per_page = int((TOP - 108 - 22 - BOTTOM) // ROW_H)
    pages = max(1, -(-total // per_page))
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4)
    c.setTitle(f"签到表 {h.title}")
    c.setAuthor(h.station)
    n = 0
    for page in range(1, pages + 1):
        y = _header(c, h, "签 到 表")
        c.setLineWidth(0.8)
        c.setFillGray(0.92)
        c.rect(LEFT, y - 22, width, 22, stroke=0, fill=1)
        c.setFillGray(0)
        for (title, _), x0, x1 in zip(SIGN_COLUMNS, xs, xs[1:], strict=False):
            _text(c, (x0 + x1) / 2, y - 15, title, 11, "center")
        top = y
        y -= 22
        for _ in range(per_page):
            if n >= total:
                break
            row = sheet.rows[n] if n < len(sheet.rows) else SignInRow()
            n += 1
            base = y - ROW_H + 9
            _text(c, (xs[0] + xs[1]) / 2, base, str(n), 10, "center")
            _text(c, xs[1] + 5, base, _fit(row.name, xs[2] - xs[1] - 10, 10), 10)
            _text(c, xs[2] + 5, base, _fit(row.unit, xs[3] - xs[2] - 10, 10), 10)
            _text(c, xs[3] + 5, base, _fit(row.phone, xs[4] - xs[3] - 10, 10), 10)
            y -= ROW_H
            c.line(LEFT, y, RIGHT, y)
        c.line(LEFT, top, RIGHT, top)
        c.line(LEFT, top - 22, RIGHT, top - 22)
        for x in xs:
            c.line(x, top, x, y)
        _footer(c, page, pages)
        c.showPage()
    c.save()
    _save(buf, out)
    return pages


# ------------------------------------------------------------------------------ meeting record


def meeting_record_pdf(sheet: MeetingRecordSheet, out: Path | BinaryIO) -> int:
    """Write the one-page meeting record: figures, enterprises, preparation, notes, signatures.
    A long attendance list is cut with a line saying how many more there are."""
    register_fonts()
    h = sheet.header
    check_texts(
        [h.station, h.title, h.kind, h.venue, h.host, sheet.notes, sheet.status]
        + [t for row in sheet.attendance for t in row]
        + [item for item, _ in sheet.checklist]
        + [label for label, _ in sheet.figures]
    )
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4)
    c.setTitle(f"沟通会记录 {h.title}")
    c.setAuthor(h.station)
    y = _header(c, h, "沟通会记录")
    _text(c, LEFT, y - 4, f"状态：{sheet.status}")
    y -= 26
    width = RIGHT - LEFT

    # figures, two pairs per row in a ruled box
    _text(c, LEFT, y, "一、数据", 12)
    y -= 8
    cols = 2
    cell_w = width / cols
    rows = -(-len(sheet.figures) // cols)
    c.setLineWidth(0.6)
    c.rect(LEFT, y - rows * 22, width, rows * 22)
    for i, (label, value) in enumerate(sheet.figures):
        r, k = divmod(i, cols)
        x0 = LEFT + k * cell_w
        yy = y - (r + 1) * 22
        c.line(LEFT, yy, RIGHT, yy)
        _text(c, x0 + 8, yy + 7, label, 10.5)
        _text(c, x0 + cell_w - 10, yy + 7, value, 11, "right")
    c.line(LEFT + cell_w, y, LEFT + cell_w, y - rows * 22)
    y -= rows * 22 + 24

    # enterprises
    _text(c, LEFT, y, "二、参会企业", 12)
    y -= 8
    heads = (("企业名称", 0.52), ("出席", 0.12), ("结果", 0.2), ("建会咨询", 0.16))
    xs = [LEFT]
    for _, share in heads:
        xs.append(xs[-1] + share * width)
    line_h = 18.0
    room = int((y - 340) // line_h) - 1
    shown = list(sheet.attendance)
    more = 0
    if len(shown) > room:
        more = len(shown) - (room - 1)
        shown = shown[: room - 1]
    c.setFillGray(0.92)
    c.rect(LEFT, y - line_h, width, line_h, stroke=0, fill=1)
    c.setFillGray(0)
    for (title, _), x0, x1 in zip(heads, xs, xs[1:], strict=False):
        _text(c, (x0 + x1) / 2, y - 13, title, 10, "center")
    top = y
    y -= line_h
    c.line(LEFT, top, RIGHT, top)
    c.line(LEFT, y, RIGHT, y)
    if not shown:
        _text(c, LEFT + 6, y - 13, "（无）", 10)
        y -= line_h
    for row in shown:
        for i, value in enumerate(row):
            cell = _fit(value, xs[i + 1] - xs[i] - 10, 10)
            if i == 0:
                _text(c, xs[0] + 5, y - 13, cell, 10)
            else:
                _text(c, (xs[i] + xs[i + 1]) / 2, y - 13, cell, 10, "center")
        y -= line_h
        c.line(LEFT, y, RIGHT, y)
    if more:
        _text(c, xs[0] + 5, y - 13, f"……另有 {more} 家，见系统记录", 10)
        y -= line_h
        c.line(LEFT, y, RIGHT, y)
    for x in xs:
        c.line(x, top, x, y)
    y -= 24

    # checklist
    _text(c, LEFT, y, "三、筹备事项", 12)
    y -= 18
    x = LEFT + 8
    if not sheet.checklist:
        _text(c, x, y, "（无）")
    for item, done in sheet.checklist:
        w = 14 + _width(item, 10.5) + 18
        if x + w > RIGHT and x > LEFT + 8:
            x = LEFT + 8
            y -= 18
        _checkbox(c, x, y - 1, done)
        _text(c, x + 14, y, item)
        x += w
    y -= 28

    # notes
    _text(c, LEFT, y, "四、情况记录", 12)
    y -= 8
    box_h = max(60.0, y - 110)
    c.rect(LEFT, y - box_h, width, box_h)
    ty = y - 16
    for ln in _wrap(sheet.notes, width - 16, 10.5):
        if ty < y - box_h + 8:
            break
        _text(c, LEFT + 8, ty, ln)
        ty -= 15
    y -= box_h + 30
    _text(c, LEFT, y, "记录人（签名）：")
    _text(c, PAGE_W / 2 + 20, y, "负责人（签名）：")
    y -= 26
    c.setFillGray(0.35)
    if sheet.printed_on:
        _text(c, RIGHT, y, f"打印日期：{sheet.printed_on}", 9, "right")
    c.setFillGray(0)
    c.showPage()
    c.save()
    _save(buf, out)
    return 1
