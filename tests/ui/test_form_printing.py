"""The registration tab's printing: 保存并打印, blank forms and a meeting's batch."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings
from PySide6.QtPrintSupport import QPrinter

from station_app.services import forms
from station_app.store import audit, members as member_store
from station_app.store.models import Enterprise, Member
from station_app.ui import form_printing, print_support
from station_app.ui.dialogs.blank_forms import BlankFormsDialog
from station_app.ui.dialogs.common import Notice
from station_app.ui.form_printing import PdfReadyDialog
from station_app.ui.tabs.registration_tab import RegistrationTab
from tests.conftest import TODAY
from tests.ui.test_registration_tab import GOOD_ID, type_member


@pytest.fixture
def previews(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    shown: list[Path] = []

    def show_pdf(cls, pdf_path, parent=None) -> bool:  # type: ignore[no-untyped-def]
        shown.append(Path(pdf_path))
        return True

    monkeypatch.setattr(print_support.PreviewDialog, "show_pdf", classmethod(show_pdf))
    return shown


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(Notice, "warn", classmethod(lambda c, p, t, x: said.append(x)))
    monkeypatch.setattr(Notice, "info", classmethod(lambda c, p, t, x: said.append(x)))
    return said


def _text(pdf: Path) -> str:
    return "\n".join(p.extract_text() or "" for p in PdfReader(pdf).pages)


def test_save_and_print_previews_the_members_forms(tab: RegistrationTab, qtbot, previews) -> None:  # type: ignore[no-untyped-def]
    type_member(qtbot, tab)
    tab.save_print_button.click()
    member = member_store.find_member_by_id_number(GOOD_ID)
    assert member is not None
    assert len(previews) == 1
    text = _text(previews[0])
    assert "刘䶮" in text and GOOD_ID in text and "入会申请书" in text
    assert "Application for Trade Union Membership" not in text  # a Chinese employer: zh
    entries = audit.recent(action=forms.PRINT_ACTION)
    assert [(e.entity_uuid, e.clerk_name) for e in entries] == [(member.uuid, "王芳")]


def test_foreign_invested_employer_prints_bilingual_by_default(
    tab: RegistrationTab, previews
) -> None:  # type: ignore[no-untyped-def]
    firm = Enterprise.create(name="思科嘉禾咨询（中国）有限公司", foreign_invested=True)
    member_id = Member.select().first().id
    Member.update(employer=firm.id).where(Member.id == member_id).execute()
    assert tab.form_printing.chosen_lang() == form_printing.AUTO
    tab.form_printing.print_member(member_id)
    text = _text(previews[-1])
    assert "入会申请书" in text and "Application for Trade Union Membership" in text
    combo = tab.form_printing.lang_combo
    combo.setCurrentIndex(combo.findData("zh"))
    tab.form_printing.print_member(member_id)
    assert "Application for Trade Union Membership" not in _text(previews[-1])


def test_language_and_direct_choice_are_remembered(
    tab: RegistrationTab, ui_settings: QSettings
) -> None:  # type: ignore[no-untyped-def]
    printing = tab.form_printing
    printing.lang_combo.setCurrentIndex(printing.lang_combo.findData("en"))
    printing.direct_action.setChecked(True)
    again = RegistrationTab(today=TODAY, settings=ui_settings)
    try:
        assert again.form_printing.chosen_lang() == "en"
        assert again.form_printing.direct_action.isChecked()
    finally:
        again.deleteLater()


def test_direct_printing_skips_the_preview_and_prints_off_the_gui_thread(
    qtbot, tab: RegistrationTab, monkeypatch, previews, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    import threading

    from PySide6.QtPrintSupport import QPrinter

    out = tmp_path / "printed.pdf"
    asked: list[str] = []

    def pdf_printer(name: str, *, doc_name: str, copies: int = 1) -> QPrinter:
        asked.append(name)
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return printer

    sent_on: list[int] = []
    real_send = print_support.send_pdf

    def send(printer, pdf, progress=None):  # type: ignore[no-untyped-def]
        sent_on.append(threading.get_ident())
        return real_send(printer, pdf, progress)

    monkeypatch.setattr(form_printing, "default_printer", lambda: "PDF")
    monkeypatch.setattr(form_printing, "named_printer", pdf_printer)
    monkeypatch.setattr(print_support, "send_pdf", send)
    tab.form_printing.direct_action.setChecked(True)
    member_id = Member.select().first().id
    tab.form_printing.print_member(member_id)
    qtbot.waitUntil(lambda: "已送往打印机 2 页" in tab.status_label.text(), timeout=15000)
    assert previews == [] and asked == ["PDF"]
    assert sent_on and sent_on[0] != threading.get_ident()
    assert len(PdfReader(out).pages) == 2


def test_missing_glyph_is_reported_not_printed(tab: RegistrationTab, previews, warnings) -> None:  # type: ignore[no-untyped-def]
    member_id = Member.select().first().id
    Member.update(name="王\U0001f600").where(Member.id == member_id).execute()
    assert tab.form_printing.print_member(member_id) is None
    assert previews == []
    assert len(warnings) == 1 and "无法打印" in warnings[0] and "U+1F600" in warnings[0]


def test_a_meeting_batch_prints_the_rest_and_lists_who_was_left_out(
    tab: RegistrationTab, qtbot, monkeypatch, warnings
) -> None:  # type: ignore[no-untyped-def]
    combo = tab.meeting_combo
    held = [
        i
        for i in range(combo.count())
        if combo.itemData(i) is not None
        and len(member_store.members_of_meeting(combo.itemData(i))) >= 2
    ]
    combo.setCurrentIndex(held[0])
    meeting_id = tab.selected_meeting_id()
    members = member_store.members_of_meeting(meeting_id)  # type: ignore[arg-type]
    Member.update(name="李\U0001f600").where(Member.id == members[0].id).execute()
    monkeypatch.setattr(PdfReadyDialog, "ask", classmethod(lambda *a, **k: None))
    job = tab.form_printing.print_meeting()
    assert job is not None
    with qtbot.waitSignal(job.finished, timeout=30000):
        pass
    qtbot.waitUntil(lambda: tab.form_printing.last_pdf is not None)
    pdf = tab.form_printing.last_pdf
    assert len(PdfReader(pdf).pages) == 2 * (len(members) - 1)  # type: ignore[arg-type]
    assert len(warnings) == 1 and "李\U0001f600" in warnings[0] and "U+1F600" in warnings[0]


def test_blank_forms_off_thread_then_saved(
    tab: RegistrationTab, qtbot, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "blank.pdf"
    monkeypatch.setattr(BlankFormsDialog, "ask", classmethod(lambda cls, parent, lang: (3, "en")))
    monkeypatch.setattr(PdfReadyDialog, "ask", classmethod(lambda *a, **k: "save"))
    monkeypatch.setattr(print_support.SaveAsDialog, "ask", classmethod(lambda *a: target))
    job = tab.form_printing.print_blank()
    assert job is not None
    with qtbot.waitSignal(job.finished, timeout=20000):
        pass
    qtbot.waitUntil(target.exists)
    assert len(PdfReader(target).pages) == 6
    assert "Trade Union Member Registration Form" in _text(target)


def test_meeting_batch_printed_through_the_system_dialog(
    tab: RegistrationTab, qtbot, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    combo = tab.meeting_combo
    held = [
        i
        for i in range(combo.count())
        if combo.itemData(i) is not None and member_store.members_of_meeting(combo.itemData(i))
    ]
    assert held, "the demo data has a recent meeting with registrations"
    combo.setCurrentIndex(held[0])
    meeting_id = tab.selected_meeting_id()
    assert meeting_id is not None
    expected = len(member_store.members_of_meeting(meeting_id))
    out = tmp_path / "printed.pdf"
    print_jobs: list[print_support.PdfJob] = []

    def ask_printer(cls, printer: QPrinter, parent=None) -> bool:  # type: ignore[no-untyped-def]
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return True

    monkeypatch.setattr(print_support.SystemPrintDialog, "ask", classmethod(ask_printer))
    monkeypatch.setattr(PdfReadyDialog, "ask", classmethod(lambda *a, **k: "print"))
    original = print_support.PdfPrinter.print_in_background

    def spy(self, path, printer):  # type: ignore[no-untyped-def]
        job = original(self, path, printer)
        print_jobs.append(job)
        return job

    monkeypatch.setattr(print_support.PdfPrinter, "print_in_background", spy)
    progress: list[tuple[int, int]] = []
    job = tab.form_printing.print_meeting()
    assert job is not None
    job.progress.connect(lambda d, t: progress.append((d, t)))
    with qtbot.waitSignal(job.finished, timeout=30000):
        pass
    qtbot.waitUntil(lambda: len(print_jobs) == 1)
    with qtbot.waitSignal(print_jobs[0].finished, timeout=60000):
        pass
    assert len(PdfReader(out).pages) == 2 * expected
    pdf = tab.form_printing.last_pdf
    assert pdf is not None and len(PdfReader(pdf).pages) == 2 * expected
    assert len(audit.recent(action=forms.PRINT_ACTION)) == expected


def test_batch_without_a_meeting_says_so(tab: RegistrationTab, warnings) -> None:  # type: ignore[no-untyped-def]
    tab.meeting_combo.setCurrentIndex(tab.meeting_combo.count() - 1)  # （不关联沟通会）
    assert tab.selected_meeting_id() is None
    assert tab.form_printing.print_meeting() is None
    assert warnings == ["请先选择一场沟通会。"]


def test_the_fonts_are_read_in_the_background_before_the_first_print(
    qtbot, monkeypatch, demo_db, ui_settings
) -> None:  # type: ignore[no-untyped-def]
    import threading

    from station_app.printing import fonts

    read_on: list[int] = []
    monkeypatch.setattr(form_printing, "FONT_PRELOAD_DELAY_MS", 0)
    monkeypatch.setattr(fonts, "register_fonts", lambda: read_on.append(threading.get_ident()))
    widget = RegistrationTab(today=TODAY, settings=ui_settings)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: bool(read_on), timeout=5000)
    assert read_on[0] != threading.get_ident()
