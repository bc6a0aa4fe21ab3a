"""After the day: consultations, the enterprises present and their outcomes, enterprises asking
about founding a union (picked from or added to the registry), and notes.

On-site joins and gifts are not typed here: joins are the registrations made at the meeting,
gifts are recorded where they are handed over (with a registration, or as a hand-out), and the
dialog shows what is on record. Enter in a field never closes the dialog (Ctrl+Enter saves).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station_app.domain.terms import MeetingKind, Outcome
from station_app.services.meeting_results import AttendanceEntry, HoldReport
from station_app.store.records import MeetingRecord
from station_app.ui.dialogs.buttons import dialog_buttons
from station_app.ui.domain_text import domain_text
from station_app.ui.translatable import QT_TRANSLATE_NOOP
from station_app.ui.window_fit import resize_within_screen


class AttendanceDialog(QDialog):
    COLUMNS = (
        QT_TRANSLATE_NOOP("AttendanceDialog", "企业"),
        QT_TRANSLATE_NOOP("AttendanceDialog", "受邀"),
        QT_TRANSLATE_NOOP("AttendanceDialog", "出席"),
        QT_TRANSLATE_NOOP("AttendanceDialog", "结果"),
        QT_TRANSLATE_NOOP("AttendanceDialog", "建会咨询"),
    )

    def __init__(
        self,
        meeting: MeetingRecord,
        report: HoldReport,
        enterprises: Sequence[tuple[int, str]],
        *,
        joins: int,
        unionized: set[int] | None = None,
        gifts: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._kind = MeetingKind(meeting.kind)
        self._by_name = {name: eid for eid, name in enterprises}
        self._unionized = unionized or set()
        self.setWindowTitle(self.tr("召开情况"))
        resize_within_screen(self, 760, 640)
        title = QLabel(
            f"<b>{meeting.title or domain_text(self._kind.label)}</b>　{meeting.date:%Y-%m-%d}　"
            f"{meeting.venue_name}"
        )
        self.consult_spin = QSpinBox()
        self.consult_spin.setRange(0, 100000)
        self.consult_spin.setValue(report.consultations)
        self.consult_spin.setSuffix(self.tr(" 人次"))
        self.joins_label = QLabel(
            self.tr("%1 人（按现场入会登记自动统计）").replace("%1", str(joins))
        )
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._ids: list[int | None] = []
        self.add_edit = QLineEdit()
        self.add_edit.setPlaceholderText(self.tr("企业名称：从企业库选择，或输入新企业"))
        completer = QCompleter([name for _, name in enterprises], self.add_edit)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.add_edit.setCompleter(completer)
        self.add_button = QPushButton(self.tr("添加企业"))
        self.remove_button = QPushButton(self.tr("移除所选"))
        self.add_hint = QLabel()
        self.gifts_label = QLabel(
            gifts or self.tr("暂无记录"),
        )
        self.gifts_label.setWordWrap(True)
        self.gifts_label.setToolTip(
            self.tr("入会礼品随入会登记记录；其他发放请用“发放登记”，这里不再重复填写。")
        )
        self.outcome_help = QLabel(
            "<br>".join(
                self.tr("<b>%1</b>：%2")
                .replace("%1", domain_text(o.label))
                .replace("%2", domain_text(o.meaning))
                for o in Outcome
            )
        )
        self.outcome_help.setWordWrap(True)
        self.outcome_help.setStyleSheet("color: palette(dark);")
        self.notes_edit = QPlainTextEdit(report.notes)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(70)
        for e in report.attendance:
            self._add_row(e)

        add_row = QHBoxLayout()
        add_row.addWidget(self.add_edit, 1)
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.remove_button)
        form = QFormLayout()
        form.addRow(self.tr("接待职工咨询"), self.consult_spin)
        form.addRow(self.tr("现场入会"), self.joins_label)
        form.addRow(self.tr("已记录的发放"), self.gifts_label)
        buttons = dialog_buttons(self, self.tr("保存并标记已召开 (Ctrl+Enter)"))
        for button in (*buttons.buttons(), self.add_button, self.remove_button):
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
                button.setDefault(False)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        heading = (
            self.tr("企业（建会咨询、到场企业）")
            if self._kind is MeetingKind.EMPLOYEE
            else self.tr("参会企业及结果")
        )
        layout.addWidget(QLabel(heading))
        layout.addWidget(self.table, 1)
        layout.addLayout(add_row)
        layout.addWidget(self.add_hint)
        layout.addWidget(self.outcome_help)
        layout.addWidget(QLabel(self.tr("情况记录")))
        layout.addWidget(self.notes_edit)
        layout.addWidget(buttons)
        self.add_button.clicked.connect(self._on_add)
        self.add_edit.returnPressed.connect(self._on_add)
        self.remove_button.clicked.connect(self._on_remove)

    # -- rows ----------------------------------------------------------------------------------
    def _add_row(self, e: AttendanceEntry) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._ids.append(e.enterprise_id)
        shown = e.name if e.enterprise_id else self.tr("%1（新增到企业库）").replace("%1", e.name)
        name = QTableWidgetItem(shown)
        name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
        name.setData(Qt.ItemDataRole.UserRole, e.name)
        self.table.setItem(row, 0, name)
        invited = QCheckBox()
        invited.setChecked(e.invited)
        attended = QCheckBox()
        attended.setChecked(e.attended)
        outcome = QComboBox()
        outcome.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for o in Outcome:
            outcome.addItem(domain_text(o.label), o.value)
            outcome.setItemData(outcome.count() - 1, o.meaning, Qt.ItemDataRole.ToolTipRole)
        if e.enterprise_id in self._unionized:
            model = outcome.model()
            assert isinstance(model, QStandardItemModel)
            item = model.item(outcome.findData(Outcome.INTENTION.value))
            item.setEnabled(False)
            item.setToolTip(self.tr("已建会企业不能记为“有建会意向”"))
        outcome.setCurrentIndex(max(0, outcome.findData(e.outcome or Outcome.NONE.value)))
        inquiry = QCheckBox()
        inquiry.setChecked(e.union_inquiry)
        for col, w in ((1, invited), (2, attended), (3, outcome), (4, inquiry)):
            self.table.setCellWidget(row, col, w)
        # an outcome other than none means the enterprise was there
        outcome.currentIndexChanged.connect(
            lambda _i, box=attended, combo=outcome: box.setChecked(
                box.isChecked() or combo.currentData() != Outcome.NONE.value
            )
        )
        inquiry.toggled.connect(lambda on, box=attended: box.setChecked(box.isChecked() or on))

    def add_enterprise(self, name: str) -> bool:
        """Add a line for ``name`` (from the registry if it is there); False if already listed."""
        name = name.strip()
        if not name:
            return False
        if name in self.names():
            self.add_hint.setText(self.tr("“%1”已在列表中。").replace("%1", name))
            return False
        eid = self._by_name.get(name)
        employee = self._kind is MeetingKind.EMPLOYEE
        self._add_row(
            AttendanceEntry(
                enterprise_id=eid,
                name=name,
                invited=not employee,
                attended=True,
                union_inquiry=employee,
            )
        )
        self.add_hint.setText(
            "" if eid else self.tr("“%1”不在企业库中，保存时将新增（未建会）。").replace("%1", name)
        )
        return True

    def names(self) -> list[str]:
        return [
            str(self.table.item(r, 0).data(Qt.ItemDataRole.UserRole))
            for r in range(self.table.rowCount())
        ]

    def _cell(self, row: int, col: int) -> QWidget:
        return self.table.cellWidget(row, col)

    def entries(self) -> tuple[AttendanceEntry, ...]:
        out = []
        for r in range(self.table.rowCount()):
            invited, attended, outcome, inquiry = (self._cell(r, c) for c in (1, 2, 3, 4))
            assert isinstance(invited, QCheckBox) and isinstance(attended, QCheckBox)
            assert isinstance(outcome, QComboBox) and isinstance(inquiry, QCheckBox)
            out.append(
                AttendanceEntry(
                    enterprise_id=self._ids[r],
                    name=str(self.table.item(r, 0).data(Qt.ItemDataRole.UserRole)),
                    invited=invited.isChecked(),
                    attended=attended.isChecked(),
                    outcome=str(outcome.currentData()),
                    union_inquiry=inquiry.isChecked(),
                )
            )
        return tuple(out)

    def set_row(
        self, row: int, *, attended: bool | None = None, outcome: str | None = None
    ) -> None:
        """Tick a line as a clerk would (used by keyboard-free callers and tests)."""
        box = self._cell(row, 2)
        combo = self._cell(row, 3)
        assert isinstance(box, QCheckBox) and isinstance(combo, QComboBox)
        if attended is not None:
            box.setChecked(attended)
        if outcome is not None:
            combo.setCurrentIndex(combo.findData(outcome))

    def report(self) -> HoldReport:
        return HoldReport(
            consultations=self.consult_spin.value(),
            attendance=self.entries(),
            notes=self.notes_edit.toPlainText().strip(),
        )

    # -- slots ---------------------------------------------------------------------------------
    def _on_add(self) -> None:
        if self.add_enterprise(self.add_edit.text()):
            self.add_edit.clear()

    def _on_remove(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            del self._ids[row]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in a field never closes the dialog (the company-name field adds a line);
        Ctrl+Enter saves."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.accept()
            return
        super().keyPressEvent(event)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        meeting: MeetingRecord,
        report: HoldReport,
        enterprises: Sequence[tuple[int, str]],
        *,
        joins: int,
        unionized: set[int] | None = None,
        gifts: str = "",
    ) -> HoldReport | None:
        dialog = cls(
            meeting,
            report,
            enterprises,
            joins=joins,
            unionized=unionized,
            gifts=gifts,
            parent=parent,
        )
        try:
            return dialog.report() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
