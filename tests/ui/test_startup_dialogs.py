from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from station_app.services import backup as backups
from station_app.store import db as store_db
from station_app.ui.dialogs.startup_problem import StartupProblemDialog


def _buttons(dialog: StartupProblemDialog) -> list[str]:
    box = dialog.findChild(QDialogButtonBox)
    return [b.text() for b in box.buttons()]


@pytest.mark.parametrize(
    ("kind", "title"),
    [
        ("corrupt", "已损坏"),
        ("not_a_database", "不是本程序的数据库"),
        ("newer_schema", "更新版本"),
        ("read_only", "只读"),
        ("locked", "占用"),
        ("already_running", "已经在运行"),
    ],
)
def test_each_problem_has_a_title_message_and_a_way_out(qtbot, kind: str, title: str) -> None:  # type: ignore[no-untyped-def]
    dialog = StartupProblemDialog(
        kind, Path("/data/station.sqlite3"), "说明文字", "2026-11-23 18:00"
    )
    qtbot.addWidget(dialog)
    assert title in dialog.title_label.text()
    assert dialog.message_label.text() == "说明文字"
    assert dialog.advice_label.text()
    assert "/data/station.sqlite3" in dialog.path_label.text()
    assert "退出" in _buttons(dialog)
    offers_restore = kind in ("corrupt", "not_a_database")
    assert (dialog.restore_button is not None) == offers_restore
    if offers_restore:
        assert "2026-11-23 18:00" in dialog.restore_button.text()  # type: ignore[union-attr]


def test_no_backup_no_restore_button(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = StartupProblemDialog("corrupt", Path("x.sqlite3"), "坏了", None)
    qtbot.addWidget(dialog)
    assert dialog.restore_button is None
    assert "没有可用的备份" in dialog.advice_label.text()
    assert _buttons(dialog) == ["退出"]


def test_choosing_restore_returns_restore(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = StartupProblemDialog("corrupt", Path("x.sqlite3"), "坏了", "2026-11-23 18:00")
    qtbot.addWidget(dialog)
    assert dialog.choice == StartupProblemDialog.QUIT
    dialog.restore_button.click()  # type: ignore[union-attr]
    assert dialog.choice == StartupProblemDialog.RESTORE


def test_open_or_explain_restores_the_latest_backup_when_chosen(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from station_app.ui import app

    path = tmp_path / "station.sqlite3"
    store_db.open_database(path)
    store_db.close_database()
    good = backups.backup(path)
    damaged = b"garbage" * 500
    path.write_bytes(damaged)
    asked: list[tuple[str, str | None]] = []

    def fake_ask(kind, _path, message, latest=None, parent=None):  # type: ignore[no-untyped-def]
        asked.append((kind, latest))
        return "quit"

    monkeypatch.setattr(StartupProblemDialog, "ask", classmethod(lambda cls, *a: fake_ask(*a)))
    assert not app.open_or_explain(path)
    assert asked and asked[0][0] == "not_a_database" and asked[0][1] is not None
    assert path.read_bytes() == damaged  # quitting leaves the file as it is

    monkeypatch.setattr(StartupProblemDialog, "ask", classmethod(lambda cls, *a: "restore"))
    try:
        assert app.open_or_explain(path)
        assert store_db.current_path() == path
    finally:
        store_db.close_database()
    kept = [b for b in backups.list_backups(path) if b.kind == "before-restore"]
    assert len(kept) == 1 and kept[0].path.read_bytes() == damaged
    assert good.exists()


def test_file_menu_has_the_data_safety_entries(main_window) -> None:  # type: ignore[no-untyped-def]
    texts = [a.text() for a in main_window.file_menu.actions()]
    for wanted in (
        "备份数据库…",
        "从备份恢复…",
        "合并活动电脑数据…",
        "准备活动电脑数据库…",
        "操作日志…",
    ):
        assert wanted in texts
    assert texts[-1].startswith("退出")
