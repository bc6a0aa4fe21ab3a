"""文件 → 合并活动电脑数据…: preview and merge run off the GUI thread, then the lists reload."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from station_app.services import merge
from station_app.store import db as store_db, members as member_store
from station_app.ui.dialogs.merge_dialog import MergeDialog
from station_app.ui.main_window import MainWindow

NEW_ID = "110105194912310011"


def _laptop_with_one_registration(desk: Path, tmp_path: Path) -> Path:
    laptop = merge.prepare_event_copy(desk, tmp_path / "laptop.sqlite3")
    con = sqlite3.connect(laptop)
    row = con.execute("SELECT * FROM member ORDER BY id LIMIT 1").fetchone()
    cols = [d[0] for d in con.execute("SELECT * FROM member LIMIT 0").description]
    values = dict(zip(cols, row, strict=True))
    values.update(id=None, uuid="e" * 32, name="刘䶮", id_number=NEW_ID, phone="13812345678")
    values.update(birth_date="1949-12-31", gender="男", consent=1, status="applied")
    con.execute(
        f"INSERT INTO member ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})",
        [values[c] for c in cols],
    )
    con.commit()
    con.close()
    return laptop


def test_merge_from_the_menu(qtbot, main_window: MainWindow, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    desk = store_db.current_path()
    assert desk is not None
    laptop = _laptop_with_one_registration(desk, tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(laptop), ""))
    previews: list[merge.MergePlan] = []
    monkeypatch.setattr(
        MergeDialog,
        "ask",
        classmethod(lambda cls, plan, parent=None: previews.append(plan) or set()),
    )
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))

    main_window.data_actions.merge_action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=15000)

    assert len(previews) == 1 and not previews[0].applied
    assert member_store.find_member_by_id_number(NEW_ID) is not None
    assert "新增" in shown[0]


def test_a_bad_file_gives_a_message(
    qtbot, main_window: MainWindow, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"not a database" * 100)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    main_window.data_actions.merge_action.trigger()
    qtbot.waitUntil(lambda: bool(warned), timeout=15000)
    assert "不是本程序的数据库" in warned[0]
