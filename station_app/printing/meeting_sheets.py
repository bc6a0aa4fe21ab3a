"""A meeting's sign-in sheet (签到表) and its record (沟通会记录), A4 PDF.

Both flow over as many pages as their content needs (reportlab platypus: tables whose column
titles repeat on every page, paragraphs that wrap by the rules of the text); nothing is cut.
The last page of a sign-in sheet is filled with empty numbered lines for handwriting.

Qt-free. Every text goes through the font chain: a character no font can draw is written as its
code point (``[U+1F44D]``), so free text such as notes always prints.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    KeepTogether,
    LongTable,
    PageTemplate,
    Paragraph,
    Spacer,
    TableStyle,
)

from station_app.printing.fonts import FONT_NAME, register_fonts, split_runs
from station_app.printing.form_painter import measure
from station_app.printing.glyphs import printable_text
from station_app.printing.line_break import wrap
from station_app.printing.meeting_sheet_data import (
    MeetingHeader,
    MeetingRecordSheet,
    SignInRow,
    SignInSheet,
    figure_pairs,
)

__all__ = [
    "PRIVACY_LINE",
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
WIDTH = RIGHT - LEFT
TOP = PAGE_H - 56.0
HEADER_H = 92.0  # letterhead, heading, title and the meeting's two lines
BOTTOM = 64.0
GREY = colors.Color(0.35, 0.35, 0.35)
SHADE = colors.Color(0.92, 0.92, 0.92)
PRIVACY_LINE = (
    "本表所填个人信息仅用于本次活动签到和工会会员服务，由服务站妥善保管，不作他用，"
    "保存期满按规定销毁。"
)


# ------------------------------------------------------------------------------ text


def _markup(text: str, bold: bool = False) -> str:
    """Paragraph markup for ``text``: each run in the font of the chain that draws it."""
    parts = []
    for font, run in split_runs(printable_text(text), bold):
        parts.append(f'<font name="{font}">{escape(run)}</font>')
    return "".join(parts)


def _lines(text: str, width: float, size: float) -> list[str]:
    return wrap(printable_text(text), width / size, measure)


def _para(text: str, style: ParagraphStyle, width: float) -> Paragraph:
    """``text`` as a paragraph whose lines are broken by :func:`line_break.wrap` (the rule the
    forms use), ``width`` being the room it has (a point is kept spare, so reportlab never
    breaks a line again)."""
    lines = _lines(text, width - 1.5, style.fontSize) or [""]
    return Paragraph("<br/>".join(_markup(line) for line in lines), style)


def _style(size: float, *, leading: float = 1.3, align: int = 0) -> ParagraphStyle:
    return ParagraphStyle(
        f"s{size}-{align}",
        fontName=FONT_NAME,
        fontSize=size,
        leading=size * leading,
        alignment=align,
        wordWrap="CJK",
    )


def _draw(c: Canvas, x: float, y: float, text: str, size: float, align: str = "left") -> None:
    text = printable_text(text)
    w = sum(c.stringWidth(run, font, size) for font, run in split_runs(text))
    if align == "center":
        x -= w / 2
    elif align == "right":
        x -= w
    for font, run in split_runs(text):
        c.setFont(font, size)
        c.drawString(x, y, run)
        x += c.stringWidth(run, font, size)


def _fit_line(text: str, width: float, size: float) -> str:
    """The first line of ``text`` at ``width``, marked "…" when there is more."""
    lines = _lines(text, width, size)
    return lines[0] + ("…" if len(lines) > 1 else "") if lines else ""


# ------------------------------------------------------------------------------ pages


def _page_header(c: Canvas, h: MeetingHeader, heading: str) -> None:
    c.setFillColor(GREY)
    _draw(c, PAGE_W / 2, TOP + 14, h.station, 10, "center")
    c.setFillColor(colors.black)
    _draw(c, PAGE_W / 2, TOP - 14, heading, 18, "center")
    _draw(c, PAGE_W / 2, TOP - 36, _fit_line(h.title, WIDTH, 12), 12, "center")
    y = TOP - 62
    _draw(c, LEFT, y, f"时间：{h.day} {h.time_span}".rstrip(), 10.5)
    _draw(c, RIGHT, y, f"类型：{h.kind}", 10.5, "right")
    y -= 18
    _draw(c, LEFT, y, _fit_line(f"地点：{h.venue}", WIDTH * 0.65, 10.5), 10.5)
    if h.host:
        _draw(c, RIGHT, y, f"负责人：{h.host}", 10.5, "right")


class _NumberedCanvas(Canvas):
    """Writes "第 n 页 / 共 N 页" on every page once the number of pages is known."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFillColor(GREY)
            _draw(self, PAGE_W / 2, 30, f"第 {self._pageNumber} 页 / 共 {total} 页", 9, "center")
            super().showPage()
        super().save()


