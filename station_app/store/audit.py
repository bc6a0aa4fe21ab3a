"""The audit log: who did what to which record, when."""

from __future__ import annotations

from collections.abc import Iterable

from station_app.store.models import AuditEntry, database
from station_app.store.records import AuditRecord


def log(
    action: str, *, clerk: str = "", entity: str = "", uuid: str = "", detail: str = ""
) -> None:
    AuditEntry.create(
        action=action, clerk_name=clerk, entity=entity, entity_uuid=uuid, detail=detail
    )


def log_many(
    action: str, uuids: Iterable[str], *, clerk: str = "", entity: str = "", detail: str = ""
) -> None:
    """The same action on several records: one entry each, in one transaction."""
    with database.atomic():
        for uuid in uuids:
            log(action, clerk=clerk, entity=entity, uuid=uuid, detail=detail)


def recent(limit: int = 500, *, action: str | None = None) -> list[AuditRecord]:
    q = AuditEntry.select().order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(limit)
    if action:
        q = q.where(AuditEntry.action == action)
    return [AuditRecord(e.at, e.clerk_name, e.action, e.entity, e.entity_uuid, e.detail) for e in q]


def redact(uuid: str, words: Iterable[str], replacement: str = "已删除") -> int:
    """Replace ``words`` in the details of one record's entries (who and when stay)."""
    words = [w for w in words if w]
    changed = 0
    with database.atomic():
        for e in AuditEntry.select().where(AuditEntry.entity_uuid == uuid):
            detail = e.detail
            for w in words:
                detail = detail.replace(w, replacement)
            if detail != e.detail:
                AuditEntry.update(detail=detail).where(AuditEntry.id == e.id).execute()
                changed += 1
    return changed
