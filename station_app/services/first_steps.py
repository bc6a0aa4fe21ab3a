"""What a new station has done of its first steps: its details, the 12th planned, a first
walk-in registered, the company roster imported."""

from __future__ import annotations

from dataclasses import dataclass

from station_app.store import station as station_store
from station_app.store.models import Enterprise, Meeting, Member


@dataclass(frozen=True)
class FirstSteps:
    station_details: bool
    meetings_planned: bool
    member_registered: bool
    roster_imported: bool

    @property
    def all_done(self) -> bool:
        return (
            self.station_details
            and self.meetings_planned
            and self.member_registered
            and self.roster_imported
        )


def first_steps() -> FirstSteps:
    return FirstSteps(
        station_details=station_store.get_station().is_complete,
        meetings_planned=bool(Meeting.select().exists()),
        member_registered=bool(Member.select().exists()),
        roster_imported=bool(Enterprise.select().exists()),
    )


def is_new_station() -> bool:
    """Nothing recorded yet: no meeting, member or enterprise."""
    steps = first_steps()
    return not (steps.meetings_planned or steps.member_registered or steps.roster_imported)
