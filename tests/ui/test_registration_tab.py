from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from station_app.store import audit, meetings as meeting_store, members as member_store
from station_app.ui.dialogs.duplicate_member import DuplicateDialog
from station_app.ui.tabs.registration_tab import RegistrationTab
from tests.conftest import TODAY

GOOD_ID = "11010519491231002X"  # female, born 1949-12-31, Beijing


def type_text(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type like a clerk: ASCII as key presses, Chinese committed by the input method (IME)."""
    widget.setFocus()
    for chunk in _runs(text):
        if chunk.isascii():
            qtbot.keyClicks(widget, chunk)
        else:
            event = QInputMethodEvent("", [])
            event.setCommitString(chunk)
            QApplication.sendEvent(widget, event)


def _runs(text: str) -> list[str]:
    runs: list[str] = []
    for ch in text:
        if runs and runs[-1][-1].isascii() == ch.isascii():
            runs[-1] += ch
        else:
            runs.append(ch)
    return runs


def type_member(qtbot, tab: RegistrationTab, *, name: str = "刘䶮", id_number: str = GOOD_ID,
                phone: str = "13812345678", consent: bool = True) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    form = tab.form
    type_text(qtbot, form.name_edit, name)
    type_text(qtbot, form.id_edit, id_number)
    type_text(qtbot, form.phone_edit, phone)
    type_text(qtbot, form.employer_edit, "望京小微企业服务中心")
    if consent:
        form.consent_check.setChecked(True)


def test_opens_ready_to_type_with_todays_meeting(tab: RegistrationTab, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: tab.form.name_edit.hasFocus())
    expected = meeting_store.todays_meeting(TODAY)
    assert tab.selected_meeting_id() == (expected.id if expected else None)
    assert tab.form.more_box.isHidden()
    assert tab.model.rowCount() > 0  # the member register


def test_typing_a_valid_member_saves_it(tab: RegistrationTab, qtbot) -> None:  # type: ignore[no-untyped-def]
    before = tab.today_model.rowCount()
    type_member(qtbot, tab)
    qtbot.keyClick(tab.form.phone_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    rec = member_store.find_member_by_id_number(GOOD_ID)
    assert rec is not None
    assert (rec.name, rec.phone, rec.gender, rec.native_place) == (
        "刘䶮",
        "13812345678",
        "女",
        "",  # 籍贯 is typed by the applicant, never taken from the ID's region
    )
    assert rec.meeting_id == tab.selected_meeting_id()
    assert rec.clerk_name == "王芳" and rec.application_date == TODAY
    assert rec.employer_name == "望京小微企业服务中心"
    assert tab.today_model.rowCount() == before + 1
    assert "1" in tab.today_label.text()
    assert tab.status_label.text() == "已保存：刘䶮"
    assert tab.form.name_edit.text() == "" and tab.form.name_edit.hasFocus()
    assert not tab.form.consent_check.isChecked()


def test_invalid_id_shows_the_reason_and_save_refuses(tab: RegistrationTab, qtbot) -> None:  # type: ignore[no-untyped-def]
    count = member_store.count_members()
    type_member(qtbot, tab, id_number="110105194912310021")
    assert "校验位" in tab.form.error_text("id_number")
    assert "第18位应为 X" in tab.form.error_text("id_number")
    tab.save_button.click()
    assert member_store.count_members() == count
    assert tab.form.id_edit.text() == "110105194912310021"  # nothing lost
    assert tab.form.id_edit.hasFocus()


def test_partial_id_counts_and_names_a_wrong_character_at_once(tab: RegistrationTab, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(tab.form.id_edit, "1101051949")
    assert "还差 8 位" in tab.form.error_text("id_number")
    qtbot.keyClicks(tab.form.id_edit, "a")
    assert "第11位" in tab.form.error_text("id_number")


def test_id_fills_birth_date_and_gender_and_offers_its_region_as_a_hint(
    tab: RegistrationTab, qtbot
) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(tab.form.id_edit, GOOD_ID)
    assert tab.form.birth_edit.text() == "1949-12-31"
    assert tab.form.gender_combo.currentText() == "女"
    assert tab.form.native_edit.text() == ""
    assert "北京市" in tab.form.native_hint.text() and tab.form.native_hint.isVisibleTo(tab)
    assert not tab.form.gender_combo.isEnabled()


def test_phone_is_checked_inline(tab: RegistrationTab, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(tab.form.phone_edit, "12812345678")
    assert "13–19" in tab.form.error_text("phone")


def test_consent_is_required(tab: RegistrationTab, qtbot) -> None:  # type: ignore[no-untyped-def]
    type_member(qtbot, tab, consent=False)
    assert tab.save() is None
    assert "同意" in tab.form.error_text("consent")
    assert member_store.find_member_by_id_number(GOOD_ID) is None


def test_duplicate_id_offers_the_existing_record(
    tab: RegistrationTab,
    qtbot,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    first = member_store.search_members(limit=1)[0]
    existing = member_store.get_member(first.id)
    assert existing is not None and existing.id_number
    asked: list[tuple[list[int], bool]] = []

    def fake_ask(cls, rows, same_id, parent=None):  # type: ignore[no-untyped-def]
        asked.append(([r.id for r in rows], same_id))
        return "open"

    monkeypatch.setattr(DuplicateDialog, "ask", classmethod(fake_ask))
    count = member_store.count_members()
    type_member(qtbot, tab, name="新名字", id_number=existing.id_number, phone="13900000001")
    assert "已登记" in tab.form.error_text("id_number")
    tab.save_button.click()
    assert asked == [([existing.id], True)]
    assert member_store.count_members() == count
    assert tab.editing_member_id() == existing.id
    assert tab.form.name_edit.text() == existing.name
    assert tab.edit_banner.isVisibleTo(tab)


def test_double_click_on_save_creates_one_record(tab: RegistrationTab, qtbot) -> None:  # type: ignore[no-untyped-def]
    count = member_store.count_members()
    type_member(qtbot, tab)
    qtbot.mouseDClick(tab.save_button, Qt.MouseButton.LeftButton)
    tab.save_button.click()
    QApplication.processEvents()
    assert member_store.count_members() == count + 1
    assert len(audit.recent(action="member.create")) == 1


def test_click_today_row_loads_it_and_saving_corrects_it(tab: RegistrationTab, qtbot) -> None:  # type: ignore[no-untyped-def]
    type_member(qtbot, tab)
    member_id = tab.save()
    assert member_id is not None
    row = [r.id for r in tab.today_model.rows()].index(member_id)
    rect = tab.today_view.visualRect(tab.today_view.model().index(row, 0))
    qtbot.mouseClick(tab.today_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.editing_member_id() == member_id
    assert tab.form.id_edit.text() == GOOD_ID
    tab.form.phone_edit.clear()
    qtbot.keyClicks(tab.form.phone_edit, "13987654321")
    count = member_store.count_members()
    assert tab.save() == member_id
    rec = member_store.get_member(member_id)
    assert rec is not None and rec.phone == "13987654321"
    assert member_store.count_members() == count
    assert audit.recent(action="member.update")[0].clerk_name == "王芳"
    assert tab.editing_member_id() is None


def test_consultation_button_counts(tab: RegistrationTab, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert tab.selected_meeting_id() is None  # no meeting today: nothing to count against
    assert not tab.consult_button.isEnabled()
    tab.meeting_combo.setCurrentIndex(0)  # the latest meeting of the past month
    mid = tab.selected_meeting_id()
    assert mid is not None
    before = meeting_store.get_meeting(mid).consultation_count  # type: ignore[union-attr]
    qtbot.mouseClick(tab.consult_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.consult_button, Qt.MouseButton.LeftButton)
    assert meeting_store.get_meeting(mid).consultation_count == before + 2  # type: ignore[union-attr]
    assert f"咨询 {before + 2} 人次" in tab.consult_label.text()


def test_enter_moves_to_the_next_field(tab: RegistrationTab, qtbot) -> None:  # type: ignore[no-untyped-def]
    form = tab.form
    form.name_edit.setFocus()
    qtbot.keyClick(form.name_edit, Qt.Key.Key_Return)
    assert form.id_edit.hasFocus()
    qtbot.keyClicks(form.id_edit, GOOD_ID)
    qtbot.keyClick(form.id_edit, Qt.Key.Key_Return)
    assert form.native_edit.hasFocus()  # gender and birth date come from the ID
    form.native_edit.setText("河北保定")
    qtbot.keyClick(form.native_edit, Qt.Key.Key_Return)
    assert form.phone_edit.hasFocus()
    assert form.native_edit.text() == "河北保定"
    qtbot.keyClick(form.phone_edit, Qt.Key.Key_Enter)
    assert form.employer_edit.hasFocus()
    qtbot.keyClick(form.employer_edit, Qt.Key.Key_Return)
    assert form.consent_check.hasFocus()  # 更多信息 is hidden
    qtbot.keyClick(form.consent_check, Qt.Key.Key_Return)
    assert tab.save_button.hasFocus()


def test_more_info_is_remembered_and_saved(
    tab: RegistrationTab,
    qtbot,
    ui_settings: QSettings,  # type: ignore[no-untyped-def]
) -> None:
    tab.form.more_check.setChecked(True)
    assert tab.form.more_box.isVisibleTo(tab)
    assert ui_settings.value("registration/more_info", type=bool) is True
    type_member(qtbot, tab)
    tab.form.field_widget("ethnicity").setCurrentText("回族")  # type: ignore[attr-defined]
    tab.form.gift_combo.setCurrentText("毛巾")
    member_id = tab.save()
    assert member_id is not None
    rec = member_store.get_member(member_id)
    assert rec is not None and rec.ethnicity == "回族"
    assert member_store.hand_outs_of_member(member_id) == ["毛巾"]


def test_save_and_print_prints_the_saved_member(tab: RegistrationTab, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    printed: list[int] = []
    monkeypatch.setattr(tab.form_printing, "print_member", printed.append)
    type_member(qtbot, tab)
    with qtbot.waitSignal(tab.print_requested) as blocker:
        qtbot.keyClick(tab.form.phone_edit, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    saved = member_store.find_member_by_id_number(GOOD_ID)
    assert saved is not None
    assert printed == [saved.id] and blocker.args == [saved.id]


def test_main_window_supplies_the_clerk(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    main_window.show_tab(main_window.registration_tab)
    tab = main_window.registration_tab
    type_member(qtbot, tab)
    member_id = tab.save()
    rec = member_store.get_member(member_id)
    assert rec is not None and rec.clerk_name == main_window.current_clerk() != ""


def test_an_unprintable_name_is_named_as_typed_saved_and_marked(
    tab: RegistrationTab, qtbot
) -> None:  # type: ignore[no-untyped-def]
    type_member(qtbot, tab, name="王\U0001f600")
    warning = tab.form.print_warning()
    assert "U+1F600" in warning and "可以保存" in warning
    member_id = tab.save()
    assert member_id is not None
    names = [tab.today_model.index(r, 0).data() for r in range(tab.today_model.rowCount())]
    assert "王\U0001f600 ⚠" in names


def test_rare_names_print_without_a_warning(tab: RegistrationTab, qtbot) -> None:  # type: ignore[no-untyped-def]
    for name in ("刘䶮", "王𠀋", "𪚥", "Zoë Łukasiewicz", "Дмитрий"):
        tab.form.name_edit.setText(name)
        assert tab.form.print_warning() == "", name


def test_a_foreign_phone_number_is_saved_in_international_form(tab: RegistrationTab, qtbot) -> None:  # type: ignore[no-untyped-def]
    type_member(qtbot, tab, phone="+49 170 1234567")
    assert tab.form.error_text("phone") == ""  # no complaint while typing
    member_id = tab.save()
    rec = member_store.get_member(member_id)  # type: ignore[arg-type]
    assert rec is not None and rec.phone == "+491701234567"


def test_every_field_goes_form_to_database_to_form_to_pdf(tab: RegistrationTab, qtbot) -> None:  # type: ignore[no-untyped-def]
    import io
    import re

    from station_app.domain.member_fields import FIELDS, Kind
    from station_app.services import forms
    from station_app.ui.tabs.member_field_widgets import set_text, text_of
    from tests import pdf_checks

    typed = {
        "ethnicity": "回族", "education": "本科", "political_status": "群众",
        "hukou_type": "农村", "migrant_worker": "是", "job_title": "部门经理",
        "professional_title": "高级工程师", "card_number": "JK0001",
        "primary_union": "望京科技工会", "approval_date": TODAY.isoformat(),
        "family_members": "丈夫 李明 工程师\n女儿 李𪚥 学生",
        "resume": "2015年7月至今 望京科技 部门经理", "group_opinion": "同意",
        "approval_opinion": "同意入会", "remarks": "现场入会",
    }  # fmt: skip
    assert set(typed) == {f.key for f in FIELDS if f.more}
    tab.form.more_check.setChecked(True)
    type_member(qtbot, tab, name="王𠀋")
    tab.form.native_edit.setText("河北保定")
    for key, value in typed.items():
        set_text(tab.form.field_widget(key), value)
    member_id = tab.save()
    assert member_id is not None, (tab.status_label.text(), tab.form.error_text("other"))
    tab.load_member(member_id)
    for key, value in typed.items():
        assert text_of(tab.form.field_widget(key)) == value, key
    assert tab.form.native_edit.text() == "河北保定"
    buf = io.BytesIO()
    forms.print_member_forms([member_id], buf)
    text = pdf_checks.text(pdf_checks.reader(buf.getvalue()))
    kinds = {f.key: f.kind for f in FIELDS}
    for key, value in {**typed, "name": "王𠀋", "native_place": "河北保定"}.items():
        if kinds[key] is Kind.DATE:
            y, m, d = (int(p) for p in value.split("-"))
            value = f"{y}年{m}月{d}日"
        if key == "migrant_worker":
            continue  # a ticked box, not text
        assert re.sub(r"\s+", "", value) in text, key


HOLD_LOCK = """
import sqlite3, sys, time
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
sys.stdin.readline()
con.execute("ROLLBACK")
"""


def test_a_save_that_cannot_get_the_lock_keeps_the_form(
    tab: RegistrationTab, qtbot, demo_db: Path
) -> None:  # type: ignore[no-untyped-def]
    import subprocess
    import sys

    from station_app.store.models import database

    database.execute_sql("PRAGMA busy_timeout = 300")
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(demo_db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        type_member(qtbot, tab)
        assert tab.save() is None  # no exception into Qt
        assert "请稍等几秒再试一次" in tab.status_label.text()
        assert tab.form.name_edit.text() == "刘䶮"  # what was typed is still there
        assert tab.form.id_edit.text() == GOOD_ID
        assert member_store.find_member_by_id_number(GOOD_ID) is None
    finally:
        assert holder.stdin is not None
        holder.stdin.write("done\n")
        holder.stdin.flush()
        holder.wait(timeout=10)
    assert tab.save() is not None  # the same form, saved once the other program let go
    assert member_store.find_member_by_id_number(GOOD_ID) is not None
    assert tab.form.name_edit.text() == ""


def test_an_unexpected_error_while_saving_is_shown_and_the_form_kept(
    tab: RegistrationTab, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from station_app.services import registration
    from station_app.ui import error_report

    shown: list[str] = []
    monkeypatch.setattr(
        error_report.ErrorDialog,
        "show_error",
        classmethod(lambda cls, text, detail, log_path: shown.append(text)),
    )

    def broken(valid, **_kw):  # type: ignore[no-untyped-def]
        raise RuntimeError("disk full")

    monkeypatch.setattr(registration, "register", broken)
    type_member(qtbot, tab)
    assert tab.save() is None
    assert len(shown) == 1 and "保存登记时出错" in shown[0] and "disk full" in shown[0]
    assert "表单内容仍在" in tab.status_label.text()
    assert tab.form.name_edit.text() == "刘䶮"
    assert tab.save_button.isEnabled()


def test_the_duplicate_dialog_shows_every_column(qtbot, demo_db) -> None:  # type: ignore[no-untyped-def]
    from station_app.store import members as member_store

    rows = member_store.search_members(limit=1)
    dialog = DuplicateDialog(rows, True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    view = dialog.view
    qtbot.wait(50)  # the scroll bars follow the layout
    assert view.horizontalHeader().length() <= view.viewport().width()
    assert not view.horizontalScrollBar().isVisible()
