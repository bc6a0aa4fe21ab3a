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
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from station_app.domain.choices import GENDERS, ID_TYPES, NO, RESIDENT_ID_TYPE, YES
from station_app.domain.errors import ValidationError
from station_app.domain.member_fields import FIELDS, Kind
from station_app.domain.phone import is_international, normalize_phone, validate_mobile
from station_app.domain.resident_id import ResidentId, normalize_resident_id, parse_resident_id
from station_app.services import printability
from station_app.services.registration import NAME_MAX, FieldError, MemberInput
from station_app.ui.domain_text import domain_text
from station_app.ui.error_text import error_text
from station_app.ui.tabs.member_field_widgets import (
    combo,
    connect_changed,
    make_widget,
    set_text,
    text_of,
)

ERROR_STYLE = "color: #c62828;"
WARN_STYLE = "color: #b26a00;"
HINT_STYLE = "color: #6b6b6b;"
OK_STYLE = "color: #2e7d32;"
GIFTS = ("毛巾", "保温杯", "雨伞", "帆布袋", "笔记本")
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
# The fields under 更多信息, made from the field table (the gift is not a member field).
MORE_FIELDS = tuple(f for f in FIELDS if f.more)
_PAIRED = tuple(f for f in MORE_FIELDS if f.kind is not Kind.LONG)
_LONG = tuple(f for f in MORE_FIELDS if f.kind is Kind.LONG)


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
        self.existing_lookup = lambda _number: ""  # set by the tab: a note for a known ID number

        self._build_person_fields()
        self._build_more_and_consent()
        self._build_hints()
        self._lay_out()
        self._chain_enter()
        self._connect()
        self._on_id_type_changed()

    # -- building ------------------------------------------------------------------------------
    def _build_person_fields(self) -> None:
        """Name, document, sex and birth date, native place, mobile, employer (with its
        completer over the known enterprises)."""
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("与身份证一致"))
        self.name_edit.setMaxLength(NAME_MAX)
        self.id_type_combo = QComboBox()
        for id_type in ID_TYPES:
            self.id_type_combo.addItem(domain_text(id_type), id_type)
        self.id_type_combo.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.id_type_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.id_type_combo.setMinimumContentsLength(5)
        self.id_edit = QLineEdit()
        self.id_edit.setPlaceholderText(self.tr("18位，末位可为 X"))
        self.id_edit.setMaxLength(24)
        self.gender_combo = combo(GENDERS)
        self.gender_combo.setMinimumWidth(64)
        self.birth_edit = QLineEdit()
        self.birth_edit.setPlaceholderText(self.tr("年-月-日"))
        self.native_edit = QLineEdit()
        self.native_edit.setPlaceholderText(self.tr("由本人填写，如：河北保定"))
        self.native_hint = _hint()
        self.phone_edit = QLineEdit()
        self.phone_edit.setPlaceholderText(self.tr("11位手机号码；境外号码以 + 和国家代码开头"))
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

    def _build_more_and_consent(self) -> None:
        """The 更多信息 box (the registration form's other cells, the gift) and the consent."""
        self.more_check = QCheckBox(
            self.tr("更多信息（登记表：民族、学历、政治面貌、职务、职称、家庭成员、工作简历等）")
        )
        self.gift_combo = QComboBox()
        self.gift_combo.addItems(["", *GIFTS])
        self.gift_combo.setEditable(True)
        self.more_widgets: dict[str, QWidget] = {f.key: make_widget(f, self) for f in MORE_FIELDS}
        self.more_box = self._build_more_box()

        self.consent_check = QCheckBox(
            self.tr("申请人已同意工会为会员登记和服务收集、使用上述个人信息")
        )

    def _build_hints(self) -> None:
        """The line under each field that says what is wrong or worth knowing."""
        self.name_hint = _hint()
        self.print_hint = _hint()
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

    def _lay_out(self) -> None:
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
        form.addRow("", self.print_hint)
        form.addRow(self.tr("证件号码 *"), id_row)
        form.addRow("", self.id_hint)
        form.addRow(self.tr("性别"), person_row)
        form.addRow(self.tr("籍贯"), self.native_edit)
        form.addRow("", self.native_hint)
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

    def _chain_enter(self) -> None:
        # Enter moves along this chain, skipping hidden and disabled fields.
        self.enter_chain: list[QWidget] = [
            self.name_edit,
            self.id_edit,
            self.gender_combo,
            self.birth_edit,
            self.native_edit,
            self.phone_edit,
            self.employer_edit,
            *(self.more_widgets[f.key] for f in (*_PAIRED, *_LONG)),
            self.gift_combo,
            self.consent_check,
        ]
        for w in self.enter_chain:
            w.installEventFilter(self)

    def _connect(self) -> None:
        """Checks as the clerk types: the document number, the phone, printable names."""
        self.id_edit.textChanged.connect(self._on_id_changed)
        self.id_edit.editingFinished.connect(self._on_id_finished)
        self.id_type_combo.currentIndexChanged.connect(self._on_id_type_changed)
        self.phone_edit.textChanged.connect(self._on_phone_changed)
        self.phone_edit.editingFinished.connect(lambda: self._on_phone_changed(final=True))
        self.name_edit.textChanged.connect(lambda: self._set_hint(self.name_hint, ""))
        for w in (
            self.name_edit,
            self.native_edit,
            self.employer_edit,
            *self.more_widgets.values(),
        ):
            connect_changed(w, self._check_printable)
        self.consent_check.toggled.connect(lambda: self._set_hint(self.consent_hint, ""))
        self.more_check.toggled.connect(self.more_box.setVisible)

    def _build_more_box(self) -> QScrollArea:
        """The 更多信息 fields: short ones two to a row, long ones across, the gift last."""
        inner = QWidget()
        grid = QGridLayout(inner)
        grid.setContentsMargins(0, 0, 6, 0)
        grid.setVerticalSpacing(6)
        row = 0
        for i, f in enumerate(_PAIRED):
            col = (i % 2) * 2
            grid.addWidget(QLabel(domain_text(f.label)), row, col)
            grid.addWidget(self.more_widgets[f.key], row, col + 1)
            row += i % 2
        row += len(_PAIRED) % 2
        grid.addWidget(QLabel(self.tr("入会礼品")), row, 0)
        grid.addWidget(self.gift_combo, row, 1)
        row += 1
        for f in _LONG:
            label = QLabel(domain_text(f.label))
            label.setWordWrap(True)
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(self.more_widgets[f.key], row, 1, 1, 3)
            row += 1
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        box = QScrollArea()
        box.setWidget(inner)
        box.setWidgetResizable(True)
        box.setFrameShape(QScrollArea.Shape.NoFrame)
        box.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # three rows at least; a short screen scrolls them rather than push 保存 off it
        box.setMinimumHeight(110)
        box.setVisible(False)
        return box

    def _check_printable(self) -> None:
        """Name, as they are typed, the characters no printing font has: the record can still
        be saved, and its paper form is filled in by hand."""
        values = {key: text_of(w) for key, w in self.more_widgets.items()}
        values.update(
            name=self.name_edit.text(),
            native_place=self.native_edit.text(),
            employer_text=self.employer_edit.text(),
        )
        messages = [p.message for p in printability.problems(values)]
        self._set_hint(self.print_hint, "\n".join(messages), WARN_STYLE)

    def print_warning(self) -> str:
        """What cannot be printed in the form now ("" when everything prints)."""
        return "" if self.print_hint.isHidden() else self.print_hint.text()

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
            if isinstance(watched, QPlainTextEdit):
                return False  # Enter starts a new line in 家庭主要成员, 工作简历 …
            self.focus_next(watched)
            return True
        return super().eventFilter(watched, event)

    def focus_next(self, current: QWidget) -> None:
        chain = self.enter_chain
        start = chain.index(current) + 1 if current in chain else 0
        for w in chain[start:]:
            if w.isVisibleTo(self) and w.isEnabled():
                w.setFocus(Qt.FocusReason.TabFocusReason)
                self._scroll_to(w)
                return
        if self.next_after is not None:
            self.next_after.setFocus(Qt.FocusReason.TabFocusReason)

    def _scroll_to(self, w: QWidget) -> None:
        """Bring ``w`` into view in every scroll area around it (更多信息's, and the form's
        own on a short screen)."""
        area = w.parentWidget()
        while area is not None:
            if isinstance(area, QScrollArea):
                area.ensureWidgetVisible(w)
            area = area.parentWidget()

    # -- inline checks -------------------------------------------------------------------------
    @staticmethod
    def _set_hint(label: QLabel, text: str, style: str = ERROR_STYLE) -> None:
        label.setText(text)
        label.setStyleSheet(style)
        label.setVisible(bool(text))

    def _is_resident_id(self) -> bool:
        return text_of(self.id_type_combo) == RESIDENT_ID_TYPE

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
            self._set_hint(self.id_hint, error_text(exc.code, exc.params, exc.message))
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
                self._set_hint(self.id_hint, error_text(exc.code, exc.params, exc.message))
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
            self._set_hint(self.native_hint, "")
            return
        set_text(self.gender_combo, rid.gender if rid else "")
        self.birth_edit.setText(rid.birth_date.isoformat() if rid else "")
        hint = ""
        if rid is not None and rid.province:
            hint = self.tr("身份证号码登记地：%1（籍贯以本人填写为准）").replace("%1", rid.province)
        self._set_hint(self.native_hint, hint, HINT_STYLE)

    def _on_phone_changed(self, _text: str = "", *, final: bool = False) -> None:
        number = normalize_phone(self.phone_edit.text())
        if not number:
            self._set_hint(self.phone_hint, "")
            return
        if is_international(number) and not final:
            self._set_hint(self.phone_hint, "")
            return
        if number.isdigit() and len(number) < 11 and not final:
            text = self.tr("已输入 %1 位，还差 %2 位").replace("%1", str(len(number)))
            self._set_hint(self.phone_hint, text.replace("%2", str(11 - len(number))), HINT_STYLE)
            return
        try:
            validate_mobile(number)
        except ValidationError as exc:
            self._set_hint(self.phone_hint, error_text(exc.code, exc.params, exc.message))
        else:
            self._set_hint(self.phone_hint, "")

    # -- values --------------------------------------------------------------------------------
    def set_employers(self, names: list[tuple[int, str]]) -> None:
        self._employers = {name: eid for eid, name in names}
        self.employer_model.setStringList(sorted(self._employers))

    def member_input(self) -> MemberInput:
        employer = self.employer_edit.text().strip()
        more: dict[str, object] = {key: text_of(w) for key, w in self.more_widgets.items()}
        migrant = more.pop("migrant_worker")
        return MemberInput(
            **more,  # type: ignore[arg-type]
            name=self.name_edit.text(),
            id_type=text_of(self.id_type_combo),
            id_number=self.id_edit.text(),
            phone=self.phone_edit.text(),
            employer_id=self._employers.get(employer),
            employer_text=employer,
            gender=text_of(self.gender_combo),
            birth_date=self.birth_edit.text(),
            native_place=self.native_edit.text(),
            migrant_worker=None if not migrant else migrant == YES,
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
        set_text(self.id_type_combo, data.id_type or RESIDENT_ID_TYPE)
        self.name_edit.setText(data.name)
        self.native_edit.setText(data.native_place)
        self.id_edit.setText(data.id_number)
        set_text(self.gender_combo, data.gender)
        self.birth_edit.setText(data.birth_date)
        self.phone_edit.setText(data.phone)
        self.employer_edit.setText(data.employer_text)
        for key, widget in self.more_widgets.items():
            value = getattr(data, key)
            if key == "migrant_worker":
                value = "" if value is None else (YES if value else NO)
            set_text(widget, value)
        self.gift_combo.setCurrentText(data.gift)
        self.consent_check.setChecked(data.consent)

    def clear(self) -> None:
        for edit in (
            self.name_edit,
            self.id_edit,
            self.birth_edit,
            self.native_edit,
            self.phone_edit,
            self.employer_edit,
        ):
            edit.clear()
        set_text(self.id_type_combo, RESIDENT_ID_TYPE)
        self.gender_combo.setCurrentIndex(0)
        for widget in self.more_widgets.values():
            set_text(widget, "")
        self.gift_combo.setCurrentIndex(0)
        self.gift_combo.setEditText("")
        self.consent_check.setChecked(False)
        self._set_hint(self.native_hint, "")
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
                self._set_hint(label, error_text(e.code, e.params, e.message))
            else:
                others.append(error_text(e.code, e.params, e.message))
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

    def field_widget(self, key: str) -> QWidget:
        """The widget a member field is typed into (the 更多信息 ones by their field key)."""
        return self.more_widgets[key]

    def error_text(self, field: str) -> str:
        """The message shown under ``field`` now ("" when none)."""
        label = self.hints.get(field, self.other_hint)
        return "" if label.isHidden() else label.text()

    def focus_first(self) -> None:
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
