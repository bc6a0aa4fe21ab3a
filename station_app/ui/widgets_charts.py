"""Two small charts drawn with QPainter (no QtCharts): a monthly bar trend and a stage funnel."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR = QColor(52, 110, 180)
BAR_LAST = QColor(222, 120, 40)
FOUNDED = QColor(60, 150, 90)
ON_HOLD = QColor(150, 150, 150)


class _Chart(QWidget):
    """A titled chart: ``_begin_paint`` draws the title and hands back what the bars need."""

    title: str

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.setMinimumHeight(200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def _begin_paint(self) -> tuple[QPainter, QColor, QFontMetrics]:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.Text)
        fm = QFontMetrics(self.font())
        p.setPen(text)
        p.drawText(
            QRectF(0, 0, self.width(), fm.height() + 4), Qt.AlignmentFlag.AlignLeft, self.title
        )
        return p, text, fm


class TrendChart(_Chart):
    """Bars for one figure by month, value above each bar; the last month is highlighted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels: list[str] = []
        self.values: list[int] = []

    def set_data(self, title: str, labels: Sequence[str], values: Sequence[int]) -> None:
        self.title, self.labels, self.values = title, list(labels), list(values)
        self.setToolTip(
            "\n".join(f"{lab}：{v}" for lab, v in zip(self.labels, self.values, strict=True))
        )
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(520, 240)

    def paintEvent(self, event: QPaintEvent) -> None:
        p, text, fm = self._begin_paint()
        h_text = fm.height()
        if not self.values:
            return
        top, bottom = h_text * 2 + 8, self.height() - h_text - 8
        left, right = 8.0, self.width() - 8.0
        n = len(self.values)
        slot = (right - left) / n
        peak = max(max(self.values), 1)
        p.setPen(QColor(200, 200, 200))
        p.drawLine(int(left), int(bottom), int(right), int(bottom))
        for i, (label, value) in enumerate(zip(self.labels, self.values, strict=True)):
            x = left + i * slot
            bar_w = max(slot * 0.6, 2.0)
            bar_h = (bottom - top) * value / peak
            rect = QRectF(x + (slot - bar_w) / 2, bottom - bar_h, bar_w, bar_h)
            p.fillRect(rect, BAR_LAST if i == n - 1 else BAR)
            p.setPen(text)
            value_box = QRectF(x, rect.top() - h_text - 2, slot, h_text)
            p.drawText(value_box, Qt.AlignmentFlag.AlignCenter, str(value))
            label_box = QRectF(x, bottom + 4, slot, h_text)
            p.drawText(label_box, Qt.AlignmentFlag.AlignCenter, label)


@dataclass(frozen=True)
class FunnelBar:
    name: str
    current: int
    reached: int
    on_hold: bool = False
    founded: bool = False


class FunnelChart(_Chart):
    """Centered bars as wide as the enterprises that reached each stage; on-hold stages last."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[FunnelBar] = []

    def set_bars(self, title: str, bars: Sequence[FunnelBar]) -> None:
        self.title, self.bars = title, list(bars)
        self.setToolTip(
            "\n".join(
                self.tr("%1：当前 %2 家，累计达到 %3 家")
                .replace("%1", b.name)
                .replace("%2", str(b.current))
                .replace("%3", str(b.reached))
                for b in self.bars
            )
        )
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, 240)

    def _detail(self, on_hold: bool, current: int, reached: int) -> str:
        if on_hold:
            return self.tr("当前 %1").replace("%1", str(current))
        return self.tr("当前 %1 / 累计 %2").replace("%1", str(current)).replace("%2", str(reached))

    def paintEvent(self, event: QPaintEvent) -> None:
        p, text, fm = self._begin_paint()
        h_text = fm.height()
        if not self.bars:
            return
        name_w = max(fm.horizontalAdvance(b.name) for b in self.bars) + 12
        count_w = fm.horizontalAdvance(self._detail(False, 8888, 8888)) + 12
        top = h_text + 10.0
        row_h = min(28.0, (self.height() - top - 4) / len(self.bars))
        area_l, area_r = name_w, self.width() - count_w
        widest = max(max(b.reached for b in self.bars), 1)
        for i, b in enumerate(self.bars):
            y = top + i * row_h
            w = max((area_r - area_l) * b.reached / widest, 2.0)
            cx = (area_l + area_r) / 2
            color = ON_HOLD if b.on_hold else (FOUNDED if b.founded else BAR)
            p.fillRect(QRectF(cx - w / 2, y + 2, w, row_h - 4), color)
            p.setPen(text)
            align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            p.drawText(QRectF(0, y, name_w - 8, row_h), align, b.name)
            detail = self._detail(b.on_hold, b.current, b.reached)
            left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            p.drawText(QRectF(area_r + 8, y, count_w, row_h), left, detail)