def _build(
    story: list[Any],
    out: Path | BinaryIO,
    *,
    title: str,
    author: str,
    on_page: Callable[[Canvas, Any], None],
) -> int:
    register_fonts()
    buf = io.BytesIO()
    doc = BaseDocTemplate(
        buf,
        pagesize=A4,
        title=title,
        author=author,
        creator="station-app",
        initialFontName=FONT_NAME,
    )
    frame = Frame(LEFT, BOTTOM, WIDTH, TOP - HEADER_H - BOTTOM, 0, 0, 0, 0, id="body")
    doc.addPageTemplates([PageTemplate("page", [frame], onPage=on_page)])
    doc.build(story, canvasmaker=_NumberedCanvas)
    data = buf.getvalue()
    if isinstance(out, Path | str):
        Path(out).write_bytes(data)
    else:
        out.write(data)
    return int(doc.page)


def _frame_height() -> float:
    return TOP - HEADER_H - BOTTOM


# ------------------------------------------------------------------------------ sign-in sheet

SIGN_COLUMNS: tuple[tuple[str, float], ...] = (
    ("序号", 0.08),
    ("姓名", 0.17),
    ("单位", 0.37),
    ("联系电话", 0.20),
    ("签名", 0.18),
)
ROW_H = 26.0
HEAD_H = 22.0
CELL_SIZE = 10.0
CELL_LEADING = 1.2
PAD = 5.0  # left and right padding of every table cell
_CELLS = [
    ("FONTNAME", (0, 0), (-1, -1), FONT_NAME),  # reportlab's default, Helvetica, is not embedded
    ("LEFTPADDING", (0, 0), (-1, -1), PAD),
    ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
]


def _sign_row(n: int, row: SignInRow, widths: Sequence[float]) -> tuple[list[Any], float]:
    style = _style(CELL_SIZE, leading=CELL_LEADING)
    cells: list[Any] = [_para(str(n), _style(CELL_SIZE, align=1), widths[0] - 2 * PAD)]
    lines = 1
    for value, w in zip((row.name, row.unit, row.phone), widths[1:4], strict=True):
        cells.append(_para(value, style, w - 2 * PAD))
        lines = max(lines, len(_lines(value, w - 2 * PAD - 1.5, CELL_SIZE)) or 1)
    cells.append("")
    return cells, max(ROW_H, lines * CELL_SIZE * CELL_LEADING + 10)


def _sign_rows(sheet: SignInSheet, widths: Sequence[float]) -> tuple[list[list[Any]], list[float]]:
    """The numbered lines: the pre-filled ones, blank ones up to ``min_rows``, then blank ones
    until the last page is full (page breaks found as the table will split)."""
    rows: list[list[Any]] = []
    heights: list[float] = []
    total = max(len(sheet.rows), sheet.min_rows)
    for i in range(total):
        cells, h = _sign_row(i + 1, sheet.rows[i] if i < len(sheet.rows) else SignInRow(), widths)
        rows.append(cells)
        heights.append(h)
    room = _frame_height() - HEAD_H
    used = 0.0
    for h in heights:
        used = h if used + h > room + 1e-6 else used + h
    while used + ROW_H <= room + 1e-6:
        cells, h = _sign_row(len(rows) + 1, SignInRow(), widths)
        rows.append(cells)
        heights.append(h)
        used += h
    return rows, heights


