"""Enterprises: the registry list, lookups and basic writes."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from peewee import JOIN, SQL, Case, fn

from station_app.store.members import adopt_free_text_employer
from station_app.store.models import (
    Building,
    Enterprise,
    FollowUp,
    FoundingTask,
    Stage,
    StageChange,
    database,
)
from station_app.store.records import EnterpriseRecord, FoundingTaskRecord, StageChangeRecord

# Every column an EnterpriseRecord needs: the timestamps would only cost conversions.
_COLUMNS = [
    f
    for f in Enterprise._meta.sorted_fields
    if f.name not in ("created_at", "updated_at", "stage_changed_at")
]


def enterprise_query() -> Any:
    # The next date planned by the latest follow-up; older plans are superseded by newer contacts.
    next_fu = (
        FollowUp.select(FollowUp.next_date)
        .where(FollowUp.enterprise == Enterprise.id)
        .order_by(FollowUp.date.desc(), FollowUp.id.desc())
        .limit(1)
        .alias("next_follow_up")
    )
    return (
        Enterprise.select(
            *_COLUMNS,
            Building.name.alias("building_name"),
            Stage.name.alias("stage_name"),
            next_fu,
        )
        .join(Building, JOIN.LEFT_OUTER, on=(Enterprise.building == Building.id))
        .switch(Enterprise)
        .join(Stage, JOIN.LEFT_OUTER, on=(Enterprise.stage == Stage.id))
    )


def enterprise_record(r: dict[str, Any]) -> EnterpriseRecord:
    nf = r.get("next_follow_up")
    if isinstance(nf, str):
        nf = date.fromisoformat(nf)
    return EnterpriseRecord(
        id=r["id"],
        uuid=r["uuid"],
        name=r["name"],
        credit_code=r["credit_code"],
        building_id=r["building"],
        building_name=r["building_name"] or "",
        industry=r["industry"],
        ownership=r["ownership"],
        foreign_invested=r["foreign_invested"],
        employee_count=r["employee_count"],
        union_status=r["union_status"],
        contact_person=r["contact_person"],
        contact_phone=r["contact_phone"],
        stage_id=r["stage"],
        stage_name=r["stage_name"] or "",
        address=r["address"],
        notes=r["notes"],
        congress_date=r["congress_date"],
        union_founded_on=r["union_founded_on"],
        next_follow_up=nf,
    )


# Sort keys of the registry: each orders by itself first, then by the default order.
SORT_KEYS: dict[str, Any] = {
    "name": Enterprise.name,
    "credit_code": Enterprise.credit_code,
    "building": Building.name,
    "employees": Enterprise.employee_count,
    "foreign": Enterprise.foreign_invested,
    "union_status": Enterprise.union_status,
    "stage": Stage.name,
    "next_follow_up": SQL('"next_follow_up"'),
    "contact": Enterprise.contact_person,
}


def _filtered(
    q: Any,
    text: str,
    stage_id: int | None,
    union_status: str | None,
    building_id: int | None,
    foreign_invested: bool | None,
    min_employees: int | None,
) -> Any:
    text = text.strip()
    if text:
        q = q.where(
            Enterprise.name.contains(text) | Enterprise.credit_code.startswith(text.upper())
        )
    if stage_id is not None:
        q = q.where(Enterprise.stage == stage_id)
    if union_status:
        q = q.where(Enterprise.union_status == union_status)
    if building_id is not None:
        q = q.where(Enterprise.building == building_id)
    if foreign_invested is not None:
        q = q.where(Enterprise.foreign_invested == foreign_invested)
    if min_employees is not None:
        q = q.where(Enterprise.employee_count >= min_employees)
    return q


def list_enterprises(
    text: str = "",
    *,
    stage_id: int | None = None,
    union_status: str | None = None,
    building_id: int | None = None,
    foreign_invested: bool | None = None,
    min_employees: int | None = None,
    limit: int | None = None,
    offset: int = 0,
    sort: str = "",
    descending: bool = False,
) -> list[EnterpriseRecord]:
    """The registry filtered, biggest companies first (then by name); ``sort`` (a key of
    :data:`SORT_KEYS`) puts another column first. ``limit``/``offset`` read one page."""
    q = _filtered(
        enterprise_query(),
        text,
        stage_id,
        union_status,
        building_id,
        foreign_invested,
        min_employees,
    )
    order = [Enterprise.employee_count.desc(), Enterprise.name, Enterprise.id]
    if sort:
        key = SORT_KEYS[sort]
        order.insert(0, key.desc() if descending else key.asc())
    q = q.order_by(*order)
    if limit:
        q = q.limit(limit).offset(offset)
    return [enterprise_record(r) for r in q.dicts()]


def count_enterprises(
    text: str = "",
    *,
    stage_id: int | None = None,
    union_status: str | None = None,
    building_id: int | None = None,
    foreign_invested: bool | None = None,
    min_employees: int | None = None,
    large_at: int = 100,
) -> tuple[int, int]:
    """How many enterprises the same filters find, and how many of them have at least
    ``large_at`` employees; one query."""
    large = fn.SUM(Case(None, [(Enterprise.employee_count >= large_at, 1)], 0))
    q = _filtered(
        Enterprise.select(fn.COUNT(Enterprise.id), large),
        text,
        stage_id,
        union_status,
        building_id,
        foreign_invested,
        min_employees,
    )
    total, big = q.tuples().get()
    return int(total or 0), int(big or 0)


def get_enterprise(enterprise_id: int) -> EnterpriseRecord | None:
    rows = list(enterprise_query().where(Enterprise.id == enterprise_id).dicts())
    return enterprise_record(rows[0]) if rows else None


def find_by_credit_code(code: str) -> EnterpriseRecord | None:
    row = Enterprise.get_or_none(Enterprise.credit_code == code)
    return get_enterprise(row.id) if row else None


def find_by_name(name: str) -> EnterpriseRecord | None:
    row = Enterprise.get_or_none(Enterprise.name == name.strip())
    return get_enterprise(row.id) if row else None


def enterprise_names(prefix: str = "", limit: int = 50) -> list[tuple[int, str]]:
    q = Enterprise.select(Enterprise.id, Enterprise.name).order_by(Enterprise.name)
    if prefix.strip():
        q = q.where(Enterprise.name.contains(prefix.strip()))
    return [(r.id, r.name) for r in q.limit(limit)]


def all_enterprise_names() -> list[tuple[int, str]]:
    # the cursor's own rows: ten thousand names are read as the registration tab opens
    cursor = database.execute(Enterprise.select(Enterprise.id, Enterprise.name))
    return [(int(eid), str(name)) for eid, name in cursor.fetchall()]


# -- writes ------------------------------------------------------------------------------------
# Keys accepted by the writes below; ``building_name`` creates the building when it is new.
WRITABLE = (
    "name",
    "credit_code",
    "building_id",
    "building_name",
    "address",
    "industry",
    "ownership",
    "foreign_invested",
    "employee_count",
    "union_status",
    "contact_person",
    "contact_phone",
    "stage_id",
    "congress_date",
    "union_founded_on",
    "notes",
)


def _columns(values: dict[str, Any]) -> dict[str, Any]:
    unknown = set(values) - set(WRITABLE)
    if unknown:
        raise KeyError(f"unknown enterprise fields: {', '.join(sorted(unknown))}")
    out = dict(values)
    if "building_name" in out:
        name = (out.pop("building_name") or "").strip()
        if name:
            out["building_id"] = Building.get_or_create(name=name)[0].id
        elif "building_id" not in out:
            out["building_id"] = None
    if "building_id" in out:
        out["building"] = out.pop("building_id")
    if "stage_id" in out:
        out["stage"] = out.pop("stage_id")
        out["stage_changed_at"] = datetime.now().replace(microsecond=0)
    return out


def create_enterprise(values: dict[str, Any]) -> EnterpriseRecord:
    with database.atomic():
        row = Enterprise.create(**_columns(values))
        adopt_free_text_employer(row.id, row.name)
    rec = get_enterprise(row.id)
    assert rec is not None
    return rec


def update_enterprise(enterprise_id: int, values: dict[str, Any]) -> EnterpriseRecord:
    cols = _columns(values)
    with database.atomic():
        row = Enterprise.get_by_id(enterprise_id)
        for key, value in cols.items():
            setattr(row, key, value)
        row.save()
    rec = get_enterprise(enterprise_id)
    assert rec is not None
    return rec


def save_imported(
    enterprise_id: int | None, values: dict[str, Any], *, clerk: str = "", reason: str = ""
) -> int:
    """Create (``enterprise_id`` None) or update one enterprise of an imported roster; returns its
    id. An update that changes ``stage_id`` is logged as a stage change by ``clerk`` with
    ``reason``."""
    with database.atomic():
        if enterprise_id is None:
            row = Enterprise.create(**_columns(values))
            adopt_free_text_employer(row.id, row.name)
            return int(row.id)
        row = Enterprise.get_by_id(enterprise_id)
        new_stage = values.get("stage_id")
        if new_stage is not None and new_stage != row.stage_id:
            StageChange.create(
                enterprise=row.id,
                from_stage=row.stage_id,
                to_stage=new_stage,
                clerk_name=clerk,
                changed_at=datetime.now().replace(microsecond=0),
                reason=reason,
            )
        for key, value in _columns(values).items():
            setattr(row, key, value)
        row.save()
        return int(row.id)


def all_codes_and_names() -> list[tuple[int, str | None, str]]:
    """(id, credit code, name) of every enterprise, for matching imported rows."""
    return list(Enterprise.select(Enterprise.id, Enterprise.credit_code, Enterprise.name).tuples())


# -- stages ------------------------------------------------------------------------------------
def stage_counts() -> dict[int | None, int]:
    q = Enterprise.select(Enterprise.stage, fn.COUNT(Enterprise.id)).group_by(Enterprise.stage)
    return {stage_id: n for stage_id, n in q.tuples()}


def record_stage_change(
    enterprise_id: int,
    to_stage_id: int,
    *,
    clerk: str,
    reason: str,
    at: datetime,
    effective_on: date | None = None,
    extra: dict[str, Any] | None = None,
) -> StageChangeRecord:
    """Move an enterprise to a stage and log who, when (typed ``at``, effective
    ``effective_on``) and why, in one transaction."""
    with database.atomic():
        row = Enterprise.get_by_id(enterprise_id)
        StageChange.create(
            enterprise=row.id,
            from_stage=row.stage_id,
            to_stage=to_stage_id,
            clerk_name=clerk,
            changed_at=at,
            reason=reason,
            effective_on=effective_on or at.date(),
        )
        row.stage = to_stage_id
        row.stage_changed_at = at
        for key, value in _columns(extra or {}).items():
            setattr(row, key, value)
        row.save()
    return stage_changes(enterprise_id)[0]


def stage_changes(enterprise_id: int) -> list[StageChangeRecord]:
    names = {s.id: s.name for s in Stage.select(Stage.id, Stage.name)}
    q = (
        StageChange.select()
        .where(StageChange.enterprise == enterprise_id)
        .order_by(
            StageChange.effective_on.desc(), StageChange.changed_at.desc(), StageChange.id.desc()
        )
    )
    return [
        StageChangeRecord(
            id=c.id,
            enterprise_id=enterprise_id,
            from_stage=names.get(c.from_stage_id, ""),
            to_stage=names.get(c.to_stage_id, ""),
            clerk_name=c.clerk_name,
            changed_at=c.changed_at,
            reason=c.reason,
            effective_on=c.effective_on,
        )
        for c in q
    ]


# -- founding checklist ------------------------------------------------------------------------
def founding_tasks(enterprise_id: int) -> list[FoundingTaskRecord]:
    q = (
        FoundingTask.select()
        .where(FoundingTask.enterprise == enterprise_id)
        .order_by(FoundingTask.position, FoundingTask.id)
    )
    return [
        FoundingTaskRecord(t.id, enterprise_id, t.item, t.done, t.done_on, t.position) for t in q
    ]


def ensure_founding_tasks(enterprise_id: int, items: tuple[str, ...]) -> list[FoundingTaskRecord]:
    """Create the checklist once; an existing checklist is kept as it is."""
    with database.atomic():
        if not FoundingTask.select().where(FoundingTask.enterprise == enterprise_id).exists():
            for pos, item in enumerate(items):
                FoundingTask.create(enterprise=enterprise_id, item=item, position=pos)
    return founding_tasks(enterprise_id)


def set_founding_task_done(task_id: int, done: bool, on: date | None) -> None:
    FoundingTask.update(done=done, done_on=on if done else None).where(
        FoundingTask.id == task_id
    ).execute()
