"""The error path: unhandled errors from any thread reach the log and the Chinese error dialog,
with personal numbers masked, and the dialog copies its details."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from station_app import logs
from station_app.ui import error_report


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    seen: list[tuple[str, str]] = []
    monkeypatch.setattr(
        error_report.ErrorDialog,
        "show_error",
        classmethod(lambda cls, text, detail, log_path: seen.append((text, detail))),
    )
    return seen


@pytest.fixture
def hooks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    error_report.install_hooks()


def test_an_error_in_a_slot_is_logged_and_shown(qapp, hooks, shown) -> None:  # type: ignore[no-untyped-def]
    log_path = logs.setup_logging()
    try:
        raise ValueError("bad value for 13812345678")
    except ValueError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    assert len(shown) == 1
    text, detail = shown[0]
    assert text.startswith("出错：ValueError") and "138****5678" in text
    assert "13812345678" not in detail and "Traceback" in detail
    logged = log_path.read_text(encoding="utf-8")
    assert "unhandled error" in logged and "13812345678" not in logged


def test_an_error_on_another_thread_reaches_the_gui_thread(qtbot, hooks, shown) -> None:  # type: ignore[no-untyped-def]
    def work() -> None:
        raise OSError("no space left on device")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=5000)
    assert "no space left on device" in shown[0][0]


def test_the_dialog_says_nothing_typed_was_lost_and_copies_its_details(
    qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog = error_report.ErrorDialog(
        "保存登记时出错：OSError: disk full",
        "Traceback …\nOSError: disk full",
        tmp_path / "x.log",
        None,
    )
    qtbot.addWidget(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "没有丢失" in texts and str(tmp_path / "x.log") in texts
    assert not dialog.details_box.isVisible()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == "Traceback …\nOSError: disk full"
