"""Frozen dataclasses the store hands out; nothing outside the store sees a peewee row."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time


@dataclass(frozen=True)
class StationSettings:
    name: str = ""
    street: str = ""
    district_federation: str = ""
    address: str = ""
    phone: str = ""

    @property
    def is_complete(self) -> bool:
        return bool(self.name.strip())


@dataclass(frozen=True)
class ClerkRecord:
    id: int
    name: str
    phone: str = ""
    active: bool = True


@dataclass(frozen=True)
class BuildingRecord:
    id: int
    name: str
    address: str = ""
    lobby: str = ""


@dataclass(frozen=True)
class StageRecord:
    id: int
    name: str
    position: int
    is_founded: bool = False
    is_on_hold: bool = False
    role: str = ""


@dataclass(frozen=True)
class EnterpriseRecord:
    id: int
    uuid: str
    name: str
    credit_code: str | None
    building_id: int | None
    building_name: str
    industry: str
    ownership: str
    foreign_invested: bool
    employee_count: int
    union_status: str
    contact_person: str
    contact_phone: str
    stage_id: int | None
    stage_name: str
    address: str = ""
    notes: str = ""
    congress_date: date | None = None
    union_founded_on: date | None = None
    next_follow_up: date | None = None


@dataclass(frozen=True)
class MeetingRecord:
    id: int
    uuid: str
    kind: str
    title: str
    date: date
    start_time: time | None
    end_time: time | None
    venue_id: int | None
    venue_name: str
    venue_detail: str
    host_id: int | None
    host_name: str
    status: str
    twin_id: int | None
    consultation_count: int
    notes: str
    joins: int = 0
    enterprises_attended: int = 0


@dataclass(frozen=True)
class MemberRecord:
    id: int
    uuid: str
    name: str
    gender: str
    birth_date: date | None
    ethnicity: str
    education: str
    native_place: str
    political_status: str
    employer_id: int | None
    employer_name: str
    job_title: str
    phone: str
    id_type: str
    id_number: str | None
    hukou_type: str
    migrant_worker: bool | None
    family_members: str
    resume: str
    approval_opinion: str
    remarks: str
    application_date: date
    meeting_id: int | None
    status: str
    card_number: str
    card_issued: bool
    card_phone_bound: bool
    consent: bool
    clerk_id: int | None
    clerk_name: str
    created_at: datetime | None = None
    professional_title: str = ""
    primary_union: str = ""
    approval_date: date | None = None
    group_opinion: str = ""
    version: int = 1  # counted up by every save: another desk's save is told by it


@dataclass(frozen=True)
class MemberListRow:
    """What a member list shows: no more columns than a list needs."""

    id: int
    name: str
    gender: str
    id_number: str | None
    phone: str
    employer_name: str
    application_date: date
    status: str
    meeting_id: int | None = None
    id_type: str = "居民身份证"


@dataclass(frozen=True)
class FollowUpRecord:
    id: int
    enterprise_id: int
    enterprise_name: str
    date: date
    way: str
    clerk_name: str
    summary: str
    next_date: date | None
    meeting_id: int | None = None
    recorded_at: datetime | None = None  # when it was typed (``date``: when it happened)


@dataclass(frozen=True)
class FeedbackRecord:
    id: int
    enterprise_id: int | None
    enterprise_name: str
    meeting_id: int | None
    category: str
    content: str
    received_on: date
    reply: str
    replied_on: date | None
    status: str
    source: str = "enterprise"  # or "employee"
    person_name: str = ""  # an employee's name; empty: anonymous

    @property
    def who(self) -> str:
        """The firm, or the employee (匿名 when no name was given)."""
        if self.source == "employee":
            person = self.person_name or "匿名职工"
            return f"{person}（{self.enterprise_name}）" if self.enterprise_name else person
        return self.enterprise_name


@dataclass(frozen=True)
class AuditRecord:
    at: datetime
    clerk_name: str
    action: str
    entity: str
    entity_uuid: str
    detail: str
    origin: str = ""  # "" for this database's own entries; else where they were recorded


@dataclass(frozen=True)
class Page:
    """A slice of a long list plus the total, for lazy table models."""

    rows: list[object] = field(default_factory=list)
    total: int = 0


@dataclass(frozen=True)
class StageChangeRecord:
    id: int
    enterprise_id: int
    from_stage: str
    to_stage: str
    clerk_name: str
    changed_at: datetime  # when it was typed
    reason: str
    effective_on: date | None = None  # when it happened


@dataclass(frozen=True)
class FoundingTaskRecord:
    id: int
    enterprise_id: int
    item: str
    done: bool
    done_on: date | None
    position: int


@dataclass(frozen=True)
class ChecklistItemRecord:
    id: int
    meeting_id: int
    item: str
    done: bool
    position: int


@dataclass(frozen=True)
class AttendanceRecord:
    """An enterprise invited to or present at a meeting, with what came of it."""

    id: int
    meeting_id: int
    enterprise_id: int
    enterprise_name: str
    union_status: str
    stage_name: str
    invited: bool
    attended: bool
    outcome: str
    union_inquiry: bool
    notes: str = ""


@dataclass(frozen=True)
class MeetingFigures:
    """What one meeting brought, each figure counted from the records it comes from."""

    consultations: int = 0
    joins: int = 0
    invited: int = 0
    attended: int = 0
    non_unionized_attended: int = 0
    support: int = 0
    intentions: int = 0
    union_inquiries: int = 0
    gifts: int = 0
    feedback: int = 0


@dataclass(frozen=True)
class HandOutRecord:
    """A gift or benefit handed out; ``with_registration`` when recorded with a registration."""

    id: int
    day: date
    item: str
    quantity: int
    campaign: str
    recipient_name: str
    meeting_id: int | None
    meeting_date: date | None = None
    with_registration: bool = False
