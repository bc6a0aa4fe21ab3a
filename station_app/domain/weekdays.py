"""The days of the week as the station writes them (周一 … 周日), Monday first as in
``date.weekday()``."""

from __future__ import annotations

WEEKDAY_NAMES = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")
