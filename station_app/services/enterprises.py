"""Enterprise follow-up use cases: the registry, stages, the contact log, feedback, founding.

Everything a clerk can do to an enterprise goes through here, so the rules live in one place:
credit codes are validated and unique, every stage move records who, when and why, reaching the
founded stage marks the union as founded, and a company preparing its union gets its checklist.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from station_app.domain import enterprise_fields
from station_app.domain.cell_text import check_no_control_characters
from station_app.domain.credit_code import validate_credit_code
from station_app.domain.errors import ValidationError, clean_text
from station_app.domain.terms import DEFAULT_FOUNDING_TASKS, UnionStatus
from station_app.domain.written_values import company_name
from station_app.services import changes
from station_app.store import (
    audit,
    enterprises as enterprise_store,
    feedback as feedback_store,
    follow_ups as follow_up_store,
    meetings as meeting_store,
    station as station_store,
)
from station_app.store.db import unit_of_work
from station_app.store.records import (
    EnterpriseRecord,
    FeedbackRecord,
    FollowUpRecord,
    FoundingTaskRecord,
    MeetingRecord,
    StageChangeRecord,
    StageRecord,
)

UNION_STATUSES: tuple[str, ...] = tuple(s.value for s in UnionStatus)
LARGE_COMPANY = 100  # employees: the companies the station goes after first


class DuplicateEnterpriseError(ValidationError):
    """Another enterprise already has this credit code; ``existing`` is that record."""

    def __init__(self, existing: EnterpriseRecord) -> None:
        super().__init__(
            "enterprise.duplicate",
            f"统一社会信用代码 {existing.credit_code} 已登记为“{existing.name}”"
            f"（{existing.stage_name or existing.union_status}），不能重复添加。",
            {"existing_id": existing.id, "code": existing.credit_code},
        )
        self.existing = existing

    def __reduce__(self) -> tuple[object, ...]:
        return (self.__class__, (self.existing,))


@dataclass(frozen=True)
class EnterpriseInput:
    """What the clerk typed in the enterprise form (or what one imported row says)."""

    name: str
    credit_code: str = ""
    building_name: str = ""
    address: str = ""
    industry: str = ""
    ownership: str = ""
    foreign_invested: bool = False
    employee_count: int = 0
    union_status: str = UnionStatus.NONE.value
    contact_person: str = ""
    contact_phone: str = ""
    notes: str = ""


def enterprise_values(data: EnterpriseInput) -> dict[str, object]:
    """The checked, normalized values of ``data``; raises :class:`ValidationError`."""
    for key, value in vars(data).items():
        if isinstance(value, str):
            check_no_control_characters(value, enterprise_fields.label(key))
    name = company_name(data.name)
    if not name:
        raise ValidationError("enterprise.name", "请填写企业名称")
    code = validate_credit_code(data.credit_code) if data.credit_code.strip() else None
    if data.employee_count < 0:
        raise ValidationError("enterprise.employees", "职工人数不能为负数")
    if data.union_status not in UNION_STATUSES:
        raise ValidationError(
            "enterprise.union_status",
            f"建会情况“{data.union_status}”无效，应为：{'、'.join(UNION_STATUSES)}",
            {"value": data.union_status},
        )
    return {
        "name": name,
        "credit_code": code,
        "building_name": data.building_name.strip(),
        "address": data.address.strip(),
        "industry": data.industry.strip(),
        "ownership": data.ownership.strip(),
        "foreign_invested": bool(data.foreign_invested),
        "employee_count": int(data.employee_count),
        "union_status": data.union_status,
        "contact_person": data.contact_person.strip(),
        "contact_phone": data.contact_phone.strip(),
        "notes": data.notes.strip(),
    }


def input_from_record(rec: EnterpriseRecord) -> EnterpriseInput:
    return EnterpriseInput(
        name=rec.name,
        credit_code=rec.credit_code or "",
        building_name=rec.building_name,
        address=rec.address,
        industry=rec.industry,
        ownership=rec.ownership,
        foreign_invested=rec.foreign_invested,
        employee_count=rec.employee_count,
        union_status=rec.union_status,
        contact_person=rec.contact_person,
        contact_phone=rec.contact_phone,
        notes=rec.notes,
    )


@changes.notifies(changes.ENTERPRISES)
def save_enterprise(
    data: EnterpriseInput, *, enterprise_id: int | None = None, clerk: str = ""
) -> EnterpriseRecord:
    """Add a new enterprise (``enterprise_id`` None) or change one.

    Raises :class:`DuplicateEnterpriseError` when the credit code belongs to another enterprise.
    A new enterprise starts in the first stage of the pipeline (or the founded one if its union
    already exists).
    """
    with unit_of_work():
        values = enterprise_values(data)
        code = values["credit_code"]
        if isinstance(code, str):
            existing = enterprise_store.find_by_credit_code(code)
            if existing is not None and existing.id != enterprise_id:
                raise DuplicateEnterpriseError(existing)
        if enterprise_id is None:
            stages = station_store.list_stages()
            if data.union_status == UnionStatus.FOUNDED:
                start = next((s for s in stages if s.is_founded), None)
            elif data.union_status == UnionStatus.PREPARING:
                start = preparing_stage(stages)
            else:
                start = stages[0] if stages else None
            values["stage_id"] = start.id if start else None
            rec = enterprise_store.create_enterprise(values)
            audit.log("enterprise.create", clerk=clerk, entity="enterprise", uuid=rec.uuid)
        else:
            rec = enterprise_store.update_enterprise(enterprise_id, values)
            audit.log("enterprise.update", clerk=clerk, entity="enterprise", uuid=rec.uuid)
        return rec


@dataclass(frozen=True)
class RegistryFilter:
    """What the clerk narrowed the registry to: search text and the filter choices."""

    text: str = ""
    stage_id: int | None = None
    union_status: str | None = None
    building_id: int | None = None
    foreign_invested: bool | None = None
    large_only: bool = False

    def arguments(self) -> dict[str, object]:
        return {
            "stage_id": self.stage_id,
            "union_status": self.union_status,
            "building_id": self.building_id,
            "foreign_invested": self.foreign_invested,
            "min_employees": LARGE_COMPANY if self.large_only else None,
        }


def registry_page(
    where: RegistryFilter,
    offset: int,
    limit: int,
    *,
    sort: str = "",
    descending: bool = False,
) -> list[EnterpriseRecord]:
    """One page of the filtered registry; the biggest companies first unless ``sort`` says
    otherwise (a key of ``enterprise_store.SORT_KEYS``)."""
    return enterprise_store.list_enterprises(
        where.text,
        **where.arguments(),  # type: ignore[arg-type]
        limit=limit,
        offset=offset,
        sort=sort,
        descending=descending,
    )


def registry_count(where: RegistryFilter) -> tuple[int, int]:
    """(enterprises found, of them with 100 or more employees), counted in the database."""
    return enterprise_store.count_enterprises(
        where.text,
        **where.arguments(),  # type: ignore[arg-type]
        large_at=LARGE_COMPANY,
    )


def search(
    text: str = "",
    *,
    stage_id: int | None = None,
    union_status: str | None = None,
    building_id: int | None = None,
    foreign_invested: bool | None = None,
    large_only: bool = False,
) -> list[EnterpriseRecord]:
    """The registry filtered; the biggest companies come first."""
    where = RegistryFilter(text, stage_id, union_status, building_id, foreign_invested, large_only)
    return enterprise_store.list_enterprises(where.text, **where.arguments())  # type: ignore[arg-type]


# -- stages ------------------------------------------------------------------------------------
def preparing_stage(stages: list[StageRecord]) -> StageRecord | None:
    """The stage just before the founded one (筹备中 by default), whatever it is called."""
    founded = next((s for s in stages if s.is_founded), None)
    if founded is None:
        return None
    before = [s for s in stages if s.position < founded.position and not s.is_on_hold]
    return before[-1] if before else None


@dataclass(frozen=True)
class StageCount:
    stage: StageRecord | None  # None: enterprises without a stage
    count: int


def stage_board() -> list[StageCount]:
    """Every stage in pipeline order with how many enterprises are in it."""
    counts = enterprise_store.stage_counts()
    board = [StageCount(s, counts.get(s.id, 0)) for s in station_store.list_stages()]
    if counts.get(None):
        board.append(StageCount(None, counts[None]))
    return board


@changes.notifies(changes.ENTERPRISES)
def move_stage(
    enterprise_id: int,
    stage_id: int,
    *,
    clerk: str,
    reason: str,
    when: datetime | None = None,
    effective_on: date | None = None,
) -> StageChangeRecord:
    """Move an enterprise to another stage, recording who, why, when it happened
    (``effective_on``, by default the day it is typed) and when it was typed.

    Reaching the founded stage sets the union status to 已建会 and the founding date, which is
    the congress date (会员代表大会): the effective date of the move is that day. The preparing
    stage sets 筹备中 and creates the founding checklist.
    """
    with unit_of_work():
        rec = enterprise_store.get_enterprise(enterprise_id)
        if rec is None:
            raise ValidationError("enterprise.missing", "找不到这家企业，可能已被删除")
        stages = station_store.list_stages()
        target = next((s for s in stages if s.id == stage_id), None)
        if target is None:
            raise ValidationError("stage.missing", "所选阶段不存在")
        if rec.stage_id == stage_id:
            raise ValidationError(
                "stage.same", f"企业已处于“{target.name}”阶段", {"stage": target.name}
            )
        reason = reason.strip()
        if not reason:
            raise ValidationError("stage.reason", "请填写变更阶段的原因")
        when = (when or datetime.now()).replace(microsecond=0)
        effective = effective_on or when.date()
        if effective > when.date():
            raise ValidationError("stage.future", "生效日期不能晚于今天")
        history = enterprise_store.stage_changes(enterprise_id)
        last = history[0].effective_on if history else None
        if last is not None and effective < last:
            raise ValidationError(
                "stage.before_last",
                f"生效日期 {effective.isoformat()} 早于上一次阶段变更（{last.isoformat()} 进入"
                f"“{history[0].to_stage}”）：请先核对以前的变更日期",
                {"last": last},
            )
        preparing = preparing_stage(stages)
        extra: dict[str, object] = {}
        if target.is_founded:
            extra["union_status"] = UnionStatus.FOUNDED.value
            congress = effective if effective_on is not None else rec.congress_date or effective
            extra["union_founded_on"] = extra["congress_date"] = congress
        elif preparing is not None and target.id == preparing.id:
            extra["union_status"] = UnionStatus.PREPARING.value
            extra["union_founded_on"] = None
        elif rec.union_status != UnionStatus.NONE or rec.union_founded_on is not None:
            extra["union_status"] = UnionStatus.NONE.value
            extra["union_founded_on"] = None
        change = enterprise_store.record_stage_change(
            enterprise_id,
            stage_id,
            clerk=clerk,
            reason=reason,
            at=when,
            effective_on=effective,
            extra=extra,
        )
        if preparing is not None and target.id == preparing.id:
            enterprise_store.ensure_founding_tasks(enterprise_id, DEFAULT_FOUNDING_TASKS)
        audit.log(
            "enterprise.stage",
            clerk=clerk,
            entity="enterprise",
            uuid=rec.uuid,
            detail=f"{rec.stage_name} → {target.name}（{effective.isoformat()}）：{reason}",
        )
        return change


def stage_history(enterprise_id: int) -> list[StageChangeRecord]:
    return enterprise_store.stage_changes(enterprise_id)


# -- follow-ups --------------------------------------------------------------------------------
@changes.notifies(changes.ENTERPRISES)
def add_follow_up(
    enterprise_id: int,
    *,
    on: date,
    way: str,
    clerk: str,
    summary: str,
    next_date: date | None = None,
) -> FollowUpRecord:
    summary = summary.strip()
    if not summary:
        raise ValidationError("follow_up.summary", "请填写跟进情况")
    if not way.strip():
        raise ValidationError("follow_up.way", "请选择跟进方式")
    if next_date is not None and next_date < on:
        raise ValidationError(
            "follow_up.next_date",
            f"下次跟进日期 {next_date.isoformat()} 早于本次跟进日期 {on.isoformat()}",
        )
    return follow_up_store.add_follow_up(
        enterprise_id, on=on, way=way.strip(), clerk=clerk, summary=summary, next_date=next_date
    )


def follow_ups(enterprise_id: int) -> list[FollowUpRecord]:
    return follow_up_store.list_follow_ups(enterprise_id)


@dataclass(frozen=True)
class DueItem:
    follow_up: FollowUpRecord  # the latest contact, which planned the next one
    days_overdue: int  # > 0 when the planned date has passed

    @property
    def overdue(self) -> bool:
        return self.days_overdue > 0

    @property
    def next_date(self) -> date:
        assert self.follow_up.next_date is not None
        return self.follow_up.next_date


@dataclass(frozen=True)
class DueView:
    items: list[DueItem] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.items)

    @property
    def overdue_count(self) -> int:
        return sum(1 for i in self.items if i.overdue)


def end_of_week(today: date) -> date:
    return today + timedelta(days=6 - today.weekday())


def due_view(today: date) -> DueView:
    """Enterprises whose planned next contact is overdue or falls in this week (to Sunday),
    most urgent first."""
    latest = follow_up_store.latest_with_next_date(end_of_week(today))
    items = [DueItem(f, max(0, (today - f.next_date).days)) for f in latest if f.next_date]
    items.sort(key=lambda i: (i.next_date, i.follow_up.enterprise_name))
    return DueView(items)


def due_count(today: date) -> int:
    return follow_up_store.count_latest_with_next_date(end_of_week(today))


def due_counts(today: date) -> tuple[int, int]:
    """(due this week or overdue, of them overdue), counted in the database."""
    return follow_up_store.count_latest_due(end_of_week(today), today)


def due_page(
    today: date, offset: int, limit: int, *, sort: str = "", descending: bool = False
) -> list[DueItem]:
    """One page of the due view, most urgent first unless ``sort`` (a key of
    ``follow_up_store.DUE_SORT_KEYS``) says otherwise."""
    latest = follow_up_store.latest_with_next_date(
        end_of_week(today), offset=offset, limit=limit, sort=sort, descending=descending
    )
    return [DueItem(f, max(0, (today - f.next_date).days)) for f in latest if f.next_date]


# -- feedback ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class FeedbackItem:
    record: FeedbackRecord
    age_days: int  # days waiting for a reply (open) or taken to reply (answered)

    @property
    def answered(self) -> bool:
        return self.record.status == feedback_store.ANSWERED


FEEDBACK_SOURCES = {"enterprise": "企业", "employee": "职工个人"}
FEEDBACK_STATUS_LABELS = {feedback_store.OPEN: "待答复", feedback_store.ANSWERED: "已答复"}


@changes.notifies(changes.FEEDBACK)
def add_feedback(
    *,
    enterprise_id: int | None,
    category: str,
    content: str,
    received_on: date,
    clerk: str = "",
    meeting_id: int | None = None,
    source: str = "enterprise",
    person_name: str = "",
) -> FeedbackRecord:
    """Feedback from a firm, or from an individual employee (``source`` "employee"; no name:
    anonymous), possibly raised at a meeting, which then counts it."""
    content = content.strip()
    if not content:
        raise ValidationError("feedback.content", "请填写意见建议的内容")
    if not category.strip():
        raise ValidationError("feedback.category", "请选择意见建议的类别")
    if source not in FEEDBACK_SOURCES:
        raise ValidationError("feedback.source", "意见建议应来自企业或职工个人")
    if source == "enterprise" and enterprise_id is None:
        raise ValidationError("feedback.enterprise", "请选择提出意见建议的企业")
    with unit_of_work():
        rec = feedback_store.add_feedback(
            enterprise_id=enterprise_id,
            category=category.strip(),
            content=content,
            received_on=received_on,
            meeting_id=meeting_id,
            source=source,
            person_name=clean_text(person_name) if source == "employee" else "",
        )
        audit.log("feedback.add", clerk=clerk, entity="feedback", detail=rec.category)
        return rec


@changes.notifies(changes.FEEDBACK)
def reply_feedback(
    feedback_id: int, *, reply: str, replied_on: date, clerk: str = ""
) -> FeedbackRecord:
    current = feedback_store.get_feedback(feedback_id)
    if current is None:
        raise ValidationError("feedback.missing", "找不到这条意见建议")
    reply = reply.strip()
    if not reply:
        raise ValidationError("feedback.reply", "请填写答复内容")
    if replied_on < current.received_on:
        raise ValidationError(
            "feedback.replied_on",
            f"答复日期 {replied_on.isoformat()} 早于收到日期 {current.received_on.isoformat()}",
        )
    with unit_of_work():
        rec = feedback_store.reply_feedback(feedback_id, reply=reply, replied_on=replied_on)
        audit.log("feedback.reply", clerk=clerk, entity="feedback", detail=rec.category)
        return rec


def meetings_of_enterprise(enterprise_id: int) -> list[MeetingRecord]:
    """The meetings an enterprise was invited to or attended, newest first."""
    return meeting_store.meetings_of_enterprise(enterprise_id)


def feedback_items(
    today: date,
    *,
    enterprise_id: int | None = None,
    meeting_id: int | None = None,
    start: date | None = None,
    end: date | None = None,
) -> list[FeedbackItem]:
    """Unanswered first, the longest waiting on top, each with its age in days."""
    out = []
    rows = feedback_store.list_feedback(
        enterprise_id=enterprise_id, meeting_id=meeting_id, start=start, end=end
    )
    for r in rows:
        until = r.replied_on if r.status == feedback_store.ANSWERED and r.replied_on else today
        out.append(FeedbackItem(r, max(0, (until - r.received_on).days)))
    return out


@dataclass(frozen=True)
class CategoryTally:
    category: str
    received: int
    answered: int


@dataclass(frozen=True)
class FeedbackSummary:
    categories: list[CategoryTally]

    @property
    def received(self) -> int:
        return sum(c.received for c in self.categories)

    @property
    def answered(self) -> int:
        return sum(c.answered for c in self.categories)

    @property
    def all_answered(self) -> bool:
        return self.received > 0 and self.answered == self.received

    def sentence(self) -> str:
        n, total = len(self.categories), self.received
        if total == 0:
            return "尚未收集到企业的意见建议。"
        head = f"共收集意见建议 {n} 类 {total} 条"
        if self.all_answered:
            return f"{head}，已逐一答复。"
        waiting = [c.category for c in self.categories if c.answered < c.received]
        return (
            f"{head}，已答复 {self.answered} 条，尚有 {total - self.answered} 条待答复"
            f"（{'、'.join(waiting)}）。"
        )


def feedback_summary(start: date | None = None, end: date | None = None) -> FeedbackSummary:
    tallies: dict[str, list[int]] = {}
    for category, received, answered in feedback_store.tallies(start, end):
        t = tallies.setdefault(category or "其他", [0, 0])
        t[0] += received
        t[1] += answered
    order = {c: i for i, c in enumerate(station_store.list_feedback_categories())}
    cats = sorted(tallies, key=lambda c: (order.get(c, len(order)), c))
    return FeedbackSummary([CategoryTally(c, *tallies[c]) for c in cats])


# -- founding checklist ------------------------------------------------------------------------
@dataclass(frozen=True)
class FoundingChecklist:
    tasks: list[FoundingTaskRecord]
    congress_date: date | None
    founded: bool = False  # the congress was held: its date is the founding date

    @property
    def done(self) -> int:
        return sum(1 for t in self.tasks if t.done)

    @property
    def complete(self) -> bool:
        return bool(self.tasks) and self.done == len(self.tasks) and self.congress_date is not None


def founding_checklist(enterprise_id: int) -> FoundingChecklist | None:
    """The checklist of a company preparing its union (created on first look), or of a founded
    one (possibly empty when it went straight to its congress), or None for the others."""
    rec = enterprise_store.get_enterprise(enterprise_id)
    if rec is None:
        return None
    tasks = enterprise_store.founding_tasks(enterprise_id)
    if not tasks and rec.union_status == UnionStatus.PREPARING:
        tasks = enterprise_store.ensure_founding_tasks(enterprise_id, DEFAULT_FOUNDING_TASKS)
    founded = rec.union_status == UnionStatus.FOUNDED
    if not tasks and not founded:
        return None
    return FoundingChecklist(tasks, rec.congress_date or rec.union_founded_on, founded)


@changes.notifies(changes.ENTERPRISES)
def set_task_done(task_id: int, done: bool, *, on: date) -> None:
    enterprise_store.set_founding_task_done(task_id, done, on)


@changes.notifies(changes.ENTERPRISES)
def set_congress_date(
    enterprise_id: int, when: date | None, *, clerk: str = "", reason: str = ""
) -> None:
    """The planned congress date of a company preparing its union; for a founded union the
    congress date is its founding date, changed only with a reason (audited, old → new)."""
    before = enterprise_store.get_enterprise(enterprise_id)
    if before is None:
        raise ValidationError("enterprise.missing", "找不到这家企业，可能已被删除")
    if before.union_status == UnionStatus.FOUNDED:
        if when is None:
            raise ValidationError("founding.date", "已建会企业的会员代表大会日期不能为空")
        if not reason.strip():
            raise ValidationError("founding.reason", "修改建会日期请填写原因")
        old = before.union_founded_on or before.congress_date
        with unit_of_work():
            rec = enterprise_store.update_enterprise(
                enterprise_id, {"congress_date": when, "union_founded_on": when}
            )
            was = old.isoformat() if old else "（无）"
            audit.log(
                "enterprise.founding_date",
                clerk=clerk,
                entity="enterprise",
                uuid=rec.uuid,
                detail=f"{was} → {when.isoformat()}：{reason.strip()}",
            )
        return
    with unit_of_work():
        rec = enterprise_store.update_enterprise(enterprise_id, {"congress_date": when})
        audit.log(
            "enterprise.congress_date",
            clerk=clerk,
            entity="enterprise",
            uuid=rec.uuid,
            detail=when.isoformat() if when else "",
        )


# -- reads for the window ----------------------------------------------------------------------
get_enterprise = enterprise_store.get_enterprise
