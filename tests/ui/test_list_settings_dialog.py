"""阶段与类别设置 driven through its widgets, and the enterprise tab after saving."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QWidget

from station_app.services import lists
from station_app.store import audit, feedback as feedback_store, station as station_store
from station_app.ui.dialogs.list_editor import ListEditor
from station_app.ui.dialogs.list_settings import ListSettingsDialog
from station_app.ui.main_window import MainWindow
from tests.conftest import TODAY


def _row(editor: ListEditor, name: str) -> int:
    return editor.names().index(name)


def _type_name(qtbot: Any, editor: ListEditor, text: str) -> None:
    """Type into the open in-place editor and press Enter (QTest types ASCII only)."""
    line = editor.tree.viewport().findChild(QLineEdit)
    assert line is not None, "no name editor open"
    line.selectAll()
    line.insert(text)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    # the delegate commits the text through a queued call
    qtbot.waitUntil(lambda: editor.tree.viewport().findChild(QLineEdit) is None)


def _open(qtbot: Any, parent: QWidget | None = None) -> ListSettingsDialog:
    dlg = ListSettingsDialog("王芳", parent)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def _save(dlg: ListSettingsDialog) -> None:
    dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def _edit(qtbot: Any, dlg: ListSettingsDialog) -> None:
    """Add 成立筹备组 after 有建会意向, move it up one, rename 文体活动 to 文体与健身."""
    stages = dlg.stages
    stages.select(stages.items()[_row(stages, "有建会意向")])
    stages.add_button.click()
    _type_name(qtbot, stages, "成立筹备组")
    assert stages.names()[4] == "成立筹备组"
    stages.up_button.click()
    assert stages.names()[3:5] == ["成立筹备组", "有建会意向"]
    assert dlg.founded_combo.findText("成立筹备组") > 0

    dlg.pages.setCurrentIndex(1)
    cats = dlg.categories
    cats.select(cats.items()[_row(cats, "文体活动")])
    cats.tree.setFocus()
    cats.rename_button.click()
    _type_name(qtbot, cats, "文体与健身")
    assert "文体与健身" in cats.names()


def test_add_move_rename_and_save(qtbot, demo_db) -> None:  # type: ignore[no-untyped-def]
    fid = feedback_store.add_feedback(
        enterprise_id=None, category="文体活动", content="多办球赛", received_on=TODAY
    ).id
    dlg = _open(qtbot)
    _edit(qtbot, dlg)
    _save(dlg)
    assert dlg.result() == ListSettingsDialog.DialogCode.Accepted
    assert dlg.result_ is not None and dlg.result_.saved
    names = [s.name for s in station_store.list_stages()]
    assert names[:5] == ["未联系", "已联系", "已参会", "成立筹备组", "有建会意向"]
    assert [s.name for s in station_store.list_stages() if s.is_founded] == ["已召开会员代表大会"]
    assert "文体与健身" in station_store.list_feedback_categories()
    rec = feedback_store.get_feedback(fid)
    assert rec is not None and rec.category == "文体与健身"
    assert audit.recent(action="settings.stages")[0].clerk_name == "王芳"


def test_keyboard_moves_renames_and_deletes(qtbot, db_path) -> None:  # type: ignore[no-untyped-def]
    dlg = _open(qtbot)
    dlg.activateWindow()
    stages = dlg.stages
    tree = stages.tree
    stages.select(stages.items()[_row(stages, "已联系")])
    tree.setFocus()
    qtbot.waitUntil(tree.hasFocus)
    qtbot.keyClick(tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert stages.names()[:3] == ["已联系", "未联系", "已参会"]
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    _type_name(qtbot, stages, "电话联系过")
    assert stages.names()[0] == "电话联系过"
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    assert "电话联系过" not in stages.names()
    # the stage meeting results move enterprises to stays (it may be renamed)
    stages.select(stages.items()[_row(stages, "已参会")])
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    assert "已参会" in stages.names()
    assert "沟通会结果" in stages.delete_button.toolTip()


def test_in_use_and_founded_stages_are_not_deleted(qtbot, demo_db) -> None:  # type: ignore[no-untyped-def]
    counts = {u.stage.name: u.enterprises for u in lists.load().stages}
    busy = next(name for name, n in counts.items() if n)
    dlg = _open(qtbot)
    stages = dlg.stages
    stages.select(stages.items()[_row(stages, busy)])
    assert not stages.delete_button.isEnabled()
    stages.delete_current()
    assert busy in stages.names()
    assert dlg.error_label.isVisible()
    assert f"{counts[busy]} 家企业" in dlg.error_label.text()
    stages.select(stages.items()[_row(stages, "已召开会员代表大会")])
    stages.delete_current()
    assert "已召开会员代表大会" in stages.names()
    assert "已建会阶段" in dlg.error_label.text()


def test_duplicate_name_is_refused_in_place(qtbot, db_path) -> None:  # type: ignore[no-untyped-def]
    dlg = _open(qtbot)
    stages = dlg.stages
    stages.select(stages.items()[0])
    stages.rename()
    _type_name(qtbot, stages, "已联系")
    assert stages.names()[0] == "未联系"
    assert "已联系" in dlg.error_label.text()


def test_same_stage_cannot_be_founded_and_on_hold(qtbot, db_path) -> None:  # type: ignore[no-untyped-def]
    dlg = _open(qtbot)
    dlg.on_hold_combo.setCurrentIndex(dlg.on_hold_combo.findText("已召开会员代表大会"))
    dlg.on_hold_combo.activated.emit(dlg.on_hold_combo.currentIndex())
    assert dlg.on_hold_combo.currentText() == "暂缓"
    assert "既是" in dlg.error_label.text()


def test_deleting_asks_first_and_refusals_keep_the_dialog_open(
    qtbot, db_path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    asked: list[list[str]] = []

    def confirm(self: ListSettingsDialog, names: list[str]) -> bool:
        asked.append(names)
        return len(asked) > 1

    monkeypatch.setattr(ListSettingsDialog, "confirm_delete", confirm)
    dlg = _open(qtbot)
    dlg.pages.setCurrentIndex(1)
    cats = dlg.categories
    cats.select(cats.items()[_row(cats, "医疗互助")])
    cats.delete_current()
    _save(dlg)
    assert asked == [["医疗互助"]]
    assert dlg.isVisible()
    assert "医疗互助" in station_store.list_feedback_categories()
    # no founded stage chosen: the store refuses, the stage page says why
    dlg.founded_combo.setCurrentIndex(0)
    dlg.founded_combo.activated.emit(0)
    _save(dlg)
    assert dlg.isVisible()
    assert dlg.pages.currentIndex() == 0
    assert "已建会" in dlg.error_label.text()
    assert "医疗互助" in station_store.list_feedback_categories()


def test_menu_entry_saves_and_enterprise_tab_shows_new_names(
    main_window: MainWindow, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    main_window.show_tab(main_window.enterprises_tab)
    tab = main_window.enterprises_tab
    assert tab.stage_filter.findText("成立筹备组") < 0

    def ask(cls: type[ListSettingsDialog], parent: Any = None, *, clerk: str = "") -> bool:
        dlg = cls(clerk, parent)
        qtbot.addWidget(dlg)
        dlg.show()
        _edit(qtbot, dlg)
        dlg.pages.setCurrentIndex(0)
        stages = dlg.stages
        stages.select(stages.items()[_row(stages, "未联系")])
        stages.rename()
        _type_name(qtbot, stages, "尚未联系")
        _save(dlg)
        return dlg.result_ is not None and dlg.result_.saved

    monkeypatch.setattr(ListSettingsDialog, "ask", classmethod(ask))
    assert main_window.list_settings_action in main_window.file_menu.actions()
    main_window.list_settings_action.trigger()
    assert tab.stage_filter.findText("成立筹备组") > 0
    assert tab.stage_filter.findText("尚未联系") > 0
    assert tab.stage_filter.findText("未联系") < 0
    board = [tab.stage_board.item(i).text() for i in range(tab.stage_board.count())]
    assert any(t.startswith("尚未联系　") for t in board)
    assert any(t.startswith("成立筹备组　0") for t in board)
    assert audit.recent(action="settings.categories")
