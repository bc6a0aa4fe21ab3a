"""Every question in the window names its buttons by what they do, never Yes/No or OK/Cancel."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QWidget,
)

from station_app.ui.dialogs.confirm import ask_text, confirm

UI = Path(__file__).resolve().parents[2] / "station_app" / "ui"
# Qt's standard questions: their buttons say 是/否/确定/取消, whatever the question was.
STANDARD_QUESTION = re.compile(
    r"QMessageBox\.question|StandardButton\.(Yes|No)\b|setStandardButtons|QInputDialog\.get"
)
STANDARD_WORDS = {
    "Yes",
    "No",
    "OK",
    "Cancel",
    "&Yes",
    "&No",
    "&OK",
    "是",
    "否",
    "确定",
    "是(&Y)",
    "否(&N)",
}


def test_no_standard_question_is_left_in_the_window() -> None:
    found = [
        f"{path.relative_to(UI)}:{number}: {line.strip()}"
        for path in sorted(UI.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if STANDARD_QUESTION.search(line)
    ]
    assert found == []


def answer_next_dialog(choose: str | None, seen: list[list[str]]) -> None:
    """When the next modal dialog opens, note its buttons and press the one named ``choose``
    (Esc when None)."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, act)
            return
        buttons = [b for b in dialog.findChildren(QPushButton) if b.isVisible()]
        seen.append([b.text() for b in buttons])
        if choose is None:
            QApplication.sendEvent(dialog, _esc())
            return
        for b in buttons:
            if b.text() == choose:
                b.click()
                return
        dialog.close()

    QTimer.singleShot(0, act)


def _esc():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    return QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)


@pytest.mark.parametrize(
    ("choose", "expected"), [("删除资料", True), ("保留", False), (None, False)]
)
def test_confirm_answers_by_the_named_button(qtbot, choose: str | None, expected: bool) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[list[str]] = []
    answer_next_dialog(choose, seen)
    assert confirm(parent, "宣传资料", "删除？", yes="删除资料", no="保留", risky=True) is expected
    assert sorted(seen[0]) == sorted(["删除资料", "保留"])


def test_a_risky_question_defaults_to_no(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    defaults: list[str] = []

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, look)
            return
        defaults.append(box.defaultButton().text())
        assert box.standardButtons() == QMessageBox.StandardButton.NoButton
        box.defaultButton().click()

    QTimer.singleShot(0, look)
    assert not confirm(parent, "t", "x", yes="删除", no="保留", risky=True)
    assert defaults == ["保留"]


def test_ask_text_returns_the_line_or_none(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[list[str]] = []

    def type_and_choose(choose: str) -> None:
        def act() -> None:
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, QInputDialog):
                QTimer.singleShot(10, act)
                return
            dialog.setTextValue("场地维修")
            box = dialog.findChild(QDialogButtonBox)
            seen.append([b.text() for b in box.buttons()])
            next(b for b in box.buttons() if b.text() == choose).click()

        QTimer.singleShot(0, act)

    type_and_choose("取消此次沟通会")
    assert (
        ask_text(parent, "取消沟通会", "原因：", ok="取消此次沟通会", cancel="不取消") == "场地维修"
    )
    type_and_choose("不取消")
    assert ask_text(parent, "取消沟通会", "原因：", ok="取消此次沟通会", cancel="不取消") is None
    assert sorted(seen[0]) == sorted(["取消此次沟通会", "不取消"])


def _questions() -> list[tuple[str, Callable[[QWidget], object], set[str]]]:
    from station_app.ui.dialogs.export_dialogs import ConfirmFullValues
    from station_app.ui.dialogs.materials_dialog import ConfirmDelete
    from station_app.ui.tabs.enterprise_detail import FoundingDateReason
    from station_app.ui.tabs.meetings_tab import Confirm
    from station_app.ui.tabs.registration_tab import BackdateQuestion

    return [
        ("cancel meeting", lambda p: Confirm.reason(p, "取消沟通会", "原因："),
         {"取消此次沟通会", "不取消"}),
        ("save anyway", lambda p: Confirm.ask(p, "日期提醒", "周六"), {"仍然保存", "不保存"}),
        ("full values", lambda p: ConfirmFullValues.ask(p), {"导出完整信息", "不导出"}),
        ("delete material", lambda p: ConfirmDelete.ask(p, "折页"), {"删除资料", "保留"}),
        ("backdate", lambda p: BackdateQuestion.ask(p, "11-12 职工", date(2026, 11, 12)),
         {"按沟通会当天补录", "否，改选服务站日常"}),
        ("founding date", lambda p: FoundingDateReason.ask(p, None, date(2026, 1, 5)),
         {"修改建会日期", "不修改"}),
    ]  # fmt: skip


@pytest.mark.parametrize("index", range(6))
def test_each_question_names_its_buttons(qtbot, index: int) -> None:  # type: ignore[no-untyped-def]
    name, ask, expected = _questions()[index]
    parent = QDialog()
    qtbot.addWidget(parent)
    seen: list[list[str]] = []
    answer_next_dialog(None, seen)
    ask(parent)
    assert set(seen[0]) == expected, name
    assert not set(seen[0]) & STANDARD_WORDS
