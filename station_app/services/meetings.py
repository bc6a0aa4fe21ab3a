"""The meetings as the window lists and shows them, and their preparation checklists."""

from __future__ import annotations

from station_app.services import changes
from station_app.store import attendance as attendance_store, meetings as meeting_store
from station_app.store.db import unit_of_work

list_meetings = meeting_store.list_meetings
count_meetings = meeting_store.count_meetings
get_meeting = meeting_store.get_meeting
todays_meeting = meeting_store.todays_meeting
checklist = meeting_store.checklist
list_attendance = attendance_store.list_attendance


@changes.notifies(changes.MEETINGS)
def set_checklist_done(item_id: int, done: bool) -> None:
    """Tick (or untick) one item of a meeting's preparation checklist."""
    with unit_of_work():
        meeting_store.set_checklist_done(item_id, done)
