"""现场入会: the walk-in registration form beside today's registrations and the member register.

Signals:
    print_requested(int): a member was saved with 保存并打印 (Ctrl+P); carries the member id.
    member_saved(int): a member was registered or corrected.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from station_app.domain.terms import MEETING_KIND_SHORT, MeetingKind
from station_app.services import (
    changes,
    meeting_results,
    meetings as meeting_service,
    members as member_service,
    privacy,
    registration,
    station as station_service,
)
from station_app.services.registration import (
    DuplicateMember,
    InvalidMember,
    MemberInput,
    ValidMember,
)
from station_app.services.session import DatabaseBusy
from station_app.store.records import MeetingRecord, MemberListRow
from station_app.ui import error_report
from station_app.ui.dialogs.confirm import confirm
from station_app.ui.dialogs.duplicate_member import DuplicateDialog
from station_app.ui.dialogs.edited_elsewhere import EditedElsewhereDialog
from station_app.ui.dialogs.renewed_consent import RenewedConsentDialog
from station_app.ui.domain_text import day_text, domain_text
from station_app.ui.form_printing import FormPrinting
from station_app.ui.member_erasure import MemberListActions
from station_app.ui.models.lazy_table import LazyRecordModel
from station_app.ui.models.lists import MemberTableModel
from station_app.ui.models.record_table import RecordTableModel
from station_app.ui.tabs.registration_form import ERROR_STYLE, OK_STYLE, MemberForm
from station_app.ui.tasks import Task
from station_app.ui.view_memory import fit_to_contents
from station_app.ui.widgets import make_table

MORE_INFO_KEY = "registration/more_info"
# The register searches once typing pauses this long, not on every key.
SEARCH_PAUSE_MS = 150
# A search's matches are counted up to this many ("10000 人以上" past it); the whole
# register exactly.
COUNT_AT_MOST = 10_000
# What a registration or correction changes: the tab re-reads these itself after saving.
SAVE_TOPICS = frozenset({changes.MEMBERS, changes.HAND_OUTS})
TODAY_COLUMNS_SHOWN = (0, 2, 3, 4)  # 姓名, 身份证号码, 手机号码, 工作单位


class BackdateQuestion:
    """Whether registrations are entered afterwards for a past meeting (补录); replaced in
    tests."""

    @classmethod
    def ask(cls, parent: QWidget, meeting_text: str, day: date) -> bool:
        return confirm(
            parent,
            QCoreApplication.translate("RegistrationTab", "补录到往期沟通会"),
            QCoreApplication.translate(
                "RegistrationTab",
                "所选沟通会不是今天：%1\n\n只有沟通会当天的登记才计入该场的现场入会。"
                "如果这些申请表是在那天现场填写的，可以补录：登记日期将记为 %2。\n\n"
                "按沟通会当天补录吗？（否：请改选“服务站日常”）",
            )
            .replace("%1", meeting_text)
            .replace("%2", day.isoformat()),
            yes=QCoreApplication.translate("RegistrationTab", "按沟通会当天补录"),
            no=QCoreApplication.translate("RegistrationTab", "否，改选服务站日常"),
        )


class RegistrationTab(QWidget):
    print_requested = Signal(int)
    member_saved = Signal(int)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
        settings: QSettings | None = None,
        clerk: Callable[[], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._today = today or date.today()
        self._settings = settings
        self._editing: MemberInput | None = None
        self._editing_id: int | None = None
        self._saving = False
        self._backdated: int | None = None  # the past meeting the clerk chose to 补录 for
        self.clerk_provider: Callable[[], str] = clerk or (lambda: "")

        # built in the order the keyboard walks them: the meeting, the form, the lists
        top = self._build_top_bar()
        form_box = self._build_form()
        today_box = self._build_today()
        roster_box = self._build_register()
        right = QSplitter(Qt.Orientation.Vertical)
        right.setObjectName("registration_today_roster")
        right.addWidget(today_box)
        right.addWidget(roster_box)
        right.setChildrenCollapsible(False)
        right.setSizes([300, 400])
        body = QHBoxLayout()
        body.addWidget(form_box)
        body.addWidget(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        self._connect(settings)

    # -- building ------------------------------------------------------------------------------
    def _build_top_bar(self) -> QHBoxLayout:
        """The meeting the walk-ins count for, and its consultations."""
        self.meeting_combo = QComboBox()
        self.meeting_combo.setMinimumWidth(240)
        self.meeting_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.meeting_combo.setMinimumContentsLength(36)
        self.consult_button = QPushButton(self.tr("咨询 +1"))
        self.consult_button.setToolTip(self.tr("只来咨询、没有登记的职工，每人点一次"))
        self.consult_label = QLabel()
        self.clerk_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("沟通会")))
        top.addWidget(self.meeting_combo)
        top.addSpacing(12)
        top.addWidget(self.consult_button)
        top.addWidget(self.consult_label)
        top.addStretch(1)
        top.addWidget(self.clerk_label)
        return top

    def _build_form(self) -> QGroupBox:
        """The form, scrolling on a short screen, with the save buttons always in sight."""
        self.form = MemberForm(self, today=self._today)
        self.form.existing_lookup = self._existing_note
        self.edit_banner = QLabel()
        self.edit_banner.setWordWrap(True)
        self.edit_banner.setStyleSheet(
            "background: #fff4e5; border: 1px solid #f0c36d; padding: 4px 6px;"
        )
        self.edit_banner.setVisible(False)
        self.save_button = QPushButton(self.tr("保存 (Ctrl+S)"))
        self.save_print_button = QPushButton(self.tr("保存并打印 (Ctrl+P)"))
        self.clear_button = QPushButton(self.tr("清空"))
        for b in (self.save_button, self.save_print_button):
            b.setMinimumHeight(32)
        self.save_button.setDefault(True)
        self.form.next_after = self.save_button
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.save_print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        form_box = QGroupBox(self.tr("入会登记"))
        form_layout = QVBoxLayout(form_box)
        # On a short screen the fields scroll and the save buttons below them stay in sight.
        fields = QWidget()
        fields_layout = QVBoxLayout(fields)
        fields_layout.setContentsMargins(0, 0, 0, 0)
        fields_layout.addWidget(self.edit_banner)
        fields_layout.addWidget(self.form)
        fields_layout.addStretch(1)
        self.form_scroll = QScrollArea()
        self.form_scroll.setWidget(fields)
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_scroll.setMinimumHeight(160)
        form_layout.addWidget(self.form_scroll, 1)
        form_layout.addWidget(self.status_label)
        form_layout.addLayout(buttons)
        form_box.setMinimumWidth(420)
        form_box.setMaximumWidth(600)
        return form_box

    def _build_today(self) -> QGroupBox:
        """Today's registrations, the count in large type."""
        self.today_label = QLabel()
        big = QFont(self.today_label.font())
        big.setPointSizeF(big.pointSizeF() * 1.25)
        big.setBold(True)
        self.today_label.setFont(big)
        self.today_model = MemberTableModel(self)
        self.today_view = make_table(self.today_model, self, sortable=False)
        self.today_view.setObjectName("registration_today")
        for col in range(self.today_model.columnCount()):
            self.today_view.setColumnHidden(col, col not in TODAY_COLUMNS_SHOWN)
        today_box = QGroupBox(self.tr("今日登记（单击一行可调出修改）"))
        today_layout = QVBoxLayout(today_box)
        today_layout.addWidget(self.today_label)
        today_layout.addWidget(self.today_view, 1)
        return today_box

    def _build_register(self) -> QGroupBox:
        """The member register, read a page at a time, with its search."""
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("按姓名、身份证号码或手机号码查找"))
        self.search_edit.setClearButtonEnabled(True)
        self.count_label = QLabel()
        # The register is read a page at a time as it scrolls, newest first; how many members
        # match is counted in the background (a million take a moment) and shown when known.
        self._roster_text = ""
        self._roster_sized = False
        self._count_asked = 0  # the latest count asked for; older answers are dropped
        self.model: LazyRecordModel[MemberListRow] = LazyRecordModel(
            MemberTableModel.COLUMNS, self._fetch_roster, None, parent=self
        )
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_PAUSE_MS)
        self.view = make_table(self.model, self, sortable=False)
        self.view.setObjectName("registration_roster")
        self.view.setToolTip(self.tr("双击一行可调出修改"))
        roster_box = QGroupBox(self.tr("会员名册"))
        bar = QHBoxLayout()
        bar.addWidget(self.search_edit, 1)
        bar.addWidget(self.count_label)
        roster_layout = QVBoxLayout(roster_box)
        roster_layout.addLayout(bar)
        roster_layout.addWidget(self.view, 1)
        return roster_box

    def _connect(self, settings: QSettings | None) -> None:
        """Keys, buttons, lists and the search to what they do; the printing bar and the list
        actions attached."""
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            (QKeySequence.StandardKey.Save, self.save),
            (QKeySequence.StandardKey.Print, self.save_and_print),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)
        self.save_button.clicked.connect(self.save)
        self.save_print_button.clicked.connect(self.save_and_print)
        self.clear_button.clicked.connect(self.start_new)
        self.consult_button.clicked.connect(self._on_consultation)
        self.meeting_combo.currentIndexChanged.connect(self._show_consultations)
        self.today_view.clicked.connect(self._on_list_clicked)
        self.today_view.activated.connect(self._on_list_clicked)
        self.view.doubleClicked.connect(self._on_list_clicked)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self._search_timer.timeout.connect(self._refresh_roster)
        more = bool(settings.value(MORE_INFO_KEY, False, type=bool)) if settings else False
        self.form.more_check.setChecked(more)
        self.form.more_check.toggled.connect(self._on_more_toggled)
        self.setTabOrder(self.form.consent_check, self.save_button)
        self.form_printing = FormPrinting.attach(self, settings)
        self.member_actions = MemberListActions(
            self,
            open_member=self.load_member,
            clerk=lambda: self.clerk_provider(),
            after_erase=self._on_member_erased,
        )
        for view in (self.today_view, self.view):
            self.member_actions.attach(view)

    # -- loading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._fill_meetings()
        self.form.set_employers(station_service.all_enterprise_names())
        self._refresh_today()
        self._refresh_roster()
        self._show_clerk()

    def _fill_meetings(self) -> None:
        """Today's meetings (the default, an employee meeting first) and the past month's for
        补录; never a later meeting. Without a meeting today the box says 服务站日常."""
        wanted = self.meeting_combo.currentData()
        if wanted is None and self.meeting_combo.count() == 0:
            current = meeting_service.todays_meeting(self._today)
            wanted = current.id if current else None
        meetings = meeting_service.list_meetings(
            start=self._today - timedelta(days=31), end=self._today, descending=True
        )
        self.meeting_combo.blockSignals(True)
        self.meeting_combo.clear()
        for m in meetings:
            if m.status != "cancelled" or m.id == wanted:
                self.meeting_combo.addItem(self._meeting_text(m), m.id)
        self.meeting_combo.addItem(self.tr("服务站日常（不关联沟通会）"), None)
        idx = self.meeting_combo.findData(wanted) if wanted is not None else -1
        self.meeting_combo.setCurrentIndex(idx if idx >= 0 else self.meeting_combo.count() - 1)
        self.meeting_combo.blockSignals(False)
        self._show_consultations()

    def _meeting_link(self) -> tuple[int | None, str] | None:
        """(meeting, application date) of a new registration. A meeting on another day is
        taken only as 补录 on that meeting's day, after the clerk said so; None: not saved."""
        mid = self.selected_meeting_id()
        m = meeting_service.get_meeting(mid) if mid is not None else None
        if m is None or m.date == self._today:
            return mid, self._today.isoformat()
        if m.date > self._today:
            self._status(self.tr("未保存：这场沟通会还没有召开。"), ERROR_STYLE)
            return None
        if self._backdated != m.id:
            if not BackdateQuestion.ask(self, self._meeting_text(m), m.date):
                self._status(
                    self.tr("未保存：请选择“服务站日常”，或确认按沟通会当天补录。"), ERROR_STYLE
                )
                return None
            self._backdated = m.id
        return m.id, m.date.isoformat()

    def _meeting_text(self, m: MeetingRecord) -> str:
        try:
            kind = self.tr("%1沟通会").replace(
                "%1", domain_text(MEETING_KIND_SHORT[MeetingKind(m.kind)])
            )
        except ValueError:
            kind = m.kind
        when = day_text(m.date)
        if m.date == self._today:
            when = self.tr("%1（今天）").replace("%1", when)
        place = " ".join(p for p in (m.venue_name, m.venue_detail) if p)
        return "  ".join(p for p in (when, kind, place or m.title) if p)

    def selected_meeting_id(self) -> int | None:
        data = self.meeting_combo.currentData()
        return int(data) if data is not None else None

    def _refresh_today(self) -> None:
        rows = member_service.members_registered_on(self._today)
        self.today_model.set_rows(rows)
        self.today_label.setText(self.tr("今日已登记 %n 人", "", len(rows)))
        fit_to_contents(self.today_view)

    def _refresh_roster(self) -> None:
        self._search_timer.stop()
        self._roster_text = self.search_edit.text()
        self.model.reload()
        self._count_roster()
        if not self._roster_sized and self.model.rowCount():
            fit_to_contents(self.view)  # once: keystrokes keep the columns still
            self._roster_sized = True

    def _fetch_roster(self, offset: int, limit: int) -> list[MemberListRow]:
        return member_service.search_members(self._roster_text, offset=offset, limit=limit)

    def _count_roster(self) -> None:
        self._count_asked += 1
        if not self.model.canFetchMore():  # all of them fit the first page
            self._show_count(self._count_asked, self.model.rowCount())
            return
        self.count_label.setText(self.tr("正在统计…"))
        asked, text = self._count_asked, self._roster_text

        def count(_progress: object) -> int | None:
            if asked != self._count_asked:
                return None  # the clerk typed on before this count started
            at_most = COUNT_AT_MOST if text.strip() else None
            return member_service.count_members(text, at_most=at_most)

        task = Task(count, what=self.tr("统计人数"), reads_only=True, parent=self)
        task.succeeded.connect(lambda n: self._show_count(asked, n))
        task.start()

    def _show_count(self, asked: int, count: int | None) -> None:
        if asked != self._count_asked or count is None:
            return
        if count > COUNT_AT_MOST and self._roster_text.strip():
            self.count_label.setText(self.tr("共 %1 人以上").replace("%1", str(COUNT_AT_MOST)))
        else:
            self.count_label.setText(self.tr("共 %n 人", "", count))

    def _show_clerk(self) -> None:
        clerk = self.clerk_provider()
        self.clerk_label.setText(
            self.tr("经办人：%1").replace("%1", clerk) if clerk else self.tr("未选择经办人")
        )

    def _show_consultations(self, _index: int = 0) -> None:
        mid = self.selected_meeting_id()
        self.consult_button.setEnabled(mid is not None)
        m = meeting_service.get_meeting(mid) if mid is not None else None
        if m is None:
            self.consult_label.setText("")
            return
        self.consult_label.setText(
            self.tr("本场咨询 %1 人次 · 入会 %2 人")
            .replace("%1", str(m.consultation_count))
            .replace("%2", str(m.joins))
        )

    def _existing_note(self, id_number: str) -> str:
        rec = member_service.find_member_by_id_number(id_number)
        if rec is None or rec.id == self._editing_id:
            return ""
        return (
            self.tr("该身份证号码已登记：%1（%2 申请）")
            .replace("%1", rec.name)
            .replace("%2", rec.application_date.isoformat())
        )

    # -- actions -------------------------------------------------------------------------------
    def save(self) -> int | None:
        """Register (or correct) the person in the form; returns the member id when saved."""
        return self._save(print_after=False)

    def save_and_print(self) -> int | None:
        return self._save(print_after=True)

    def _save(self, *, print_after: bool) -> int | None:
        if self._saving:
            return None
        if self._editing_id is None and self.form.is_blank():
            self._status(self.tr("表单是空的：请先填写姓名。"), ERROR_STYLE)
            self.form.focus_first()
            return None
        self._saving = True
        self.save_button.setEnabled(False)
        self.save_print_button.setEnabled(False)
        try:
            member_id = self._save_form()
        except DatabaseBusy as exc:
            self._status(exc.message, ERROR_STYLE)
            return None
        except Exception as exc:  # the clerk is told, the form keeps what was typed
            error_report.report(exc, doing=self.tr("保存登记"))
            self._status(self.tr("未保存：出现了意外的问题，表单内容仍在。"), ERROR_STYLE)
            return None
        finally:
            self._saving = False
            self.save_button.setEnabled(True)
            self.save_print_button.setEnabled(True)
        if member_id is not None and print_after:
            self.print_requested.emit(member_id)
        return member_id

    def _save_form(self) -> int | None:
        data = self.form.member_input()
        data.clerk_name = self.clerk_provider()
        if self._editing is not None:
            data.meeting_id = self._editing.meeting_id
            data.application_date = self._editing.application_date
            data.remarks = self._editing.remarks
        else:
            link = self._meeting_link()
            if link is None:
                return None
            data.meeting_id, data.application_date = link
        try:
            valid = registration.validate(data, today=self._today)
        except InvalidMember as exc:
            self.form.show_errors(exc.errors)
            self._status(self.tr("未保存：请按红字修改。"), ERROR_STYLE)
            return None
        self.form.show_errors([])
        try:
            if self._editing_id is not None:
                member_id = self._editing_id
                corrected = self._correct(member_id, valid)
                if corrected is None:
                    return None
                changed = corrected
                message = (
                    self.tr("已修改：%1").replace("%1", valid.name)
                    if changed
                    else self.tr("没有改动：%1").replace("%1", valid.name)
                )
            else:
                registered = self._register(valid)
                if registered is None:
                    return None
                member_id = registered
                message = self.tr("已保存：%1").replace("%1", valid.name)
        except DuplicateMember as exc:
            self._offer_existing(exc.existing, valid.id_number)
            return None
        except privacy.ErasedPerson as exc:  # a correction to an erased person's number
            self._status(self.tr("未保存：%1").replace("%1", exc.message), ERROR_STYLE)
            return None
        self.start_new()
        self._status(message, OK_STYLE)
        self._refresh_today()
        self._refresh_roster()
        self._show_consultations()
        self.member_saved.emit(member_id)
        return member_id

    def _correct(self, member_id: int, valid: ValidMember) -> list[str] | None:
        """Save a correction unless another desk saved the record since it was loaded; then the
        clerk sees what that desk changed and chooses. None: nothing saved."""
        loaded = self._editing
        while True:
            try:
                return registration.update_member(member_id, valid, loaded=loaded)
            except registration.EditedElsewhere as exc:
                choice = EditedElsewhereDialog.ask(exc.current.name, exc.fields, self)
                if choice == EditedElsewhereDialog.THEIRS:
                    self.load_member(member_id)
                    self._status(self.tr("已载入另一台电脑保存的内容。"), OK_STYLE)
                    return None
                if choice != EditedElsewhereDialog.MINE:
                    self._status(self.tr("未保存：这条登记刚被别人改过。"), ERROR_STYLE)
                    return None
                loaded = registration.input_from_record(exc.current)

    def _register(self, valid: ValidMember) -> int | None:
        """A new registration; a person erased on request earlier only with their new consent."""
        try:
            return registration.register(valid)
        except privacy.ErasedPerson as exc:
            if not RenewedConsentDialog.ask(exc.label, self):
                self._status(self.tr("未保存：此人已按本人要求删除个人信息。"), ERROR_STYLE)
                return None
        return registration.register(replace(valid, renewed_consent=True))

    def _offer_existing(self, existing: list[MemberListRow], id_number: str) -> None:
        same_id = bool(existing) and existing[0].id_number == id_number
        self._status(self.tr("未保存：此人已登记。"), ERROR_STYLE)
        if existing and DuplicateDialog.ask(existing, same_id, self) == "open":
            self.load_member(existing[0].id)

    def load_member(self, member_id: int) -> None:
        """Put a saved member into the form; saving then corrects that record."""
        data = registration.load_for_correction(member_id)
        if data is None:
            return
        self._editing, self._editing_id = data, member_id
        self.form.load(data)
        self.edit_banner.setText(
            self.tr("正在修改 %1 的登记（%2）。保存即更新这条记录；点“清空”放弃修改。")
            .replace("%1", data.name)
            .replace("%2", data.application_date)
        )
        self.edit_banner.setVisible(True)
        self._status("", OK_STYLE)
        self.form.focus_first()

    def start_new(self) -> None:
        """Empty the form for the next person, cursor in 姓名."""
        self._editing = None
        self._editing_id = None
        self.edit_banner.setVisible(False)
        self.form.clear()
        self._status("", OK_STYLE)
        self.form.focus_first()

    def refreshes_itself(self, topics: frozenset[str]) -> bool:
        """A save of this tab re-reads today's list and the register itself."""
        return self._saving and topics <= SAVE_TOPICS

    def editing_member_id(self) -> int | None:
        return self._editing_id

    def _status(self, text: str, style: str) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet(style)
        window = self.window()
        if text and isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 8000)

    # -- slots ---------------------------------------------------------------------------------
    def _on_consultation(self) -> None:
        mid = self.selected_meeting_id()
        if mid is None:
            return
        count = meeting_results.add_consultation(mid)
        self._show_consultations()
        self._status(self.tr("咨询已计数：本场 %1 人次").replace("%1", str(count)), OK_STYLE)
        self.form.focus_first()

    def _on_list_clicked(self, index: QModelIndex) -> None:
        record = index.data(RecordTableModel.RecordRole)
        if isinstance(record, MemberListRow):
            self.load_member(record.id)

    def _on_member_erased(self, member_id: int) -> None:
        if self._editing_id == member_id:
            self.start_new()
        self._refresh_today()
        self._refresh_roster()
        self._status(self.tr("已按本人申请删除个人信息，统计数字不变。"), OK_STYLE)

    def _on_more_toggled(self, checked: bool) -> None:
        if self._settings is not None:
            self._settings.setValue(MORE_INFO_KEY, checked)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._show_clerk()
        QTimer.singleShot(0, self.form.focus_first)
