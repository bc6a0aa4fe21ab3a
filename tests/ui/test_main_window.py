from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QSettings, QSize

from station_app.ui.main_window import MainWindow
from tests.conftest import TODAY
from tests.ui.stats_figures import shown


def test_every_tab_shows_its_list(main_window: MainWindow, qtbot, demo_db: Path) -> None:  # type: ignore[no-untyped-def]
    tabs = main_window.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "沟通会",
        "现场入会",
        "企业跟进",
        "统计",
    ]
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
    assert main_window.meetings_tab.upcoming_model.rowCount() > 0
    assert main_window.meetings_tab.past_model.rowCount() > 0
    assert main_window.registration_tab.model.rowCount() > 0
    assert main_window.enterprises_tab.model.rowCount() == 40
    stats_tab = main_window.stats_tab
    stats_tab.period.setCurrentIndex(stats_tab.period.findData("year"))
    start, end = stats_tab.period_range()
    shown(qtbot, stats_tab)
    with sqlite3.connect(demo_db) as bare:
        (held,) = bare.execute(
            "SELECT COUNT(*) FROM meeting WHERE status = 'held' AND date BETWEEN ? AND ?",
            (start.isoformat(), end.isoformat()),
        ).fetchone()
    assert held > 0
    assert stats_tab.value_labels["meetings_held"].text() == str(held)
    assert main_window.windowTitle() == "酒仙桥街道工会服务站 — 街道工会服务站工作台"


def test_lists_mask_personal_numbers(main_window: MainWindow) -> None:
    model = main_window.registration_tab.model
    main_window.show_tab(main_window.registration_tab)
    assert model.rowCount() > 1
    for row in range(model.rowCount()):  # every row, not only the first
        record = model.record(row)
        shown_id, shown_phone = model.index(row, 2).data(), model.index(row, 3).data()
        assert record.id_number not in shown_id and shown_id.endswith(record.id_number[-4:])
        assert record.phone not in shown_phone and shown_phone.endswith(record.phone[-4:])


def test_size_tab_and_clerk_are_remembered(qtbot, demo_db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "remember.ini"), QSettings.Format.IniFormat)
    first = MainWindow(settings, today=TODAY)
    qtbot.addWidget(first)
    first.show()
    # the window must fit a small laptop screen; the offscreen screen is 800 px wide
    first.resize(760, 560)
    size = first.size()
    assert size == QSize(760, 560)
    first.tabs.setCurrentIndex(2)
    first.clerk_combo.setCurrentIndex(1)
    clerk = first.clerk_combo.currentText()
    first.close()

    again = QSettings(str(tmp_path / "remember.ini"), QSettings.Format.IniFormat)
    second = MainWindow(again, today=TODAY)
    qtbot.addWidget(second)
    assert second.tabs.currentIndex() == 2
    assert second.current_clerk() == clerk
    assert second.size() == size


def test_stats_period_switch_changes_range(main_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    tab = main_window.stats_tab
    tab.period.setCurrentIndex(2)
    start, end = tab.period_range()
    assert (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)
    held_year = int(shown(qtbot, tab).value_labels["meetings_held"].text())
    tab.period.setCurrentIndex(0)
    held_month = int(shown(qtbot, tab).value_labels["meetings_held"].text())
    assert held_year >= held_month
    assert held_year > 0


def test_tabs_are_built_when_first_shown(qtbot, demo_db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "lazy.ini"), QSettings.Format.IniFormat)
    settings.setValue("tab", 2)
    window = MainWindow(settings, today=TODAY)
    qtbot.addWidget(window)
    window.show()
    built = [window.tabs.widget(i).built for i in range(window.tabs.count())]
    assert built == [False, False, True, False]
    assert window.enterprises_tab.model.rowCount() > 0  # the open tab is filled before showing
    window.tabs.setCurrentIndex(1)
    assert window.tabs.widget(1).built
    assert window.registration_tab.form.name_edit.isVisible()
    window.show_tab(window.stats_tab)
    assert window.tabs.currentIndex() == 3


