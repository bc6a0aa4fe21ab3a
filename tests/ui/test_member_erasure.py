"""Erasing a member's personal data from the registration tab's lists."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from station_app.services.stats import period_figures
from station_app.store import audit, members as member_store
from station_app.ui.dialogs.erase_member import EraseMemberDialog
from station_app.ui.tabs.registration_tab import RegistrationTab
from tests.conftest import TODAY
from tests.ui.test_registration_tab import type_member


def _save_one(qtbot, tab: RegistrationTab) -> int:  # type: ignore[no-untyped-def]
    type_member(qtbot, tab, name="张三", id_number="11010519491231002X")
    member_id = tab.save()
    assert member_id is not None
    return member_id


def test_delete_key_erases_after_confirmation(qtbot, tab: RegistrationTab, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    member_id = _save_one(qtbot, tab)
    before = period_figures(TODAY.replace(day=1), TODAY)
    asked: list[str] = []
    monkeypatch.setattr(
        EraseMemberDialog,
        "ask",
        classmethod(lambda cls, name, parent=None, **_kw: asked.append(name) or "本人书面申请"),
    )
    view = tab.today_view
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Delete)

    assert asked == ["张三"]
    rec = member_store.get_member(member_id)
    assert rec is not None and rec.status == "erased"
    assert rec.id_number is None and rec.phone == "" and "张三" not in rec.name
    after = period_figures(TODAY.replace(day=1), TODAY)
    assert after.onsite_joins == before.onsite_joins
    entries = [e for e in audit.recent(50) if e.action == "member.erase"]
    assert entries and entries[0].clerk_name == "王芳" and "本人书面申请" in entries[0].detail
    assert "已按本人申请删除个人信息" in tab.status_label.text()


def test_changing_ones_mind_keeps_the_member(qtbot, tab: RegistrationTab, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    member_id = _save_one(qtbot, tab)
    monkeypatch.setattr(
        EraseMemberDialog, "ask", classmethod(lambda cls, name, parent=None, **_kw: None)
    )
    view = tab.today_view
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    rec = member_store.get_member(member_id)
    assert rec is not None and rec.status != "erased" and rec.name == "张三"


@pytest.mark.parametrize("reason, accepted", [("", False), ("本人申请", True)])
def test_dialog_requires_a_reason(qtbot, reason: str, accepted: bool, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    dlg = EraseMemberDialog("李四")
    qtbot.addWidget(dlg)
    assert "李四" in dlg.text_label.text()
    dlg.reason_edit.setText(reason)
    dlg._on_accept()
    assert (dlg.result() == dlg.DialogCode.Accepted) is accepted
    assert bool(warned) is not accepted


def test_the_dialog_lists_the_backups_that_still_hold_the_person(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    older = [f"2026-11-{d:02d} 18:00 自动备份" for d in range(1, 11)]
    dialog = EraseMemberDialog("张三", older)
    qtbot.addWidget(dialog)
    dialog.show()
    text = dialog.backups_label.text()
    assert dialog.backups_label.isVisible() and "10 份更早的备份" in text
    assert older[0] in text and "另有 2 份" in text and "处理方法" in text
    dialog.grab().save(str(tmp_path / "erase.png"))
    plain = EraseMemberDialog("张三")
    qtbot.addWidget(plain)
    assert not plain.backups_label.isVisibleTo(plain)


def test_erased_returns_only_with_consent(qtbot, tab: RegistrationTab, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from station_app.services import privacy
    from station_app.ui.dialogs.renewed_consent import RenewedConsentDialog

    privacy.erase_member(_save_one(qtbot, tab), clerk="王芳", reason="本人申请")
    answers = [False, True]
    asked: list[str] = []
    monkeypatch.setattr(
        RenewedConsentDialog,
        "ask",
        classmethod(lambda cls, label, parent=None: asked.append(label) or answers.pop(0)),
    )
    type_member(qtbot, tab, name="张三", id_number="11010519491231002X")
    assert tab.save() is None
    assert "已按本人要求删除" in tab.status_label.text()
    assert member_store.find_member_by_id_number("11010519491231002X") is None
    member_id = tab.save()
    assert member_id is not None and asked == ["张三 110105********002X"] * 2
    assert member_store.find_member_by_id_number("11010519491231002X") is not None
    assert audit.recent(5)[1].action == "member.consent_renewed"
