"""The membership application (入会申请书) and registration record (工会会员登记表) as A4 PDF.

Each form prints on two pages: page 1 is the ACFTU application (declaration, applicant, date,
our PIPL consent, the note that the grassroots union keeps it), page 2 the ruled registration
grid with the union group's and the grassroots union's opinions. The static parts of each page
(grid, labels, wording, letterhead) are drawn once per document as PDF form XObjects and reused
on every page, so a thousand filled forms take a second or two.

Qt-free: drawn with the reportlab canvas directly, every text through the font chain.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from station_app.domain.choices import NO, YES
from station_app.printing.fonts import check_texts, new_canvas, register_fonts
from station_app.printing.form_data import FormData, StationInfo
from station_app.printing.form_painter import GREY, Painter, fit, measure
from station_app.printing.form_texts import (
    EN_CLOSING,
    EN_CONSENT,
    EN_DECLARATION,
    EN_KEPT,
    PROMPTS,
    TEXTS,
    ZH_CLOSING,
    ZH_CONSENT,
    ZH_DECLARATION,
    ZH_KEPT,
    Lang,
    blank_date,
    date_text,
    field_label,
    page_text,
    text,
    value_text,
)
from station_app.printing.glyphs import unprintable
from station_app.private_files import write_private

__all__ = [
    "PAGES_PER_FORM",
    "Lang",
    "PrintCancelled",
    "unprintable_in_form",
    "write_application_forms",
    "write_blank_forms",
]

PAGES_PER_FORM = 2
PAGE_W, PAGE_H = A4
LEFT = 52.0
RIGHT = PAGE_W - 52.0
CONTENT_W = RIGHT - LEFT
HEADER_Y = PAGE_H - 38.0
FOOTER_Y = 34.0
VALUE_MIN_SIZE = 7.0  # a value is wrapped onto more lines before it gets smaller than this


class PrintCancelled(Exception):
    """The progress callback asked to stop; nothing was written."""

    def __init__(self, done: int, total: int) -> None:
        self.done = done
        self.total = total
        super().__init__(f"打印已取消（已完成 {done}/{total} 份）")


def _colon(lang: Lang) -> str:
    return ": " if lang == "en" else "："


@dataclass(frozen=True)
class _Cell:
    x: float
    y_top: float
    w: float
    h: float


# the registration grid: label | value | label | value | photo (first four rows)
_COLS = (84.0, 144.0, 76.0, 102.0)
_PHOTO_W = CONTENT_W - sum(_COLS)
_PHOTO_ROWS = 4
_ROW_H = 26.0
_GRID_ROWS: tuple[tuple[str, str | None], ...] = (
    ("name", "gender"),
    ("birth_date", "ethnicity"),
    ("education", "native_place"),
    ("political_status", "card_number"),
    ("employer_text", None),
    ("job_title", "professional_title"),
    ("id_type", "id_number"),
    ("phone", "hukou_type"),
    ("migrant_worker", "approval_date"),
    ("primary_union", None),
)
# (field, height, room kept at the foot for a signature line)
_TALL_ROWS: tuple[tuple[str, float, float], ...] = (
    ("family_members", 78.0, 0.0),
    ("resume", 96.0, 0.0),
    ("group_opinion", 62.0, 22.0),
    ("approval_opinion", 72.0, 22.0),
    ("remarks", 32.0, 0.0),
)
TALL_CELLS = tuple(key for key, _h, _f in _TALL_ROWS)
_SIGN_ROW_H = 32.0
_GRID_H = len(_GRID_ROWS) * _ROW_H + sum(h for _k, h, _f in _TALL_ROWS) + _SIGN_ROW_H


class _FormWriter:
    def __init__(self, c: Canvas, station: StationInfo, lang: Lang, print_date: date) -> None:
        self.c = c
        self.p = Painter(c)
        self.station = station
        self.lang = lang
        self.print_date = print_date
        self.value_cells: dict[str, _Cell] = {}
        self._p1_name = (0.0, 0.0, 0.0)
        self._p1_date = (0.0, 0.0, 0.0)
        title_h = 54.0 if lang == "bilingual" else 38.0
        self.grid_top = HEADER_Y - 22 - title_h - 10
        self._define_templates()

    # --- letterhead shared by both pages

    def _letterhead(self, page: int) -> None:
        p, lang, st = self.p, self.lang, self.station
        colon = _colon(lang)
        p.text(LEFT, HEADER_Y, st.name, 9, color=GREY)
        printed = f"{text('printed', lang)}{colon}{date_text(self.print_date.isoformat(), lang)}"
        p.text(RIGHT, HEADER_Y, printed, 9, align="right", color=GREY)
        p.c.setStrokeColorRGB(*GREY)
        p.c.setLineWidth(0.5)
        p.c.line(LEFT, HEADER_Y - 6, RIGHT, HEADER_Y - 6)
        p.c.line(LEFT, FOOTER_Y + 12, RIGHT, FOOTER_Y + 12)
        number = page_text(page, PAGES_PER_FORM, lang)
        number_w = p.text(RIGHT, FOOTER_Y, number, 8.5, align="right", color=GREY)
        parts = [st.district_federation, st.name]
        if st.address:
            parts.append(f"{text('address', lang)}{colon}{st.address}")
        if st.phone:
            parts.append(f"{text('tel', lang)}{colon}{st.phone}")
        footer = "\u3000".join(x for x in parts if x)
        room = CONTENT_W - number_w - 16  # never into the page number
        fitted = fit(footer, room, 10, 8.5, 6.0)
        if fitted.lines:
            line = fitted.lines[0] if len(fitted.lines) == 1 else fitted.lines[0] + "…"
            p.text(LEFT, FOOTER_Y, line, fitted.size, color=GREY)

    def _title(self, key: str, y: float) -> float:
        """Draw the page title with its top near ``y``; return the y below it."""
        zh, en = TEXTS[key]
        p = self.p
        if self.lang == "en":
            p.text(PAGE_W / 2, y - 18, en, 17, align="center", bold=True)
            return y - 34
        p.text(PAGE_W / 2, y - 22, zh, 22, align="center", bold=True, char_space=6)
        if self.lang == "bilingual":
            p.text(PAGE_W / 2, y - 42, en, 12, align="center", bold=True)
            return y - 54
        return y - 38

    def _label_line(self, x: float, y: float, label: str, size: float, right: float) -> float:
        """``label：`` and a writing line to ``right``; return where the value starts."""
        w = self.p.text(x, y, label + _colon(self.lang), size)
        self.p.hline(x + w + 2, right, y - 3)
        return x + w + 6

    # --- page 1: 入会申请书

    def _static_application(self) -> None:
        p, lang = self.p, self.lang
        self._letterhead(1)
        y = self._title("title_app", HEADER_Y - 22) - 16
        paragraphs: list[tuple[str, float, float]] = []
        if lang != "en":
            size, lead = (12.5, 2.0) if lang == "zh" else (11.5, 1.7)
            paragraphs += [(ZH_DECLARATION, size, lead), (ZH_CLOSING, size, lead)]
        if lang != "zh":
            size, lead = (12.0, 1.6) if lang == "en" else (10.0, 1.4)
            paragraphs += [(EN_DECLARATION, size, lead), (EN_CLOSING, size, lead)]
        for i, (para, size, lead) in enumerate(paragraphs):
            gap = size * (1.6 if i == 1 and lang == "bilingual" else 0.6)
            y = p.paragraph(para, LEFT, y, CONTENT_W, size, lead) - gap
        # the applicant, right half
        size = 12.0 if lang != "bilingual" else 11.0
        x = PAGE_W / 2 - 10
        y -= 26
        start = self._label_line(x, y, text("applicant", lang), size, RIGHT)
        self._p1_name = (start, y, size)
        y -= size * 2.4
        self._label_line(x, y, text("applicant_sign", lang), size, RIGHT)
        y -= size * 2.4
        start = self._label_line(x, y, text("apply_date", lang), size, RIGHT)
        self._p1_date = (start, y, size)
        # the consent, boxed, with its own signature
        y -= 40
        size, lead = (10.5, 1.6) if lang != "bilingual" else (9.5, 1.45)
        box_top = y
        ty = y - 10
        if lang != "en":
            ty = p.paragraph(ZH_CONSENT, LEFT + 10, ty, CONTENT_W - 20, size, lead) - 4
        if lang != "zh":
            ty = p.paragraph(EN_CONSENT, LEFT + 10, ty, CONTENT_W - 20, size - 0.5, lead) - 4
        ty -= size * 1.6
        self._label_line(PAGE_W / 2 + 40, ty, text("consent_sign", lang), size, RIGHT - 10)
        box_bottom = ty - 12
        p.rect(LEFT, box_bottom, CONTENT_W, box_top - box_bottom, width=0.6)
        # the note that the grassroots union keeps the application
        notes = [ZH_KEPT] if lang == "zh" else [EN_KEPT] if lang == "en" else [ZH_KEPT, EN_KEPT]
        ny = FOOTER_Y + 30 + 13 * (len(notes) - 1)
        for note in notes:
            p.text(LEFT, ny, note, 9.5, color=GREY)
            ny -= 13

    def _fill_application(self, form: FormData) -> None:
        p, lang = self.p, self.lang
        x, y, size = self._p1_name
        if form.name:
            # room for two lines above the writing line: a long Latin name wraps, not shrinks
            p.boxed(form.name, x - 4, y + size * 2.0, RIGHT - x + 4, size * 2.3, max_size=size,
                    min_size=VALUE_MIN_SIZE, pad=2, valign="middle")  # fmt: skip
        x, y, size = self._p1_date
        when = date_text(form.application_date, lang) if form.application_date else ""
        p.text(x if when else RIGHT - 4, y, when or blank_date(lang), size,
               align="left" if when else "right")  # fmt: skip

    # --- page 2: 工会会员登记表

    def _label_cell(self, key: str, cell: _Cell) -> None:
        lang = self.lang
        label = field_label(key, lang, sep="\n")
        if lang == "zh" and len(label) > 6:  # 家庭主要成员及其工作单位 -> even lines
            half = (len(label) + 1) // 2
            if len(label) > 10:
                half = (len(label) + 2) // 3
                label = "\n".join(label[i : i + half] for i in range(0, len(label), half))
            else:
                label = label[:half] + "\n" + label[half:]
        self.p.boxed(
            label,
            cell.x,
            cell.y_top,
            cell.w,
            cell.h,
            max_size=10.5 if lang == "zh" else 8.5,
            min_size=6.0,
            pad=3,
            align="center",
            leading=1.15,
            multiline=lang != "zh",
        )

    def _grid_lines(self) -> tuple[list[float], float]:
        """Draw the label/value rows; return the column x positions and the y below them."""
        p, c = self.p, self.c
        xs = [LEFT]
        for w in _COLS:
            xs.append(xs[-1] + w)
        photo_x = xs[-1]
        y = self.grid_top
        for i, (left_key, right_key) in enumerate(_GRID_ROWS):
            y_bottom = y - _ROW_H
            right_edge = photo_x if i < _PHOTO_ROWS else RIGHT
            self._label_cell(left_key, _Cell(xs[0], y, _COLS[0], _ROW_H))
            if right_key is None:
                self.value_cells[left_key] = _Cell(xs[1], y, right_edge - xs[1], _ROW_H)
                c.line(xs[1], y, xs[1], y_bottom)
            else:
                self.value_cells[left_key] = _Cell(xs[1], y, _COLS[1], _ROW_H)
                self._label_cell(right_key, _Cell(xs[2], y, _COLS[2], _ROW_H))
                self.value_cells[right_key] = _Cell(xs[3], y, right_edge - xs[3], _ROW_H)
                for xv in (xs[1], xs[2], xs[3]):
                    c.line(xv, y, xv, y_bottom)
            last_photo_row = i >= _PHOTO_ROWS - 1
            c.line(LEFT, y_bottom, RIGHT if last_photo_row else right_edge, y_bottom)
            y = y_bottom
        top = self.grid_top
        c.line(photo_x, top, photo_x, top - _PHOTO_ROWS * _ROW_H)
        mid = top - _PHOTO_ROWS * _ROW_H / 2
        p.text(photo_x + _PHOTO_W / 2, mid + 4, text("photo", self.lang, "\n").split("\n")[0],
               10, align="center")  # fmt: skip
        hint = TEXTS["photo_hint"][0 if self.lang == "zh" else 1]
        p.boxed(hint, photo_x, mid - 2, _PHOTO_W, 20, max_size=7.5, min_size=5.5, pad=3,
                align="center", multiline=True, color=GREY)  # fmt: skip
        return xs, y

    def _yes_no_boxes(self) -> None:
        mc = self.value_cells["migrant_worker"]
        self._migrant_boxes: list[tuple[str, float, float]] = []
        bx = mc.x + 8
        by = mc.y_top - mc.h / 2 - 4.5
        for value in (YES, NO):
            self._migrant_boxes.append((value, bx, by))
            self.p.checkbox(bx, by, 9, False)
            w = self.p.text(bx + 12, by + 1.2, value_text("migrant_worker", value, self.lang), 9)
            bx += 12 + w + 14

    def _tall_rows(self, xs: list[float], y: float) -> float:
        p, c, lang = self.p, self.c, self.lang
        colon = _colon(lang)
        self._tall_value_top: dict[str, float] = {}
        for key, h, foot in _TALL_ROWS:
            y_bottom = y - h
            self._label_cell(key, _Cell(xs[0], y, _COLS[0], h))
            cell = _Cell(xs[1], y, RIGHT - xs[1], h - foot)
            self.value_cells[key] = cell
            top = y
            if key in PROMPTS:
                prompt = PROMPTS[key][0 if lang == "zh" else 1]
                if lang == "bilingual":
                    prompt = f"{PROMPTS[key][0]} {PROMPTS[key][1]}"
                top = p.boxed(prompt, cell.x, y, cell.w, 14, max_size=8, min_size=6, pad=5,
                              valign="top", color=GREY)  # fmt: skip
            self._tall_value_top[key] = top
            if foot:
                fy = y_bottom + 8
                if key == "group_opinion":
                    w = p.text(xs[1] + 8, fy, text("group_sign", lang) + colon, 9.5)
                    p.hline(xs[1] + 8 + w, xs[1] + 8 + w + 90, fy - 3, 0.5)
                else:
                    p.text(RIGHT - 150, fy + 12, text("seal", lang), 9.5, align="right")
                p.text(RIGHT - 10, fy, blank_date(lang), 9.5, align="right")
            c.line(xs[1], y, xs[1], y_bottom)
            c.line(LEFT, y_bottom, RIGHT, y_bottom)
            y = y_bottom
        return y

    def _static_registration(self) -> None:
        p, c, lang = self.p, self.c, self.lang
        self._letterhead(2)
        self._title("title_reg", HEADER_Y - 22)
        c.setStrokeColorRGB(0, 0, 0)
        c.setLineWidth(0.6)
        xs, y = self._grid_lines()
        self._yes_no_boxes()
        y = self._tall_rows(xs, y)
        # the applicant's signature and the date of application
        y_bottom = y - _SIGN_ROW_H
        p.boxed(text("applicant_sign", lang, "\n"), xs[0], y, _COLS[0], _SIGN_ROW_H,
                max_size=10.5 if lang == "zh" else 8.5, min_size=6, pad=3, align="center",
                multiline=lang != "zh", leading=1.15)  # fmt: skip
        self._label_cell("application_date", _Cell(xs[2], y, _COLS[2], _SIGN_ROW_H))
        self.value_cells["application_date"] = _Cell(xs[3], y, RIGHT - xs[3], _SIGN_ROW_H)
        for xv in (xs[1], xs[2], xs[3]):
            c.line(xv, y, xv, y_bottom)
        p.rect(LEFT, y_bottom, CONTENT_W, self.grid_top - y_bottom, width=1.2)
        # the clerk who took the form
        size = 10.5 if lang != "bilingual" else 9.5
        ly = y_bottom - 22
        self._label_line(LEFT, ly, text("clerk", lang), size, LEFT + 230)
        dx = PAGE_W / 2 + 40
        w = p.text(dx, ly, text("clerk_date", lang) + _colon(lang), size)
        p.text(max(RIGHT, dx + w + measure(blank_date(lang)) * size), ly, blank_date(lang),
               size, align="right")  # fmt: skip

    def _fill_registration(self, form: FormData) -> None:
        p, lang = self.p, self.lang
        for f in fields(FormData):
            key = f.name
            value: str = getattr(form, key)
            if not value.strip():
                continue
            if key == "migrant_worker" and value.strip() in (YES, NO):
                for v, bx, by in self._migrant_boxes:
                    if v == value.strip():
                        p.checkbox(bx, by, 9, True)
                continue
            cell = self.value_cells[key]
            shown = value_text(key, value, lang)
            if key in TALL_CELLS:
                top = self._tall_value_top[key]
                p.boxed(shown, cell.x, top, cell.w, cell.h - (cell.y_top - top), max_size=10.5,
                        min_size=6.5, pad=6, valign="top", multiline=True,
                        leading=1.3)  # fmt: skip
            else:
                p.boxed(shown, cell.x, cell.y_top, cell.w, cell.h, max_size=11,
                        min_size=VALUE_MIN_SIZE, pad=5, leading=1.1)  # fmt: skip
        if not form.application_date.strip():
            cell = self.value_cells["application_date"]
            p.text(cell.x + cell.w - 8, cell.y_top - cell.h / 2 - 4, blank_date(lang), 10.5,
                   align="right")  # fmt: skip

    # --- templates and pages

    def _define_templates(self) -> None:
        c = self.c
        c.beginForm("tplApplication")
        self._static_application()
        c.endForm()
        c.beginForm("tplRegistration")
        self._static_registration()
        c.endForm()

    def write_form(self, form: FormData) -> None:
        c = self.c
        c.doForm("tplApplication")
        self.p.begin_batch()
        self._fill_application(form)
        self.p.end_batch()
        c.showPage()
        c.doForm("tplRegistration")
        self.p.begin_batch()
        self._fill_registration(form)
        self.p.end_batch()
        c.showPage()


def unprintable_in_form(form: FormData) -> list[str]:
    """The characters of ``form``'s values that no font can draw (the form cannot print)."""
    found: dict[str, None] = {}
    for value in form.texts():
        for ch in unprintable(value):
            found[ch] = None
    return list(found)


