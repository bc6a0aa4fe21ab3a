"""The station's reported figures: their keys, labels and units, and one period's values.

A plain value type shared by the statistics service, the exports and the printed report.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

# (key, label, unit) in the order they are shown and printed; the first five are the report's.
FIGURES: tuple[tuple[str, str, str], ...] = (
    ("meetings_held", "召开沟通会", "场"),
    ("consultations", "接待职工咨询", "人次"),
    ("onsite_joins", "现场入会", "人"),
    ("non_unionized_attended", "参会未建会企业", "家"),
    ("intentions", "达成建会意向", "家"),
    ("unions_founded", "新建工会", "家"),
    ("feedback_received", "收集意见建议", "条"),
    ("feedback_answered", "已答复意见建议", "条"),
    ("hand_outs", "发放礼品/慰问品", "份"),
)
FIVE: tuple[str, ...] = tuple(k for k, _, _ in FIGURES[:5])
LABELS: dict[str, str] = {k: label for k, label, _ in FIGURES}
UNITS: dict[str, str] = {k: unit for k, _, unit in FIGURES}
KIND_PREFIX = "meetings_held:"


@dataclass(frozen=True)
class PeriodFigures:
    start: date
    end: date
    meetings_held: int
    meetings_by_kind: dict[str, int] = field(default_factory=dict)
    consultations: int = 0
    onsite_joins: int = 0
    non_unionized_attended: int = 0
    intentions: int = 0
    unions_founded: int = 0
    feedback_received: int = 0
    feedback_answered: int = 0
    hand_outs: int = 0

    def value(self, key: str) -> int:
        """A figure by key; ``meetings_held:<kind>`` gives the meetings of one kind."""
        if key.startswith(KIND_PREFIX):
            return self.meetings_by_kind.get(key.removeprefix(KIND_PREFIX), 0)
        return int(getattr(self, key))

    def as_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["start"], d["end"] = self.start.isoformat(), self.end.isoformat()
        return d