def test_the_walk_in_tab_is_made_ahead_while_the_window_is_idle(
    qtbot, demo_db: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "ahead.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, today=TODAY)
    qtbot.addWidget(window)
    window.show()
    holder = window.tabs.widget(1)
    assert not holder.built
    window.prepare_registration_tab()
    assert not holder.built  # nothing is done at once: the steps wait for idle moments
    qtbot.waitUntil(lambda: holder.built, timeout=5_000)
    assert window.tabs.currentIndex() == 0  # made, not shown
    assert window.registration_tab.model.rowCount() == 0  # filled when first shown
    window.show_tab(window.registration_tab)
    assert window.registration_tab.model.rowCount() > 0


def test_closing_while_an_export_runs_asks_and_waits(qtbot, main_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import threading

    from station_app.ui.dialogs.busy_close import BusyCloseDialog
    from station_app.ui.tasks import Task

    asked: list[list[str]] = []
    answers = iter([None, BusyCloseDialog.WAIT])
    monkeypatch.setattr(
        BusyCloseDialog,
        "ask",
        classmethod(lambda cls, doing, p=None: asked.append(doing) or next(answers)),
    )
    release = threading.Event()
    task = Task(lambda progress: release.wait(20), what="导出").start()
    main_window.close()
    assert main_window.isVisible() and asked == [["导出"]]  # 不关闭
    main_window.close()
    assert main_window.isVisible()  # waiting for the export
    assert "自动关闭" in main_window.statusBar().currentMessage()
    release.set()
    qtbot.waitUntil(lambda: not main_window.isVisible(), timeout=5000)
    assert not task.running and len(asked) == 2


def test_a_read_under_way_neither_asks_nor_holds_the_close(qtbot, main_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import threading

    from station_app.ui.dialogs.busy_close import BusyCloseDialog
    from station_app.ui.tasks import Task

    asked: list[list[str]] = []
    monkeypatch.setattr(
        BusyCloseDialog, "ask", classmethod(lambda cls, doing, p=None: asked.append(doing))
    )
    release = threading.Event()
    task = Task(lambda progress: release.wait(20), what="统计", reads_only=True).start()
    main_window.close()
    assert not main_window.isVisible() and asked == []
    release.set()
    assert task.wait(5000)


def test_a_save_refreshes_its_tab_once_and_other_writes_refresh_it_too(
    qtbot, main_window, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from station_app.services import changes
    from tests.ui.test_registration_tab import type_member

    tab = main_window.registration_tab
    main_window.show_tab(tab)
    qtbot.wait(50)
    refreshed: list[int] = []
    monkeypatch.setattr(type(tab), "refresh", lambda self: refreshed.append(1))
    type_member(qtbot, tab)
    assert tab.save() is not None
    qtbot.wait(100)
    assert refreshed == []  # the tab re-read its lists after its own save: no second pass
    changes.notify(changes.MEMBERS)  # a write from elsewhere (an import, a merge …)
    qtbot.waitUntil(lambda: refreshed == [1], timeout=2000)


def test_the_backup_on_close_runs_off_the_gui_thread_and_ends_before_the_window(
    qtbot, main_window
) -> None:  # type: ignore[no-untyped-def]
    import threading

    from station_app.ui.tasks import Task

    release = threading.Event()
    ran_on: list[int] = []

    def backup(_progress: object) -> None:
        ran_on.append(threading.get_ident())
        release.wait(20)

    main_window.close_work = lambda: Task(backup, what="关闭前备份")
    main_window.close()
    assert main_window.isVisible()  # drawn and answering while the backup runs
    assert "正在备份" in main_window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: ran_on != [])
    assert ran_on[0] != threading.get_ident()
    main_window.close()  # a second click waits for the same backup
    qtbot.wait(100)
    assert main_window.isVisible()
    release.set()
    qtbot.waitUntil(lambda: not main_window.isVisible(), timeout=5000)
    assert len(ran_on) == 1


def test_splitters_and_column_widths_are_remembered(qtbot, demo_db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QSplitter

    settings = QSettings(str(tmp_path / "views.ini"), QSettings.Format.IniFormat)
    first = MainWindow(settings, today=TODAY)
    qtbot.addWidget(first)
    first.show()
    first.resize(1200, 700)
    tab = first.enterprises_tab
    first.show_tab(tab)
    split = tab.findChild(QSplitter, "enterprises_board")
    split.setSizes([400, 800])
    sizes = split.sizes()
    tab.view.horizontalHeader().resizeSection(0, 333)
    first.close()

    again = QSettings(str(tmp_path / "views.ini"), QSettings.Format.IniFormat)
    second = MainWindow(again, today=TODAY)
    qtbot.addWidget(second)
    second.show()
    second.resize(1200, 700)
    tab = second.enterprises_tab
    second.show_tab(tab)
    tab.refresh()  # a refresh fits columns to their contents only when the clerk set none
    assert tab.findChild(QSplitter, "enterprises_board").sizes() == sizes
    assert tab.view.horizontalHeader().sectionSize(0) == 333
