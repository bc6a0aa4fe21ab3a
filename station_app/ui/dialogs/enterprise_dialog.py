"""Add or edit an enterprise; a credit code already registered shows the company it belongs to."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from station_app.domain.errors import ValidationError
from station_app.domain.terms import OWNERSHIP_TYPES
from station_app.services.enterprises import (
    UNION_STATUSES,
    DuplicateEnterpriseError,
    EnterpriseInput,
)
from station_app.store.records import EnterpriseRecord
from station_app.ui.domain_text import domain_text

SaveFn = Callable[[EnterpriseInput], EnterpriseRecord]


class EnterpriseDialog(QDialog):
    """Saves through ``save`` so a refused value keeps the dialog open with the reason shown."""

    def __init__(
        self,
        save: SaveFn,
        current: EnterpriseInput | None,
        buildings: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.saved: EnterpriseRecord | None = None
        self.existing: EnterpriseRecord | None = None
        self.setWindowTitle(self.tr("新增企业") if current is None else self.tr("编辑企业"))
        self.setMinimumWidth(520)
        cur = current or EnterpriseInput(name="")
        self.name_edit = QLineEdit(cur.name)
        self.code_edit = QLineEdit(cur.credit_code)
        self.code_edit.setMaxLength(24)
        self.code_edit.setPlaceholderText(self.tr("18 位，如 91110108551385082Q"))
        self.building_combo = QComboBox()
        self.building_combo.setEditable(True)
        self.building_combo.addItems(["", *buildings])
        self.building_combo.setCurrentText(cur.building_name)
        self.address_edit = QLineEdit(cur.address)
        self.industry_edit = QLineEdit(cur.industry)
        self.ownership_combo = QComboBox()
        self.ownership_combo.setEditable(True)
        self.ownership_combo.addItems(["", *OWNERSHIP_TYPES])
        self.ownership_combo.setCurrentText(cur.ownership)
        self.foreign_check = QCheckBox(self.tr("外资企业（可能需要英文材料）"))
        self.foreign_check.setChecked(cur.foreign_invested)
        self.employees_spin = QSpinBox()
        self.employees_spin.setRange(0, 1_000_000)
        self.employees_spin.setSuffix(self.tr(" 人"))
        self.employees_spin.setValue(cur.employee_count)
        self.union_combo = QComboBox()
        for status in UNION_STATUSES:
            self.union_combo.addItem(domain_text(status), status)
        self.union_combo.setCurrentIndex(max(self.union_combo.findData(cur.union_status), 0))
        self.contact_edit = QLineEdit(cur.contact_person)
        self.phone_edit = QLineEdit(cur.contact_phone)
        self.notes_edit = QPlainTextEdit(cur.notes)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(60)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00000;")
        self.error_label.hide()
        self.show_existing_button = QPushButton(self.tr("查看已登记的企业"))
        self.show_existing_button.hide()
        self.show_existing_button.clicked.connect(self._on_show_existing)

        form = QFormLayout()
        form.addRow(self.tr("企业名称 *"), self.name_edit)
        form.addRow(self.tr("统一社会信用代码"), self.code_edit)
        form.addRow(self.tr("所在楼宇"), self.building_combo)
        form.addRow(self.tr("地址"), self.address_edit)
        form.addRow(self.tr("行业"), self.industry_edit)
        form.addRow(self.tr("企业性质"), self.ownership_combo)
        form.addRow("", self.foreign_check)
        form.addRow(self.tr("职工人数"), self.employees_spin)
        form.addRow(self.tr("建会情况"), self.union_combo)
        form.addRow(self.tr("联系人"), self.contact_edit)
        form.addRow(self.tr("联系电话"), self.phone_edit)
        form.addRow(self.tr("备注"), self.notes_edit)
        if current is not None:
            self.union_combo.setEnabled(False)
            self.union_combo.setToolTip(self.tr("建会情况随阶段变更自动更新"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("保存"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self._on_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.show_existing_button)
        layout.addWidget(self.buttons)

    def value(self) -> EnterpriseInput:
        return EnterpriseInput(
            name=self.name_edit.text(),
            credit_code=self.code_edit.text(),
            building_name=self.building_combo.currentText(),
            address=self.address_edit.text(),
            industry=self.industry_edit.text(),
            ownership=self.ownership_combo.currentText(),
            foreign_invested=self.foreign_check.isChecked(),
            employee_count=self.employees_spin.value(),
            union_status=str(self.union_combo.currentData()),
            contact_person=self.contact_edit.text(),
            contact_phone=self.phone_edit.text(),
            notes=self.notes_edit.toPlainText(),
        )

    def _show_error(self, text: str, focus: QWidget) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        focus.setFocus()

    def _on_accept(self) -> None:
        self.show_existing_button.hide()
        try:
            self.saved = self._save(self.value())
        except DuplicateEnterpriseError as exc:
            self.existing = exc.existing
            self._show_error(exc.message, self.code_edit)
            self.show_existing_button.show()
            return
        except ValidationError as exc:
            focus = self.name_edit if exc.code.startswith("enterprise.name") else self.code_edit
            self._show_error(exc.message, focus)
            return
        self.accept()

    def _on_show_existing(self) -> None:
        self.saved = self.existing
        self.accept()

    @classmethod
    def ask(
        cls,
        save: SaveFn,
        current: EnterpriseInput | None = None,
        buildings: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> EnterpriseRecord | None:
        """The saved enterprise, or the already registered one the clerk chose to look at."""
        dlg = cls(save, current, buildings or [], parent)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return None
        return dlg.saved
