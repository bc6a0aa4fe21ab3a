"""The membership application (入会申请书) and registration record (工会会员登记表) as A4 PDF.

Each form prints on two pages: page 1 is the application with its declaration and the primary
union's approval box, page 2 the ruled registration grid. The static parts of each page (grid,
labels, declaration, letterhead) are drawn once per document as PDF form XObjects and reused on
every page, so a thousand filled forms take well under a second or two.

Qt-free: drawn with the reportlab canvas directly.
"""

from __future__ import annotations

import functools
import io
import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import date
from pathlib import Path
from typing import BinaryIO, Literal

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from station_app.printing.fonts import (
    LATIN_BOLD_FONT_NAME,
    LATIN_FONT_NAME,
    check_texts,
    font_for_char,
    register_fonts,
    split_runs,
)
from station_app.printing.form_data import FormData, StationInfo

Lang = Literal["zh", "en", "bilingual"]
Align = Literal["left", "center", "right"]
VAlign = Literal["top", "middle"]

# Registration-form cells that take several lines of wrapped text.
TALL_CELLS = ("family_members", "resume", "approval_opinion", "remarks")
PAGES_PER_FORM = 2

PAGE_W, PAGE_H = A4
LEFT = 52.0
RIGHT = PAGE_W - 52.0
CONTENT_W = RIGHT - LEFT
HEADER_Y = PAGE_H - 38.0
FOOTER_Y = 34.0
ASCENT = 0.78  # of the font size, both fonts roughly
DESCENT = 0.22
MIN_SIZE = 4.0
BLACK = (0, 0, 0)
GREY = (0.35, 0.35, 0.35)


class PrintCancelled(Exception):
    """The progress callback asked to stop; nothing was written."""

    def __init__(self, done: int, total: int) -> None:
        self.done = done
        self.total = total
        super().__init__(f"打印已取消（已完成 {done}/{total} 份）")


# --------------------------------------------------------------------------------------- texts

ZH_DECLARATION = (
    "\u3000\u3000我自愿加入中华全国总工会。我承认《中国工会章程》，遵守工会章程，执行工会决议，"
    "积极参加工会活动，履行会员义务，按期缴纳会费；维护工会的团结统一，努力学习政治、文化、"
    "科学技术和工会基本知识，爱岗敬业，遵纪守法，弘扬劳模精神、劳动精神、工匠精神，"
    "在工会组织的带领下为构建和谐劳动关系、建设美好生活贡献自己的力量。"
)
ZH_CONSENT = (
    "\u3000\u3000本人保证以上所填个人信息真实、准确，姓名与居民身份证一致，并同意工会组织依照"
    "《中华人民共和国个人信息保护法》，为办理入会、会籍管理和会员服务之目的收集、使用上述信息。"
)
ZH_CLOSING = "\u3000\u3000特此申请。"

EN_DECLARATION = (
    "I voluntarily apply to join the All-China Federation of Trade Unions. I accept the "
    "Constitution of the Chinese Trade Unions; I will abide by it, carry out the decisions of the "
    "union, take an active part in union activities, fulfil the duties of a member and pay my "
    "membership dues on time. I will uphold the unity of the union, keep learning, work "
    "conscientiously, observe the law and discipline, and contribute to harmonious labour "
    "relations and a better life under the leadership of the union."
)
EN_CONSENT = (
    "I confirm that the personal information I give is true and accurate and that my name is "
    "exactly as on my ID card, and I agree that the trade union may collect and use it, in "
    "accordance with the Personal Information Protection Law of the People's Republic of China, "
    "for admission, membership management and member services."
)
EN_CLOSING = "I hereby submit this application."

