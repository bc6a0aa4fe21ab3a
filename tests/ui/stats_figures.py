"""Waiting for the 统计 tab: its figures are read off the GUI thread."""

from __future__ import annotations

from typing import Any

from station_app.ui.tabs.stats_tab import StatsTab


def shown(qtbot: Any, tab: StatsTab, timeout: int = 15000) -> StatsTab:
    """Wait until the figures of the last refresh asked for are on screen."""
    qtbot.waitUntil(lambda: not tab.reading, timeout=timeout)
    return tab
