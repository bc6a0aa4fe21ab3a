"""The monthly report for the district federation (月度工作数据报表) as a one-page A4 PDF.

The station's name and period, the five figures and the others (this month and year to date),
meetings by kind, and a six-month trend table; signature lines at the foot. Qt-free.
"""

from __future__ import annotations

import calendar
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO, Literal

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from station_app.domain.figures import FIGURES, FIVE, PeriodFigures
from station_app.domain.terms import MeetingKind
from station_app.printing.fonts import check_texts, new_canvas, register_fonts, split_runs
from station_app.printing.form_data import StationInfo

Align = Literal["left", "center", "right"]

PAGE_W, PAGE_H = A4
LEFT = 56.0
RIGHT = PAGE_W - 56.0
WIDTH = RIGHT - LEFT
ROW_H = 20.0
TREND_COLUMNS = (
    ("meetings_held", "沟通会"),
    ("consultations", "职工咨询"),
    ("onsite_joins", "现场入会"),
    ("non_unionized_attended", "参会未建会企业"),
    ("intentions", "建会意向"),
    ("unions_founded", "新建工会"),
)


@dataclass(frozen=True)
class MonthlyReport:
    station: StationInfo
    year: int
    month: int
    month_figures: PeriodFigures
    year_to_date: PeriodFigures
    trend: Sequence[PeriodFigures]  # whole months, oldest first, ending with this one
    made_on: date

    @property
    def title(self) -> str:
        return f"{self.year}年{self.month}月工作数据月报"

    @property
    def month_over(self) -> bool:
        """False while the month is still running on the day the report is made."""
        last = calendar.monthrange(self.year, self.month)[1]
        return self.made_on > date(self.year, self.month, last)

    @property
    def period_text(self) -> str:
        m = self.month_figures
        return f"统计期间：{m.start:%Y-%m-%d} 至 {m.end:%Y-%m-%d}"

    @property
    def as_of_text(self) -> str:
        """For a month not yet over, up to which day its figures count ("" otherwise)."""
        if self.month_over:
            return ""
        d = self.made_on
        return f"（截至 {d.year}年{d.month}月{d.day}日，本月尚未结束）"


def _text(c: Canvas, x: float, y: float, text: str, size: float, align: Align = "left") -> None:
    runs = split_runs(text)
    width = sum(pdfmetrics.stringWidth(s, f, size) for f, s in runs)
    if align == "center":
        x -= width / 2
    elif align == "right":
        x -= width
    for font, s in runs:
        c.setFont(font, size)
        c.drawString(x, y, s)
        x += pdfmetrics.stringWidth(s, font, size)


def _table(
    c: Canvas,
    y: float,
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    *,
    size: float = 10.5,
    shade_rows: int = 0,
) -> float:
    """Draw a ruled table whose top edge is at ``y``; return the y below it."""
    xs = [LEFT]
    for w in widths:
        xs.append(xs[-1] + w * WIDTH)
    n = len(rows) + 1
    bottom = y - n * ROW_H
    c.setFillColorRGB(0.88, 0.91, 0.95)
    c.rect(LEFT, y - ROW_H, WIDTH, ROW_H, stroke=0, fill=1)
    if shade_rows:
        c.setFillColorRGB(0.96, 0.97, 0.99)
        c.rect(LEFT, y - ROW_H * (1 + shade_rows), WIDTH, ROW_H * shade_rows, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setLineWidth(0.6)
    for i in range(n + 1):
        c.line(LEFT, y - i * ROW_H, RIGHT, y - i * ROW_H)
    for x in xs:
        c.line(x, y, x, bottom)
    for r, cells in enumerate([headers, *rows]):
        base = y - (r + 1) * ROW_H + ROW_H * 0.32
        for i, cell in enumerate(cells):
            if i == 0:
                _text(c, xs[0] + 6, base, cell, size)
            else:
                _text(c, (xs[i] + xs[i + 1]) / 2, base, cell, size, "center")
    return bottom


def _section(c: Canvas, y: float, text: str) -> float:
    _text(c, LEFT, y, text, 12.5)
    return y - 8


def _draw(c: Canvas, r: MonthlyReport) -> None:
    top = PAGE_H - 64
    _text(c, PAGE_W / 2, top, r.station.name, 15, "center")
    _text(c, PAGE_W / 2, top - 28, r.title, 19, "center")
    m = r.month_figures
    info = r.period_text
    if r.station.district_federation:
        _text(c, LEFT, top - 56, f"报送：{r.station.district_federation}", 10.5)
    _text(c, RIGHT, top - 56, info, 10.5, "right")
    if r.as_of_text:
        _text(c, RIGHT, top - 71, r.as_of_text, 9.5, "right")

    y = _section(c, top - 84, "一、主要数据")
    ytd = r.year_to_date
    rows = [(label, str(m.value(k)), str(ytd.value(k)), unit) for k, label, unit in FIGURES]
    y = _table(
        c,
        y,
        ("指标", "本月", f"{r.year}年累计", "单位"),
        rows,
        (0.46, 0.18, 0.22, 0.14),
        shade_rows=len(FIVE),
    )

    y = _section(c, y - 26, "二、沟通会按类型（场）")
    rows = [
        (
            k.label,
            str(m.meetings_by_kind.get(k.value, 0)),
            str(ytd.meetings_by_kind.get(k.value, 0)),
        )
        for k in MeetingKind
    ]
    rows.append(("合计", str(m.meetings_held), str(ytd.meetings_held)))
    y = _table(c, y, ("类型", "本月", f"{r.year}年累计"), rows, (0.46, 0.27, 0.27))

    y = _section(c, y - 26, f"三、近{len(r.trend)}个月趋势")
    rows = [
        (f"{t.start.year}年{t.start.month}月", *(str(t.value(k)) for k, _ in TREND_COLUMNS))
        for t in r.trend
    ]
    y = _table(
        c,
        y,
        ("月份", *(label for _, label in TREND_COLUMNS)),
        rows,
        (0.16, 0.12, 0.14, 0.14, 0.2, 0.12, 0.12),
        size=9.5,
    )

    y = min(y - 48, 120)
    _text(c, LEFT, y, "填报人：__________", 11)
    _text(c, PAGE_W / 2, y, "审核人：__________", 11, "center")
    _text(
        c,
        RIGHT,
        y,
        f"填报日期：{r.made_on.year}年{r.made_on.month}月{r.made_on.day}日",
        11,
        "right",
    )
    _text(c, RIGHT, y - 30, "（服务站盖章）", 10.5, "right")
    c.setFillColorRGB(0.4, 0.4, 0.4)
    foot = " · ".join(p for p in (r.station.name, r.station.address, r.station.phone) if p)
    _text(c, PAGE_W / 2, 34, foot, 8.5, "center")
    c.setFillColorRGB(0, 0, 0)


def write_monthly_report(report: MonthlyReport, target: Path | str | BinaryIO) -> None:
    """Write the report to a file path or binary stream; glyphs are checked before writing."""
    register_fonts()
    check_texts([*report.station.texts(), report.title])
    buffer = io.BytesIO()
    c = new_canvas(buffer, pagesize=A4, pageCompression=1)
    c.setTitle(f"{report.station.name} {report.title}")
    c.setAuthor(report.station.name)
    c.setSubject(report.title)
    _draw(c, report)
    c.showPage()
    c.save()
    data = buffer.getvalue()
    if isinstance(target, str | Path):
        Path(target).write_bytes(data)
    else:
        target.write(data)
