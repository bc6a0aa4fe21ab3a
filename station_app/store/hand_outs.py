"""Hand-outs (发放): welcome gifts recorded with a registration, and those recorded on their own
(夏送清凉, 冬送温暖, 慰问品, gifts at a meeting) with a recipient or a count."""

from __future__ import annotations

from datetime import date

from peewee import JOIN, fn

from station_app.store.models import HandOut, Meeting
from station_app.store.records import HandOutRecord
from station_app.store.values import as_date


def add_hand_out(
    *,
    day: date,
    item: str,
    quantity: int,
    campaign: str,
    recipient_name: str = "",
    meeting_id: int | None = None,
    member_id: int | None = None,
) -> int:
    """One hand-out; ``member_id``: the welcome gift given with that registration."""
    row = HandOut.create(
        member=member_id,
        date=day,
        item=item,
        quantity=quantity,
        campaign=campaign,
        recipient_name=recipient_name,
        meeting=meeting_id,
    )
    return int(row.id)


def list_hand_outs(
    start: date | None = None, end: date | None = None, *, meeting_id: int | None = None
) -> list[HandOutRecord]:
    """Hand-outs newest first, each with whether it came with a registration."""
    q = HandOut.select(HandOut, Meeting.date.alias("meeting_date")).join(
        Meeting, JOIN.LEFT_OUTER, on=(HandOut.meeting == Meeting.id)
    )
    if start is not None:
        q = q.where(HandOut.date >= start)
    if end is not None:
        q = q.where(HandOut.date <= end)
    if meeting_id is not None:
        q = q.where(HandOut.meeting == meeting_id)
    return [
        HandOutRecord(
            id=r["id"],
            day=as_date(r["date"]),
            item=r["item"],
            quantity=r["quantity"],
            campaign=r["campaign"],
            recipient_name=r["recipient_name"],
            meeting_id=r["meeting"],
            meeting_date=as_date(r["meeting_date"]) if r["meeting_date"] else None,
            with_registration=r["member"] is not None,
        )
        for r in q.order_by(HandOut.date.desc(), HandOut.id.desc()).dicts()
    ]


def delete_hand_out(hand_out_id: int) -> None:
    HandOut.delete().where(HandOut.id == hand_out_id).execute()


def gifts_of_meeting(meeting_id: int) -> list[tuple[str, bool, int]]:
    """(item, with a registration, quantity) of what was handed out at a meeting."""
    q = (
        HandOut.select(HandOut.item, HandOut.member.is_null(False), fn.SUM(HandOut.quantity))
        .where(HandOut.meeting == meeting_id)
        .group_by(HandOut.item, HandOut.member.is_null(False))
        .order_by(HandOut.item)
        .tuples()
    )
    return [(item, bool(reg), int(n or 0)) for item, reg, n in q]
