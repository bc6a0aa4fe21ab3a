"""The peewee tables. Only the store imports this module; everything else gets dataclasses."""

from __future__ import annotations

import uuid
from datetime import datetime

from peewee import (
    SQL,
    BooleanField,
    CharField,
    DatabaseProxy,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
    TimeField,
)

database = DatabaseProxy()


def new_uuid() -> str:
    return uuid.uuid4().hex


def now() -> datetime:
    return datetime.now().replace(microsecond=0)


class BaseModel(Model):
    """Every row carries a stable UUID so two databases can be merged later, and a version
    counted up by every change (a merge compares versions, never two machines' clocks)."""

    uuid = CharField(max_length=32, unique=True, default=new_uuid)
    created_at = DateTimeField(default=now)
    updated_at = DateTimeField(default=now, index=True)
    version = IntegerField(default=1, constraints=[SQL("DEFAULT 1")])  # since schema v12

    class Meta:
        database = database
        legacy_table_names = False

    def save(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        self.updated_at = now()
        if self._pk is not None and not kwargs.get("force_insert"):  # type: ignore[attr-defined]
            self.version = (self.version or 0) + 1  # save() writes every field, version too
        return super().save(*args, **kwargs)

    @classmethod
    def update(cls, __data=None, **update):  # type: ignore[no-untyped-def]
        """Every UPDATE (``save()`` of a stored row goes through here too) counts the
        version up, unless it sets the version itself."""
        given = {getattr(k, "name", k) for k in (__data or {})} | set(update)
        if "version" not in given:
            update["version"] = cls.version + 1
        return super().update(__data, **update)


class Setting(Model):
    """Station settings as key/value pairs (station name, street, federation, …)."""

    key = CharField(primary_key=True)
    value = TextField(default="")

    class Meta:
        database = database
        table_name = "setting"

    @classmethod
    def put(cls, key: str, value: str) -> None:
        """Set one setting, added or replaced: an upsert SQLite and PostgreSQL both run."""
        cls.insert(key=key, value=value).on_conflict(
            conflict_target=[cls.key], update={cls.value: value}
        ).execute()


class Clerk(BaseModel):
    name = CharField(unique=True)
    phone = CharField(default="")
    active = BooleanField(default=True)


class Building(BaseModel):
    name = CharField(unique=True)
    address = CharField(default="")
    lobby = CharField(default="")
    notes = TextField(default="")


class Stage(BaseModel):
    """An enterprise's place in the founding pipeline; the list is configurable."""

    name = CharField(unique=True)
    position = IntegerField(default=0, index=True)
    is_founded = BooleanField(default=False)
    is_on_hold = BooleanField(default=False)
    role = CharField(default="")  # "attended" / "intention": where meeting outcomes move to


class Enterprise(BaseModel):
    name = CharField(index=True)
    credit_code = CharField(max_length=18, null=True, unique=True)
    building = ForeignKeyField(Building, null=True, backref="enterprises", on_delete="SET NULL")
    address = CharField(default="")
    industry = CharField(default="")
    ownership = CharField(default="")
    foreign_invested = BooleanField(default=False, index=True)
    employee_count = IntegerField(default=0, index=True)
    union_status = CharField(default="未建会", index=True)
    contact_person = CharField(default="")
    contact_phone = CharField(default="")
    stage = ForeignKeyField(Stage, null=True, backref="enterprises", on_delete="SET NULL")
    stage_changed_at = DateTimeField(null=True)
    union_founded_on = DateField(null=True)
    congress_date = DateField(null=True)
    notes = TextField(default="")


class StageChange(BaseModel):
    enterprise = ForeignKeyField(Enterprise, backref="stage_changes", on_delete="CASCADE")
    from_stage = ForeignKeyField(Stage, null=True, on_delete="SET NULL", backref="+")
    to_stage = ForeignKeyField(Stage, null=True, on_delete="SET NULL", backref="+")
    clerk_name = CharField(default="")
    changed_at = DateTimeField(default=now, index=True)  # when it was typed
    reason = TextField(default="")
    effective_on = DateField(null=True, index=True)  # when it happened (since schema v7)


class FoundingTask(BaseModel):
    """One item of the founding checklist of an enterprise preparing its union."""

    enterprise = ForeignKeyField(Enterprise, backref="founding_tasks", on_delete="CASCADE")
    item = CharField()
    done = BooleanField(default=False)
    done_on = DateField(null=True)
    position = IntegerField(default=0)


class Meeting(BaseModel):
    kind = CharField(index=True)
    title = CharField(default="")
    date = DateField(index=True)
    start_time = TimeField(null=True)
    end_time = TimeField(null=True)
    venue = ForeignKeyField(Building, null=True, backref="meetings", on_delete="SET NULL")
    venue_detail = CharField(default="")
    host = ForeignKeyField(Clerk, null=True, backref="meetings", on_delete="SET NULL")
    status = CharField(default="planned", index=True)
    twin = ForeignKeyField("self", null=True, backref="twins", on_delete="SET NULL")
    consultation_count = IntegerField(default=0)
    notes = TextField(default="")


class ChecklistItem(BaseModel):
    """A preparation item of a meeting (banners, leaflets, QR code, blank forms, …)."""

    meeting = ForeignKeyField(Meeting, backref="checklist", on_delete="CASCADE")
    item = CharField()
    done = BooleanField(default=False)
    position = IntegerField(default=0)


class Attendance(BaseModel):
    """An enterprise invited to, or present at, a meeting, with what came of it."""

    meeting = ForeignKeyField(Meeting, backref="attendances", on_delete="CASCADE")
    enterprise = ForeignKeyField(Enterprise, backref="attendances", on_delete="CASCADE")
    invited = BooleanField(default=True)
    attended = BooleanField(default=False)
    outcome = CharField(default="")
    union_inquiry = BooleanField(default=False)
    notes = TextField(default="")

    class Meta:
        indexes = ((("meeting", "enterprise"), True),)


class Member(BaseModel):
    """A member or applicant: every field of the 工会会员登记表."""

    name = CharField(index=True)
    gender = CharField(default="")
    birth_date = DateField(null=True)
    ethnicity = CharField(default="")
    education = CharField(default="")
    native_place = CharField(default="")
    political_status = CharField(default="")
    employer = ForeignKeyField(Enterprise, null=True, backref="members", on_delete="SET NULL")
    employer_text = CharField(default="")
    job_title = CharField(default="")  # 职务
    professional_title = CharField(default="")  # 职称, since schema v4
    phone = CharField(default="", index=True)
    id_type = CharField(default="居民身份证")
    id_number = CharField(null=True, unique=True)
    hukou_type = CharField(default="")
    migrant_worker = BooleanField(null=True)
    primary_union = CharField(default="")  # 所属基层工会, since schema v4
    approval_date = DateField(null=True)  # 入会（批准）日期, since schema v4
    family_members = TextField(default="")
    resume = TextField(default="")
    group_opinion = TextField(default="")  # 工会小组意见, since schema v4
    approval_opinion = TextField(default="")
    remarks = TextField(default="")
    application_date = DateField(index=True)
    meeting = ForeignKeyField(Meeting, null=True, backref="members", on_delete="SET NULL")
    status = CharField(default="applied", index=True)
    card_number = CharField(default="")
    card_issued = BooleanField(default=False)
    card_phone_bound = BooleanField(default=False)
    consent = BooleanField(default=False)
    clerk = ForeignKeyField(Clerk, null=True, backref="members", on_delete="SET NULL")
    erased_at = DateTimeField(null=True)
    # the name's search keys (domain.name_search), filled wherever a name is written; since v13.
    # Empty by default in the file too, so a row written by other means is still accepted.
    name_pinyin = CharField(default="", index=True, constraints=[SQL("DEFAULT ''")])
    name_initials = CharField(default="", index=True, constraints=[SQL("DEFAULT ''")])

    class Meta:
        # a meeting's registrations on its day in one index seek (on-site joins); since schema v9
        indexes = ((("meeting", "application_date"), False),)


class FollowUp(BaseModel):
    enterprise = ForeignKeyField(Enterprise, backref="follow_ups", on_delete="CASCADE")
    date = DateField(index=True)
    way = CharField(default="")
    clerk_name = CharField(default="")
    summary = TextField(default="")
    next_date = DateField(null=True, index=True)
    meeting = ForeignKeyField(Meeting, null=True, backref="follow_ups", on_delete="SET NULL")

    class Meta:
        # an enterprise's latest contact in one index seek (the due view); since schema v2
        indexes = ((("enterprise", "date"), False),)


class FeedbackCategory(BaseModel):
    name = CharField(unique=True)
    position = IntegerField(default=0)

    class Meta:
        table_name = "feedback_categories"


class Feedback(BaseModel):
    enterprise = ForeignKeyField(Enterprise, null=True, backref="feedback", on_delete="SET NULL")
    meeting = ForeignKeyField(Meeting, null=True, backref="feedback", on_delete="SET NULL")
    category = CharField(default="", index=True)
    content = TextField()
    received_on = DateField(index=True)
    reply = TextField(default="")
    replied_on = DateField(null=True)
    status = CharField(default="open", index=True)
    source = CharField(default="enterprise")  # "enterprise" or "employee" (since schema v8)
    person_name = CharField(default="")  # an employee's name; empty: anonymous


class HandOut(BaseModel):
    """A gift or benefit handed out (welcome gift, 送温暖, 夏送清凉)."""

    member = ForeignKeyField(Member, null=True, backref="hand_outs", on_delete="SET NULL")
    recipient_name = CharField(default="")
    meeting = ForeignKeyField(Meeting, null=True, backref="hand_outs", on_delete="SET NULL")
    item = CharField()
    quantity = IntegerField(default=1)
    date = DateField(index=True)
    campaign = CharField(default="")


class MaterialHandOut(BaseModel):
    """Copies of one of the station's own leaflets printed for a meeting and handed out
    (since schema v5)."""

    meeting = ForeignKeyField(Meeting, null=True, backref="materials", on_delete="SET NULL")
    title = CharField()
    copies = IntegerField(default=1)
    date = DateField(index=True)

    class Meta:
        table_name = "material_hand_out"


class CalendarDay(BaseModel):
    """A day of a year's holiday arrangement typed in by the station (a year the holiday
    library does not know yet): a public holiday, or a weekend day worked instead (调休)."""

    day = DateField(unique=True)
    kind = CharField(default="holiday")  # "holiday" or "makeup"
    name = CharField(default="")


class AuditEntry(BaseModel):
    at = DateTimeField(default=now, index=True)
    clerk_name = CharField(default="")
    action = CharField(index=True)
    entity = CharField(default="")
    entity_uuid = CharField(default="")
    detail = TextField(default="")
    origin = CharField(default="")  # "" here; an event laptop's entries name it (since v10)
    chain = CharField(default="")  # the seal: see domain.audit_chain (since v10)


class Tombstone(Model):
    """A person erased on request: a keyed hash of their document number, nothing readable, so
    an import, a registration or a merge can recognise the number coming back (since v11)."""

    digest = CharField(unique=True)
    erased_on = DateField()

    class Meta:
        database = database
        table_name = "erasure_tombstone"


ALL_MODELS: tuple[type[Model], ...] = (
    Setting,
    Clerk,
    Building,
    Stage,
    Enterprise,
    StageChange,
    FoundingTask,
    Meeting,
    ChecklistItem,
    Attendance,
    Member,
    FollowUp,
    FeedbackCategory,
    Feedback,
    HandOut,
    MaterialHandOut,
    CalendarDay,
    AuditEntry,
    Tombstone,
)
