"""Tombstones of people erased on request (see ``domain.tombstone``)."""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from station_app.domain.tombstone import tombstone_digest
from station_app.store import cipher
from station_app.store.models import Member, Setting, Tombstone

KEY_SETTING = "privacy.tombstone_key"


def _key() -> bytes:
    """The database's own key, made on first use (a new database is created at the current
    schema without running the steps)."""
    row = Setting.get_or_none(Setting.key == KEY_SETTING)
    if row is None or not row.value:
        value = secrets.token_hex(32)
        Setting.insert(key=KEY_SETTING, value=value).on_conflict_ignore().execute()
        row = Setting.get(Setting.key == KEY_SETTING)
    return bytes.fromhex(row.value)


def ensure_key() -> None:
    _key()


def add(id_number: str, day: date) -> None:
    Tombstone.insert(
        digest=tombstone_digest(_key(), id_number), erased_on=day
    ).on_conflict_ignore().execute()


def remove(id_number: str) -> None:
    Tombstone.delete().where(Tombstone.digest == tombstone_digest(_key(), id_number)).execute()


def erased_among(numbers: Iterable[str]) -> set[str]:
    """The numbers among ``numbers`` that belong to someone erased on request."""
    key = _key()
    digests = {tombstone_digest(key, n): n for n in numbers if n}
    found: set[str] = set()
    items = list(digests)
    for start in range(0, len(items), 500):
        q = Tombstone.select(Tombstone.digest).where(
            Tombstone.digest.in_(items[start : start + 500])
        )
        found |= {digests[d] for (d,) in q.tuples()}
    return found


def is_erased(id_number: str) -> bool:
    return bool(id_number) and bool(erased_among([id_number]))


def all_digests() -> set[str]:
    return {d for (d,) in Tombstone.select(Tombstone.digest).tuples()}


def read_from_file(path: Path) -> tuple[str, set[str]]:
    """The key and tombstones of a database file that is not open (read-only): kept across a
    restore, so a person erased since the backup was made stays erased."""
    con = cipher.connect(path)
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "erasure_tombstone" not in tables:
            return "", set()
        row = con.execute("SELECT value FROM setting WHERE key = ?", (KEY_SETTING,)).fetchone()
        digests = {r[0] for r in con.execute("SELECT digest FROM erasure_tombstone")}
        return (row[0] if row else ""), digests
    finally:
        con.close()


def adopt(key_hex: str, digests: set[str], day: date) -> bool:
    """Take over another file's tombstones when they were made with this database's key (or
    this database has none of its own yet); False when the keys differ."""
    row = Setting.get_or_none(Setting.key == KEY_SETTING)
    if row is None or not row.value or not Tombstone.select().exists():
        Setting.put(KEY_SETTING, key_hex)
    elif row.value != key_hex:
        return False
    rows = [{"digest": d, "erased_on": day} for d in digests]
    for start in range(0, len(rows), 500):
        Tombstone.insert_many(rows[start : start + 500]).on_conflict_ignore().execute()
    return True


def members_erased_elsewhere() -> list[int]:
    """Members whose number has a tombstone here (after tombstones were adopted)."""
    key, found = _key(), all_digests()
    if not found:
        return []
    q = Member.select(Member.id, Member.id_number).where(Member.id_number.is_null(False))
    return [mid for mid, number in q.tuples().iterator() if tombstone_digest(key, number) in found]
