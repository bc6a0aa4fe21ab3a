"""The audit log's chain: each entry's seal is a hash of the previous seal and the entry itself,
so an entry changed, removed or slipped in afterwards shows as the first seal that no longer
matches. The newest seal is also kept apart (the chain's head), so entries cut off the end show
too."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

GENESIS = "0" * 64


@dataclass(frozen=True)
class ChainEntry:
    """The sealed fields of one entry (its id only says where it sits)."""

    id: int
    at: datetime | str
    clerk: str
    action: str
    entity: str
    entity_uuid: str
    origin: str
    detail: str
    seal: str = ""


def _at_text(at: datetime | str) -> str:
    return at if isinstance(at, str) else at.isoformat(sep=" ")


def seal(previous: str, entry: ChainEntry) -> str:
    """The seal of ``entry`` following an entry sealed ``previous``."""
    body = json.dumps(
        [
            previous,
            _at_text(entry.at),
            entry.clerk,
            entry.action,
            entry.entity,
            entry.entity_uuid,
            entry.origin,
            entry.detail,
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ChainVerdict:
    ok: bool
    entries: int
    broken_at: int | None = None  # the id of the first entry whose seal does not match
    reason: str = ""


def verify(entries: Iterable[ChainEntry], head: str) -> ChainVerdict:
    """Check every seal in order, then that the last one is the recorded ``head``."""
    previous = GENESIS
    count = 0
    for entry in entries:
        count += 1
        if seal(previous, entry) != entry.seal:
            return ChainVerdict(False, count, entry.id, f"第 {entry.id} 条日志与封存时不一致")
        previous = entry.seal
    if (head or GENESIS) != previous:
        reason = "日志末尾的记录被删除或替换了" if count else "日志被清空了"
        return ChainVerdict(False, count, None, reason)
    return ChainVerdict(True, count)
