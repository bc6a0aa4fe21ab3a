"""企业跟进: the pipeline of companies, from no union to a founded one.

Left the stages with their counts; in the middle the registry (searchable and filtered), the
follow-ups that are due and all feedback; below, the selected enterprise in detail.

The registry is read a page at a time, filtered, counted and sorted in the database; the list of
all feedback is read when its page is first shown.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from station_app.domain.errors import ValidationError
from station_app.services import enterprises as svc, station as station_service
from station_app.store.records import EnterpriseRecord
from station_app.ui.dialogs.common import Notice
from station_app.ui.dialogs.enterprise_dialog import EnterpriseDialog
from station_app.ui.dialogs.feedback_dialog import FeedbackDialog
from station_app.ui.dialogs.follow_up_dialog import FollowUpDialog
from station_app.ui.dialogs.stage_dialog import StageDialog
from station_app.ui.domain_text import domain_text
from station_app.ui.models.enterprise_lists import (
    REGISTRY_SORT_KEYS,
    DueTableModel,
    FeedbackTableModel,
)
from station_app.ui.models.lazy_table import LazyRecordModel
from station_app.ui.models.lists import EnterpriseTableModel
from station_app.ui.models.record_table import RecordTableModel
from station_app.ui.tabs.enterprise_detail import EnterpriseDetail
from station_app.ui.view_memory import fit_to_contents
from station_app.ui.widgets import make_lazy_table, make_table, selected_record

ALL = "__all__"
DUE_PAGE = 1
FEEDBACK_PAGE = 2


class EnterprisesTab(QWidget):
    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
        clerk: Callable[[], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._today = today or date.today()
        self._clerk = clerk or (lambda: "")
        self._current_id: int | None = None
        self._where = svc.RegistryFilter()
        self._large_count = 0
        self._overdue_count = 0
        self._feedback_stale = True
        self._due_unsized = True

        bar, filters = self._build_search_and_filters()
        board = self._build_board()
        self.lists = QTabWidget()
        self.lists.addTab(self._build_registry(), self.tr("企业名录"))
        self.lists.addTab(self._build_due(), self.tr("待跟进"))
        self.lists.addTab(self._build_feedback(), self.tr("意见建议"))
        self.detail = EnterpriseDetail(lambda: self._today, self._clerk, self)

        right = QSplitter(Qt.Orientation.Vertical)
        right.setObjectName("enterprises_list_detail")
        right.addWidget(self.lists)
        right.addWidget(self.detail)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        for view in (self.view, self.due_view, self.all_feedback_view):
            view.setMinimumHeight(60)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("enterprises_board")
        split.addWidget(board)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        # In a small window the panes may shrink below their comfortable size (or collapse).
        split.setMinimumSize(420, 240)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        self._connect()

    # -- building ------------------------------------------------------------------------------
    def _build_search_and_filters(self) -> tuple[QHBoxLayout, QHBoxLayout]:
        """The search with the add and import buttons; the filters below them."""
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("按企业名称或统一社会信用代码查找"))
        self.search_edit.setClearButtonEnabled(True)
        self.stage_filter = QComboBox()
        self.union_filter = QComboBox()
        self.union_filter.addItem(self.tr("全部建会情况"), None)
        for status in svc.UNION_STATUSES:
            self.union_filter.addItem(domain_text(status), status)
        self.building_filter = QComboBox()
        self.foreign_filter = QComboBox()
        self.foreign_filter.addItem(self.tr("内资和外资"), None)
        self.foreign_filter.addItem(self.tr("仅外资"), True)
        self.foreign_filter.addItem(self.tr("仅内资"), False)
        self.large_check = QCheckBox(self.tr("仅 100 人以上"))
        self.add_button = QPushButton(self.tr("新增企业…"))
        self.import_button = QPushButton(self.tr("导入名单…"))
        self.count_label = QLabel()

        for combo in (self.stage_filter, self.union_filter, self.building_filter):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(4)
        self.search_edit.setMinimumWidth(120)
        bar = QHBoxLayout()
        bar.addWidget(self.search_edit, 1)
        bar.addWidget(self.add_button)
        bar.addWidget(self.import_button)
        filters = QHBoxLayout()
        filters.addWidget(self.stage_filter, 1)
        filters.addWidget(self.union_filter, 1)
        filters.addWidget(self.building_filter, 1)
        filters.addWidget(self.foreign_filter)
        filters.addWidget(self.large_check)
        return bar, filters

    def _build_board(self) -> QWidget:
        """The stages with their counts; a click filters the registry."""
        self.stage_board = QListWidget()
        self.stage_board.setMaximumWidth(210)
        self.stage_board.setMinimumSize(110, 60)
        board_box = QWidget()
        bl = QVBoxLayout(board_box)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(QLabel(self.tr("<b>建会阶段</b>")))
        bl.addWidget(self.stage_board, 1)
        return board_box

    def _build_registry(self) -> QWidget:
        """The enterprises, read a page at a time."""
        self.model: LazyRecordModel[EnterpriseRecord] = LazyRecordModel(
            EnterpriseTableModel.COLUMNS, self._fetch_registry, self._count_registry, parent=self
        )
        self.view = make_lazy_table(self.model, self)
        self.view.setObjectName("enterprises")
        registry = QWidget()
        rl = QVBoxLayout(registry)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.view, 1)
        rl.addWidget(self.count_label)
        return registry

    def _build_due(self) -> QWidget:
        """The follow-ups that are due."""
        self.due_model = DueTableModel(self, fetch=self._fetch_due, count=self._count_due)
        self.due_view = make_lazy_table(self.due_model, self)
        self.due_view.setObjectName("enterprises_due")
        self.due_label = QLabel()
        due_page = QWidget()
        dl = QVBoxLayout(due_page)
        dl.setContentsMargins(0, 0, 0, 0)
        dl.addWidget(self.due_label)
        dl.addWidget(self.due_view, 1)
        return due_page

    def _build_feedback(self) -> QWidget:
        """Every enterprise's feedback, with the summary and the reply button."""
        self.all_feedback_model = FeedbackTableModel(self)
        self.all_feedback_view = make_table(self.all_feedback_model, self)
        self.all_feedback_view.setObjectName("enterprises_feedback")
        self.feedback_summary_label = QLabel()
        self.feedback_summary_label.setWordWrap(True)
        self.feedback_tally_label = QLabel()
        self.feedback_tally_label.setWordWrap(True)
        self.reply_all_button = QPushButton(self.tr("答复所选…"))
        feedback_page = QWidget()
        fl = QVBoxLayout(feedback_page)
        fl.setContentsMargins(0, 0, 0, 0)
        fl.addWidget(self.feedback_summary_label)
        fl.addWidget(self.feedback_tally_label)
        fl.addWidget(self.all_feedback_view, 1)
        fl.addWidget(self.reply_all_button, 0, Qt.AlignmentFlag.AlignLeft)
        return feedback_page

    def _connect(self) -> None:
        """Search, filters, the board, the lists and the detail's buttons to what they do."""
        self.search_edit.textChanged.connect(self.refresh_list)
        for combo in (self.stage_filter, self.union_filter, self.building_filter):
            combo.currentIndexChanged.connect(self.refresh_list)
        self.foreign_filter.currentIndexChanged.connect(self.refresh_list)
        self.large_check.toggled.connect(self.refresh_list)
        self.stage_board.currentItemChanged.connect(self._on_board_clicked)
        self.lists.currentChanged.connect(self._on_list_page)
        for view in (self.view, self.due_view, self.all_feedback_view):
            view.selectionModel().currentRowChanged.connect(
                lambda cur, _prev, v=view: self._on_row_selected(v, cur)
            )
            view.doubleClicked.connect(lambda _i: self.edit_enterprise())
        self.add_button.clicked.connect(self.add_enterprise)
        self.import_button.clicked.connect(self.import_roster)
        self.detail.edit_button.clicked.connect(self.edit_enterprise)
        self.detail.stage_button.clicked.connect(self.move_stage)
        self.detail.follow_up_button.clicked.connect(self.add_follow_up)
        self.detail.feedback_button.clicked.connect(self.add_feedback)
        self.detail.reply_button.clicked.connect(
            lambda: self.reply_feedback(self.detail.selected_feedback())
        )
        self.reply_all_button.clicked.connect(
            lambda: self.reply_feedback(selected_record(self.all_feedback_view))  # type: ignore[arg-type]
        )
        self.detail.on_changed = self.refresh

    # -- reading -------------------------------------------------------------------------------
    def clerk(self) -> str:
        return self._clerk()

    def due_count(self) -> int:
        return svc.due_count(self._today)

    def _fill_filters(self) -> None:
        stages = station_service.list_stages()
        for combo, first, items in (
            (self.stage_filter, self.tr("全部阶段"), [(domain_text(s.name), s.id) for s in stages]),
            (
                self.building_filter,
                self.tr("全部楼宇"),
                [(b.name, b.id) for b in station_service.list_buildings()],
            ),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(first, None)
            for name, value in items:
                combo.addItem(name, value)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)

    def _fill_board(self) -> None:
        board = svc.stage_board()
        self.stage_board.blockSignals(True)
        self.stage_board.clear()
        total = sum(c.count for c in board)
        everything = QListWidgetItem(self.tr("全部企业　%1").replace("%1", str(total)))
        everything.setData(Qt.ItemDataRole.UserRole, ALL)
        self.stage_board.addItem(everything)
        selected = self.stage_filter.currentData()
        self.stage_board.setCurrentItem(everything)
        for c in board:
            name = domain_text(c.stage.name) if c.stage else self.tr("（未分阶段）")
            item = QListWidgetItem(f"{name}　{c.count}")
            item.setData(Qt.ItemDataRole.UserRole, c.stage.id if c.stage else None)
            if c.stage and c.stage.is_founded:
                item.setForeground(Qt.GlobalColor.darkGreen)
            self.stage_board.addItem(item)
            if c.stage and c.stage.id == selected:
                self.stage_board.setCurrentItem(item)
        self.stage_board.blockSignals(False)

    def refresh(self) -> None:
        """Re-read everything: filters, stage counts, lists and the selected enterprise."""
        self._fill_filters()
        self._fill_board()
        self.refresh_list()
        self._refresh_due()
        self._refresh_feedback()
        self.detail.show_enterprise(self._current_id)

    def refresh_list(self) -> None:
        self._where = svc.RegistryFilter(
            self.search_edit.text(),
            stage_id=self.stage_filter.currentData(),
            union_status=self.union_filter.currentData(),
            building_id=self.building_filter.currentData(),
            foreign_invested=self.foreign_filter.currentData(),
            large_only=self.large_check.isChecked(),
        )
        self.model.reload()
        self.count_label.setText(
            self.tr("共 %1 家，其中 100 人以上 %2 家")
            .replace("%1", str(self.model.total()))
            .replace("%2", str(self._large_count))
        )
        fit_to_contents(self.view)
        self._select_in(self.view, self._current_id)

    def _fetch_registry(self, offset: int, limit: int) -> list[EnterpriseRecord]:
        column, order = self.model.sort_column, self.model.sort_order
        return svc.registry_page(
            self._where,
            offset,
            limit,
            sort=REGISTRY_SORT_KEYS[column] if 0 <= column < len(REGISTRY_SORT_KEYS) else "",
            descending=order == Qt.SortOrder.DescendingOrder,
        )

    def _count_registry(self) -> int:
        total, self._large_count = svc.registry_count(self._where)
        return total

    def _refresh_due(self) -> None:
        self.due_model.reload()
        count = self.due_model.total()
        self.lists.setTabText(DUE_PAGE, self.tr("待跟进（%1）").replace("%1", str(count)))
        self.due_label.setText(
            self.tr("逾期 %1 家（红色），本周内到期 %2 家；按计划日期排列，最紧急的在最上面。")
            .replace("%1", str(self._overdue_count))
            .replace("%2", str(count - self._overdue_count))
        )
        # Fitting columns asks every cell in view for its size: only for a page one can see.
        self._due_unsized = True
        if self.lists.currentIndex() == DUE_PAGE:
            self._size_due_columns()

    def _size_due_columns(self) -> None:
        self._due_unsized = False
        fit_to_contents(self.due_view)

    def _fetch_due(self, offset: int, limit: int) -> list[svc.DueItem]:
        column, order = self.due_model.sort_column, self.due_model.sort_order
        keys = DueTableModel.SORT_KEYS
        return svc.due_page(
            self._today,
            offset,
            limit,
            sort=keys[column] if 0 <= column < len(keys) else "",
            descending=order == Qt.SortOrder.DescendingOrder,
        )

    def _count_due(self) -> int:
        total, self._overdue_count = svc.due_counts(self._today)
        return total

    def _refresh_feedback(self) -> None:
        """The summary and the count of waiting feedback now; the list itself when its page is
        shown (thousands of items are read only for a clerk who looks at them)."""
        summary = svc.feedback_summary()
        self.feedback_summary_label.setText(f"<b>{self._summary_sentence(summary)}</b>")
        self.feedback_tally_label.setText(
            "　".join(f"{c.category} {c.answered}/{c.received}" for c in summary.categories)
        )
        waiting = summary.received - summary.answered
        self.lists.setTabText(
            FEEDBACK_PAGE, self.tr("意见建议（待答复 %1）").replace("%1", str(waiting))
        )
        self._feedback_stale = True
        if self.lists.currentIndex() == FEEDBACK_PAGE:
            self._load_feedback_list()

    def _summary_sentence(self, summary: svc.FeedbackSummary) -> str:
        """The feedback summary (the service's ``sentence``) in the window's language."""
        n, total = len(summary.categories), summary.received
        if total == 0:
            return self.tr("尚未收集到企业的意见建议。")
        if summary.all_answered:
            return (
                self.tr("共收集意见建议 %1 类 %2 条，已逐一答复。")
                .replace("%1", str(n))
                .replace("%2", str(total))
            )
        waiting = [domain_text(c.category) for c in summary.categories if c.answered < c.received]
        return (
            self.tr("共收集意见建议 %1 类 %2 条，已答复 %3 条，尚有 %4 条待答复（%5）。")
            .replace("%1", str(n))
            .replace("%2", str(total))
            .replace("%3", str(summary.answered))
            .replace("%4", str(total - summary.answered))
            .replace("%5", self.tr("、").join(waiting))
        )

    def _load_feedback_list(self) -> None:
        self._feedback_stale = False
        self.all_feedback_model.set_rows(svc.feedback_items(self._today))
        fit_to_contents(self.all_feedback_view)

    def _on_list_page(self, index: int) -> None:
        if index == DUE_PAGE and self._due_unsized:
            self._size_due_columns()
        if index == FEEDBACK_PAGE and self._feedback_stale:
            self._load_feedback_list()

    # -- selection -----------------------------------------------------------------------------
    def current_enterprise(self) -> EnterpriseRecord | None:
        return self.detail.enterprise

    def select_enterprise(self, enterprise_id: int | None) -> None:
        self._current_id = enterprise_id
        self._select_in(self.view, enterprise_id)
        self.detail.show_enterprise(enterprise_id)

    def _select_in(self, view: QTableView, enterprise_id: int | None) -> None:
        model = view.model()
        for row in range(model.rowCount()):
            rec = model.data(model.index(row, 0), RecordTableModel.RecordRole)
            if isinstance(rec, EnterpriseRecord) and rec.id == enterprise_id:
                view.blockSignals(True)
                view.selectRow(row)
                view.blockSignals(False)
                return

    def _on_row_selected(self, view: QTableView, index: QModelIndex) -> None:
        rec = view.model().data(index, RecordTableModel.RecordRole) if index.isValid() else None
        if isinstance(rec, EnterpriseRecord):
            eid: int | None = rec.id
        elif isinstance(rec, svc.DueItem):
            eid = rec.follow_up.enterprise_id
        elif isinstance(rec, svc.FeedbackItem):
            eid = rec.record.enterprise_id
        else:
            return
        if eid != self._current_id:
            self._current_id = eid
            self.detail.show_enterprise(eid)

    def _on_board_clicked(self, item: QListWidgetItem | None, _prev: object = None) -> None:
        if item is None:
            return
        value = item.data(Qt.ItemDataRole.UserRole)
        index = 0 if value == ALL else max(self.stage_filter.findData(value), 0)
        self.stage_filter.setCurrentIndex(index)

    # -- actions -------------------------------------------------------------------------------
    def _warn(self, message: str) -> None:
        Notice.warn(self, self.tr("企业跟进"), message)

    def _buildings(self) -> list[str]:
        return [b.name for b in station_service.list_buildings()]

    def add_enterprise(self) -> None:
        rec = EnterpriseDialog.ask(
            lambda data: svc.save_enterprise(data, clerk=self.clerk()),
            None,
            self._buildings(),
            self,
        )
        if rec is not None:
            self._current_id = rec.id
            self.refresh()
            self.lists.setCurrentIndex(0)

    def edit_enterprise(self) -> None:
        rec = self.current_enterprise()
        if rec is None:
            return
        saved = EnterpriseDialog.ask(
            lambda data: svc.save_enterprise(data, enterprise_id=rec.id, clerk=self.clerk()),
            svc.input_from_record(rec),
            self._buildings(),
            self,
        )
        if saved is not None:
            self._current_id = saved.id
            self.refresh()

    def move_stage(self) -> None:
        rec = self.current_enterprise()
        if rec is None:
            return
        answer = StageDialog.ask(
            rec.name,
            rec.stage_id,
            station_service.list_stages(),
            self,
            today=self._today,
            congress_date=rec.congress_date,
        )
        if answer is None:
            return
        stage_id, reason, effective_on = answer
        try:
            svc.move_stage(
                rec.id, stage_id, clerk=self.clerk(), reason=reason, effective_on=effective_on
            )
        except ValidationError as exc:
            self._warn(exc.message)
            return
        self.refresh()
        checklist = svc.founding_checklist(rec.id)
        if checklist is not None and not checklist.complete:
            self.detail.pages.setCurrentIndex(self.detail.founding_index)
        else:
            self.detail.pages.setCurrentIndex(1)

    def add_follow_up(self) -> None:
        rec = self.current_enterprise()
        if rec is None:
            return
        answer = FollowUpDialog.ask(rec.name, self._today, self.clerk(), self)
        if answer is None:
            return
        try:
            svc.add_follow_up(
                rec.id,
                on=answer.on,
                way=answer.way,
                clerk=self.clerk(),
                summary=answer.summary,
                next_date=answer.next_date,
            )
        except ValidationError as exc:
            self._warn(exc.message)
            return
        self.refresh()
        self.detail.pages.setCurrentIndex(0)

    def add_feedback(self) -> None:
        rec = self.current_enterprise()
        if rec is None:
            return
        answer = FeedbackDialog.ask(
            rec.name,
            station_service.list_feedback_categories(),
            self._today,
            self,
            meetings=svc.meetings_of_enterprise(rec.id),
        )
        if answer is None:
            return
        try:
            svc.add_feedback(
                enterprise_id=rec.id,
                category=answer.category,
                content=answer.content,
                received_on=answer.received_on,
                clerk=self.clerk(),
                meeting_id=answer.meeting_id,
            )
        except ValidationError as exc:
            self._warn(exc.message)
            return
        self.refresh()
        self.detail.pages.setCurrentIndex(2)

    def reply_feedback(self, item: svc.FeedbackItem | None) -> None:
        if not isinstance(item, svc.FeedbackItem):
            self._warn(self.tr("请先选择一条意见建议。"))
            return
        answer = FeedbackDialog.ask_reply(item.record, self._today, self)
        if answer is None:
            return
        reply, replied_on = answer
        try:
            svc.reply_feedback(
                item.record.id, reply=reply, replied_on=replied_on, clerk=self.clerk()
            )
        except ValidationError as exc:
            self._warn(exc.message)
            return
        self.refresh()

    def import_roster(self) -> None:
        from station_app.ui.dialogs.import_wizard import ImportWizard  # spreadsheets: on use

        result = ImportWizard.ask("enterprises", self.clerk(), "", self)
        if result is not None:
            self.refresh()
            self.count_label.setText(result.summary())
