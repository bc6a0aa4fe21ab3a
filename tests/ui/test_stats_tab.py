"""The 统计 tab on demo data: periods, drill-down, charts, export off the GUI thread, the report."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from station_app.services import stats
from station_app.services.stats import Drilldown
from station_app.store import audit
from station_app.ui.dialogs import export_dialogs, records_dialog
from station_app.ui.dialogs.common import Notice, SaveAsDialog
from station_app.ui.dialogs.records_dialog import RecordsDialog
from station_app.ui.file_result import FileOpener
from station_app.ui.tabs.stats_tab import StatsTab
from tests.conftest import TODAY
from tests.ui.stats_figures import shown


@pytest.fixture
def tab(qtbot, demo_db: Path) -> StatsTab:  # type: ignore[no-untyped-def]
    tab = StatsTab(today=TODAY)
    qtbot.addWidget(tab)
    tab.resize(1200, 760)
    tab.show()
    tab.refresh()
    return shown(qtbot, tab)


@pytest.fixture
def notices(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    seen: list[tuple[str, str]] = []
    monkeypatch.setattr(Notice, "info", classmethod(lambda cls, p, t, x: seen.append(("info", x))))
    monkeypatch.setattr(Notice, "warn", classmethod(lambda cls, p, t, x: seen.append(("warn", x))))
    return seen


def _capture_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[RecordsDialog]:
    opened: list[RecordsDialog] = []

    def ask(cls, drilldown: Drilldown, period: str, parent=None) -> None:  # type: ignore[no-untyped-def]
        opened.append(RecordsDialog(drilldown, period, parent))

    monkeypatch.setattr(records_dialog.RecordsDialog, "ask", classmethod(ask))
    return opened


def test_switching_periods(tab: StatsTab, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert tab.period_range() == (date(2026, 11, 1), date(2026, 11, 30))
    tab.set_period("quarter")
    assert tab.period_range() == (date(2026, 10, 1), date(2026, 12, 31))
    assert "第4季度" in tab.period_label.text()
    tab.set_period("year")
    shown(qtbot, tab)
    year_held = int(tab.value_labels["meetings_held"].text())
    assert year_held == stats.period_figures(date(2026, 1, 1), date(2026, 12, 31)).meetings_held
    assert year_held == sum(int(b.text()) for b in tab.kind_labels.values())
    tab.prev_button.click()
    assert tab.period_range() == (date(2025, 1, 1), date(2025, 12, 31))
    tab.set_period("month", date(2026, 8, 15))
    tab.next_button.click()
    assert tab.period_range() == (date(2026, 9, 1), date(2026, 9, 30))
    assert not tab.from_edit.isEnabled()
    tab.set_custom_period(date(2026, 3, 5), date(2026, 7, 20))
    assert tab.from_edit.isEnabled() and not tab.prev_button.isEnabled()
    assert tab.period_range() == (date(2026, 3, 5), date(2026, 7, 20))
    shown(qtbot, tab)
    expected = stats.period_figures(date(2026, 3, 5), date(2026, 7, 20))
    assert int(tab.value_labels["onsite_joins"].text()) == expected.onsite_joins


def test_figures_are_read_off_the_gui_thread_and_only_the_newest_is_shown(
    tab: StatsTab, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    gui = threading.get_ident()
    read_on: list[int] = []
    first_read = threading.Event()
    release = threading.Event()
    real = stats.overview

    def overview(start: date, end: date, months: int = 12) -> stats.Overview:
        read_on.append(threading.get_ident())
        if (start, end) == (date(2026, 1, 1), date(2026, 12, 31)):
            first_read.set()
            release.wait(10)  # the year is still being read when the clerk picks a month
        return real(start, end, months)

    monkeypatch.setattr(stats, "overview", overview)
    shown_periods: list[str] = []
    tab.refreshed.connect(lambda: shown_periods.append(tab.period_label.text()))
    tab.set_period("year")
    assert first_read.wait(10)
    assert tab.reading and "2026年（" in tab.period_label.text()
    # the figures on screen are the month's before: not offered for opening until the year's arrive
    assert not tab.value_labels["onsite_joins"].isEnabled()
    tab.set_period("month", date(2026, 10, 3))
    shown(qtbot, tab)
    release.set()
    qtbot.wait(200)
    assert read_on and gui not in read_on
    assert len(shown_periods) == 1 and "2026年10月" in shown_periods[0]  # the year was dropped
    october = stats.period_figures(date(2026, 10, 1), date(2026, 10, 31))
    assert int(tab.value_labels["onsite_joins"].text()) == october.onsite_joins
    assert not tab.reading and tab.value_labels["onsite_joins"].isEnabled()


def test_clicking_a_figure_opens_its_records(tab: StatsTab, monkeypatch, qtbot) -> None:  # type: ignore[no-untyped-def]
    opened = _capture_dialogs(monkeypatch)
    tab.set_period("year")
    shown(qtbot, tab)
    for key in ("meetings_held", "onsite_joins", "non_unionized_attended", "intentions"):
        qtbot.mouseClick(tab.value_labels[key], Qt.MouseButton.LeftButton)
        dialog = opened[-1]
        figure = int(tab.value_labels[key].text())
        assert figure > 0, key
        assert dialog.model.rowCount() == figure, key
    tab.kind_labels["employee"].click()
    assert opened[-1].model.rowCount() == int(tab.kind_labels["employee"].text())
    assert "2026年" in opened[-1].findChildren(type(tab.period_label))[0].text()


def test_charts_follow_the_period(tab: StatsTab, qtbot) -> None:  # type: ignore[no-untyped-def]
    tab.set_period("year")
    shown(qtbot, tab)
    chart = tab.trend_chart
    assert len(chart.values) == 12 and chart.labels[0] == "26年1月"
    idx = tab.trend_figure.findData("onsite_joins")
    tab.trend_figure.setCurrentIndex(idx)
    assert sum(chart.values) == int(tab.value_labels["onsite_joins"].text())
    bars = tab.funnel_chart.bars
    assert sum(b.current for b in bars) == 40  # every demo enterprise sits in one stage
    assert bars[0].reached >= bars[1].reached


def test_export_runs_in_a_worker_and_masks(
    tab: StatsTab, monkeypatch, qtbot, tmp_path, notices
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "stats.xlsx"
    monkeypatch.setattr(
        export_dialogs.SaveExportDialog, "ask", classmethod(lambda c, s, p=None: out)
    )
    tab.set_period("year")
    tab.export_button.click()
    assert tab.export_running() and tab.progress.isVisible()
    qtbot.waitUntil(lambda: not tab.export_running(), timeout=15000)
    assert not notices  # no modal box: the bar below the period offers the file
    assert tab.result_bar.isVisible() and str(out) in tab.result_bar.label.text()
    opened: list[Path] = []
    monkeypatch.setattr(FileOpener, "open", classmethod(lambda cls, p: opened.append(p) or True))
    tab.result_bar.open_button.click()
    tab.result_bar.folder_button.click()
    assert opened == [out, out.parent]
    wb = load_workbook(out)
    assert wb.sheetnames[0] == "统计数据"
    assert "********" in wb["会员"].cell(2, 4).value
    wb.close()
    assert audit.recent(action="export.full") == []


def test_full_values_need_confirmation_and_are_logged(
    tab: StatsTab, monkeypatch, qtbot, tmp_path, notices
) -> None:  # type: ignore[no-untyped-def]
    answers = [False, True]
    monkeypatch.setattr(
        export_dialogs.ConfirmFullValues, "ask", classmethod(lambda c, p=None: answers.pop(0))
    )
    tab.full_values.setChecked(True)
    assert not tab.full_values.isChecked()  # the clerk said no
    tab.full_values.setChecked(True)
    assert tab.full_values.isChecked()
    out = tmp_path / "full.xlsx"
    monkeypatch.setattr(
        export_dialogs.SaveExportDialog, "ask", classmethod(lambda c, s, p=None: out)
    )
    tab.export_xlsx()
    qtbot.waitUntil(lambda: not tab.export_running(), timeout=15000)
    wb = load_workbook(out)
    assert "*" not in wb["会员"].cell(2, 4).value
    wb.close()
    assert len(audit.recent(action="export.full")) == 1
    assert not tab.full_values.isChecked()  # back to masked for the next export


def test_print_monthly_report(qtbot, tab: StatsTab, monkeypatch, tmp_path, notices) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "month.pdf"
    monkeypatch.setattr(SaveAsDialog, "ask", classmethod(lambda c, s, p=None: out))
    tab.set_period("month", date(2026, 10, 3))
    task = tab.print_report()
    assert task is not None and not tab.report_button.isEnabled()  # written off the GUI thread
    with qtbot.waitSignal(task.finished, timeout=15000):
        pass
    assert tab.report_button.isEnabled()
    assert out.read_bytes().startswith(b"%PDF")
    assert "2026年10月" in tab.result_bar.label.text() and tab.result_bar.path == out
