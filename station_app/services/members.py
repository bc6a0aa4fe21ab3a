"""The register as the window reads it: searches, counts, a day's registrations, one record."""

from __future__ import annotations

from station_app.store import members as member_store

search_members = member_store.search_members
count_members = member_store.count_members
members_registered_on = member_store.members_registered_on
get_member = member_store.get_member
find_member_by_id_number = member_store.find_member_by_id_number