def _static_texts() -> Iterable[str]:
    yield from (ZH_DECLARATION, ZH_CONSENT, ZH_CLOSING, ZH_KEPT)
    yield from (EN_DECLARATION, EN_CONSENT, EN_CLOSING, EN_KEPT)
    for zh, en in TEXTS.values():
        yield zh
        yield en


def write_application_forms(
    out: str | Path | BinaryIO,
    forms: Sequence[FormData],
    *,
    station: StationInfo,
    lang: Lang = "zh",
    print_date: date | None = None,
    copies: int = 1,
    progress: Callable[[int, int], bool] | None = None,
) -> int:
    """Write the application (page 1) and registration record (page 2) of every form, each
    ``copies`` times in a row, to ``out`` (a path, written owner-only, or a binary file
    object) as one A4 PDF.

    Every text is checked first: a character the fonts cannot draw raises
    :class:`~station_app.printing.fonts.MissingGlyphsError` and nothing is written (callers
    leave such forms out beforehand, see :func:`unprintable_in_form`).
    ``progress(done, total)`` is called after each printed form (total = forms × copies); if it
    returns False the job stops, nothing is written and :class:`PrintCancelled` is raised.
    Returns the number of pages written.
    """
    if lang not in ("zh", "en", "bilingual"):
        raise ValueError(f"unknown form language: {lang!r}")
    if copies < 1:
        raise ValueError("份数至少为 1")
    if not forms:
        raise ValueError("没有要打印的表格")
    register_fonts()
    check_texts(station.texts())
    for form in forms:
        check_texts(form.texts())
    check_texts(_static_texts())

    buf = io.BytesIO()
    use_a85 = rl_config.useA85
    rl_config.useA85 = 0  # binary zlib streams: ASCII85 in pure Python costs a third of the time
    try:
        data = _render(buf, forms, station, lang, print_date, copies, progress)
    finally:
        rl_config.useA85 = use_a85
    if isinstance(out, (str, Path)):
        write_private(out, data)
    else:
        out.write(data)
    return len(forms) * copies * PAGES_PER_FORM


def _render(
    buf: io.BytesIO,
    forms: Sequence[FormData],
    station: StationInfo,
    lang: Lang,
    print_date: date | None,
    copies: int,
    progress: Callable[[int, int], bool] | None,
) -> bytes:
    c = new_canvas(buf, pagesize=A4, pageCompression=1)
    c.setTitle(f"{text('title_app', lang, ' / ')} — {station.name}")
    c.setAuthor(station.name)
    c.setCreator("station-app")
    writer = _FormWriter(c, station, lang, print_date or date.today())
    total = len(forms) * copies
    done = 0
    for form in forms:
        for _ in range(copies):
            writer.write_form(form)
            done += 1
            if progress is not None and progress(done, total) is False:
                raise PrintCancelled(done, total)
    c.save()
    return buf.getvalue()


def write_blank_forms(
    out: str | Path | BinaryIO,
    *,
    station: StationInfo,
    lang: Lang = "zh",
    copies: int = 1,
    print_date: date | None = None,
) -> int:
    """Blank forms for handwriting (e.g. to take to a 职工沟通会); returns the pages written."""
    return write_application_forms(
        out, [FormData.blank()], station=station, lang=lang, copies=copies, print_date=print_date
    )
