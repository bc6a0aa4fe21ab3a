"""Enterprises: the registry list, lookups and basic writes."""

from __future__ import annotations

from typing import Any

from peewee import JOIN, fn

from station_app.store.models import Building, Enterprise, FollowUp, Stage
from station_app.store.records import EnterpriseRecord


def _query() -> Any:
    next_fu = (
        FollowUp.select(fn.MIN(FollowUp.next_date))
        .where((FollowUp.enterprise == Enterprise.id) & FollowUp.next_date.is_null(False))
        .alias("next_follow_up")
    )
    return (
        Enterprise.select(
            Enterprise,
            Building.name.alias("building_name"),
            Stage.name.alias("stage_name"),
            next_fu,
        )
        .join(Building, JOIN.LEFT_OUTER, on=(Enterprise.building == Building.id))
        .switch(Enterprise)
        .join(Stage, JOIN.LEFT_OUTER, on=(Enterprise.stage == Stage.id))
    )


def _record(r: dict[str, Any]) -> EnterpriseRecord:
    nf = r.get("next_follow_up")
    if isinstance(nf, str):
        from datetime import date

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


def list_enterprises(
    text: str = "",
    *,
    stage_id: int | None = None,
    union_status: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[EnterpriseRecord]:
    q = _query()
    text = text.strip()
    if text:
        q = q.where(
            Enterprise.name.contains(text) | Enterprise.credit_code.startswith(text.upper())
        )
    if stage_id is not None:
        q = q.where(Enterprise.stage == stage_id)
    if union_status:
        q = q.where(Enterprise.union_status == union_status)
    q = q.order_by(Enterprise.employee_count.desc(), Enterprise.name)
    if limit:
        q = q.limit(limit).offset(offset)
    return [_record(r) for r in q.dicts()]


def get_enterprise(enterprise_id: int) -> EnterpriseRecord | None:
    rows = list(_query().where(Enterprise.id == enterprise_id).dicts())
    return _record(rows[0]) if rows else None


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
    return [(r.id, r.name) for r in Enterprise.select(Enterprise.id, Enterprise.name)]
