"""统计: the station's figures for a month, quarter, year or any period; each figure opens the
records behind it; a monthly trend, the stage funnel, Excel export and the monthly report."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from station_app.domain import figures
from station_app.domain.months import month_add, month_range, quarter_range, year_range
from station_app.domain.terms import MeetingKind
from station_app.printing.fonts import MissingGlyphsError
from station_app.services import export, stats
from station_app.services.export import KINDS
from station_app.services.stats import PeriodFigures
from station_app.ui.dialogs.common import Notice, SaveAsDialog
from station_app.ui.dialogs.export_dialogs import ConfirmFullValues, SaveExportDialog
from station_app.ui.dialogs.records_dialog import RecordsDialog
from station_app.ui.domain_text import domain_text, month_text
from station_app.ui.file_result import FileResultBar
from station_app.ui.tasks import Task
from station_app.ui.widgets_charts import FunnelBar, FunnelChart, TrendChart

TREND_MONTHS = 12  # the trend chart: the months ending with the period's last
FIGURE_STYLE = (
    "QPushButton { font-size: 22px; font-weight: bold; text-align: right; padding: 2px 10px;"
    " border: 1px solid palette(mid); border-radius: 4px; }"
    "QPushButton:hover { background: palette(alternate-base); }"
)
TREND_FIGURES = (
    "meetings_held",
    "consultations",
    "onsite_joins",
    "non_unionized_attended",
    "intentions",
    "hand_outs",
)


class StatsTab(QWidget):
    refreshed = Signal()  # a period's figures are on screen
    FIGURES = tuple((k, f"{label}（{unit}）") for k, label, unit in figures.FIGURES)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
        clerk: Callable[[], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._today = today or date.today()
        self._clerk_of: Callable[[], str] = clerk or (lambda: "")
        self._anchor = self._today
        self._figures: PeriodFigures | None = None
        self._trend: list[PeriodFigures] = []
        self._job: Task | None = None
        self._asked = 0  # refreshes asked for
        self._shown = 0  # the one whose figures are on screen

        self._build_period()
        self._build_export()
        figures_box = self._build_figures()
        trend_box, funnel_box = self._build_charts()
        self._lay_out(figures_box, trend_box, funnel_box)
        self._connect()

    # -- building ------------------------------------------------------------------------------
    def _build_period(self) -> None:
        """The period's kind, the steps back and forth, and the custom range's dates."""
        self.period = QComboBox()
        for text, data in (
            (self.tr("月"), "month"),
            (self.tr("季度"), "quarter"),
            (self.tr("年"), "year"),
            (self.tr("自定义"), "custom"),
        ):
            self.period.addItem(text, data)
        self.prev_button = QToolButton()
        self.prev_button.setText("◀")
        self.prev_button.setToolTip(self.tr("上一期"))
        self.next_button = QToolButton()
        self.next_button.setText("▶")
        self.next_button.setToolTip(self.tr("下一期"))
        self.period_label = QLabel()
        self.period_label.setMinimumWidth(200)
        self.from_edit = self._date_edit()
        self.to_edit = self._date_edit()

    def _build_export(self) -> None:
        """Export and report buttons, their progress and the bar that opens the result."""
        self.full_values = QCheckBox(self.tr("完整身份证号/手机号"))
        self.export_button = QPushButton(self.tr("导出 Excel…"))
        self.report_button = QPushButton(self.tr("打印月报 PDF…"))
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton(self.tr("取消导出"))
        self.progress.hide()
        self.cancel_button.hide()
        self.result_bar = FileResultBar()

    def _build_figures(self) -> QGroupBox:
        """The figures, each a button that opens the records behind it; meetings by kind."""
        self.value_labels: dict[str, QPushButton] = {}
        box = QGroupBox(self.tr("主要数据（点击数字查看明细）"))
        grid = QGridLayout(box)
        for i, (key, _title) in enumerate(self.FIGURES):
            title = self.figure_title(key)
            row, col = divmod(i, 3)
            caption = QLabel(title)
            d = figures.BY_KEY[key]
            caption.setToolTip(
                self.tr("口径：%1。按%2计；各月可相加：%3")
                .replace("%1", domain_text(d.counts))
                .replace("%2", domain_text(d.when))
                .replace("%3", domain_text(d.additive))
            )
            if key in figures.FIVE:
                caption.setStyleSheet("font-weight: bold;")
            button = self._figure_button(key, title)
            self.value_labels[key] = button
            cell = QVBoxLayout()
            cell.addWidget(caption)
            cell.addWidget(button)
            grid.addLayout(cell, row, col)
        self.pending_label = QLabel()
        self.pending_label.setWordWrap(True)
        self.pending_label.setStyleSheet("color: #b3261e;")
        self.pending_label.hide()
        grid.addWidget(self.pending_label, (len(self.FIGURES) + 2) // 3, 0, 1, 3)
        self.kind_box = QGroupBox(self.tr("沟通会按类型（场）"))
        kind_grid = QGridLayout(self.kind_box)
        self.kind_labels: dict[str, QPushButton] = {}
        for i, kind in enumerate(MeetingKind):
            button = self._figure_button(figures.KIND_PREFIX + kind.value, domain_text(kind.label))
            button.setStyleSheet(FIGURE_STYLE.replace("22px", "15px"))
            self.kind_labels[kind.value] = button
            kind_grid.addWidget(QLabel(domain_text(kind.label)), i, 0)
            kind_grid.addWidget(button, i, 1)
        return box

    def _build_charts(self) -> tuple[QGroupBox, QGroupBox]:
        """The 12-month trend of a chosen figure, and the enterprises' stage funnel."""
        self.trend_figure = QComboBox()
        for key in TREND_FIGURES:
            self.trend_figure.addItem(domain_text(figures.LABELS[key]), key)
        self.trend_chart = TrendChart()
        self.funnel_chart = FunnelChart()
        trend_box = QGroupBox(self.tr("近12个月趋势"))
        trend_layout = QVBoxLayout(trend_box)
        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("指标")))
        pick.addWidget(self.trend_figure)
        pick.addStretch(1)
        trend_layout.addLayout(pick)
        trend_layout.addWidget(self.trend_chart)
        funnel_box = QGroupBox(self.tr("企业建会进度（当前）"))
        QVBoxLayout(funnel_box).addWidget(self.funnel_chart)
        return trend_box, funnel_box

    def _lay_out(self, box: QGroupBox, trend_box: QGroupBox, funnel_box: QGroupBox) -> None:
        """The period bar, progress and result, the figures beside meetings by kind, the charts;
        all of it scrolls on a short screen."""
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("统计期间")))
        for w in (self.period, self.prev_button, self.period_label, self.next_button):
            bar.addWidget(w)
        bar.addWidget(QLabel(self.tr("从")))
        bar.addWidget(self.from_edit)
        bar.addWidget(QLabel(self.tr("至")))
        bar.addWidget(self.to_edit)
        bar.addStretch(1)
        bar.addWidget(self.full_values)
        bar.addWidget(self.export_button)
        bar.addWidget(self.report_button)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        top = QHBoxLayout()
        top.addWidget(box, 3)
        top.addWidget(self.kind_box, 2, Qt.AlignmentFlag.AlignTop)
        charts = QHBoxLayout()
        charts.addWidget(trend_box, 3)
        charts.addWidget(funnel_box, 2)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addLayout(bar)
        layout.addLayout(progress_row)
        layout.addWidget(self.result_bar)
        layout.addLayout(top)
        layout.addLayout(charts, 1)
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _connect(self) -> None:
        self.period.currentIndexChanged.connect(self._on_period_kind_changed)
        self.prev_button.clicked.connect(lambda: self._on_step(-1))
        self.next_button.clicked.connect(lambda: self._on_step(1))
        self.from_edit.dateChanged.connect(self._on_custom_changed)
        self.to_edit.dateChanged.connect(self._on_custom_changed)
        self.trend_figure.currentIndexChanged.connect(self._fill_trend)
        self.full_values.toggled.connect(self._on_full_values_toggled)
        self.export_button.clicked.connect(self.export_xlsx)
        self.report_button.clicked.connect(self.print_report)
        self.cancel_button.clicked.connect(self._on_cancel_export)
        self._sync_custom_edits()

    # -- building blocks -----------------------------------------------------------------------
    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setDate(QDate(self._today.year, self._today.month, self._today.day))
        return edit

    def figure_title(self, key: str) -> str:
        """召开沟通会（场）: a figure's name and unit."""
        return (
            self.tr("%1（%2）")
            .replace("%1", domain_text(figures.LABELS[key]))
            .replace("%2", domain_text(figures.UNITS[key]))
        )

    def _trend_month(self, start: date) -> str:
        """A month on the trend's axis (Qt date formats): 11月, and 26年1月 where a year begins."""
        fmt = self.tr("yy年M月") if start.month == 1 else self.tr("M月")
        return QLocale(QLocale.Language.English).toString(QDate(start.year, start.month, 1), fmt)

    def _figure_button(self, key: str, title: str) -> QPushButton:
        button = QPushButton("0")
        button.setStyleSheet(FIGURE_STYLE)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setToolTip(self.tr("查看“%1”的明细").replace("%1", title))
        button.setAccessibleName(title)
        button.clicked.connect(lambda _=False, k=key: self.open_records(k))
        return button

    # -- period --------------------------------------------------------------------------------
    def set_period(self, kind: str, anchor: date | None = None) -> None:
        """Switch to ``month`` / ``quarter`` / ``year`` (around ``anchor``) or ``custom``."""
        if anchor is not None:
            self._anchor = anchor
        self.period.setCurrentIndex(self.period.findData(kind))
        self.refresh()

    def set_custom_period(self, start: date, end: date) -> None:
        self.period.setCurrentIndex(self.period.findData("custom"))
        self.from_edit.setDate(QDate(start.year, start.month, start.day))
        self.to_edit.setDate(QDate(end.year, end.month, end.day))
        self.refresh()

    def period_range(self) -> tuple[date, date]:
        kind = self.period.currentData()
        a = self._anchor
        if kind == "year":
            return year_range(a)
        if kind == "quarter":
            return quarter_range(a)
        if kind == "custom":
            start, end = self.from_edit.date().toPython(), self.to_edit.date().toPython()
            return (start, end) if start <= end else (end, start)
        return month_range(a.year, a.month)

    def period_text(self) -> str:
        start, end = self.period_range()
        kind = self.period.currentData()
        if kind == "month":
            return month_text(start.year, start.month)
        if kind == "quarter":
            return (
                self.tr("%1年第%2季度")
                .replace("%1", str(start.year))
                .replace("%2", str((start.month - 1) // 3 + 1))
            )
        if kind == "year":
            return self.tr("%1年").replace("%1", str(start.year))
        return (
            self.tr("%1 至 %2").replace("%1", f"{start:%Y-%m-%d}").replace("%2", f"{end:%Y-%m-%d}")
        )

    def _sync_custom_edits(self) -> None:
        custom = self.period.currentData() == "custom"
        self.from_edit.setEnabled(custom)
        self.to_edit.setEnabled(custom)
        self.prev_button.setEnabled(not custom)
        self.next_button.setEnabled(not custom)

    def _on_period_kind_changed(self, _index: int) -> None:
        if self.period.currentData() == "custom":
            start, end = self._range_for_anchor()
            for edit, d in ((self.from_edit, start), (self.to_edit, end)):
                edit.blockSignals(True)
                edit.setDate(QDate(d.year, d.month, d.day))
                edit.blockSignals(False)
        self._sync_custom_edits()
        self.refresh()

    def _range_for_anchor(self) -> tuple[date, date]:
        return month_range(self._anchor.year, self._anchor.month)

    def _on_step(self, direction: int) -> None:
        months = {"month": 1, "quarter": 3, "year": 12}.get(self.period.currentData(), 0)
        if months:
            self._anchor = month_add(self._anchor, direction * months)
            self.refresh()

    def _on_custom_changed(self, _date: QDate) -> None:
        if self.period.currentData() == "custom":
            self.refresh()

    # -- figures -------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the period's figures, trend and funnel off the GUI thread; the newest read asked
        for is shown (an older one still under way is dropped) and ``refreshed`` emitted."""
        start, end = self.period_range()
        self._asked += 1
        asked = self._asked
        self.period_label.setText(
            self.tr("%1（%2 至 %3）")
            .replace("%1", self.period_text())
            .replace("%2", f"{start:%Y-%m-%d}")
            .replace("%3", f"{end:%Y-%m-%d}")
        )

        def read(_progress: object) -> stats.Overview | None:
            if asked != self._asked:
                return None  # the clerk moved on before this read started
            return stats.overview(start, end, TREND_MONTHS)

        task = Task(read, what=self.tr("读取统计数据"), reads_only=True, parent=self)
        task.succeeded.connect(lambda result: self._show(asked, result))
        self._enable_figures(False)  # the figures shown belong to the period before
        task.start()

    def _enable_figures(self, enabled: bool) -> None:
        for button in (*self.value_labels.values(), *self.kind_labels.values()):
            button.setEnabled(enabled)

    @property
    def reading(self) -> bool:
        """A refresh asked for has not been shown yet."""
        return self._shown != self._asked

    def _show(self, asked: int, view: stats.Overview | None) -> None:
        if asked != self._asked or view is None:
            return
        self._shown = asked
        self._enable_figures(True)
        figs = view.figures
        self._figures, self._trend = figs, list(view.trend)
        for key, button in self.value_labels.items():
            button.setText(str(figs.value(key)))
        for kind, button in self.kind_labels.items():
            button.setText(str(figs.meetings_by_kind.get(kind, 0)))
        note = ""
        if figs.pending_joins:
            note = self.tr(
                "另有 %1 人待补录：所在沟通会已过日期、尚未标记已召开，标记后计入现场入会"
            ).replace("%1", str(figs.pending_joins))
        self.pending_label.setText(note)
        self.pending_label.setVisible(bool(note))
        self._fill_trend()
        self.funnel_chart.set_bars(
            self.tr("各阶段企业数"),
            [
                FunnelBar(domain_text(s.name), s.current, s.reached, s.on_hold, s.founded)
                for s in view.funnel
            ],
        )
        self.refreshed.emit()

    def _fill_trend(self) -> None:
        """The chosen figure's trend, from the months the last refresh read."""
        key = self.trend_figure.currentData()
        months = self._trend
        self.trend_chart.set_data(
            self.figure_title(key),
            [self._trend_month(m.start) for m in months],
            [m.value(key) for m in months],
        )

    def open_records(self, key: str) -> None:
        """Open the records behind figure ``key`` for the current period."""
        start, end = self.period_range()
        RecordsDialog.ask(stats.records_behind(key, start, end), self.period_text(), self)

    # -- export and report ---------------------------------------------------------------------
    def _clerk(self) -> str:
        return self._clerk_of()

    def _on_full_values_toggled(self, checked: bool) -> None:
        if checked and not ConfirmFullValues.ask(self):
            self.full_values.setChecked(False)

    def export_xlsx(self) -> None:
        if self._job is not None:
            return
        start, end = self.period_range()
        suggested = (
            self.tr("统计_%1-%2.xlsx")
            .replace("%1", f"{start:%Y%m%d}")
            .replace("%2", f"{end:%Y%m%d}")
        )
        path = SaveExportDialog.ask(suggested, self)
        if path is None:
            return
        full, clerk = self.full_values.isChecked(), self._clerk()

        def work(progress: export.ProgressFn) -> export.ExportResult:
            return export.export(
                list(KINDS),
                path,
                start=start,
                end=end,
                full_values=full,
                clerk=clerk,
                progress=progress,
            )

        job = Task(
            work,
            what=self.tr("导出"),
            cancel_errors=(export.ExportCancelled,),
            clerk_errors=(OSError, ValueError),
            parent=self,
        )
        job.progress.connect(self._on_export_progress)
        job.succeeded.connect(self._on_export_done)
        job.failed.connect(self._on_export_failed)
        job.cancelled.connect(self._on_export_cancelled)
        job.finished.connect(self._on_job_finished)
        self._job = job
        self.export_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.setFormat(self.tr("正在导出…"))
        self.progress.show()
        self.cancel_button.show()
        job.start()

    def _on_export_progress(self, done: int, total: int) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
            self.progress.setFormat(self.tr("正在导出 %v / %m 行"))

    def _on_export_done(self, result: export.ExportResult) -> None:
        self.full_values.setChecked(False)
        self.result_bar.show_file(
            self.tr("已导出 %1 行到 %2")
            .replace("%1", str(result.rows))
            .replace("%2", str(result.path)),
            result.path,
        )

    def _on_export_failed(self, message: str) -> None:
        Notice.warn(self, self.tr("导出失败"), message)

    def _on_export_cancelled(self) -> None:
        self.progress.setFormat(self.tr("已取消"))

    def _on_cancel_export(self) -> None:
        if self._job is not None:
            self._job.cancel()

    def _on_job_finished(self) -> None:
        self._job = None
        self.progress.hide()
        self.cancel_button.hide()
        self.export_button.setEnabled(True)

    def export_running(self) -> bool:
        return self._job is not None

    def report_month(self) -> tuple[int, int]:
        """The month the report button prints: the chosen month, else the period's last."""
        end = self.period_range()[1]
        return end.year, end.month

    def print_report(self) -> Task | None:
        """Write the monthly report PDF off the GUI thread; the clerk is told where it is."""
        year, month = self.report_month()
        path = SaveAsDialog.ask(self.tr("月报_%1.pdf").replace("%1", f"{year}-{month:02d}"), self)
        if path is None:
            return None
        from station_app.services import reporting  # reportlab: read on the first report

        made_on = self._today
        task = Task(
            lambda _progress: reporting.print_monthly_report(year, month, path, made_on=made_on),
            what=self.tr("生成月报"),
            clerk_errors=(MissingGlyphsError, OSError),
            parent=self,
        )
        task.succeeded.connect(lambda _result: self._on_report_written(year, month, path))
        task.failed.connect(lambda message: Notice.warn(self, self.tr("无法生成月报"), message))
        task.finished.connect(lambda: self.report_button.setEnabled(True))
        self.report_button.setEnabled(False)
        task.start()
        return task

    def _on_report_written(self, year: int, month: int, path: Path) -> None:
        self.result_bar.show_file(
            self.tr("%1年%2月工作数据月报已保存到 %3")
            .replace("%1", str(year))
            .replace("%2", str(month))
            .replace("%3", str(path)),
            path,
        )
