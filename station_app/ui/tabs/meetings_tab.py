"""沟通会: upcoming meetings first (next 90 days), then past ones, or a month calendar; the
selected meeting's details, checklist, attendance and figures; planning and recording actions."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from station_app.domain.errors import ValidationError
from station_app.domain.months import month_add
from station_app.domain.terms import MeetingKind, MeetingStatus
from station_app.printing.fonts import MissingGlyphsError
from station_app.services import meetings as meeting_service, station as station_service
from station_app.services.meeting_pending import pending
from station_app.store.records import MeetingRecord
from station_app.ui.dialogs.common import Notice, SaveAsDialog
from station_app.ui.dialogs.confirm import ask_text, confirm
from station_app.ui.domain_text import domain_text, month_text
from station_app.ui.file_result import announce_file
from station_app.ui.models.lazy_table import LazyRecordModel
from station_app.ui.models.lists import (
    MeetingTableModel,
    PendingMeetingTableModel,
    meeting_columns,
)
from station_app.ui.tabs.meeting_calendar import MeetingCalendar
from station_app.ui.tabs.meeting_detail import MeetingDetail
from station_app.ui.view_memory import fit_to_contents
from station_app.ui.widgets import fit_columns, make_lazy_table, make_table, selected_record

if TYPE_CHECKING:  # planning and the holidays are read when a meeting is planned or edited
    from station_app.services import meeting_planning as planning

UPCOMING_DAYS = 90
PENDING_ROWS_SHOWN = 4  # the 待补录 list shows this many rows before it scrolls
# The store's sort key for each column of MeetingTableModel, in order (both lists).
SORT_KEYS = (
    "date",
    "weekday",
    "time",
    "kind",
    "venue",
    "host",
    "status",
    "consultations",
    "joins",
    "attended",
)


class Confirm:
    """Saving despite a warning, and the cancellation reason; replaced in tests."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str) -> bool:
        return confirm(
            parent,
            title,
            text,
            yes=QCoreApplication.translate("Confirm", "仍然保存"),
            no=QCoreApplication.translate("Confirm", "不保存"),
        )

    @classmethod
    def reason(cls, parent: QWidget | None, title: str, label: str) -> str | None:
        return ask_text(
            parent,
            title,
            label,
            ok=QCoreApplication.translate("Confirm", "取消此次沟通会"),
            cancel=QCoreApplication.translate("Confirm", "不取消"),
        )


