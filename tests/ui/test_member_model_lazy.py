"""The member register reads one page at a time: 2,000 members never load at once."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from station_app.services import demo, members as member_service
from station_app.store import members as member_store
from station_app.store.records import MemberListRow
from station_app.ui.models.lazy_table import LazyRecordModel
from station_app.ui.models.lists import MemberTableModel
from station_app.ui.tabs.registration_tab import RegistrationTab
from tests.conftest import TODAY

MEMBERS = 2000


@pytest.fixture
def many_members(db_path: Path) -> Path:
    demo.generate(demo.DemoSize(members=MEMBERS, enterprises=30, meetings=12), today=TODAY)
    return db_path


@pytest.fixture
def store_calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    """(offset, limit) of every page the register reads from the store."""
    calls: list[tuple[int, int]] = []
    real = member_service.search_members

    def spy(text: str = "", *, offset: int = 0, limit: int = 200) -> list[MemberListRow]:
        calls.append((offset, limit))
        return real(text, offset=offset, limit=limit)

    monkeypatch.setattr(member_service, "search_members", spy)
    return calls


def test_register_starts_with_one_page_and_grows_with_fetch_more(
    qtbot, many_members: Path, ui_settings: QSettings, store_calls: list[tuple[int, int]]
) -> None:
    tab = RegistrationTab(today=TODAY, settings=ui_settings)
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    tab.refresh()
    qtbot.waitExposed(tab)
    model = tab.model
    assert isinstance(model, LazyRecordModel)
    page = model.page_size
    assert page < MEMBERS
    assert model.rowCount() == page
    qtbot.waitUntil(lambda: "2000" in tab.count_label.text())  # counted in the background
    assert model.canFetchMore()
    assert max(limit for _, limit in store_calls) == page  # never asked for everything
    assert sum(limit for _, limit in store_calls) < MEMBERS

    model.fetchMore()
    assert model.rowCount() == 2 * page
    assert store_calls[-1] == (page, page)
    # newest first, no row twice across the page boundary
    ids = [model.record(r).id for r in range(model.rowCount())]
    assert ids == sorted(ids, reverse=True) and len(set(ids)) == len(ids)

    # scrolling to the bottom of the view reads the next page, not the rest
    before = model.rowCount()
    tab.view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > before)
    assert model.rowCount() < MEMBERS


def test_search_reloads_from_the_first_page(
    qtbot, many_members: Path, ui_settings: QSettings, store_calls: list[tuple[int, int]]
) -> None:
    tab = RegistrationTab(today=TODAY, settings=ui_settings)
    qtbot.addWidget(tab)
    tab.refresh()
    tab.model.fetchMore()
    some = tab.model.record(150)
    store_calls.clear()
    tab.search_edit.setText(some.id_number[:4] or "")
    tab.search_edit.setText(some.id_number or "")
    assert store_calls == []  # not on every key: once typing pauses
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert tab.model.record(0).id == some.id
    assert store_calls == [(0, tab.model.page_size)]
    assert tab.count_label.text() == "共 1 人"
    tab.search_edit.setText("1")  # most ID numbers and phones: more than a page
    expected = member_store.count_members("1")
    assert expected > tab.model.page_size
    qtbot.waitUntil(lambda: tab.count_label.text() == f"共 {expected} 人")
    tab.search_edit.setText(some.name[0])
    qtbot.waitUntil(lambda: tab.model.rowCount() < tab.model.page_size)
    assert all(tab.model.record(r).name.startswith(some.name[0]) for r in range(5))


def test_every_row_reachable_and_model_consistent(qtmodeltester, qtbot) -> None:  # type: ignore[no-untyped-def]
    rows = [
        MemberListRow(
            id=i,
            name=f"会员{i}",
            gender="女",
            id_number=None,
            phone="",
            employer_name="",
            application_date=date(2026, 1, 1),
            status="applied",
            meeting_id=None,
        )
        for i in range(250, 0, -1)
    ]
    model: LazyRecordModel[MemberListRow] = LazyRecordModel(
        MemberTableModel.COLUMNS,
        lambda offset, limit: rows[offset : offset + limit],
        lambda: len(rows),
        page_size=100,
    )
    model.reload()
    assert model.rowCount() == 100
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 250
    assert model.data(model.index(249, 0)) == "会员1"
    qtmodeltester.check(model)