def sign_in_sheet_pdf(sheet: SignInSheet, out: Path | BinaryIO) -> int:
    """Write the sign-in sheet; return the number of pages. Lines continue over pages with the
    header and column titles repeated; the last page is filled with empty lines."""
    register_fonts()
    h = sheet.header
    widths = [share * WIDTH for _, share in SIGN_COLUMNS]
    head = [
        _para(title, _style(11, align=1), w - 2 * PAD)
        for (title, _), w in zip(SIGN_COLUMNS, widths, strict=True)
    ]
    rows, heights = _sign_rows(sheet, widths)
    table = LongTable([head, *rows], colWidths=widths, rowHeights=[HEAD_H, *heights], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                *_CELLS,
                ("GRID", (0, 0), (-1, -1), 0.8, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )

    def on_page(c: Canvas, _doc: Any) -> None:
        _page_header(c, h, "签 到 表")
        c.setFillColor(GREY)
        for i, line in enumerate(_lines(PRIVACY_LINE, WIDTH, 8.5)):
            _draw(c, LEFT, BOTTOM - 14 - i * 11, line, 8.5)
        c.setFillColor(colors.black)

    return _build([table], out, title=f"签到表 {h.title}", author=h.station, on_page=on_page)


# ------------------------------------------------------------------------------ meeting record

ATTENDANCE_COLUMNS = (("企业名称", 0.52), ("出席", 0.12), ("结果", 0.2), ("建会咨询", 0.16))


def _section(text: str) -> list[Any]:
    return [Spacer(1, 10), Paragraph(_markup(text), _style(12)), Spacer(1, 6)]


def _figures_table(sheet: MeetingRecordSheet) -> LongTable:
    style = _style(10.5)
    right = _style(11, align=2)
    cell_w = WIDTH / 4
    data: list[list[Any]] = []
    pairs = list(sheet.figures)
    for i in range(0, len(pairs), 2):
        row: list[Any] = []
        for label, value in pairs[i : i + 2]:
            row += [
                _para(label, style, cell_w * 1.5 - 2 * PAD),
                _para(value, right, cell_w * 0.5 - 2 * PAD),
            ]
        data.append(row + [""] * (4 - len(row)))
    table = LongTable(data or [["（无）", "", "", ""]], colWidths=[cell_w * 1.5, cell_w * 0.5] * 2)
    table.setStyle(
        TableStyle(
            [
                *_CELLS,
                ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                ("INNERGRID", (0, 0), (-1, -1), 0.6, colors.black),
            ]
        )
    )
    return table


def _attendance_table(sheet: MeetingRecordSheet) -> LongTable:
    widths = [share * WIDTH for _, share in ATTENDANCE_COLUMNS]
    head = [
        _para(t, _style(10, align=1), w - 2 * PAD)
        for (t, _), w in zip(ATTENDANCE_COLUMNS, widths, strict=True)
    ]
    left, center = _style(10), _style(10, align=1)
    rows = [
        [
            _para(v, left if i == 0 else center, w - 2 * PAD)
            for i, (v, w) in enumerate(zip(r, widths, strict=True))
        ]
        for r in sheet.attendance
    ] or [[_para("（无）", left, widths[0] - 2 * PAD), "", "", ""]]
    table = LongTable([head, *rows], colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                *_CELLS,
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ]
        )
    )
    return table


def _checklist(sheet: MeetingRecordSheet) -> Any:
    """The preparation items, four to a row: √ done, □ not done."""
    if not sheet.checklist:
        return Paragraph(_markup("（无）"), _style(10.5))
    per_row = 4
    width = WIDTH / per_row
    cells = [
        _para(f"{'√' if done else '□'} {item}", _style(10.5), width - 2 * PAD)
        for item, done in sheet.checklist
    ]
    cells += [""] * (-len(cells) % per_row)
    rows = [cells[i : i + per_row] for i in range(0, len(cells), per_row)]
    table = LongTable(rows, colWidths=[width] * per_row)
    table.setStyle(TableStyle(_CELLS))
    return table


def _notes(sheet: MeetingRecordSheet) -> list[Any]:
    text = sheet.notes.strip() or "（无）"
    style = _style(10.5, leading=1.55)
    return [_para(para, style, WIDTH) for para in text.splitlines() if para.strip()]


def meeting_record_pdf(sheet: MeetingRecordSheet, out: Path | BinaryIO) -> int:
    """Write the meeting record (figures, every enterprise, preparation, notes, signatures),
    over as many pages as it needs; return the number of pages."""
    register_fonts()
    h = sheet.header
    story: list[Any] = [Paragraph(_markup(f"状态：{sheet.status}"), _style(10.5))]
    story += _section("一、数据")
    story.append(_figures_table(sheet))
    story += _section("二、参会企业")
    story.append(_attendance_table(sheet))
    story += _section("三、筹备事项")
    story.append(_checklist(sheet))
    story += _section("四、情况记录")
    story += _notes(sheet)
    signed = LongTable(
        [[Paragraph(_markup("记录人（签名）："), _style(10.5)),
          Paragraph(_markup("负责人（签名）："), _style(10.5))]],
        colWidths=[WIDTH / 2, WIDTH / 2],
    )  # fmt: skip
    signed.setStyle(TableStyle(_CELLS))
    signatures: list[Any] = [Spacer(1, 28), signed]
    if sheet.printed_on:
        printed = Paragraph(_markup(f"打印日期：{sheet.printed_on}"), _style(9, align=2))
        signatures += [Spacer(1, 14), printed]
    story.append(KeepTogether(signatures))

    def on_page(c: Canvas, _doc: Any) -> None:
        _page_header(c, h, "沟通会记录")

    return _build(story, out, title=f"沟通会记录 {h.title}", author=h.station, on_page=on_page)
