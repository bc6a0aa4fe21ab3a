"""发放登记: hand-outs outside registrations (夏送清凉, 冬送温暖, 慰问品 at activities, gifts at a
meeting to people who did not register), each with its recipient or a count. Welcome gifts
given with a registration are listed too, marked, and changed only through the registration."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from station_app.domain.errors import ValidationError
from station_app.services import hand_outs, meetings as meeting_service
from station_app.store.records import HandOutRecord
from station_app.ui.dialogs.confirm import confirm
from station_app.ui.dialogs.meeting_dialog import day_edit, from_qdate
from station_app.ui.dialogs.record_list import error_label, lay_out
from station_app.ui.models.record_table import Column, RecordTableModel
from station_app.ui.translatable import QT_TRANSLATE_NOOP
from station_app.ui.view_memory import fit_to_contents
from station_app.ui.widgets import make_table, selected_record
from station_app.ui.window_fit import resize_within_screen

LIST_DAYS = 366


class HandOutTableModel(RecordTableModel[HandOutRecord]):
    COLUMNS = (
        Column[HandOutRecord](
            QT_TRANSLATE_NOOP("Columns", "日期"), lambda h: h.day, width_sample="2026-12-31"
        ),
        Column[HandOutRecord](
            QT_TRANSLATE_NOOP("Columns", "活动"), lambda h: h.campaign, width_sample="冬送温暖"
        ),
        Column[HandOutRecord](
            QT_TRANSLATE_NOOP("Columns", "物品"), lambda h: h.item, width_sample="防暑降温用品"
        ),
        Column[HandOutRecord](
            QT_TRANSLATE_NOOP("Columns", "数量"), lambda h: h.quantity, align_right=True
        ),
        Column[HandOutRecord](
            QT_TRANSLATE_NOOP("Columns", "领取人"),
            lambda h: h.recipient_name or QCoreApplication.translate("Columns", "（不记名）"),
        ),
        Column[HandOutRecord](QT_TRANSLATE_NOOP("Columns", "沟通会"), lambda h: h.meeting_date),
        Column[HandOutRecord](
            QT_TRANSLATE_NOOP("Columns", "来源"),
            lambda h: (
                QCoreApplication.translate("Columns", "随入会登记")
                if h.with_registration
                else QCoreApplication.translate("Columns", "发放登记")
            ),
        ),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(self.COLUMNS, parent)


class HandOutDialog(QDialog):
    def __init__(
        self, today: date, clerk: str, meeting_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._clerk = clerk
        self.setWindowTitle(self.tr("发放登记"))
        resize_within_screen(self, 760, 560)
        self.model = HandOutTableModel(self)
        self.view = make_table(self.model, self)
        self.total_label = QLabel()
        self.date_edit = day_edit(today)
        self.campaign_combo = QComboBox()
        self.campaign_combo.setEditable(True)
        self.campaign_combo.addItems(list(hand_outs.CAMPAIGNS))
        self.item_edit = QLineEdit()
        self.item_edit.setPlaceholderText(self.tr("如：防暑降温用品、米面油、毛巾"))
        self.recipient_edit = QLineEdit()
        self.recipient_edit.setPlaceholderText(self.tr("留空：不记名，按份数登记"))
        self.quantity_spin = QSpinBox()
        self.quantity_spin.setRange(1, hand_outs.MAX_QUANTITY)
        self.quantity_spin.setSuffix(self.tr(" 份"))
        self.meeting_combo = QComboBox()
        self.meeting_combo.addItem(self.tr("（不在沟通会上）"), None)
        for m in meeting_service.list_meetings(
            start=today - timedelta(days=62), end=today, descending=True
        ):
            if m.status != "cancelled":
                self.meeting_combo.addItem(f"{m.date:%Y-%m-%d} {m.title}", m.id)
        self.meeting_combo.setCurrentIndex(max(0, self.meeting_combo.findData(meeting_id)))
        self.add_button = QPushButton(self.tr("登记"))
        self.delete_button = QPushButton(self.tr("删除所选…"))
        self.error_label = error_label()
        form = QFormLayout()
        form.addRow(self.tr("日期"), self.date_edit)
        form.addRow(self.tr("活动"), self.campaign_combo)
        form.addRow(self.tr("物品 *"), self.item_edit)
        form.addRow(self.tr("领取人"), self.recipient_edit)
        form.addRow(self.tr("数量"), self.quantity_spin)
        form.addRow(self.tr("沟通会"), self.meeting_combo)
        lay_out(
            self,
            view=self.view,
            summary=self.total_label,
            form=form,
            error=self.error_label,
            left=(self.add_button,),
            right=(self.delete_button,),
        )
        self.add_button.clicked.connect(self.add)
        self.item_edit.returnPressed.connect(self.add)
        self.delete_button.clicked.connect(self._on_delete)
        self.refresh()

    def refresh(self) -> None:
        rows = hand_outs.hand_outs(self._today - timedelta(days=LIST_DAYS), self._today)
        self.model.set_rows(rows)
        self.total_label.setText(
            self.tr("近一年共发放 %1 份，其中随入会登记 %2 份")
            .replace("%1", str(sum(r.quantity for r in rows)))
            .replace("%2", str(sum(r.quantity for r in rows if r.with_registration)))
        )
        fit_to_contents(self.view)

    def add(self) -> int | None:
        data = hand_outs.HandOutInput(
            day=from_qdate(self.date_edit.date()),
            item=self.item_edit.text(),
            campaign=self.campaign_combo.currentText(),
            quantity=self.quantity_spin.value(),
            recipient_name=self.recipient_edit.text(),
            meeting_id=self.meeting_combo.currentData(),
        )
        try:
            hid = hand_outs.add_hand_out(data, today=self._today, clerk=self._clerk)
        except ValidationError as exc:
            self.error_label.setText(exc.message)
            return None
        self.error_label.setText("")
        self.recipient_edit.clear()
        self.quantity_spin.setValue(1)
        self.recipient_edit.setFocus()
        self.refresh()
        return hid

    def _on_delete(self) -> None:
        rec = selected_record(self.view)
        if not isinstance(rec, HandOutRecord):
            return
        if not confirm(
            self,
            self.tr("删除发放记录"),
            self.tr("删除 %1 %2 %3 份的发放记录？")
            .replace("%1", f"{rec.day:%Y-%m-%d}")
            .replace("%2", rec.item)
            .replace("%3", str(rec.quantity)),
            yes=self.tr("删除这条记录"),
            no=self.tr("保留"),
            risky=True,
        ):
            return
        try:
            hand_outs.delete_hand_out(rec, clerk=self._clerk)
        except ValidationError as exc:
            self.error_label.setText(exc.message)
            return
        self.refresh()

    @classmethod
    def ask(
        cls, today: date, clerk: str, meeting_id: int | None, parent: QWidget | None = None
    ) -> None:
        dialog = cls(today, clerk, meeting_id, parent)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