# key -> (Chinese, English)
LABELS: dict[str, tuple[str, str]] = {
    "card_number": ("会员证号码", "Member Card No."),
    "name": ("姓名", "Name"),
    "gender": ("性别", "Gender"),
    "birth_date": ("出生日期", "Date of Birth"),
    "ethnicity": ("民族", "Ethnic Group"),
    "education": ("学历", "Education"),
    "native_place": ("籍贯", "Native Place"),
    "political_status": ("政治面貌", "Political Status"),
    "employer": ("工作单位", "Employer"),
    "job_title": ("职务/职称", "Position / Title"),
    "phone": ("联系电话", "Phone"),
    "id_type": ("证件类型", "ID Type"),
    "id_number": ("证件号码", "ID Number"),
    "hukou_type": ("户籍类型", "Hukou Type"),
    "migrant_worker": ("是否农民工", "Migrant Worker"),
    "family_members": ("家庭主要成员", "Main Family Members"),
    "resume": ("个人简历", "Personal Resume"),
    "approval_opinion": ("基层工会审批意见", "Approval of the Primary Union"),
    "remarks": ("备注", "Remarks"),
    "signature": ("申请人签名", "Applicant's Signature"),
    "application_date": ("填表日期", "Date of Application"),
    "photo": ("照片", "Photo"),
    "photo_hint": ("（一寸免冠）", "(1-inch, bareheaded)"),
    "yes": ("是", "Yes"),
    "no": ("否", "No"),
    "title_app": ("入会申请书", "Application for Trade Union Membership"),
    "title_reg": ("工会会员登记表", "Trade Union Member Registration Form"),
    "salutation": ("尊敬的工会组织：", "To the Trade Union Organization:"),
    "applicant": ("申 请 人", "Applicant"),
    "applicant_sign": ("本人签名", "Signature"),
    "apply_date": ("申请日期", "Date"),
    "union_opinion": ("基层工会意见", "Opinion of the Primary Trade Union"),
    "seal": ("（公章）", "(Official Seal)"),
    "seal_short": ("（盖章）", "(Seal)"),
    "ymd": ("年　　月　　日", "Date: ____ / ____ / ______"),
    "leader_sign": ("负责人（签名）", "Person in Charge (Signature)"),
    "clerk": ("经办人（签名）", "Clerk (Signature)"),
    "clerk_date": ("经办日期", "Date"),
    "printed": ("打印日期", "Printed"),
    "address": ("地址", "Address"),
    "tel": ("电话", "Tel"),
    "page": ("第{n}页 共{t}页", "Page {n} of {t}"),
}


def _label(key: str, lang: Lang, sep: str = " ") -> str:
    zh, en = LABELS[key]
    if lang == "zh" or (key == "ymd" and lang == "bilingual"):
        return zh
    if lang == "en":
        return en
    return f"{zh}{sep}{en}"


def _colon(lang: Lang) -> str:
    return ": " if lang == "en" else "："


