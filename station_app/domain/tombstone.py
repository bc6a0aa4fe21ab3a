"""What is kept of a person erased on request: a keyed hash of their document number. It tells
whether a number coming back (an import, a registration, an event laptop) is theirs, and
nothing else: without the database's key the number cannot be tried against it."""

from __future__ import annotations

import hashlib
import hmac

from station_app.domain.resident_id import normalize_resident_id


def tombstone_digest(key: bytes, id_number: str) -> str:
    return hmac.new(key, normalize_resident_id(id_number).encode(), hashlib.sha256).hexdigest()
