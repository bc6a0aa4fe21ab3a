"""The detail panel of one enterprise: its facts, contact log, stage moves, feedback and the
founding checklist, with the buttons that act on it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from station_app.domain.errors import ValidationError
from station_app.services import enterprises as enterprise_service, enterprises as svc
from station_app.store.records import EnterpriseRecord
from station_app.ui.dialogs.common import Notice
from station_app.ui.dialogs.confirm import ask_text
from station_app.ui.domain_text import domain_text
from station_app.ui.models.enterprise_lists import (
    FeedbackTableModel,
    FollowUpTableModel,
    StageChangeTableModel,
)
from station_app.ui.view_memory import fit_to_contents
from station_app.ui.widgets import make_table, selected_record


class FoundingDateReason:
    """Why a founded union's congress (founding) date is corrected; replaced in tests."""

    @classmethod
    def ask(cls, parent: QWidget, old: date | None, new: date) -> str | None:
        text = ask_text(
            parent,
            QCoreApplication.translate("EnterpriseDetail", "修改建会日期"),
            QCoreApplication.translate(
                "EnterpriseDetail", "建会日期 %1 → %2。修改原因（必填，记入操作日志）："
            )
            .replace(
                "%1",
                old.isoformat()
                if old
                else QCoreApplication.translate("EnterpriseDetail", "（无）"),
            )
            .replace("%2", new.isoformat()),
            ok=QCoreApplication.translate("EnterpriseDetail", "修改建会日期"),
            cancel=QCoreApplication.translate("EnterpriseDetail", "不修改"),
        )
        return text.strip() if text is not None else None


