"""The audit log: who did what to which record, when. Append-only: entries are added through
:func:`log` and :func:`log_many`, each sealed to the one before it (``domain.audit_chain``), and
the newest seal kept as the chain's head; the only change ever made to an entry is taking an
erased person out of its detail (:func:`redact`), which seals the chain again from there and is
itself logged by the erasure."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from station_app.domain import audit_chain
from station_app.domain.audit_chain import ChainEntry, ChainVerdict
from station_app.store.models import AuditEntry, Setting, database, new_uuid, now
from station_app.store.records import AuditRecord
from station_app.store.server import take_write_turn

HEAD_KEY = "audit.head"
# The sealed columns as stored (times as their text), in the order of ChainEntry.
_SEALED_SQL = (
    "SELECT id, at, clerk_name, action, entity, entity_uuid, origin, detail, chain "
    "FROM audit_entry WHERE id > ? ORDER BY id"
)
_HEAD_SQL = "SELECT value FROM setting WHERE key = ?"
Execute = Callable[[str, tuple[Any, ...]], Iterable[tuple[Any, ...]]]


def _head() -> str:
    row = Setting.get_or_none(Setting.key == HEAD_KEY)
    return row.value if row else ""


def _set_head(value: str) -> None:
    Setting.put(HEAD_KEY, value)


def log_many_entries(entries: Iterable[dict[str, str]]) -> int:
    """Append entries (dicts of action, clerk, entity, uuid, detail, and optionally origin and
    the entry's own entry_uuid) in order, sealed one to the next, in one transaction; returns
    how many."""
    with database.atomic():
        take_write_turn(database.obj)  # on a server: no other desk seals meanwhile
        previous = _head() or audit_chain.GENESIS
        rows = []
        for e in entries:
            at = now().isoformat(sep=" ")  # stored as this text, sealed as this text
            entry = ChainEntry(
                0,
                at,
                e.get("clerk", ""),
                e["action"],
                e.get("entity", ""),
                e.get("uuid", ""),
                e.get("origin", ""),
                e.get("detail", ""),
            )
            previous = audit_chain.seal(previous, entry)
            rows.append(
                {
                    "uuid": e.get("entry_uuid") or new_uuid(),
                    "at": at,
                    "clerk_name": entry.clerk,
                    "action": entry.action,
                    "entity": entry.entity,
                    "entity_uuid": entry.entity_uuid,
                    "origin": entry.origin,
                    "detail": entry.detail,
                    "chain": previous,
                }
            )
        for start in range(0, len(rows), 200):
            AuditEntry.insert_many(rows[start : start + 200]).execute()
        if rows:
            _set_head(previous)
    return len(rows)


def log(
    action: str,
    *,
    clerk: str = "",
    entity: str = "",
    uuid: str = "",
    detail: str = "",
    origin: str = "",
) -> None:
    log_many_entries(
        [
            {
                "action": action,
                "clerk": clerk,
                "entity": entity,
                "uuid": uuid,
                "detail": detail,
                "origin": origin,
            }
        ]
    )


def log_many(
    action: str, uuids: Iterable[str], *, clerk: str = "", entity: str = "", detail: str = ""
) -> None:
    """The same action on several records: one entry each, in one transaction."""
    log_many_entries(
        {"action": action, "clerk": clerk, "entity": entity, "uuid": u, "detail": detail}
        for u in uuids
    )


def recent(limit: int = 500, *, action: str | None = None) -> list[AuditRecord]:
    q = AuditEntry.select().order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(limit)
    if action:
        q = q.where(AuditEntry.action == action)
    return [
        AuditRecord(e.at, e.clerk_name, e.action, e.entity, e.entity_uuid, e.detail, e.origin)
        for e in q
    ]


def _peewee(sql: str, params: tuple[Any, ...]) -> Iterable[tuple[Any, ...]]:
    # the statements above hold no "?" but their placeholders; PostgreSQL's is "%s"
    return database.execute_sql(sql.replace("?", database.param), params)  # type: ignore[no-any-return]


def _entries(after_id: int = 0, execute: Execute = _peewee) -> Iterator[ChainEntry]:
    for row in execute(_SEALED_SQL, (after_id,)):
        yield ChainEntry(*row)


def verify(execute: Execute = _peewee) -> ChainVerdict:
    """Check the whole chain: of the open database, or through ``execute`` (a read-only
    connection's ``execute``, for ``station-app check``)."""
    head = next(iter(execute(_HEAD_SQL, (HEAD_KEY,))), ("",))[0]
    return audit_chain.verify(_entries(0, execute), head)


def reseal_from(first_id: int) -> int:
    """Seal again every entry from ``first_id`` on (after a redaction); returns how many."""
    before = (
        AuditEntry.select(AuditEntry.chain)
        .where(AuditEntry.id < first_id)
        .order_by(AuditEntry.id.desc())
        .limit(1)
        .scalar()
    )
    previous = before or audit_chain.GENESIS
    count = 0
    with database.atomic():
        for entry in list(_entries(first_id - 1)):
            previous = audit_chain.seal(previous, entry)
            AuditEntry.update(chain=previous).where(AuditEntry.id == entry.id).execute()
            count += 1
        if count:
            _set_head(previous)
    return count


def seal_all() -> int:
    """Seal the whole log (a database from before the chain); returns how many entries."""
    return reseal_from(1)


def redact(
    anywhere: Iterable[str],
    *,
    uuids: Iterable[str] = (),
    in_own: Iterable[str] = (),
    replacement: str = "已删除",
) -> int:
    """Take a person out of the log: ``anywhere`` (their numbers, masked or not, and their
    label) out of every entry's detail, whichever record it was filed under (the same person
    may have another uuid, e.g. from an event laptop), and ``in_own`` (their name) out of the
    entries of ``uuids`` too. Who and when stay. The chain is sealed again from the first
    changed entry. Returns how many entries changed."""

    def _longest_first(words: Iterable[str]) -> list[str]:
        return sorted({w for w in words if w}, key=len, reverse=True)

    everywhere = _longest_first(anywhere)
    uuids = [u for u in uuids if u]
    own = _longest_first([*everywhere, *in_own])
    wanted = AuditEntry.entity_uuid.in_(uuids) if uuids else None
    for w in everywhere:
        hit = AuditEntry.detail.contains(w)
        wanted = hit if wanted is None else wanted | hit
    if wanted is None:
        return 0
    changed: list[int] = []
    with database.atomic():
        q = AuditEntry.select(AuditEntry.id, AuditEntry.entity_uuid, AuditEntry.detail)
        for e in list(q.where(wanted)):
            detail = e.detail
            for w in own if e.entity_uuid in uuids else everywhere:
                detail = detail.replace(w, replacement)
            if detail != e.detail:
                AuditEntry.update(detail=detail).where(AuditEntry.id == e.id).execute()
                changed.append(e.id)
        if changed:
            reseal_from(min(changed))
    return len(changed)