def _zh_date(value: str) -> str:
    """ "2024-05-12" -> "2024年5月12日"; anything else unchanged."""
    m = re.fullmatch(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*", value)
    if not m:
        return value
    return f"{int(m[1])}年{int(m[2])}月{int(m[3])}日"


# ------------------------------------------------------------------------------ measure & wrap

_widths: dict[str, float] = {}


def _char_width(ch: str) -> float:
    """Width of ``ch`` at size 1 in the font that draws it."""
    w = _widths.get(ch)
    if w is None:
        if ch.isspace() and ch != "\u3000":
            font: str | None = LATIN_FONT_NAME
            ch_m = " "
        else:
            font, ch_m = font_for_char(ch), ch
        w = pdfmetrics.stringWidth(ch_m, font, 1.0) if font else 0.0
        _widths[ch] = w
    return w


def _measure(text: str) -> float:
    try:
        return sum(map(_widths.__getitem__, text))
    except KeyError:
        return sum(_char_width(ch) for ch in text)


_NO_LINE_START = set("，。、；：？！）》」』】”’,.;:?!)%")


def _tokens(paragraph: str) -> list[str]:
    """Latin words stay whole; every CJK character and every space is its own token."""
    out: list[str] = []
    word: list[str] = []
    for ch in paragraph:
        if ch.isspace() and ch != "\u3000":
            if word:
                out.append("".join(word))
                word = []
            out.append(" ")
        elif font_for_char(ch) == LATIN_FONT_NAME:
            word.append(ch)
        else:
            if word:
                out.append("".join(word))
                word = []
            out.append(ch)
    if word:
        out.append("".join(word))
    return out


def _wrap(text: str, max_w: float) -> list[str]:
    """Break ``text`` into lines no wider than ``max_w`` (in size-1 units). Honours line breaks."""
    lines: list[str] = []
    for para in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line, lw = "", 0.0
        for tok in _tokens(para):
            tw = _measure(tok)
            if tok == " ":
                if line:
                    line, lw = line + tok, lw + tw
                continue
            if lw + tw <= max_w + 1e-9:
                line, lw = line + tok, lw + tw
                continue
            if tw > max_w:  # a word wider than the line: break it between characters
                for ch in tok:
                    cw = _char_width(ch)
                    if lw + cw > max_w + 1e-9 and line.strip():
                        lines.append(line.rstrip())
                        line, lw = "", 0.0
                    line, lw = line + ch, lw + cw
                continue
            stripped = line.rstrip()
            if (
                tok in _NO_LINE_START
                and len(stripped) > 1
                and font_for_char(stripped[-1]) != (LATIN_FONT_NAME)
            ):
                # closing punctuation may not start a line: take the last character along
                lines.append(stripped[:-1])
                line = stripped[-1] + tok
            else:
                lines.append(stripped)
                line = tok
            lw = _measure(line)
        lines.append(line.rstrip())
    return lines


@dataclass(frozen=True)
class _Fit:
    size: float
    lines: tuple[str, ...]


def _block_height(n: int, size: float, leading: float) -> float:
    return (n - 1) * size * leading + size * (ASCENT + DESCENT)


@functools.lru_cache(maxsize=8192)
def _fit(
    text: str,
    width: float,
    height: float,
    max_size: float,
    min_size: float,
    *,
    multiline: bool = False,
    leading: float = 1.25,
) -> _Fit:
    """Choose a size and line breaks so ``text`` fits the box: shrink first (down to
    ``min_size``) on one line, then wrap, shrinking further if need be. Never overflows: at the
    smallest size what does not fit is cut with "…"."""
    text = text.strip()
    if not text:
        return _Fit(max_size, ())
    if not multiline and "\n" not in text:
        w1 = _measure(text)
        if w1 * max_size <= width and max_size <= height:
            return _Fit(max_size, (text,))
        size = math.floor(width / w1 * 4) / 4 if w1 else max_size
        if size >= min_size and size <= height:
            return _Fit(size, (text,))
    # wrapped: start near the size the area allows, then step down
    area_size = math.sqrt(width * height / max(_measure(text) * leading, 1e-6))
    size = min(max_size, math.ceil(area_size * 2) / 2 + 0.5)
    while size >= MIN_SIZE:
        lines = _wrap(text, width / size)
        if _block_height(len(lines), size, leading) <= height:
            return _Fit(size, tuple(lines))
        size -= 0.5
    size = MIN_SIZE
    lines = _wrap(text, width / size)
    n = max(1, int((height - size * (ASCENT + DESCENT)) / (size * leading)) + 1)
    kept = lines[:n]
    last = kept[-1]
    while last and _measure(last + "…") * size > width:
        last = last[:-1]
    kept[-1] = last + "…"
    return _Fit(size, tuple(kept))


# ------------------------------------------------------------------------------------ drawing


class _Painter:
    """Canvas drawing helpers; every text goes through the two-font run splitter."""

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
        w = _measure(s) * size + char_space * max(len(s) - 1, 0)
        if align == "center":
            x -= w / 2
        elif align == "right":
            x -= w
        c = self.c
        styled = bool(char_space or bold or color != BLACK)
        if not styled and self._batch is not None:
            t = self._batch
            t.setTextOrigin(x, y)
            for font, run in split_runs(s):
                t.setFont(font, size)
                t.textOut(run)
            return w
        if styled:  # Tc and Tr outlive the text object: confine them with q/Q
            c.saveState()
        t = c.beginText(x, y)
        if char_space:
            t.setCharSpace(char_space)
        if bold:  # the CJK font has no bold face: fill and stroke the outline
            t.setTextRenderMode(2)
            c.setLineWidth(size * 0.03)
            c.setStrokeColorRGB(*color)
        if color != BLACK:
            t.setFillColorRGB(*color)
        for font, run in split_runs(s):
            if bold and font == LATIN_FONT_NAME:
                font = LATIN_BOLD_FONT_NAME
            t.setFont(font, size)
            t.textOut(run)
        c.drawText(t)
        if styled:
            c.restoreState()
        return w

    def block(
        self,
        fit: _Fit,
        x: float,
        y_top: float,
        width: float,
        height: float,
        *,
        align: Align = "left",
        valign: VAlign = "middle",
        leading: float = 1.25,
        bold: bool = False,
    ) -> None:
        """Draw fitted lines in the box whose top-left corner is (x, y_top)."""
        if not fit.lines:
            return
        size = fit.size
        bh = _block_height(len(fit.lines), size, leading)
        top = y_top - (height - bh) / 2 if valign == "middle" else y_top
        y = top - ASCENT * size
        ax = {"left": x, "center": x + width / 2, "right": x + width}[align]
        for line in fit.lines:
            self.text(ax, y, line, size, align=align, bold=bold)
            y -= size * leading

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
        leading: float = 1.25,
        bold: bool = False,
    ) -> None:
        """Fit ``s`` inside the cell (x, y_top, width, height) less ``pad`` and draw it."""
        iw, ih = width - 2 * pad, height - 2 * min(pad, 3.0)
        fit = _fit(s, iw, ih, max_size, min_size, multiline=multiline, leading=leading)
        self.block(
            fit,
            x + pad,
            y_top - min(pad, 3.0),
            iw,
            ih,
            align=align,
            valign=valign,
            leading=leading,
            bold=bold,
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


# ------------------------------------------------------------------------------- the layouts


@dataclass(frozen=True)
class _Cell:
    x: float
    y_top: float
    w: float
    h: float


# the registration grid: label | value | label | value | photo
_COLS = (80.0, 122.0, 80.0, 108.0)
_PHOTO_W = CONTENT_W - sum(_COLS)
_ROW_H = 30.0
_GRID_ROWS: tuple[tuple[str, str | None], ...] = (
    ("name", "gender"),
    ("birth_date", "ethnicity"),
    ("education", "native_place"),
    ("political_status", "card_number"),
    ("employer", None),
    ("job_title", "phone"),
    ("id_type", "id_number"),
    ("hukou_type", "migrant_worker"),
)
_TALL_ROWS: tuple[tuple[str, float], ...] = (
    ("family_members", 94.0),
    ("resume", 116.0),
    ("approval_opinion", 90.0),
    ("remarks", 38.0),
)
_SIGN_ROW_H = 34.0
_GRID_H = len(_GRID_ROWS) * _ROW_H + sum(h for _, h in _TALL_ROWS) + _SIGN_ROW_H


class _FormWriter:
    def __init__(self, c: Canvas, station: StationInfo, lang: Lang, print_date: date) -> None:
        self.c = c
        self.p = _Painter(c)
        self.station = station
        self.lang = lang
        self.print_date = print_date
        self.value_cells: dict[str, _Cell] = {}
        self._layout_registration()
        self._p1_name_y = 0.0
        self._p1_box: _Cell | None = None
        self._define_templates()

    # --- letterhead shared by both pages

    def _letterhead(self) -> None:
        p, lang, st = self.p, self.lang, self.station
        p.text(LEFT, HEADER_Y, st.name, 9, color=GREY)
        printed = f"{_label('printed', lang)}{_colon(lang)}{self.print_date.isoformat()}"
        p.text(RIGHT, HEADER_Y, printed, 9, align="right", color=GREY)
        p.c.setStrokeColorRGB(*GREY)
        p.c.setLineWidth(0.5)
        p.c.line(LEFT, HEADER_Y - 6, RIGHT, HEADER_Y - 6)
        p.c.line(LEFT, FOOTER_Y + 12, RIGHT, FOOTER_Y + 12)
        parts = [st.district_federation, st.name]
        if st.address:
            parts.append(f"{_label('address', lang)}{_colon(lang)}{st.address}")
        if st.phone:
            parts.append(f"{_label('tel', lang)}{_colon(lang)}{st.phone}")
        footer = "\u3000".join(x for x in parts if x)
        fit = _fit(footer, CONTENT_W - 90, 10, 8.5, 5.5)
        if fit.lines:
            p.text(LEFT, FOOTER_Y, fit.lines[0], fit.size, color=GREY)

    def _page_number(self, n: int) -> None:
        if self.lang == "zh":
            s = LABELS["page"][0].format(n=n, t=PAGES_PER_FORM)
        elif self.lang == "en":
            s = LABELS["page"][1].format(n=n, t=PAGES_PER_FORM)
        else:
            s = (
                LABELS["page"][0].format(n=n, t=PAGES_PER_FORM)
                + " "
                + LABELS["page"][1].format(n=n, t=PAGES_PER_FORM)
            )
        self.p.text(RIGHT, FOOTER_Y, s, 8.5, align="right", color=GREY)

    def _title(self, key: str, y: float) -> float:
        """Draw the page title with its top near ``y``; return the y below it."""
        zh, en = LABELS[key]
        p = self.p
        if self.lang == "en":
            p.text(PAGE_W / 2, y - 18, en, 18, align="center", bold=True)
            return y - 34
        p.text(PAGE_W / 2, y - 22, zh, 24, align="center", bold=True, char_space=6)
        if self.lang == "bilingual":
            p.text(PAGE_W / 2, y - 42, en, 12, align="center", bold=True)
            return y - 54
        return y - 38

    # --- page 1: 入会申请书

    def _paragraph(self, text: str, y: float, size: float, leading: float) -> float:
        fit = _Fit(size, tuple(_wrap(text, CONTENT_W / size)))
        self.p.block(fit, LEFT, y, CONTENT_W, 0, valign="top", leading=leading)
        return y - len(fit.lines) * size * leading

    def _static_application(self) -> None:
        p, lang = self.p, self.lang
        self._letterhead()
        self._page_number(1)
        y = self._title("title_app", HEADER_Y - 22) - 14
        if lang in ("zh", "bilingual"):
            zh_size, zh_lead = (12.0, 1.9) if lang == "zh" else (11.0, 1.6)
            p.text(LEFT, y - zh_size, LABELS["salutation"][0], zh_size)
            y -= zh_size * zh_lead + 4
            for para in (ZH_DECLARATION, ZH_CONSENT, ZH_CLOSING):
                y = self._paragraph(para, y, zh_size, zh_lead)
            y -= 6
        if lang in ("en", "bilingual"):
            en_size, en_lead = (11.5, 1.6) if lang == "en" else (9.5, 1.4)
            p.text(LEFT, y - en_size, LABELS["salutation"][1], en_size)
            y -= en_size * en_lead + 4
            for para in (EN_DECLARATION, EN_CONSENT, EN_CLOSING):
                y = self._paragraph(para, y, en_size, en_lead) - en_size * 0.5
        # applicant block, right half
        size = 12.0 if lang != "bilingual" else 11.0
        x = PAGE_W / 2 + 20
        colon = _colon(lang)
        y -= 24
        rows = ("applicant", "applicant_sign", "apply_date")
        for key in rows:
            label = _label(key, lang) + colon
            w = p.text(x, y, label, size)
            p.hline(x + w + 2, RIGHT, y - 3)
            if key == "applicant":
                self._p1_name = (x + w + 8, y)
            elif key == "apply_date":
                self._p1_date = (x + w + 8, y)
                if lang != "en":
                    self._p1_date_blank = (RIGHT - 4, y)
            y -= size * 2.3
        # approval box down to the footer
        top = min(y - 16, 360.0)
        bottom = FOOTER_Y + 34
        box = _Cell(LEFT, top, CONTENT_W, top - bottom)
        self._p1_box = box
        p.rect(box.x, bottom, box.w, box.h, width=1.0)
        p.text(LEFT + 12, top - 24, _label("union_opinion", lang) + colon, 12.5, bold=True)
        p.text(LEFT + 12, bottom + 22, _label("leader_sign", lang) + colon, 11)
        p.text(RIGHT - 40, bottom + 58, _label("seal", lang), 11, align="right")
        p.text(RIGHT - 24, bottom + 22, _label("ymd", lang), 11, align="right")

    def _fill_application(self, form: FormData) -> None:
        p = self.p
        if form.name:
            x, y = self._p1_name
            p.boxed(form.name, x - 4, y + 12, RIGHT - x, 16, max_size=12, min_size=7)
        if form.application_date:
            x, y = self._p1_date
            d = form.application_date if self.lang == "en" else _zh_date(form.application_date)
            p.boxed(d, x - 4, y + 12, RIGHT - x, 16, max_size=12, min_size=7)
        elif self.lang != "en":
            x, y = self._p1_date_blank
            p.text(x, y, "年　　月　　日", 12, align="right")
        if form.approval_opinion and self._p1_box:
            b = self._p1_box
            p.boxed(
                form.approval_opinion,
                b.x + 8,
                b.y_top - 34,
                b.w - 16,
                b.h - 34 - 76,
                max_size=12,
                min_size=7,
                multiline=True,
                valign="top",
                leading=1.5,
            )

    # --- page 2: 工会会员登记表

    def _layout_registration(self) -> None:
        bilingual = self.lang == "bilingual"
        self.grid_top = HEADER_Y - 22 - (54 if bilingual else 38) - 16
        self.grid_bottom = self.grid_top - _GRID_H

    def _label_cell(self, key: str, cell: _Cell) -> None:
        lang = self.lang
        text = _label(key, lang, sep="\n")
        if lang == "zh" and len(text) > 6:  # 基层工会审批意见 -> two even lines
            text = text[: (len(text) + 1) // 2] + "\n" + text[(len(text) + 1) // 2 :]
        max_size = 10.5 if lang == "zh" else 9.0
        self.p.boxed(
            text,
            cell.x,
            cell.y_top,
            cell.w,
            cell.h,
            max_size=max_size,
            min_size=6.5,
            pad=3,
            align="center",
            leading=1.15,
            multiline=lang != "zh" and "\n" not in text and cell.h > 30,
        )

    def _static_registration(self) -> None:
        p, c, lang = self.p, self.c, self.lang
        self._letterhead()
        self._page_number(2)
        self._title("title_reg", HEADER_Y - 22)
        top, x0 = self.grid_top, LEFT
        xs = [x0]
        for w in _COLS:
            xs.append(xs[-1] + w)
        photo_x = xs[-1]
        c.setStrokeColorRGB(*BLACK)
        c.setLineWidth(0.6)
        y = top
        for i, (left_key, right_key) in enumerate(_GRID_ROWS):
            y_bottom = y - _ROW_H
            right_edge = photo_x if i < 4 else RIGHT
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
            c.line(x0, y_bottom, right_edge if i < 3 else RIGHT, y_bottom)
            y = y_bottom
        # photo cell
        c.line(photo_x, top, photo_x, top - 4 * _ROW_H)
        photo_mid = top - 2 * _ROW_H
        p.text(photo_x + _PHOTO_W / 2, photo_mid + 4, _label("photo", lang), 10.5, align="center")
        hint = LABELS["photo_hint"][0] if lang != "en" else LABELS["photo_hint"][1]
        p.text(photo_x + _PHOTO_W / 2, photo_mid - 12, hint, 8, align="center", color=GREY)
        # migrant worker: tick boxes
        mc = self.value_cells["migrant_worker"]
        self._migrant_boxes: list[tuple[str, float, float]] = []
        bx = mc.x + 10
        by = mc.y_top - mc.h / 2 - 4.5
        for key, value in (("yes", "是"), ("no", "否")):
            self._migrant_boxes.append((value, bx, by))
            p.checkbox(bx, by, 9, False)
            w = p.text(bx + 13, by + 1.2, _label(key, lang), 10.5)
            bx += 13 + w + 22
        # tall rows
        for key, h in _TALL_ROWS:
            y_bottom = y - h
            self._label_cell(key, _Cell(xs[0], y, _COLS[0], h))
            self.value_cells[key] = _Cell(xs[1], y, RIGHT - xs[1], h)
            c.line(xs[1], y, xs[1], y_bottom)
            c.line(x0, y_bottom, RIGHT, y_bottom)
            y = y_bottom
        ac = self.value_cells["approval_opinion"]
        ab = ac.y_top - ac.h
        p.text(RIGHT - 30, ab + 30, _label("seal_short", lang), 10.5, align="right")
        p.text(RIGHT - 14, ab + 10, _label("ymd", lang), 10.5, align="right")
        # signature row
        y_bottom = y - _SIGN_ROW_H
        self._label_cell("signature", _Cell(xs[0], y, _COLS[0], _SIGN_ROW_H))
        self._label_cell("application_date", _Cell(xs[2], y, _COLS[2], _SIGN_ROW_H))
        self.value_cells["application_date"] = _Cell(xs[3], y, RIGHT - xs[3], _SIGN_ROW_H)
        for xv in (xs[1], xs[2], xs[3]):
            c.line(xv, y, xv, y_bottom)
        # outer frame, heavier
        p.rect(x0, y_bottom, CONTENT_W, top - y_bottom, width=1.2)
        # clerk line under the grid
        colon = _colon(lang)
        size = 11.0 if lang != "bilingual" else 10.0
        ly = y_bottom - 24
        w = p.text(x0, ly, _label("clerk", lang) + colon, size)
        p.hline(x0 + w + 2, x0 + w + 120, ly - 3)
        dx = PAGE_W / 2 + 40
        w = p.text(dx, ly, _label("clerk_date", lang) + colon, size)
        if lang == "en":
            p.hline(dx + w + 2, RIGHT, ly - 3)
        else:
            p.text(RIGHT, ly, "年　　月　　日", size, align="right")

    def _fill_registration(self, form: FormData) -> None:
        p = self.p
        for f in fields(FormData):
            key = f.name
            value: str = getattr(form, key)
            if not value or (key == "migrant_worker" and value.strip() in ("是", "否")):
                continue
            cell = self.value_cells[key]
            if key in TALL_CELLS:
                # the approval cell keeps room at its foot for the seal and the date
                height = cell.h - 42 if key == "approval_opinion" else cell.h
                p.boxed(
                    value,
                    cell.x,
                    cell.y_top,
                    cell.w,
                    height,
                    max_size=10.5,
                    min_size=6,
                    pad=6,
                    valign="top" if key != "remarks" else "middle",
                    multiline=True,
                    leading=1.25 if key == "remarks" else 1.35,
                )
            else:
                p.boxed(value, cell.x, cell.y_top, cell.w, cell.h, max_size=11, min_size=7.5, pad=5)
        mw = form.migrant_worker.strip()
        if mw in ("是", "否"):
            for value, bx, by in self._migrant_boxes:
                if value == mw:
                    p.checkbox(bx, by, 9, True)

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


def _static_texts(lang: Lang) -> Iterable[str]:
    yield from (ZH_DECLARATION, ZH_CONSENT, ZH_CLOSING, EN_DECLARATION, EN_CONSENT, EN_CLOSING)
    for zh, en in LABELS.values():
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
    ``copies`` times in a row, to ``out`` (a path or a binary file object) as one A4 PDF.

    Every text is checked first: a character the fonts cannot draw raises
    :class:`~station_app.printing.fonts.MissingGlyphsError` and nothing is written.
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
    check_texts(_static_texts(lang))

    buf = io.BytesIO()
    use_a85 = rl_config.useA85
    rl_config.useA85 = 0  # binary zlib streams: ASCII85 in pure Python costs a third of the time
    try:
        data = _render(buf, forms, station, lang, print_date, copies, progress)
    finally:
        rl_config.useA85 = use_a85
    if isinstance(out, (str, Path)):
        Path(out).write_bytes(data)
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
    c = Canvas(buf, pagesize=A4, pageCompression=1)
    title = _label("title_app", lang, sep=" / ")
    c.setTitle(f"{title} — {station.name}")
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
