"""The configurable lists (建会阶段, 意见建议类别): read with how much uses each entry, saved
together.

Saving raises ``ValidationError`` (a ``ValueError`` with ``.code`` and a Chinese ``.message``)
when a rule refuses the change: empty or repeated names, a stage that still holds enterprises,
the founded stage deleted, no founded stage or two on-hold stages, a category still in use.
"""

from __future__ import annotations

from dataclasses import dataclass

from station_app.domain.errors import ValidationError
from station_app.store import enterprises as enterprise_store, station as station_store
from station_app.store.records import StageRecord
from station_app.store.station import CategoryEntry, StageEntry

__all__ = [
    "CategoryEntry",
    "CategoryUse",
    "ListSettings",
    "SaveResult",
    "StageEntry",
    "StageUse",
    "ValidationError",
    "load",
    "save",
]


@dataclass(frozen=True)
class StageUse:
    stage: StageRecord
    enterprises: int


@dataclass(frozen=True)
class CategoryUse:
    name: str
    feedback: int


@dataclass(frozen=True)
class ListSettings:
    stages: list[StageUse]
    categories: list[CategoryUse]


@dataclass(frozen=True)
class SaveResult:
    stage_changes: list[str]
    category_changes: list[str]

    @property
    def saved(self) -> bool:
        return bool(self.stage_changes or self.category_changes)


def load() -> ListSettings:
    counts = enterprise_store.stage_counts()
    used = station_store.feedback_category_counts()
    return ListSettings(
        stages=[StageUse(s, counts.get(s.id, 0)) for s in station_store.list_stages()],
        categories=[
            CategoryUse(name, used.get(name, 0))
            for name in station_store.list_feedback_categories()
        ],
    )


def save(
    stages: list[StageEntry], categories: list[CategoryEntry], *, clerk: str = ""
) -> SaveResult:
    """Both lists at once, in one transaction; nothing is saved when a rule refuses."""
    stage_changes, category_changes = station_store.save_list_settings(
        stages, categories, clerk=clerk
    )
    return SaveResult(stage_changes, category_changes)
