"""The lists of the 企业跟进 tab: due follow-ups, the contact log, stage moves and feedback."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from station_app.services.enterprises import FEEDBACK_STATUS_LABELS, DueItem, FeedbackItem
from station_app.store.records import FollowUpRecord, StageChangeRecord
from station_app.ui.domain_text import domain_text
from station_app.ui.models.lazy_table import LazyRecordModel
from station_app.ui.models.record_table import Column, Index, RecordTableModel
from station_app.ui.translatable import QT_TRANSLATE_NOOP

# The registry's columns (EnterpriseTableModel.COLUMNS) as sort keys of the store, in order.
REGISTRY_SORT_KEYS = (
    "name",
    "credit_code",
    "building",
    "employees",
    "foreign",
    "union_status",
    "stage",
    "next_follow_up",
    "contact",
)

OVERDUE_RED = QColor(190, 30, 30)
WAITING_AMBER = QColor(170, 90, 0)


class DueTableModel(LazyRecordModel[DueItem]):
    """待跟进: overdue rows in red with the days they are late; read a page at a time through
    ``fetch(offset, limit)`` and ``count()`` (or given whole with ``set_rows``)."""

    COLUMNS = (
        Column[DueItem](QT_TRANSLATE_NOOP("Columns", "计划日期"), lambda i: i.next_date),
        Column[DueItem](
            QT_TRANSLATE_NOOP("Columns", "状态"),
            lambda i: (
                QCoreApplication.translate("Columns", "逾期 %1 天").replace(
                    "%1", str(i.days_overdue)
                )
                if i.overdue
                else QCoreApplication.translate("Columns", "本周")
            ),
        ),
        Column[DueItem](
            QT_TRANSLATE_NOOP("Columns", "企业名称"), lambda i: i.follow_up.enterprise_name
        ),
        Column[DueItem](QT_TRANSLATE_NOOP("Columns", "上次跟进"), lambda i: i.follow_up.date),
        Column[DueItem](
            QT_TRANSLATE_NOOP("Columns", "方式"), lambda i: domain_text(i.follow_up.way)
        ),
        Column[DueItem](QT_TRANSLATE_NOOP("Columns", "经办人"), lambda i: i.follow_up.clerk_name),
        Column[DueItem](QT_TRANSLATE_NOOP("Columns", "上次情况"), lambda i: i.follow_up.summary),
    )
    # The store's sort key for each column (状态 follows the planned date).
    SORT_KEYS = ("next_date", "next_date", "enterprise", "date", "way", "clerk", "summary")

    def __init__(
        self,
        parent: Any = None,
        *,
        fetch: Callable[[int, int], Sequence[DueItem]] | None = None,
        count: Callable[[], int] | None = None,
    ) -> None:
        super().__init__(
            self.COLUMNS,
            fetch or (lambda _offset, _limit: []),
            count or (lambda: 0),
            parent=parent,
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            if 0 <= index.row() < self.rowCount() and self.record(index.row()).overdue:
                return QBrush(OVERDUE_RED)
            return None
        return super().data(index, role)


class FollowUpTableModel(RecordTableModel[FollowUpRecord]):
    COLUMNS = (
        Column[FollowUpRecord](QT_TRANSLATE_NOOP("Columns", "日期"), lambda f: f.date),
        Column[FollowUpRecord](QT_TRANSLATE_NOOP("Columns", "方式"), lambda f: domain_text(f.way)),
        Column[FollowUpRecord](QT_TRANSLATE_NOOP("Columns", "经办人"), lambda f: f.clerk_name),
        Column[FollowUpRecord](
            QT_TRANSLATE_NOOP("Columns", "情况"), lambda f: f.summary, tooltip=lambda f: f.summary
        ),
        Column[FollowUpRecord](QT_TRANSLATE_NOOP("Columns", "下次跟进"), lambda f: f.next_date),
        Column[FollowUpRecord](QT_TRANSLATE_NOOP("Columns", "录入时间"), lambda f: f.recorded_at),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(self.COLUMNS, parent)


class StageChangeTableModel(RecordTableModel[StageChangeRecord]):
    COLUMNS = (
        Column[StageChangeRecord](
            QT_TRANSLATE_NOOP("Columns", "生效日期"), lambda c: c.effective_on
        ),
        Column[StageChangeRecord](QT_TRANSLATE_NOOP("Columns", "原阶段"), lambda c: c.from_stage),
        Column[StageChangeRecord](QT_TRANSLATE_NOOP("Columns", "新阶段"), lambda c: c.to_stage),
        Column[StageChangeRecord](QT_TRANSLATE_NOOP("Columns", "经办人"), lambda c: c.clerk_name),
        Column[StageChangeRecord](
            QT_TRANSLATE_NOOP("Columns", "原因"), lambda c: c.reason, tooltip=lambda c: c.reason
        ),
        Column[StageChangeRecord](QT_TRANSLATE_NOOP("Columns", "录入时间"), lambda c: c.changed_at),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(self.COLUMNS, parent)


def _age(i: FeedbackItem) -> str:
    if i.answered:
        text = QCoreApplication.translate("Columns", "%1 天后答复")
    else:
        text = QCoreApplication.translate("Columns", "已等 %1 天")
    return text.replace("%1", str(i.age_days))


class FeedbackTableModel(RecordTableModel[FeedbackItem]):
    """意见建议: the unanswered ones stand out with their age."""

    COLUMNS = (
        Column[FeedbackItem](
            QT_TRANSLATE_NOOP("Columns", "收到日期"), lambda i: i.record.received_on
        ),
        Column[FeedbackItem](
            QT_TRANSLATE_NOOP("Columns", "类别"), lambda i: domain_text(i.record.category)
        ),
        Column[FeedbackItem](
            QT_TRANSLATE_NOOP("Columns", "状态"),
            lambda i: FEEDBACK_STATUS_LABELS.get(i.record.status, ""),
        ),
        Column[FeedbackItem](QT_TRANSLATE_NOOP("Columns", "时长"), _age),
        Column[FeedbackItem](QT_TRANSLATE_NOOP("Columns", "提出人"), lambda i: i.record.who),
        Column[FeedbackItem](
            QT_TRANSLATE_NOOP("Columns", "内容"),
            lambda i: i.record.content,
            tooltip=lambda i: i.record.content,
        ),
        Column[FeedbackItem](
            QT_TRANSLATE_NOOP("Columns", "答复"),
            lambda i: i.record.reply,
            tooltip=lambda i: i.record.reply,
        ),
        Column[FeedbackItem](
            QT_TRANSLATE_NOOP("Columns", "答复日期"), lambda i: i.record.replied_on
        ),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(self.COLUMNS, parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            if 0 <= index.row() < self.rowCount() and not self.record(index.row()).answered:
                return QBrush(WAITING_AMBER)
            return None
        return super().data(index, role)
