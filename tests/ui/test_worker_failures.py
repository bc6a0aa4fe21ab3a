"""Every kind of background work, fed a job that fails unexpectedly: the error reaches the GUI
thread and the error dialog, the window stays usable, nothing dies silently."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QObject

from station_app.ui import error_report, tasks


class Boom(RuntimeError):
    pass


def _boom(*_args: object, **_kwargs: object) -> object:
    raise Boom("disk went away")


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    monkeypatch.setattr(
        error_report.ErrorDialog,
        "show_error",
        classmethod(lambda cls, text, detail, log_path: seen.append(text)),
    )
    return seen


def _export(window, monkeypatch, tmp_path: Path) -> QObject:  # type: ignore[no-untyped-def]
    from station_app.services import export
    from station_app.ui.dialogs import export_dialogs

    monkeypatch.setattr(export, "export", _boom)
    monkeypatch.setattr(
        export_dialogs.SaveExportDialog,
        "ask",
        classmethod(lambda c, s, p=None: tmp_path / "x.xlsx"),
    )
    tab = window.stats_tab
    tab.export_xlsx()
    return tab


def _report(window, monkeypatch, tmp_path: Path) -> QObject:  # type: ignore[no-untyped-def]
    from station_app.services import reporting
    from station_app.ui.dialogs.common import SaveAsDialog

    monkeypatch.setattr(reporting, "print_monthly_report", _boom)
    monkeypatch.setattr(SaveAsDialog, "ask", classmethod(lambda c, s, p=None: tmp_path / "r.pdf"))
    window.stats_tab.print_report()
    return window.stats_tab


def _blank_forms(window, monkeypatch, tmp_path: Path) -> QObject:  # type: ignore[no-untyped-def]
    from station_app.services import forms
    from station_app.ui.dialogs.blank_forms import BlankFormsDialog

    monkeypatch.setattr(forms, "print_blank", _boom)
    monkeypatch.setattr(
        BlankFormsDialog, "ask", classmethod(lambda c, p=None, lang="zh": (5, "zh"))
    )
    window.registration_tab.form_printing.print_blank()
    return window.registration_tab


def _backup(window, monkeypatch, tmp_path: Path) -> QObject:  # type: ignore[no-untyped-def]
    from station_app.services import backup
    from station_app.ui.dialogs import backup_dialogs

    monkeypatch.setattr(backup, "backup", _boom)
    monkeypatch.setattr(
        backup_dialogs.BackupTargetDialog, "ask", staticmethod(lambda d, p=None: tmp_path / "b.db")
    )
    window.data_actions.backup()
    return window


def _merge_preview(window, monkeypatch, tmp_path: Path) -> QObject:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    from station_app.services import merge

    monkeypatch.setattr(merge, "preview_merge", _boom)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(tmp_path / "l.db"), ""))
    )
    window.data_actions.merge()
    return window


WORK: dict[str, Callable[..., QObject]] = {
    "export": _export,
    "monthly report": _report,
    "blank forms": _blank_forms,
    "backup": _backup,
    "merge preview": _merge_preview,
}


@pytest.mark.parametrize("kind", list(WORK))
def test_a_failing_job_reaches_the_error_dialog(  # type: ignore[no-untyped-def]
    kind: str, qtbot, main_window, monkeypatch, tmp_path: Path, shown: list[str]
) -> None:
    WORK[kind](main_window, monkeypatch, tmp_path)
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=10_000)
    assert "disk went away" in shown[0]
    qtbot.waitUntil(lambda: tasks.running() == 0, timeout=5000)
    assert main_window.isVisible()
