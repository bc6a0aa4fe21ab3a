"""Every file the window writes ends in the bar with 「打开文件」 and 「打开所在文件夹」: the
meeting sheets, a saved application form, a backup (the statistics exports have their own
tests)."""

from __future__ import annotations

from pathlib import Path

from station_app.ui.file_result import FileOpener
from station_app.ui.main_window import MainWindow


def _opened(monkeypatch) -> list[Path]:  # type: ignore[no-untyped-def]
    opened: list[Path] = []
    monkeypatch.setattr(FileOpener, "open", classmethod(lambda cls, p: opened.append(p) or True))
    return opened


def test_a_sign_in_sheet_ends_in_the_file_bar(
    main_window: MainWindow, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from station_app.ui.dialogs.common import SaveAsDialog
    from station_app.ui.print_support import PreviewDialog

    opened = _opened(monkeypatch)
    tab = main_window.meetings_tab
    main_window.show_tab(tab)
    tab.past_view.selectRow(0)
    target = tmp_path / "签到表.pdf"
    monkeypatch.setattr(SaveAsDialog, "ask", classmethod(lambda cls, s, p=None: target))
    monkeypatch.setattr(PreviewDialog, "show_pdf", classmethod(lambda cls, path, p=None: False))
    assert not main_window.file_result.isVisible()
    tab.sign_button.click()
    bar = main_window.file_result
    assert bar.isVisible() and bar.path == target and str(target) in bar.label.text()
    bar.open_button.click()
    bar.folder_button.click()
    assert opened == [target, tmp_path]


def test_a_saved_form_ends_in_the_file_bar(
    main_window: MainWindow, qtbot, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from station_app.ui import print_support
    from station_app.ui.dialogs.blank_forms import BlankFormsDialog
    from station_app.ui.form_printing import PdfReadyDialog

    target = tmp_path / "blank.pdf"
    monkeypatch.setattr(BlankFormsDialog, "ask", classmethod(lambda cls, parent, lang: (1, "zh")))
    monkeypatch.setattr(PdfReadyDialog, "ask", classmethod(lambda *a, **k: "save"))
    monkeypatch.setattr(print_support.SaveAsDialog, "ask", classmethod(lambda *a: target))
    tab = main_window.registration_tab
    main_window.show_tab(tab)
    job = tab.form_printing.print_blank()
    assert job is not None
    qtbot.waitUntil(lambda: main_window.file_result.isVisible(), timeout=20000)
    assert main_window.file_result.path == target


def test_a_backup_ends_in_the_file_bar(
    main_window: MainWindow, qtbot, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from station_app.ui.dialogs import backup_dialogs

    target = tmp_path / "备份.sqlite3"
    monkeypatch.setattr(
        backup_dialogs.BackupTargetDialog, "ask", staticmethod(lambda d, p=None: target)
    )
    main_window.data_actions.backup()
    qtbot.waitUntil(lambda: main_window.file_result.isVisible(), timeout=20000)
    assert main_window.file_result.path is not None and main_window.file_result.path.exists()