class EnterpriseDetail(QWidget):
    """``on_changed()`` is called after something of the shown enterprise was written.

    A plain callback rather than a Python-emitted signal: PySide6 6.12.0's ``emit`` leaks a
    reference to ``True`` on every call.
    """

    def __init__(
        self,
        today: Callable[[], date],
        clerk: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._clerk = clerk
        self.on_changed: Callable[[], None] = lambda: None
        self.enterprise: EnterpriseRecord | None = None
        self.title_label = QLabel()
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts_label = QLabel()
        self.facts_label.setWordWrap(True)
        self.facts_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_button = QPushButton(self.tr("编辑…"))
        self.stage_button = QPushButton(self.tr("变更阶段…"))
        self.follow_up_button = QPushButton(self.tr("记录跟进…"))
        self.feedback_button = QPushButton(self.tr("记录意见建议…"))
        buttons = QHBoxLayout()
        for b in (self.follow_up_button, self.stage_button, self.feedback_button, self.edit_button):
            buttons.addWidget(b)
        buttons.addStretch(1)

        self.follow_up_model = FollowUpTableModel(self)
        self.stage_model = StageChangeTableModel(self)
        self.feedback_model = FeedbackTableModel(self)
        self.follow_up_view = make_table(self.follow_up_model, self)
        self.follow_up_view.setObjectName("enterprise_follow_ups")
        self.stage_view = make_table(self.stage_model, self)
        self.stage_view.setObjectName("enterprise_stage_changes")
        self.feedback_view = make_table(self.feedback_model, self)
        self.feedback_view.setObjectName("enterprise_feedback")
        self.reply_button = QPushButton(self.tr("答复所选…"))
        feedback_page = QWidget()
        fl = QVBoxLayout(feedback_page)
        fl.setContentsMargins(0, 0, 0, 0)
        fl.addWidget(self.feedback_view, 1)
        fl.addWidget(self.reply_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.tasks_list = QListWidget()
        self.congress_edit = QDateEdit()
        self.congress_edit.setCalendarPopup(True)
        self.congress_edit.setDisplayFormat("yyyy-MM-dd")
        self.congress_button = QPushButton(self.tr("保存大会日期"))
        self.checklist_label = QLabel()
        founding_page = QWidget()
        cl = QVBoxLayout(founding_page)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.addWidget(self.checklist_label)
        cl.addWidget(self.tasks_list, 1)
        congress_row = QHBoxLayout()
        congress_row.addWidget(QLabel(self.tr("会员代表大会日期")))
        congress_row.addWidget(self.congress_edit)
        congress_row.addWidget(self.congress_button)
        congress_row.addStretch(1)
        cl.addLayout(congress_row)

        for view in (self.follow_up_view, self.stage_view, self.feedback_view, self.tasks_list):
            view.setMinimumHeight(48)
        self.pages = QTabWidget()
        self.pages.addTab(self.follow_up_view, self.tr("跟进记录"))
        self.pages.addTab(self.stage_view, self.tr("阶段变更"))
        self.pages.addTab(feedback_page, self.tr("意见建议"))
        self.pages.addTab(founding_page, self.tr("建会筹备"))
        self.founding_index = 3

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.facts_label)
        layout.addLayout(buttons)
        layout.addWidget(self.pages, 1)
        self.tasks_list.itemChanged.connect(self._on_task_changed)
        self.congress_button.clicked.connect(self._on_save_congress)
        self.show_enterprise(None)

    def show_enterprise(self, enterprise_id: int | None) -> None:
        rec = enterprise_service.get_enterprise(enterprise_id) if enterprise_id else None
        self.enterprise = rec
        for w in (
            self.edit_button,
            self.stage_button,
            self.follow_up_button,
            self.feedback_button,
            self.reply_button,
        ):
            w.setEnabled(rec is not None)
        if rec is None:
            self.title_label.setText(self.tr("<b>请在上方选择一家企业</b>"))
            self.facts_label.setText("")
            for m in (self.follow_up_model, self.stage_model, self.feedback_model):
                m.set_rows([])
            self._show_checklist(None)
            return
        self.title_label.setText(
            f"<b>{rec.name}</b>　{rec.credit_code or self.tr('（无信用代码）')}"
        )
        facts = [
            self.tr("阶段：%1").replace("%1", rec.stage_name or "—"),
            self.tr("建会情况：%1").replace("%1", rec.union_status),
            self.tr("职工 %1 人").replace("%1", str(rec.employee_count)),
        ]
        if rec.union_founded_on:
            facts.append(self.tr("建会日期：%1").replace("%1", rec.union_founded_on.isoformat()))
        if rec.foreign_invested:
            facts.append(self.tr("外资"))
        if rec.building_name or rec.address:
            facts.append(" ".join(p for p in (rec.building_name, rec.address) if p))
        if rec.contact_person or rec.contact_phone:
            facts.append(
                self.tr("联系人：%1").replace("%1", f"{rec.contact_person} {rec.contact_phone}")
            )
        if rec.next_follow_up:
            facts.append(self.tr("下次跟进：%1").replace("%1", rec.next_follow_up.isoformat()))
        self.facts_label.setText("　·　".join(facts))
        self.follow_up_model.set_rows(svc.follow_ups(rec.id))
        self.stage_model.set_rows(svc.stage_history(rec.id))
        self.feedback_model.set_rows(svc.feedback_items(self._today(), enterprise_id=rec.id))
        self._show_checklist(svc.founding_checklist(rec.id))
        for view in (self.follow_up_view, self.stage_view, self.feedback_view):
            fit_to_contents(view)

    def _show_checklist(self, checklist: svc.FoundingChecklist | None) -> None:
        self.tasks_list.blockSignals(True)
        self.tasks_list.clear()
        has = checklist is not None
        self.pages.setTabEnabled(self.founding_index, has)
        self.congress_edit.setEnabled(has)
        self.congress_button.setEnabled(has)
        self.congress_button.setText(
            self.tr("修改建会日期…") if checklist and checklist.founded else self.tr("保存大会日期")
        )
        if checklist is None:
            self.checklist_label.setText(self.tr("企业进入“筹备中”阶段后，这里列出建会筹备事项。"))
        else:
            for task in checklist.tasks:
                text = domain_text(task.item)
                if task.done_on:
                    text = (
                        self.tr("%1（%2 完成）")
                        .replace("%1", text)
                        .replace("%2", task.done_on.isoformat())
                    )
                item = QListWidgetItem(text)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if task.done else Qt.CheckState.Unchecked)
                item.setData(Qt.ItemDataRole.UserRole, task.id)
                self.tasks_list.addItem(item)
            self.checklist_label.setText(
                self.tr("已召开会员代表大会：建会日期即大会日期。")
                if checklist.founded and not checklist.tasks
                else self.tr("筹备材料 %1 / %2 项已完成")
                .replace("%1", str(checklist.done))
                .replace("%2", str(len(checklist.tasks)))
            )
            d = checklist.congress_date or self._today()
            self.congress_edit.setDate(QDate(d.year, d.month, d.day))
        self.tasks_list.blockSignals(False)

    def _on_task_changed(self, item: QListWidgetItem) -> None:
        done = item.checkState() == Qt.CheckState.Checked
        svc.set_task_done(int(item.data(Qt.ItemDataRole.UserRole)), done, on=self._today())
        if self.enterprise is not None:
            self._show_checklist(svc.founding_checklist(self.enterprise.id))

    def set_congress_date(self, when: date) -> None:
        """Save the congress date; for a founded union it is the founding date, corrected only
        with a reason."""
        rec = self.enterprise
        if rec is None:
            return
        reason = ""
        if rec.union_status == "已建会":
            old = rec.union_founded_on or rec.congress_date
            if old == when:
                return
            answer = FoundingDateReason.ask(self, old, when)
            if not answer:
                return
            reason = answer
        try:
            svc.set_congress_date(rec.id, when, clerk=self._clerk(), reason=reason)
        except ValidationError as exc:
            Notice.warn(self, self.tr("无法保存"), exc.message)
            return
        self.show_enterprise(rec.id)
        self.on_changed()

    def _on_save_congress(self) -> None:
        self.set_congress_date(self.congress_edit.date().toPython())

    def selected_feedback(self) -> svc.FeedbackItem | None:
        rec = selected_record(self.feedback_view)
        return rec if isinstance(rec, svc.FeedbackItem) else None
