"""A correction saved at one desk after another desk saved the same record: the clerk sees what
the other desk changed and chooses whose version stays; nothing is overwritten unseen."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from station_app.services import registration
from station_app.store import members as member_store
from station_app.ui.dialogs.edited_elsewhere import EditedElsewhereDialog
from station_app.ui.tabs.registration_tab import RegistrationTab
from tests.ui.test_registration_tab import type_member


def _other_desk_sets_job_title(member_id: int) -> None:
    theirs = registration.load_for_correction(member_id)
    assert theirs is not None
    registration.update_member(member_id, replace(theirs, job_title="焊工"), loaded=theirs)


def _open_and_change_phone(qtbot, tab: RegistrationTab) -> int:  # type: ignore[no-untyped-def]
    type_member(qtbot, tab)
    member_id = tab.save()
    assert member_id is not None
    tab.load_member(member_id)
    _other_desk_sets_job_title(member_id)  # meanwhile, at another desk
    tab.form.phone_edit.setText("13987654321")
    return member_id


def _answer(monkeypatch: pytest.MonkeyPatch, choice: str | None) -> list[tuple[str, list[str]]]:
    asked: list[tuple[str, list[str]]] = []

    def ask(cls, name, fields, parent=None):  # type: ignore[no-untyped-def]
        asked.append((name, fields))
        return choice

    monkeypatch.setattr(EditedElsewhereDialog, "ask", classmethod(ask))
    return asked


def test_loading_the_other_desks_change_keeps_it(  # type: ignore[no-untyped-def]
    qtbot,
    tab: RegistrationTab,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    member_id = _open_and_change_phone(qtbot, tab)
    asked = _answer(monkeypatch, EditedElsewhereDialog.THEIRS)
    assert tab.save() is None
    assert asked == [("刘䶮", ["职务"])]
    rec = member_store.get_member(member_id)
    assert rec is not None and rec.job_title == "焊工" and rec.phone == "13812345678"
    assert tab.form.field_widget("job_title").text() == "焊工"  # the form shows theirs now
    assert tab.status_label.text() == "已载入另一台电脑保存的内容。"
    tab.form.phone_edit.setText("13987654321")  # typed again on their version: saved
    assert tab.save() == member_id and len(asked) == 1
    rec = member_store.get_member(member_id)
    assert rec is not None and (rec.job_title, rec.phone) == ("焊工", "13987654321")


def test_saving_mine_overwrites_knowingly_and_cancel_saves_nothing(  # type: ignore[no-untyped-def]
    qtbot,
    tab: RegistrationTab,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    member_id = _open_and_change_phone(qtbot, tab)
    _answer(monkeypatch, None)
    assert tab.save() is None
    assert "刚被别人改过" in tab.status_label.text()
    assert tab.form.phone_edit.text() == "13987654321"  # the form keeps what was typed
    _answer(monkeypatch, EditedElsewhereDialog.MINE)
    assert tab.save() == member_id
    rec = member_store.get_member(member_id)
    assert rec is not None and (rec.job_title, rec.phone) == ("", "13987654321")


def test_the_dialog_names_what_changed(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = EditedElsewhereDialog("刘䶮", ["职务", "联系电话"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert "职务、联系电话" in dialog.text.text() and "刘䶮" in dialog.text.text()
    dialog.grab().save(str(tmp_path / "edited_elsewhere.png"))
    dialog.mine_button.click()
    assert dialog.choice == EditedElsewhereDialog.MINE