class MeetingsTab(QWidget):
    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
        clerk: Callable[[], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._today = today or date.today()
        self._current_id: int | None = None
        self.clerk_provider: Callable[[], str] = clerk or (lambda: "")

        self._build_filters()
        self._build_actions()
        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_list_page())
        self.stack.addWidget(self._build_calendar_page())
        self.detail = MeetingDetail()
        self._lay_out()
        self._connect()
        self.calendar.show_day(self._today)
        self._update_buttons(None)

    # -- building ------------------------------------------------------------------------------
    def _build_filters(self) -> None:
        """The type, status and month filters, and the list/calendar switch."""
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("全部类型"), None)
        for kind in MeetingKind:
            self.kind_filter.addItem(domain_text(kind.label), kind.value)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("全部状态"), None)
        for st in MeetingStatus:
            self.status_filter.addItem(domain_text(st.label), st.value)
        self.month_filter = QComboBox()
        self.month_filter.addItem(self.tr("全部月份"), None)
        first = self._today.replace(day=1)
        for k in range(6, -13, -1):
            m = month_add(first, k)
            self.month_filter.addItem(month_text(m.year, m.month), m)
        for combo in (self.kind_filter, self.status_filter, self.month_filter):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(6)
        self.list_button = QPushButton(self.tr("列表"))
        self.calendar_button = QPushButton(self.tr("月历"))
        self.view_group = QButtonGroup(self)
        for i, b in enumerate((self.list_button, self.calendar_button)):
            b.setCheckable(True)
            self.view_group.addButton(b, i)
        self.list_button.setChecked(True)

    def _build_actions(self) -> None:
        """The action bar's buttons and the line that reports what they did."""
        self.new_button = QPushButton(self.tr("新建沟通会"))
        self.edit_button = QPushButton(self.tr("修改/改期"))
        self.plan_button = QPushButton(self.tr("规划沟通日"))
        self.twin_button = QPushButton(self.tr("创建错时场次"))
        self.hold_button = QPushButton(self.tr("标记已召开"))
        self.cancel_button = QPushButton(self.tr("取消"))
        self.sign_button = QPushButton(self.tr("打印签到表"))
        self.record_button = QPushButton(self.tr("打印记录"))
        self.materials_button = QPushButton(self.tr("打印宣传资料"))
        self.hand_out_button = QPushButton(self.tr("发放登记"))
        self.feedback_button = QPushButton(self.tr("意见建议"))
        self.new_button.setShortcut("Ctrl+N")
        self.message_label = QLabel()

    def _build_list_page(self) -> QWidget:
        """Both lists are read a page at a time: upcoming soonest first, past newest first
        (thousands of past meetings after some years); 待补录 above them."""
        self._upcoming_filter: dict[str, object] | None = None
        self._past_filter: dict[str, object] | None = None
        columns = meeting_columns(self._today)
        self.upcoming_model: LazyRecordModel[MeetingRecord] = LazyRecordModel(
            columns,
            lambda offset, limit: self._fetch(self.upcoming_model, offset, limit),
            lambda: self._count(self._upcoming_filter),
            parent=self,
        )
        self.past_model: LazyRecordModel[MeetingRecord] = LazyRecordModel(
            columns,
            lambda offset, limit: self._fetch(self.past_model, offset, limit),
            lambda: self._count(self._past_filter),
            parent=self,
        )
        self.upcoming_view = make_lazy_table(self.upcoming_model, self)
        self.upcoming_view.setObjectName("meetings_upcoming")
        self.past_view = make_lazy_table(self.past_model, self)
        self.past_view.setObjectName("meetings_past")
        self.upcoming_label = QLabel()
        self.past_label = QLabel()
        # 待补录: meetings past their date that nobody marked held, shown above both lists
        self.pending_label = QLabel()
        self.pending_label.setWordWrap(True)
        self.pending_label.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.pending_model = PendingMeetingTableModel(self)
        self.pending_view = make_table(self.pending_model, self, sortable=False)
        self.pending_view.setObjectName("meetings_pending")
        list_page = QWidget()
        lp = QVBoxLayout(list_page)
        lp.setContentsMargins(0, 0, 0, 0)
        lp.addWidget(self.pending_label)
        lp.addWidget(self.pending_view)
        lp.addWidget(self.upcoming_label)
        lp.addWidget(self.upcoming_view, 1)
        lp.addWidget(self.past_label)
        lp.addWidget(self.past_view, 2)
        return list_page

    def _build_calendar_page(self) -> QWidget:
        """The month calendar, with the chosen day's meetings below it."""
        self.calendar = MeetingCalendar()
        self.day_model = MeetingTableModel(self)
        self.day_view = make_table(self.day_model, self)
        self.day_view.setObjectName("meetings_day")
        self.day_view.setMaximumHeight(150)
        self.day_label = QLabel()
        cal_page = QWidget()
        cp = QVBoxLayout(cal_page)
        cp.setContentsMargins(0, 0, 0, 0)
        cp.addWidget(self.calendar, 3)
        cp.addWidget(self.day_label)
        cp.addWidget(self.day_view, 1)
        return cal_page

    def _lay_out(self) -> None:
        """Filters, then the action bar and its message, then the lists beside the detail."""
        bar = QHBoxLayout()
        for label, w in (
            (self.tr("类型"), self.kind_filter),
            (self.tr("状态"), self.status_filter),
            (self.tr("月份"), self.month_filter),
        ):
            bar.addWidget(QLabel(label))
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.list_button)
        bar.addWidget(self.calendar_button)
        actions = QToolBar()
        actions.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for b in (
            self.new_button,
            self.edit_button,
            self.plan_button,
            self.twin_button,
            self.hold_button,
            self.cancel_button,
            self.sign_button,
            self.record_button,
            self.materials_button,
            self.feedback_button,
            self.hand_out_button,
        ):
            actions.addWidget(b)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("meetings_list_detail")
        split.addWidget(self.stack)
        detail_scroll = QScrollArea()
        detail_scroll.setWidgetResizable(True)
        detail_scroll.setFrameShape(QFrame.Shape.NoFrame)
        detail_scroll.setWidget(self.detail)
        split.addWidget(detail_scroll)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(actions)
        layout.addWidget(self.message_label)
        layout.addWidget(split, 1)

    def _connect(self) -> None:
        """Filters, selections, the calendar and every button to what they do."""
        for combo in (self.kind_filter, self.status_filter, self.month_filter):
            combo.currentIndexChanged.connect(self.refresh)
        self.month_filter.currentIndexChanged.connect(self._on_month_filter)
        self.view_group.idClicked.connect(self.show_view)
        for view in (self.upcoming_view, self.past_view):
            fit_columns(view, MeetingTableModel.COLUMNS)
        for view in (self.upcoming_view, self.past_view, self.day_view, self.pending_view):
            view.selectionModel().selectionChanged.connect(
                lambda _s, _d, v=view: self._on_view_selection(v)
            )
        self.calendar.selectionChanged.connect(self._on_calendar_day)
        self.calendar.currentPageChanged.connect(lambda _y, _m: self._load_calendar())
        self.detail.checklist_toggled.connect(self._on_checklist_toggled)
        self.new_button.clicked.connect(self.new_meeting)
        self.edit_button.clicked.connect(self.edit_meeting)
        self.plan_button.clicked.connect(self.plan_days)
        self.twin_button.clicked.connect(self.create_twin)
        self.hold_button.clicked.connect(self.hold_meeting)
        self.cancel_button.clicked.connect(self.cancel_meeting)
        self.sign_button.clicked.connect(self.print_sign_in)
        self.record_button.clicked.connect(self.print_record)
        self.materials_button.clicked.connect(self.print_materials)
        self.hand_out_button.clicked.connect(self.record_hand_outs)
        self.feedback_button.clicked.connect(self.record_feedback)

    # -- lists ---------------------------------------------------------------------------------
    def _filters(self) -> tuple[str | None, str | None, date | None, date | None]:
        month = self.month_filter.currentData()
        start = end = None
        if month is not None:
            start, end = month, month_add(month, 1) - timedelta(days=1)
        return self.kind_filter.currentData(), self.status_filter.currentData(), start, end

    def refresh(self) -> None:
        kind, status, m_start, m_end = self._filters()
        up_start, up_end = self._today, self._today + timedelta(days=UPCOMING_DAYS)
        past_end = self._today - timedelta(days=1)
        if m_start is not None and m_end is not None:
            up_start, up_end = max(up_start, m_start), m_end
            past_end = min(past_end, m_end)
        self._upcoming_filter = (
            {"start": up_start, "end": up_end, "kind": kind, "status": status}
            if up_start <= up_end
            else None
        )
        self._past_filter = (
            {"start": m_start, "end": past_end, "kind": kind, "status": status}
            if m_start is None or m_start <= past_end
            else None
        )
        self.upcoming_model.reload()
        self.past_model.reload()
        upcoming = self.upcoming_model.total()
        label = (
            self.tr("近期沟通会（未来 90 天）：%n 场", "", upcoming)
            if m_start is None
            else self.tr("本月即将召开：%n 场", "", upcoming)
        )
        self.upcoming_label.setText(label)
        self.past_label.setText(self.tr("往期沟通会：%n 场", "", self.past_model.total()))
        self._show_pending()
        if self.stack.currentIndex() == 1:
            self._load_calendar()
        self._show_current()

    def _show_pending(self) -> None:
        waiting = pending(self._today)
        self.pending_model.set_rows(list(waiting.meetings))
        self.pending_label.setText(waiting.sentence())
        for w in (self.pending_label, self.pending_view):
            w.setVisible(bool(waiting.meetings))
        if waiting.meetings:
            fit_to_contents(self.pending_view)
            shown = min(len(waiting.meetings), PENDING_ROWS_SHOWN)
            rows = sum(self.pending_view.rowHeight(r) for r in range(shown))
            frame = 2 * self.pending_view.frameWidth()
            header = self.pending_view.horizontalHeader().height()
            self.pending_view.setFixedHeight(rows + header + frame)

    def _fetch(
        self, model: LazyRecordModel[MeetingRecord], offset: int, limit: int
    ) -> list[MeetingRecord]:
        past = model is self.past_model
        where = self._past_filter if past else self._upcoming_filter
        if where is None:
            return []
        column, order = model.sort_column, model.sort_order
        return meeting_service.list_meetings(
            **where,  # type: ignore[arg-type]
            descending=past,
            offset=offset,
            limit=limit,
            sort=SORT_KEYS[column] if 0 <= column < len(SORT_KEYS) else "",
            sort_descending=order == Qt.SortOrder.DescendingOrder,
        )

    @staticmethod
    def _count(where: dict[str, object] | None) -> int:
        if where is None:
            return 0
        return meeting_service.count_meetings(**where)  # type: ignore[arg-type]

    def _load_calendar(self) -> None:
        from station_app.services import holidays

        kind, status, _s, _e = self._filters()
        self.calendar.holidays = holidays.station_calendar()
        first = date(self.calendar.yearShown(), self.calendar.monthShown(), 1)
        start = first - timedelta(days=7)
        end = month_add(first, 1) + timedelta(days=13)
        self.calendar.set_meetings(
            meeting_service.list_meetings(start=start, end=end, kind=kind, status=status)
        )
        self._on_calendar_day()

    def show_view(self, index: int) -> None:
        """0: the lists, 1: the month calendar."""
        self.stack.setCurrentIndex(index)
        self.view_group.button(index).setChecked(True)
        if index == 1:
            self._load_calendar()

    def _on_month_filter(self, _index: int) -> None:
        month = self.month_filter.currentData()
        if month is not None:
            self.calendar.setCurrentPage(month.year, month.month)

    def _on_calendar_day(self) -> None:
        day = self.calendar.selected_day()
        rows = self.calendar.meetings_on(day)
        self.day_model.set_rows(rows)
        self.day_label.setText(
            self.tr("%1：%2")
            .replace("%1", f"{day:%Y-%m-%d}")
            .replace("%2", self.tr("%n 场", "", len(rows)) if rows else self.tr("无安排"))
        )
        fit_to_contents(self.day_view)
        if rows and self.stack.currentIndex() == 1:
            self.day_view.selectRow(0)

    def _on_view_selection(self, view: QTableView) -> None:
        rec = selected_record(view)
        if isinstance(rec, MeetingRecord):
            for other in (self.upcoming_view, self.past_view, self.day_view, self.pending_view):
                if other is not view:
                    other.selectionModel().blockSignals(True)
                    other.clearSelection()
                    other.selectionModel().blockSignals(False)
            self.select_meeting(rec.id)

    # -- the selected meeting ------------------------------------------------------------------
    def current_meeting(self) -> MeetingRecord | None:
        return meeting_service.get_meeting(self._current_id) if self._current_id else None

    def select_meeting(self, meeting_id: int | None) -> None:
        self._current_id = meeting_id
        self._show_current()
        if meeting_id is None:
            return
        for view, model in (
            (self.upcoming_view, self.upcoming_model),
            (self.past_view, self.past_model),
        ):
            for row, rec in enumerate(model.rows()):
                if rec.id == meeting_id:
                    shown = view.model()
                    idx = (
                        shown.mapFromSource(model.index(row, 0))
                        if isinstance(shown, QSortFilterProxyModel)
                        else model.index(row, 0)
                    )
                    sm = view.selectionModel()
                    sm.blockSignals(True)
                    view.setCurrentIndex(idx)
                    view.selectRow(idx.row())
                    sm.blockSignals(False)
                    view.scrollTo(idx)

    def _show_overview(self) -> None:
        coming = meeting_service.list_meetings(
            start=self._today, status=MeetingStatus.PLANNED.value, limit=1
        )
        nxt = coming[0] if coming else None
        self.detail.show_overview(
            nxt,
            (nxt.date - self._today).days if nxt else 0,
            self.pending_model.rowCount(),
        )

    def _show_current(self) -> None:
        m = self.current_meeting()
        if m is None:
            self._current_id = None
            self.detail.show_meeting(None)
            self._show_overview()
            self._update_buttons(None)
            return
        from station_app.services import meeting_results as results

        figs = results.figures(m.id)
        self.detail.show_meeting(
            m,
            figures=results.figure_rows(m, figs),
            checklist=meeting_service.checklist(m.id),
            attendance=meeting_service.list_attendance(m.id),
            twin=meeting_service.get_meeting(m.twin_id) if m.twin_id else None,
        )
        self._update_buttons(m)

    def _update_buttons(self, m: MeetingRecord | None) -> None:
        has = m is not None
        for b in (
            self.edit_button,
            self.sign_button,
            self.record_button,
            self.materials_button,
            self.feedback_button,
        ):
            b.setEnabled(has)
        cancelled = has and m.status == MeetingStatus.CANCELLED.value  # type: ignore[union-attr]
        held = has and m.status == MeetingStatus.HELD.value  # type: ignore[union-attr]
        self.hold_button.setEnabled(has and not cancelled)
        self.hold_button.setText(self.tr("修改召开情况") if held else self.tr("标记已召开"))
        self.cancel_button.setEnabled(has and not held and not cancelled)
        self.twin_button.setEnabled(has and not cancelled and m.twin_id is None)  # type: ignore[union-attr]

    def _on_checklist_toggled(self, item_id: int, done: bool) -> None:
        meeting_service.set_checklist_done(item_id, done)

    # -- helpers -------------------------------------------------------------------------------
    def _clerk(self) -> str:
        return self.clerk_provider()

    def _say(self, text: str) -> None:
        self.message_label.setText(text)

    def _draft_of(self, m: MeetingRecord) -> planning.MeetingDraft:
        from station_app.services import meeting_planning as planning

        invited = tuple(a.enterprise_id for a in meeting_service.list_attendance(m.id) if a.invited)
        return planning.MeetingDraft(
            kind=m.kind,
            day=m.date,
            start_time=m.start_time,
            end_time=m.end_time,
            venue_id=m.venue_id,
            venue_detail=m.venue_detail,
            host_id=m.host_id,
            title=m.title,
            notes=m.notes,
            invited_enterprise_ids=invited,
        )

    def _ask_meeting(
        self, initial: planning.MeetingDraft | None, exclude_id: int | None
    ) -> planning.MeetingDraft | None:
        from station_app.services import holidays, meeting_planning as planning

        def clash_check(d: planning.MeetingDraft) -> list[str]:
            return [
                planning.clash_text(c) for c in planning.clashes_in_store(d, exclude_id=exclude_id)
            ]

        while True:
            from station_app.ui.dialogs.meeting_dialog import MeetingDialog

            draft = MeetingDialog.ask(
                self,
                buildings=station_service.list_buildings(),
                clerks=station_service.list_clerks(),
                enterprises=station_service.all_enterprise_names(),
                initial=initial,
                clash_check=clash_check,
                day_check=holidays.day_warning,
                day=self._today,
            )
            if draft is None:
                return None
            clashes = clash_check(draft)
            same_day = initial is not None and draft.day == initial.day
            if (
                not clashes
                or Confirm.ask(
                    self,
                    self.tr("场地冲突"),
                    self.tr("该地点同一时间已有安排：\n%1\n\n仍要保存吗？").replace(
                        "%1", "\n".join(clashes)
                    ),
                )
            ) and (same_day or self._date_ok([draft.day])):
                return draft
            initial = draft

    def _date_ok(self, days: list[date]) -> bool:
        """Weekends, public holidays, make-up working days and unknown years are said before a
        meeting date is saved; True when there is nothing to say or the clerk keeps the dates."""
        from station_app.services import meeting_planning as planning

        warnings = planning.date_warnings(days)
        return not warnings or Confirm.ask(
            self,
            self.tr("日期提醒"),
            self.tr("%1\n\n仍按这个日期保存吗？").replace("%1", "\n".join(warnings)),
        )

    # -- actions -------------------------------------------------------------------------------
    def new_meeting(self) -> None:
        draft = self._ask_meeting(None, None)
        if draft is None:
            return
        from station_app.services import meeting_planning as planning

        try:
            mid = planning.create_meeting(draft)
        except ValidationError as exc:
            Notice.warn(self, self.tr("无法保存"), exc.message)
            return
        self._say(self.tr("已新建沟通会：%1").replace("%1", f"{draft.day:%Y-%m-%d}"))
        self._current_id = mid
        self.refresh()
        self.select_meeting(mid)

    def edit_meeting(self) -> None:
        m = self.current_meeting()
        if m is None:
            return
        draft = self._ask_meeting(self._draft_of(m), m.id)
        from station_app.services import meeting_planning as planning

        if draft is None:
            return
        try:
            planning.update_meeting(m.id, draft)
        except ValidationError as exc:
            Notice.warn(self, self.tr("无法保存"), exc.message)
            return
        moved = draft.day != m.date
        self._say(
            self.tr("已改期到 %1").replace("%1", f"{draft.day:%Y-%m-%d}")
            if moved
            else self.tr("已保存修改")
        )
        self.refresh()
        self.select_meeting(m.id)

    def plan_days(self) -> None:
        from station_app.services import meeting_planning as planning

        start = planning.first_plan_month(self._today)
        from station_app.ui.dialogs.plan_days_dialog import PlanDaysDialog

        choice = PlanDaysDialog.ask(
            self,
            lambda n: planning.plan_from_store(start, n),
            buildings=station_service.list_buildings(),
            clerks=station_service.list_clerks(),
        )
        if choice is None or not choice.days:
            return
        if not self._date_ok([d for d, _moved in choice.days]):
            return
        ids = planning.create_planned_days(
            list(choice.days),
            venue_id=choice.venue_id,
            host_id=choice.host_id,
            venue_detail=choice.venue_detail,
        )
        moved = sum(1 for _, m in choice.days if m)
        self._say(
            self.tr("已创建 %1 场职工沟通日（其中 %2 场改期）")
            .replace("%1", str(len(ids)))
            .replace("%2", str(moved))
        )
        self.refresh()
        if ids:
            self.select_meeting(ids[0])

    def create_twin(self) -> None:
        m = self.current_meeting()
        if m is None:
            return
        from station_app.services import holidays, meeting_planning as planning
        from station_app.ui.dialogs.twin_dialog import TwinDialog

        day = TwinDialog.ask(self, m, planning.twin_day(m.date), holidays.day_warning)
        if day is None or not self._date_ok([day]):
            return
        try:
            tid = planning.create_twin(m.id, day)
        except ValidationError as exc:
            Notice.warn(self, self.tr("无法创建错时场次"), exc.message)
            return
        twin = meeting_service.get_meeting(tid)
        assert twin is not None
        self._say(self.tr("已创建错时场次：%1").replace("%1", f"{twin.date:%Y-%m-%d}"))
        self.refresh()
        self.select_meeting(tid)

    def hold_meeting(self) -> None:
        from station_app.services import meeting_results as results

        m = self.current_meeting()
        if m is None:
            return
        refusal = results.hold_refusal(m, self._today)
        if refusal:
            Notice.warn(self, self.tr("不能标记已召开"), refusal)
            return
        from station_app.services.hand_outs import meeting_gifts_text
        from station_app.ui.dialogs.attendance_dialog import AttendanceDialog

        report = AttendanceDialog.ask(
            self,
            m,
            results.current_report(m.id),
            station_service.all_enterprise_names(),
            joins=results.figures(m.id).joins,
            unionized=results.unionized_on(m.date),
            gifts=meeting_gifts_text(m.id),
        )
        if report is None:
            return
        try:
            out = results.hold_meeting(m.id, report, clerk=self._clerk(), today=self._today)
        except ValidationError as exc:
            Notice.warn(self, self.tr("无法保存"), exc.message)
            return
        text = self.tr("已标记为已召开")
        if out.stage_moves:
            text += self.tr("；%1 家企业阶段已更新").replace("%1", str(out.stage_moves))
        if out.added_enterprises:
            text += self.tr("；新增 %1 家企业到企业库").replace("%1", str(out.added_enterprises))
        self._say(text)
        self.refresh()

    def record_feedback(self) -> None:
        """意见建议 raised at the selected meeting, by firms or by employees (anonymous allowed)."""
        m = self.current_meeting()
        if m is None:
            return
        from station_app.ui.dialogs.meeting_feedback import MeetingFeedbackDialog

        present = [
            (a.enterprise_id, a.enterprise_name) for a in meeting_service.list_attendance(m.id)
        ]
        others = [e for e in station_service.all_enterprise_names() if e not in present]
        MeetingFeedbackDialog.ask(
            self,
            m,
            present + others,
            station_service.list_feedback_categories(),
            today=self._today,
            clerk=self._clerk(),
        )
        self._show_current()

    def record_hand_outs(self) -> None:
        """Hand-outs at the selected meeting (or any other) to people who did not register."""
        from station_app.ui.dialogs.hand_out_dialog import HandOutDialog

        HandOutDialog.ask(self._today, self._clerk(), self._current_id, self)

    def cancel_meeting(self) -> None:
        from station_app.services import meeting_results as results

        m = self.current_meeting()
        if m is None:
            return
        reason = Confirm.reason(
            self,
            self.tr("取消沟通会"),
            self.tr("取消 %1 的沟通会。取消原因（可不填）：").replace("%1", f"{m.date:%Y-%m-%d}"),
        )
        if reason is None:
            return
        try:
            results.cancel_meeting(m.id, reason)
        except ValidationError as exc:
            Notice.warn(self, self.tr("无法取消"), exc.message)
            return
        self._say(self.tr("已取消"))
        self.refresh()

    # -- printing ------------------------------------------------------------------------------
    def _write_and_preview(self, suggested: str, write: Callable[[Path], object]) -> Path | None:
        target = SaveAsDialog.ask(str(Path(tempfile.gettempdir()) / suggested), self)
        if target is None:
            return None
        try:
            write(target)
        except MissingGlyphsError as exc:
            Notice.warn(self, self.tr("无法打印"), str(exc))
            return None
        except OSError as exc:
            Notice.warn(
                self,
                self.tr("无法保存"),
                self.tr("无法写入“%1”：%2").replace("%1", str(target)).replace("%2", str(exc)),
            )
            return None
        self._say(self.tr("已保存：%1").replace("%1", str(target)))
        announce_file(self, self.tr("已保存：%1").replace("%1", str(target)), target)
        from station_app.ui.print_support import PreviewDialog

        PreviewDialog.show_pdf(target, self)
        return target

    def print_sign_in(self) -> Path | None:
        from station_app.services import meeting_results as results

        m = self.current_meeting()
        if m is None:
            return None
        from station_app.printing.meeting_sheets import sign_in_sheet_pdf  # reportlab: on use

        sheet = results.sign_in_sheet(m.id, station_service.get_station().name)
        return self._write_and_preview(
            self.tr("签到表_%1.pdf").replace("%1", f"{m.date:%Y%m%d}"),
            lambda p: sign_in_sheet_pdf(sheet, p),
        )

    def print_record(self) -> Path | None:
        from station_app.services import meeting_results as results

        m = self.current_meeting()
        if m is None:
            return None
        from station_app.printing.meeting_sheets import meeting_record_pdf  # reportlab: on use

        sheet = results.record_sheet(m.id, station_service.get_station().name, self._today)
        return self._write_and_preview(
            self.tr("沟通会记录_%1.pdf").replace("%1", f"{m.date:%Y%m%d}"),
            lambda p: meeting_record_pdf(sheet, p),
        )

    def print_materials(self) -> Path | None:
        """The station's own leaflets, N copies of each chosen one, counted as handed out."""
        from station_app.services import materials
        from station_app.ui.dialogs.materials_dialog import MaterialsDialog

        m = self.current_meeting()
        if m is None:
            return None
        answer = MaterialsDialog.ask(self)
        if answer is None:
            return None
        titles, copies = answer

        def write(path: Path) -> None:
            try:
                materials.print_materials(m.id, titles, copies, path, clerk=self._clerk())
            except materials.MaterialError as exc:
                raise OSError(exc.message) from exc

        target = self._write_and_preview(
            self.tr("宣传资料_%1.pdf").replace("%1", f"{m.date:%Y%m%d}"), write
        )
        if target is not None:
            given = materials.handed_out(m.id)
            self._say(
                self.tr("本场已发放资料：%1").replace(
                    "%1",
                    self.tr("、").join(
                        self.tr("%1 %2 份").replace("%1", t).replace("%2", str(n))
                        for t, n in given.items()
                    ),
                )
            )
        return target
