"""The station's own details, its clerks and its lists (buildings, stages, feedback categories,
the enterprises' names to choose from)."""

from __future__ import annotations

from station_app.store import enterprises as enterprise_store, station as station_store

get_station = station_store.get_station
save_station = station_store.save_station
list_clerks = station_store.list_clerks
set_clerks = station_store.set_clerks
list_buildings = station_store.list_buildings
list_stages = station_store.list_stages
list_feedback_categories = station_store.list_feedback_categories
ensure_default_lists = station_store.ensure_default_lists
all_enterprise_names = enterprise_store.all_enterprise_names
