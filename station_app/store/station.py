"""Station settings, clerks, buildings and the configurable lists (stages, feedback categories)."""

from __future__ import annotations

from dataclasses import asdict, fields

from station_app.domain.terms import DEFAULT_FEEDBACK_CATEGORIES, DEFAULT_STAGES
from station_app.store.models import Building, Clerk, FeedbackCategory, Setting, Stage, database
from station_app.store.records import BuildingRecord, ClerkRecord, StageRecord, StationSettings

_STATION_PREFIX = "station."


def get_station() -> StationSettings:
    keys = [_STATION_PREFIX + f.name for f in fields(StationSettings)]
    found = {s.key: s.value for s in Setting.select().where(Setting.key.in_(keys))}
    return StationSettings(
        **{f.name: found.get(_STATION_PREFIX + f.name, "") for f in fields(StationSettings)}
    )


def save_station(settings: StationSettings) -> None:
    with database.atomic():
        for key, value in asdict(settings).items():
            Setting.replace(key=_STATION_PREFIX + key, value=str(value).strip()).execute()


def get_setting(key: str, default: str = "") -> str:
    row = Setting.get_or_none(Setting.key == key)
    return row.value if row else default


def set_setting(key: str, value: str) -> None:
    Setting.replace(key=key, value=value).execute()


def _clerk(c: Clerk) -> ClerkRecord:
    return ClerkRecord(id=c.id, name=c.name, phone=c.phone, active=c.active)


def list_clerks(*, active_only: bool = True) -> list[ClerkRecord]:
    q = Clerk.select().order_by(Clerk.id)
    if active_only:
        q = q.where(Clerk.active == True)  # noqa: E712
    return [_clerk(c) for c in q]


def ensure_clerk(name: str, phone: str = "") -> ClerkRecord:
    name = name.strip()
    clerk, _ = Clerk.get_or_create(name=name, defaults={"phone": phone})
    if not clerk.active:
        clerk.active = True
        clerk.save()
    return _clerk(clerk)


def set_clerks(names: list[str]) -> list[ClerkRecord]:
    """Make exactly ``names`` the active clerks (others are kept, inactive, for history)."""
    wanted = [n.strip() for n in names if n.strip()]
    with database.atomic():
        Clerk.update(active=False).where(Clerk.name.not_in(wanted)).execute()
        for n in wanted:
            ensure_clerk(n)
    return list_clerks()


def list_buildings() -> list[BuildingRecord]:
    return [
        BuildingRecord(id=b.id, name=b.name, address=b.address, lobby=b.lobby)
        for b in Building.select().order_by(Building.name)
    ]


def ensure_building(name: str, address: str = "", lobby: str = "") -> BuildingRecord:
    b, _ = Building.get_or_create(name=name.strip(), defaults={"address": address, "lobby": lobby})
    return BuildingRecord(id=b.id, name=b.name, address=b.address, lobby=b.lobby)


def ensure_default_lists() -> None:
    """Seed the configurable lists on a new database (stages, feedback categories)."""
    with database.atomic():
        if not Stage.select().exists():
            for pos, (name, founded, hold) in enumerate(DEFAULT_STAGES):
                Stage.create(name=name, position=pos, is_founded=founded, is_on_hold=hold)
        if not FeedbackCategory.select().exists():
            for pos, name in enumerate(DEFAULT_FEEDBACK_CATEGORIES):
                FeedbackCategory.create(name=name, position=pos)


def list_stages() -> list[StageRecord]:
    return [
        StageRecord(s.id, s.name, s.position, s.is_founded, s.is_on_hold)
        for s in Stage.select().order_by(Stage.position)
    ]


def list_feedback_categories() -> list[str]:
    return [c.name for c in FeedbackCategory.select().order_by(FeedbackCategory.position)]
