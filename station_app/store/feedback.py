"""Feedback (意见建议) from enterprises: what was said, the station's reply and when."""

from __future__ import annotations

from datetime import date
from typing import Any

from peewee import JOIN, Case, fn

from station_app.store.models import Enterprise, Feedback, database
from station_app.store.records import FeedbackRecord

OPEN = "open"
ANSWERED = "answered"


def _query() -> Any:
    return Feedback.select(Feedback, Enterprise.name.alias("enterprise_name")).join(
        Enterprise, JOIN.LEFT_OUTER, on=(Feedback.enterprise == Enterprise.id)
    )


def _record(f: Any) -> FeedbackRecord:
    return FeedbackRecord(
        id=f.id,
        enterprise_id=f.enterprise_id,
        enterprise_name=getattr(f, "enterprise_name", None) or "",
        meeting_id=f.meeting_id,
        category=f.category,
        content=f.content,
        received_on=f.received_on,
        reply=f.reply,
        replied_on=f.replied_on,
        status=f.status,
        source=f.source,
        person_name=f.person_name,
    )


def feedback_record(r: dict[str, Any]) -> FeedbackRecord:
    return FeedbackRecord(
        id=r["id"],
        enterprise_id=r["enterprise"],
        enterprise_name=r["enterprise_name"] or "",
        meeting_id=r["meeting"],
        category=r["category"],
        content=r["content"],
        received_on=r["received_on"],
        reply=r["reply"],
        replied_on=r["replied_on"],
        status=r["status"],
        source=r["source"],
        person_name=r["person_name"],
    )


def get_feedback(feedback_id: int) -> FeedbackRecord | None:
    rows = list(_query().where(Feedback.id == feedback_id).objects())
    return _record(rows[0]) if rows else None


def add_feedback(
    *,
    enterprise_id: int | None,
    category: str,
    content: str,
    received_on: date,
    meeting_id: int | None = None,
    source: str = "enterprise",
    person_name: str = "",
) -> FeedbackRecord:
    with database.atomic():
        row = Feedback.create(
            enterprise=enterprise_id,
            meeting=meeting_id,
            source=source,
            person_name=person_name,
            category=category,
            content=content,
            received_on=received_on,
            status=OPEN,
        )
    rec = get_feedback(row.id)
    assert rec is not None
    return rec


def reply_feedback(feedback_id: int, *, reply: str, replied_on: date) -> FeedbackRecord:
    Feedback.update(reply=reply, replied_on=replied_on, status=ANSWERED).where(
        Feedback.id == feedback_id
    ).execute()
    rec = get_feedback(feedback_id)
    assert rec is not None
    return rec


def list_feedback(
    *,
    enterprise_id: int | None = None,
    meeting_id: int | None = None,
    status: str | None = None,
    start: date | None = None,
    end: date | None = None,
) -> list[FeedbackRecord]:
    """Open ones first (oldest first, they have waited longest), then answered, newest first."""
    q = _query()
    if enterprise_id is not None:
        q = q.where(Feedback.enterprise == enterprise_id)
    if meeting_id is not None:
        q = q.where(Feedback.meeting == meeting_id)
    if status:
        q = q.where(Feedback.status == status)
    if start is not None:
        q = q.where(Feedback.received_on >= start)
    if end is not None:
        q = q.where(Feedback.received_on <= end)
    rows = [feedback_record(r) for r in q.dicts()]
    open_rows = sorted((r for r in rows if r.status != ANSWERED), key=lambda r: r.received_on)
    done = sorted((r for r in rows if r.status == ANSWERED), key=lambda r: r.received_on)
    return open_rows + done[::-1]


def tallies(start: date | None = None, end: date | None = None) -> list[tuple[str, int, int]]:
    """(category, received, answered) per category, counted in the database."""
    answered = fn.SUM(Case(None, [(Feedback.status == ANSWERED, 1)], 0))
    q = Feedback.select(Feedback.category, fn.COUNT(Feedback.id), answered).group_by(
        Feedback.category
    )
    if start is not None:
        q = q.where(Feedback.received_on >= start)
    if end is not None:
        q = q.where(Feedback.received_on <= end)
    return [(c or "", int(n), int(a or 0)) for c, n, a in q.tuples()]
