"""Hand-outs outside registrations (夏送清凉, 冬送温暖, 慰问品) with a recipient or a count; a
welcome gift given with a registration is listed once and cannot be deleted here."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from station_app.domain.errors import ValidationError
from station_app.services import hand_outs, registration, stats
from station_app.ui.dialogs.hand_out_dialog import HandOutDialog

TODAY = date(2026, 7, 20)


def test_the_screen_records_a_count_and_a_named_recipient(qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    registration.register(
        registration.validate(
            registration.MemberInput(
                name="刘某", id_number="11010519491231002X", phone="13812345678",
                consent=True, gift="毛巾",
            ),
            today=TODAY,
        )
    )  # fmt: skip
    dialog = HandOutDialog(TODAY, "王芳", None)
    qtbot.addWidget(dialog)
    assert dialog.add() is None and "物品" in dialog.error_label.text()  # nothing typed yet
    dialog.campaign_combo.setCurrentText("夏送清凉")
    dialog.item_edit.setText("防暑降温用品")
    dialog.quantity_spin.setValue(40)
    assert dialog.add() is not None
    dialog.campaign_combo.setCurrentText("慰问品")
    dialog.item_edit.setText("米面油")
    dialog.recipient_edit.setText("张师傅")
    assert dialog.add() is not None
    assert dialog.model.rowCount() == 3
    july = stats.period_figures(date(2026, 7, 1), date(2026, 7, 31))
    assert july.hand_outs == 1 + 40 + 1
    assert "42 份" in dialog.total_label.text() and "随入会登记 1 份" in dialog.total_label.text()
    rows = hand_outs.hand_outs(date(2026, 7, 1), date(2026, 7, 31))
    welcome = next(r for r in rows if r.with_registration)
    with pytest.raises(ValidationError):
        hand_outs.delete_hand_out(welcome)
    named = next(r for r in rows if r.recipient_name == "张师傅")
    hand_outs.delete_hand_out(named, clerk="王芳")
    assert stats.period_figures(date(2026, 7, 1), date(2026, 7, 31)).hand_outs == 41


def test_bad_hand_outs_are_refused(db_path: Path) -> None:
    for data, code in (
        (hand_outs.HandOutInput(TODAY, "", "慰问品"), "hand_out.item"),
        (hand_outs.HandOutInput(TODAY, "毛巾", "慰问品", quantity=0), "hand_out.quantity"),
        (hand_outs.HandOutInput(date(2026, 7, 21), "毛巾", "慰问品"), "hand_out.day"),
        (hand_outs.HandOutInput(TODAY, "毛巾", " "), "hand_out.campaign"),
    ):
        with pytest.raises(ValidationError) as caught:
            hand_outs.add_hand_out(data, today=TODAY)
        assert caught.value.code == code


def test_hostile_text_is_cleaned_not_stored(db_path: Path) -> None:
    hid = hand_outs.add_hand_out(
        hand_outs.HandOutInput(TODAY, "=SUM(A1)\x07 毛巾\t", "慰问品", recipient_name="张\x00三"),
        today=TODAY,
    )
    rec = next(r for r in hand_outs.hand_outs(TODAY, TODAY) if r.id == hid)
    assert (rec.item, rec.recipient_name) == ("=SUM(A1) 毛巾", "张三")
    with pytest.raises(ValidationError):
        hand_outs.add_hand_out(hand_outs.HandOutInput(TODAY, "\x07\x08", "慰问品"), today=TODAY)
