"""The window with an encrypted database: its password asked before it opens (wrong, then
right), and the dialog that sets it, saying what each kind of password protects."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox

from station_app.services import encryption
from station_app.store import cipher, db as store_db
from station_app.ui import app
from station_app.ui.dialogs.password_dialog import SetPasswordDialog, UnlockDialog


def _encrypted(db_path: Path) -> Path:
    encryption.set_password(db_path, "工会2026", clerk="李敏")
    store_db.close_database()
    cipher.remember(db_path, None)
    cipher.set_current(None)
    return db_path


def test_the_window_asks_for_the_password(qtbot, db_path: Path, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = _encrypted(db_path)
    shown: list[UnlockDialog] = []

    def ask(cls, check, parent=None, *, encrypted=False):  # type: ignore[no-untyped-def]
        dialog = cls(check, parent=parent, encrypted=encrypted)
        qtbot.addWidget(dialog)
        shown.append(dialog)
        dialog.show()
        dialog.grab().save(str(tmp_path / "unlock.png"))
        assert "已加密" in dialog.hint.text()
        dialog.edit.setText("工会2025")
        dialog.findChild(QDialogButtonBox).accepted.emit()
        assert dialog.isVisible() and "密码不对" in dialog.hint.text()
        dialog.edit.setText("工会2026")
        dialog.findChild(QDialogButtonBox).accepted.emit()
        return dialog.result() == 1

    monkeypatch.setattr(UnlockDialog, "ask", classmethod(ask))
    assert app.open_or_explain(path)
    assert len(shown) == 1
    assert store_db.current_path() == path


def test_without_the_password_the_window_does_not_open(qtbot, db_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path = _encrypted(db_path)
    monkeypatch.setattr(UnlockDialog, "ask", classmethod(lambda cls, *a, **k: False))
    assert not app.open_or_explain(path)
    assert store_db.current_path() is None


def test_the_password_dialog_says_what_each_password_protects(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog = SetPasswordDialog(encrypted=False)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.encrypt_check.isChecked() and "无法找回" in dialog.explain.text()
    dialog.grab().save(str(tmp_path / "set-password.png"))
    dialog.encrypt_check.setChecked(False)
    assert "没有加密" in dialog.explain.text() and "证件号码" in dialog.explain.text()
    assert not dialog.encrypt
    changing = SetPasswordDialog(encrypted=True)
    qtbot.addWidget(changing)
    assert changing.encrypt and "取消加密" in changing.explain.text()
