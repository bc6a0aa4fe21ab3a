"""The walk-in registration form: fields, inline checks as the clerk types, Enter to move on."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from station_app.domain.choices import (
    EDUCATION,
    ETHNIC_GROUPS,
    HUKOU_TYPES,
    ID_TYPES,
    POLITICAL_STATUS,
    RESIDENT_ID_TYPE,
)
from station_app.domain.errors import ValidationError
from station_app.domain.phone import normalize_phone, validate_mobile
from station_app.domain.resident_id import ResidentId, normalize_resident_id, parse_resident_id
from station_app.services.registration import FieldError, MemberInput

ERROR_STYLE = "color: #c62828;"
HINT_STYLE = "color: #6b6b6b;"
OK_STYLE = "color: #2e7d32;"
GIFTS = ("毛巾", "保温杯", "雨伞", "帆布袋", "笔记本")
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _combo(items: tuple[str, ...], *, editable: bool = False) -> QComboBox:
    combo = QComboBox()
    combo.addItem("")
    combo.addItems(list(items))
    combo.setEditable(editable)
    combo.setMaxVisibleItems(15)
    return combo


def _hint() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setVisible(False)
    return label


class MemberForm(QWidget):
    """The fields of one registration; :meth:`member_input` reads them, :meth:`load` fills them."""

    def __init__(self, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self._today = today or date.today()
        self._employers: dict[str, int] = {}
        self._auto_native = ""
        self.existing_lookup = lambda _number: ""  # set by the tab: a note for a known ID number

        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("与身份证一致"))
        self.name_edit.setMaxLength(40)
        self.id_type_combo = QComboBox()
        self.id_type_combo.addItems(list(ID_TYPES))
        self.id_type_combo.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.id_type_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.id_type_combo.setMinimumContentsLength(5)
        self.id_edit = QLineEdit()
        self.id_edit.setPlaceholderText(self.tr("18位，末位可为 X"))
        self.id_edit.setMaxLength(24)
        self.gender_combo = _combo(("男", "女"))
        self.gender_combo.setMinimumWidth(64)
        self.birth_edit = QLineEdit()
        self.birth_edit.setPlaceholderText(self.tr("年-月-日"))
        self.native_edit = QLineEdit()
        self.native_edit.setPlaceholderText(self.tr("按身份证号码自动填写，可修改"))
        self.phone_edit = QLineEdit()
        self.phone_edit.setPlaceholderText(self.tr("11位手机号码"))
        self.phone_edit.setMaxLength(20)
        self.employer_edit = QLineEdit()
        self.employer_edit.setPlaceholderText(
            self.tr("输入企业名称中的几个字即可选择，也可直接填写")
        )
        self.employer_model = QStringListModel(self)
        completer = QCompleter(self.employer_model, self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(12)
        self.employer_edit.setCompleter(completer)

        self.more_check = QCheckBox(
            self.tr("更多信息（民族、学历、政治面貌、户籍、职务、服务卡、礼品）")
        )
        self.ethnicity_combo = _combo(ETHNIC_GROUPS)
        self.education_combo = _combo(EDUCATION)
        self.political_combo = _combo(POLITICAL_STATUS)
        self.hukou_combo = _combo(HUKOU_TYPES)
        self.migrant_combo = _combo(("是", "否"))
        self.job_edit = QLineEdit()
        self.card_edit = QLineEdit()
        self.card_edit.setPlaceholderText(self.tr("京卡·互助服务卡"))
        self.gift_combo = _combo(GIFTS, editable=True)
        self.more_box = QWidget()
        grid = QGridLayout(self.more_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(6)
        pairs = (
            (self.tr("民族"), self.ethnicity_combo, self.tr("学历"), self.education_combo),
            (self.tr("政治面貌"), self.political_combo, self.tr("户籍类型"), self.hukou_combo),
            (self.tr("职务/职称"), self.job_edit, self.tr("是否农民工"), self.migrant_combo),
            (self.tr("服务卡号"), self.card_edit, self.tr("入会礼品"), self.gift_combo),
        )
        for row, (l1, w1, l2, w2) in enumerate(pairs):
            grid.addWidget(QLabel(l1), row, 0)
            grid.addWidget(w1, row, 1)
            grid.addWidget(QLabel(l2), row, 2)
            grid.addWidget(w2, row, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.more_box.setVisible(False)

        self.consent_check = QCheckBox(
            self.tr("申请人已同意工会为会员登记和服务收集、使用上述个人信息")
        )
        self.name_hint = _hint()
        self.id_hint = _hint()
        self.phone_hint = _hint()
        self.consent_hint = _hint()
        self.other_hint = _hint()
        self.hints = {
            "name": self.name_hint,
            "id_number": self.id_hint,
            "phone": self.phone_hint,
            "consent": self.consent_hint,
        }

        id_row = QHBoxLayout()
        id_row.addWidget(self.id_type_combo)
        id_row.addWidget(self.id_edit, 1)
        person_row = QHBoxLayout()
        person_row.addWidget(self.gender_combo)
        person_row.addWidget(QLabel(self.tr("出生日期")))
        person_row.addWidget(self.birth_edit, 1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("姓名 *"), self.name_edit)
        form.addRow("", self.name_hint)
        form.addRow(self.tr("证件号码 *"), id_row)
        form.addRow("", self.id_hint)
        form.addRow(self.tr("性别"), person_row)
        form.addRow(self.tr("籍贯"), self.native_edit)
        form.addRow(self.tr("手机号码 *"), self.phone_edit)
        form.addRow("", self.phone_hint)
        form.addRow(self.tr("工作单位"), self.employer_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.more_check)
        layout.addWidget(self.more_box)
        layout.addSpacing(6)
        layout.addWidget(self.consent_check)
        layout.addWidget(self.consent_hint)
        layout.addWidget(self.other_hint)

        # Enter moves along this chain, skipping hidden and disabled fields.
        self.enter_chain: list[QWidget] = [
            self.name_edit,
            self.id_edit,
            self.gender_combo,
            self.birth_edit,
            self.phone_edit,
            self.employer_edit,
            self.ethnicity_combo,
            self.education_combo,
            self.political_combo,
            self.hukou_combo,
            self.job_edit,
            self.migrant_combo,
            self.card_edit,
            self.gift_combo,
            self.consent_check,
        ]
        for w in self.enter_chain:
            w.installEventFilter(self)

        self.id_edit.textChanged.connect(self._on_id_changed)
        self.id_edit.editingFinished.connect(self._on_id_finished)
        self.id_type_combo.currentIndexChanged.connect(self._on_id_type_changed)
        self.phone_edit.textChanged.connect(self._on_phone_changed)
        self.phone_edit.editingFinished.connect(lambda: self._on_phone_changed(final=True))
        self.name_edit.textChanged.connect(lambda: self._set_hint(self.name_hint, ""))
        self.consent_check.toggled.connect(lambda: self._set_hint(self.consent_hint, ""))
        self.more_check.toggled.connect(self.more_box.setVisible)
        self._on_id_type_changed()

    # -- the chain of fields -------------------------------------------------------------------
    next_after: QWidget | None = None  # where Enter goes after the last field (the Save button)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _ENTER_KEYS
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            and isinstance(watched, QWidget)
        ):
            if watched is self.employer_edit:
                popup = self.employer_edit.completer().popup()
                if popup.isVisible():
                    return False
            self.focus_next(watched)
            return True
        return super().eventFilter(watched, event)

    def focus_next(self, current: QWidget) -> None:
        chain = self.enter_chain
        start = chain.index(current) + 1 if current in chain else 0
        for w in chain[start:]:
            if w.isVisibleTo(self) and w.isEnabled():
                w.setFocus(Qt.FocusReason.TabFocusReason)
                return
        if self.next_after is not None:
            self.next_after.setFocus(Qt.FocusReason.TabFocusReason)

    # -- inline checks -------------------------------------------------------------------------
    @staticmethod
    def _set_hint(label: QLabel, text: str, style: str = ERROR_STYLE) -> None:
        label.setText(text)
        label.setStyleSheet(style)
        label.setVisible(bool(text))

    def _is_resident_id(self) -> bool:
        return self.id_type_combo.currentText() == RESIDENT_ID_TYPE

    def _on_id_type_changed(self, _index: int = 0) -> None:
        derived = self._is_resident_id()
        self.gender_combo.setEnabled(not derived)
        self.birth_edit.setEnabled(not derived)
        self.id_edit.setPlaceholderText(self.tr("18位，末位可为 X") if derived else "")
        self._on_id_changed(self.id_edit.text())

    def _on_id_changed(self, text: str, *, final: bool = False) -> None:
        if not self._is_resident_id():
            self._set_hint(self.id_hint, "")
            return
        number = normalize_resident_id(text)
        if not number:
            self._set_hint(self.id_hint, "")
            self._fill_from_id(None)
            return
        if len(number) < 18 and not (final and len(number) == 15):
            self._fill_from_id(None)
            self._partial_id_hint(number, final)
            return
        try:
            rid = parse_resident_id(number, today=self._today)
        except ValidationError as exc:
            self._set_hint(self.id_hint, exc.message)
            self._fill_from_id(None)
            return
        self._fill_from_id(rid)
        note = self.existing_lookup(rid.number)
        if note:
            self._set_hint(self.id_hint, note)
        else:
            summary = f"✓ {rid.gender}　{rid.birth_date.isoformat()}　{rid.province}"
            if rid.upgraded_from:
                summary += self.tr("　（旧版15位号码，已转换为18位）")
            self._set_hint(self.id_hint, summary, OK_STYLE)

    def _partial_id_hint(self, number: str, final: bool) -> None:
        """Name a wrong character, region or date as soon as it is typed; otherwise count."""
        try:
            parse_resident_id(number + "0" * (18 - len(number)), today=self._today)
        except ValidationError as exc:
            early = (
                exc.code == "id.chars"
                or (exc.code == "id.region" and len(number) >= 2)
                or (exc.code == "id.date" and len(number) >= 14)
            )
            if early:
                self._set_hint(self.id_hint, exc.message)
                return
        if final:
            self._set_hint(
                self.id_hint,
                self.tr("身份证号码应为18位，实际输入了%1位").replace("%1", str(len(number))),
            )
        else:
            text = self.tr("已输入 %1 位，还差 %2 位").replace("%1", str(len(number)))
            self._set_hint(self.id_hint, text.replace("%2", str(18 - len(number))), HINT_STYLE)

    def _on_id_finished(self) -> None:
        number = normalize_resident_id(self.id_edit.text())
        if self._is_resident_id() and len(number) == 15:
            try:
                rid = parse_resident_id(number, today=self._today)
            except ValidationError:
                pass
            else:
                self.id_edit.setText(rid.number)
        self._on_id_changed(self.id_edit.text(), final=True)

    def _fill_from_id(self, rid: ResidentId | None) -> None:
        if not self._is_resident_id():
            return
        self.gender_combo.setCurrentText(rid.gender if rid else "")
        self.birth_edit.setText(rid.birth_date.isoformat() if rid else "")
        native = self.native_edit.text().strip()
        if native == self._auto_native:
            self._auto_native = rid.province if rid else ""
            self.native_edit.setText(self._auto_native)

    def _on_phone_changed(self, _text: str = "", *, final: bool = False) -> None:
        number = normalize_phone(self.phone_edit.text())
        if not number:
            self._set_hint(self.phone_hint, "")
            return
        if number.isdigit() and len(number) < 11 and not final:
            text = self.tr("已输入 %1 位，还差 %2 位").replace("%1", str(len(number)))
            self._set_hint(self.phone_hint, text.replace("%2", str(11 - len(number))), HINT_STYLE)
            return
        try:
            validate_mobile(number)
        except ValidationError as exc:
            self._set_hint(self.phone_hint, exc.message)
        else:
            self._set_hint(self.phone_hint, "")

    # -- values --------------------------------------------------------------------------------
    def set_employers(self, names: list[tuple[int, str]]) -> None:
        self._employers = {name: eid for eid, name in names}
        self.employer_model.setStringList(sorted(self._employers))

    def member_input(self) -> MemberInput:
        employer = self.employer_edit.text().strip()
        migrant = self.migrant_combo.currentText()
        return MemberInput(
            name=self.name_edit.text(),
            id_type=self.id_type_combo.currentText(),
            id_number=self.id_edit.text(),
            phone=self.phone_edit.text(),
            employer_id=self._employers.get(employer),
            employer_text=employer,
            gender=self.gender_combo.currentText(),
            birth_date=self.birth_edit.text(),
            ethnicity=self.ethnicity_combo.currentText(),
            education=self.education_combo.currentText(),
            native_place=self.native_edit.text(),
            political_status=self.political_combo.currentText(),
            hukou_type=self.hukou_combo.currentText(),
            migrant_worker=None if not migrant else migrant == "是",
            job_title=self.job_edit.text(),
            card_number=self.card_edit.text(),
            gift=self.gift_combo.currentText(),
            consent=self.consent_check.isChecked(),
        )

    def is_blank(self) -> bool:
        return not any(
            e.text().strip()
            for e in (self.name_edit, self.id_edit, self.phone_edit, self.employer_edit)
        )

    def load(self, data: MemberInput) -> None:
        self.clear()
        self.id_type_combo.setCurrentText(data.id_type or RESIDENT_ID_TYPE)
        self.name_edit.setText(data.name)
        self.native_edit.setText(data.native_place)
        self._auto_native = "\0"  # keep the saved 籍贯 even when it differs from the ID's province
        self.id_edit.setText(data.id_number)
        self.gender_combo.setCurrentText(data.gender)
        self.birth_edit.setText(data.birth_date)
        self.phone_edit.setText(data.phone)
        self.employer_edit.setText(data.employer_text)
        self.ethnicity_combo.setCurrentText(data.ethnicity)
        self.education_combo.setCurrentText(data.education)
        self.political_combo.setCurrentText(data.political_status)
        self.hukou_combo.setCurrentText(data.hukou_type)
        mw = data.migrant_worker
        self.migrant_combo.setCurrentText("" if mw is None else ("是" if mw else "否"))
        self.job_edit.setText(data.job_title)
        self.card_edit.setText(data.card_number)
        self.gift_combo.setCurrentText(data.gift)
        self.consent_check.setChecked(data.consent)

    def clear(self) -> None:
        self._auto_native = ""
        for edit in (
            self.name_edit,
            self.id_edit,
            self.birth_edit,
            self.native_edit,
            self.phone_edit,
            self.employer_edit,
            self.job_edit,
            self.card_edit,
        ):
            edit.clear()
        self.id_type_combo.setCurrentText(RESIDENT_ID_TYPE)
        for combo in (
            self.gender_combo,
            self.ethnicity_combo,
            self.education_combo,
            self.political_combo,
            self.hukou_combo,
            self.migrant_combo,
            self.gift_combo,
        ):
            combo.setCurrentIndex(0)
        self.gift_combo.setEditText("")
        self.consent_check.setChecked(False)
        self.show_errors([])

    def show_errors(self, errors: list[FieldError]) -> None:
        """Put each error under its field (the rest above the buttons); focus the first one."""
        for label in (*self.hints.values(), self.other_hint):
            self._set_hint(label, "")
        others = []
        used: set[str] = set()
        for e in errors:
            label = self.hints.get(e.field)
            if label is not None and e.field not in used:
                used.add(e.field)
                self._set_hint(label, e.message)
            else:
                others.append(e.message)
        self._set_hint(self.other_hint, "\n".join(others))
        if errors:
            first = {
                "name": self.name_edit,
                "id_number": self.id_edit,
                "phone": self.phone_edit,
                "consent": self.consent_check,
            }.get(errors[0].field)
            if first is None and errors[0].field not in ("gender", "birth_date"):
                self.more_check.setChecked(True)
            (first or self.name_edit).setFocus()

    def error_text(self, field: str) -> str:
        """The message shown under ``field`` now ("" when none)."""
        label = self.hints.get(field, self.other_hint)
        return "" if label.isHidden() else label.text()

    def focus_first(self) -> None:
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
