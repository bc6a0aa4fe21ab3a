"""The rows behind a figure, in a read-only table (opened by clicking a figure)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from station_app.services.stats import Drilldown
from station_app.ui.domain_text import domain_text
from station_app.ui.models.record_table import Column, RecordTableModel
from station_app.ui.translatable import QT_TRANSLATE_NOOP
from station_app.ui.view_memory import fit_to_contents
from station_app.ui.widgets import make_table
from station_app.ui.window_fit import resize_within_screen

# The headers the statistics service gives its drill-downs, shown through the "Columns" context.
DRILLDOWN_HEADERS = (
    QT_TRANSLATE_NOOP("Columns", "主题"),
    QT_TRANSLATE_NOOP("Columns", "企业名称"),
    QT_TRANSLATE_NOOP("Columns", "会员代表大会日期"),
    QT_TRANSLATE_NOOP("Columns", "内容"),
    QT_TRANSLATE_NOOP("Columns", "参会企业"),
    QT_TRANSLATE_NOOP("Columns", "咨询人次"),
    QT_TRANSLATE_NOOP("Columns", "地点"),
    QT_TRANSLATE_NOOP("Columns", "姓名"),
    QT_TRANSLATE_NOOP("Columns", "工作单位"),
    QT_TRANSLATE_NOOP("Columns", "建会日期"),
    QT_TRANSLATE_NOOP("Columns", "性别"),
    QT_TRANSLATE_NOOP("Columns", "手机号码"),
    QT_TRANSLATE_NOOP("Columns", "提出人"),
    QT_TRANSLATE_NOOP("Columns", "收到日期"),
    QT_TRANSLATE_NOOP("Columns", "数量"),
    QT_TRANSLATE_NOOP("Columns", "日期"),
    QT_TRANSLATE_NOOP("Columns", "沟通会日期"),
    QT_TRANSLATE_NOOP("Columns", "活动"),
    QT_TRANSLATE_NOOP("Columns", "物品"),
    QT_TRANSLATE_NOOP("Columns", "状态"),
    QT_TRANSLATE_NOOP("Columns", "现场入会"),
    QT_TRANSLATE_NOOP("Columns", "登记日期"),
    QT_TRANSLATE_NOOP("Columns", "答复"),
    QT_TRANSLATE_NOOP("Columns", "答复日期"),
    QT_TRANSLATE_NOOP("Columns", "类别"),
    QT_TRANSLATE_NOOP("Columns", "类型"),
    QT_TRANSLATE_NOOP("Columns", "统一社会信用代码"),
    QT_TRANSLATE_NOOP("Columns", "职工数"),
    QT_TRANSLATE_NOOP("Columns", "身份证号码"),
    QT_TRANSLATE_NOOP("Columns", "领取人"),
)


def _cell(value: Any) -> Any:
    """A word of the core (a status, a meeting kind) in the window's language."""
    return domain_text(value) if isinstance(value, str) else value


def _column(i: int, header: str, numeric: bool) -> Column[tuple[Any, ...]]:
    return Column[tuple[Any, ...]](header, lambda row: _cell(row[i]), align_right=numeric)


class DrilldownTableModel(RecordTableModel[tuple[Any, ...]]):
    def __init__(self, drilldown: Drilldown, parent: Any = None) -> None:
        first = drilldown.rows[0] if drilldown.rows else ()
        columns = [
            _column(
                i,
                h,
                i < len(first) and isinstance(first[i], int) and not isinstance(first[i], bool),
            )
            for i, h in enumerate(drilldown.headers)
        ]
        super().__init__(columns, parent)
        self.set_rows(drilldown.rows)


class RecordsDialog(QDialog):
    def __init__(self, drilldown: Drilldown, period: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("%1 — 明细").replace("%1", domain_text(drilldown.title)))
        self.model = DrilldownTableModel(drilldown, self)
        self.view = make_table(self.model, self)
        fit_to_contents(self.view)
        summary = QLabel(
            self.tr("%1　合计 %2　（%3 条记录）")
            .replace("%1", period)
            .replace("%2", str(drilldown.total))
            .replace("%3", str(len(drilldown.rows)))
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        resize_within_screen(self, 900, 520)

    @classmethod
    def ask(cls, drilldown: Drilldown, period: str, parent: QWidget | None = None) -> None:
        cls(drilldown, period, parent).exec()
