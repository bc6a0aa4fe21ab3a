"""New or edited meeting: kind-aware defaults (time, checklist), venue, host, invited enterprises,
and a live warning when the venue is already taken at that time."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, time

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from station_app.domain.terms import MeetingKind
from station_app.services.meeting_planning import (
    MeetingDraft,
    default_checklist,
    default_times,
)
from station_app.store.records import BuildingRecord, ClerkRecord
from station_app.ui import language
from station_app.ui.dialogs.buttons import dialog_buttons
from station_app.ui.domain_text import domain_text

ClashCheck = Callable[[MeetingDraft], list[str]]
DayCheck = Callable[[date], str]


def to_qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def from_qdate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def day_edit(d: date | None = None) -> QDateEdit:
    """A date field with a calendar pop-up that shows the weekday (2026-12-12 周六)."""
    edit = QDateEdit(to_qdate(d)) if d is not None else QDateEdit()
    edit.setCalendarPopup(True)
    edit.setLocale(language.ui_locale())
    edit.setDisplayFormat("yyyy-MM-dd ddd")
    return edit


def to_qtime(t: time) -> QTime:
    return QTime(t.hour, t.minute)


def from_qtime(q: QTime) -> time:
    return time(q.hour(), q.minute())


class MeetingDialog(QDialog):
    def __init__(
        self,
        *,
        buildings: Sequence[BuildingRecord],
        clerks: Sequence[ClerkRecord],
        enterprises: Sequence[tuple[int, str]],
        initial: MeetingDraft | None = None,
        clash_check: ClashCheck | None = None,
        day_check: DayCheck | None = None,
        day: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._editing = initial is not None
        self._clash_check = clash_check
        self._day_check = day_check
        self.setWindowTitle(self.tr("编辑沟通会") if self._editing else self.tr("新建沟通会"))
        self.setMinimumWidth(560)
        self.kind_combo = QComboBox()
        for kind in MeetingKind:
            self.kind_combo.addItem(domain_text(kind.label), kind.value)
        self.date_edit = day_edit()
        self.start_edit = QTimeEdit()
        self.end_edit = QTimeEdit()
        for t in (self.start_edit, self.end_edit):
            t.setDisplayFormat("HH:mm")
        self.venue_combo = QComboBox()
        self.venue_combo.addItem(self.tr("（未定）"), None)
        for b in buildings:
            self.venue_combo.addItem(b.name, b.id)
        self._lobbies = {b.id: b.lobby for b in buildings}
        self.venue_detail = QLineEdit()
        self.venue_detail.setPlaceholderText(self.tr("如：一层大堂、××公司门口"))
        self.host_combo = QComboBox()
        self.host_combo.addItem(self.tr("（未定）"), None)
        for c in clerks:
            self.host_combo.addItem(c.name, c.id)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("留空则按类型和日期自动命名"))
        self.checklist_edit = QPlainTextEdit()
        self.checklist_edit.setTabChangesFocus(True)
        self.checklist_edit.setFixedHeight(96)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(60)
        self.enterprise_filter = QLineEdit()
        self.enterprise_filter.setPlaceholderText(self.tr("输入企业名称筛选"))
        self.enterprise_list = QListWidget()
        self.enterprise_list.setFixedHeight(130)
        for eid, name in enterprises:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, eid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.enterprise_list.addItem(item)
        self.clash_label = QLabel()
        self.clash_label.setWordWrap(True)
        self.clash_label.setStyleSheet("color: #b3261e;")
        self.day_label = QLabel()
        self.day_label.setWordWrap(True)
        self.day_label.setStyleSheet("color: #b06000;")

        times = QHBoxLayout()
        times.addWidget(self.start_edit)
        times.addWidget(QLabel("—"))
        times.addWidget(self.end_edit)
        times.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("类型"), self.kind_combo)
        form.addRow(self.tr("日期"), self.date_edit)
        form.addRow("", self.day_label)
        form.addRow(self.tr("时间"), times)
        form.addRow(self.tr("地点（楼宇）"), self.venue_combo)
        form.addRow(self.tr("具体位置"), self.venue_detail)
        form.addRow(self.tr("负责人"), self.host_combo)
        form.addRow(self.tr("标题"), self.title_edit)
        self.checklist_label = QLabel(self.tr("筹备清单\n（每行一项）"))
        form.addRow(self.checklist_label, self.checklist_edit)
        self.invite_label = QLabel(self.tr("邀请企业"))
        invite = QVBoxLayout()
        invite.addWidget(self.enterprise_filter)
        invite.addWidget(self.enterprise_list)
        form.addRow(self.invite_label, invite)
        form.addRow(self.tr("备注"), self.notes_edit)
        buttons = dialog_buttons(self, self.tr("保存"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.clash_label)
        layout.addWidget(buttons)

        if initial is None:
            self.date_edit.setDate(to_qdate(day or date.today()))
            self._apply_kind_defaults()
        else:
            self._load(initial)
        self.checklist_label.setVisible(not self._editing)
        self.checklist_edit.setVisible(not self._editing)
        self._update_invites_visible()
        self.kind_combo.currentIndexChanged.connect(self._on_kind_changed)
        self.venue_combo.currentIndexChanged.connect(self._on_venue_changed)
        self.enterprise_filter.textChanged.connect(self._on_filter)
        for sig in (
            self.date_edit.dateChanged,
            self.start_edit.timeChanged,
            self.end_edit.timeChanged,
            self.venue_combo.currentIndexChanged,
        ):
            sig.connect(self._update_clash)
        self.date_edit.dateChanged.connect(self._update_day)
        self._update_clash()
        self._update_day()

    # -- values --------------------------------------------------------------------------------
    def _load(self, d: MeetingDraft) -> None:
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(d.kind)))
        self.date_edit.setDate(to_qdate(d.day))
        start, end = default_times(d.kind)
        self.start_edit.setTime(to_qtime(d.start_time or start))
        self.end_edit.setTime(to_qtime(d.end_time or end))
        self.venue_combo.setCurrentIndex(max(0, self.venue_combo.findData(d.venue_id)))
        self.venue_detail.setText(d.venue_detail)
        self.host_combo.setCurrentIndex(max(0, self.host_combo.findData(d.host_id)))
        self.title_edit.setText(d.title)
        self.notes_edit.setPlainText(d.notes)
        invited = set(d.invited_enterprise_ids)
        for i in range(self.enterprise_list.count()):
            item = self.enterprise_list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) in invited:
                item.setCheckState(Qt.CheckState.Checked)

    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def invited_ids(self) -> tuple[int, ...]:
        out = []
        for i in range(self.enterprise_list.count()):
            item = self.enterprise_list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return tuple(out)

    def draft(self) -> MeetingDraft:
        checklist = None
        if not self._editing:
            checklist = tuple(
                ln.strip() for ln in self.checklist_edit.toPlainText().splitlines() if ln.strip()
            )
        return MeetingDraft(
            kind=self.kind(),
            day=from_qdate(self.date_edit.date()),
            start_time=from_qtime(self.start_edit.time()),
            end_time=from_qtime(self.end_edit.time()),
            venue_id=self.venue_combo.currentData(),
            venue_detail=self.venue_detail.text().strip(),
            host_id=self.host_combo.currentData(),
            title=self.title_edit.text().strip(),
            notes=self.notes_edit.toPlainText().strip(),
            checklist=checklist,
            invited_enterprise_ids=self.invited_ids()
            if MeetingKind(self.kind()).is_enterprise
            else (),
        )

    # -- slots ---------------------------------------------------------------------------------
    def _apply_kind_defaults(self) -> None:
        start, end = default_times(self.kind())
        self.start_edit.setTime(to_qtime(start))
        self.end_edit.setTime(to_qtime(end))
        self.checklist_edit.setPlainText("\n".join(default_checklist(self.kind())))

    def _on_kind_changed(self, _index: int) -> None:
        if not self._editing:
            self._apply_kind_defaults()
        self._update_invites_visible()
        self._update_clash()

    def _update_invites_visible(self) -> None:
        show = MeetingKind(self.kind()).is_enterprise
        for w in (self.invite_label, self.enterprise_filter, self.enterprise_list):
            w.setVisible(show)

    def _on_venue_changed(self, _index: int) -> None:
        lobby = self._lobbies.get(self.venue_combo.currentData(), "")
        if lobby and not self.venue_detail.text().strip():
            self.venue_detail.setText(lobby)

    def _on_filter(self, text: str) -> None:
        text = text.strip()
        for i in range(self.enterprise_list.count()):
            item = self.enterprise_list.item(i)
            item.setHidden(bool(text) and text not in item.text())

    def _update_clash(self) -> None:
        if self._clash_check is None:
            return
        if self.end_edit.time() <= self.start_edit.time():
            self.clash_label.setText(self.tr("结束时间必须晚于开始时间。"))
            return
        clashes = self._clash_check(self.draft())
        if clashes:
            self.clash_label.setText(
                self.tr("注意：该地点同一时间已有安排——%1").replace("%1", "；".join(clashes))
            )
        else:
            self.clash_label.setText("")

    def _update_day(self) -> None:
        text = self._day_check(from_qdate(self.date_edit.date())) if self._day_check else ""
        self.day_label.setText(self.tr("注意：%1").replace("%1", text) if text else "")
        self.day_label.setVisible(bool(text))

    def accept(self) -> None:
        if self.end_edit.time() <= self.start_edit.time():
            self.end_edit.setFocus()
            return
        super().accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        *,
        buildings: Sequence[BuildingRecord],
        clerks: Sequence[ClerkRecord],
        enterprises: Sequence[tuple[int, str]],
        initial: MeetingDraft | None = None,
        clash_check: ClashCheck | None = None,
        day_check: DayCheck | None = None,
        day: date | None = None,
    ) -> MeetingDraft | None:
        """The meeting as entered, or None when the clerk cancelled."""
        dialog = cls(
            buildings=buildings,
            clerks=clerks,
            enterprises=enterprises,
            initial=initial,
            clash_check=clash_check,
            day_check=day_check,
            day=day,
            parent=parent,
        )
        try:
            return dialog.draft() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
