"""Hand-outs outside registrations: 夏送清凉, 冬送温暖, 慰问品 at activities, gifts at a meeting to
people who did not register. A welcome gift given with a registration is recorded by the
registration itself and never asked for again, so every gift is counted once."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from station_app.domain.errors import ValidationError, clean_text
from station_app.services import changes
from station_app.store import audit, hand_outs as hand_out_store
from station_app.store.db import unit_of_work
from station_app.store.records import HandOutRecord

CAMPAIGNS: tuple[str, ...] = ("夏送清凉", "冬送温暖", "慰问品", "沟通会礼品", "其他")
MAX_QUANTITY = 100_000


@dataclass(frozen=True)
class HandOutInput:
    """One hand-out: to a named recipient (quantity: what that person got) or to a number of
    people not named (quantity: how many)."""

    day: date
    item: str
    campaign: str
    quantity: int = 1
    recipient_name: str = ""
    meeting_id: int | None = None


def add_hand_out(data: HandOutInput, *, today: date, clerk: str = "") -> int:
    item = clean_text(data.item)
    if not item:
        raise ValidationError("hand_out.item", "请填写发放的物品，例如：毛巾、防暑降温用品")
    if not clean_text(data.campaign):
        raise ValidationError("hand_out.campaign", "请选择发放活动，例如：夏送清凉")
    if not 1 <= data.quantity <= MAX_QUANTITY:
        raise ValidationError("hand_out.quantity", f"数量应在 1 到 {MAX_QUANTITY} 之间")
    if data.day > today:
        raise ValidationError("hand_out.day", "发放日期不能晚于今天")
    recipient = clean_text(data.recipient_name)
    who = recipient or f"{data.quantity} 份"
    with unit_of_work():
        hid = hand_out_store.add_hand_out(
            day=data.day,
            item=item,
            quantity=data.quantity,
            campaign=clean_text(data.campaign),
            recipient_name=recipient,
            meeting_id=data.meeting_id,
        )
        audit.log(
            "hand_out.add", clerk=clerk, entity="hand_out", detail=f"{data.campaign} {item} {who}"
        )
    changes.notify(changes.HAND_OUTS)
    return hid


def hand_outs(start: date | None = None, end: date | None = None) -> list[HandOutRecord]:
    """Every hand-out in the period, those with a registration marked as such."""
    return hand_out_store.list_hand_outs(start, end)


def delete_hand_out(record: HandOutRecord, *, clerk: str = "") -> None:
    if record.with_registration:
        raise ValidationError(
            "hand_out.registration", "入会礼品随入会登记记录，请在现场入会页修改该登记。"
        )
    with unit_of_work():
        hand_out_store.delete_hand_out(record.id)
        audit.log(
            "hand_out.delete",
            clerk=clerk,
            entity="hand_out",
            detail=f"{record.day.isoformat()} {record.campaign} {record.item} {record.quantity}",
        )
    changes.notify(changes.HAND_OUTS)


def meeting_gifts_text(meeting_id: int) -> str:
    """What a meeting's hand-outs already on record say, for the hold dialog."""
    parts = []
    for item, with_registration, n in hand_out_store.gifts_of_meeting(meeting_id):
        source = "随入会登记" if with_registration else "另行登记"
        parts.append(f"{item} {n} 份（{source}）")
    return "；".join(parts)
