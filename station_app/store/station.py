"""Station settings, clerks, buildings and the configurable lists (stages, feedback categories)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields

from peewee import fn

from station_app.domain.errors import ValidationError
from station_app.domain.terms import DEFAULT_FEEDBACK_CATEGORIES, DEFAULT_STAGES
from station_app.store import audit as audit_store
from station_app.store.migrations import STAGE_ROLES_BY_DEFAULT_NAME
from station_app.store.models import (
    Building,
    Clerk,
    Enterprise,
    Feedback,
    FeedbackCategory,
    Setting,
    Stage,
    database,
)
from station_app.store.records import BuildingRecord, ClerkRecord, StageRecord, StationSettings

_STATION_PREFIX = "station."


def get_station() -> StationSettings:
    keys = [_STATION_PREFIX + f.name for f in fields(StationSettings)]
    found = {s.key: s.value for s in Setting.select().where(Setting.key.in_(keys))}
    return StationSettings(
        **{f.name: found.get(_STATION_PREFIX + f.name, "") for f in fields(StationSettings)}
    )


def save_station(settings: StationSettings) -> None:
    with database.atomic():
        for key, value in asdict(settings).items():
            Setting.put(_STATION_PREFIX + key, str(value).strip())


# A renamed entry's name while the names are swapped round: a character no one types (and not
# NUL, which PostgreSQL refuses in text).
_PARKED = "\x1f"


def get_setting(key: str, default: str = "") -> str:
    row = Setting.get_or_none(Setting.key == key)
    return row.value if row else default


def set_setting(key: str, value: str) -> None:
    Setting.put(key, value)


def setting_keys(prefix: str) -> list[str]:
    """The keys of the settings starting with ``prefix``, sorted."""
    q = Setting.select(Setting.key).where(Setting.key.startswith(prefix)).order_by(Setting.key)
    return [s.key for s in q]


def _clerk(c: Clerk) -> ClerkRecord:
    return ClerkRecord(id=c.id, name=c.name, phone=c.phone, active=c.active)


def list_clerks(*, active_only: bool = True) -> list[ClerkRecord]:
    q = Clerk.select().order_by(Clerk.id)
    if active_only:
        q = q.where(Clerk.active == True)  # noqa: E712
    return [_clerk(c) for c in q]


def ensure_clerk(name: str, phone: str = "") -> ClerkRecord:
    name = name.strip()
    clerk, _ = Clerk.get_or_create(name=name, defaults={"phone": phone})
    if not clerk.active:
        clerk.active = True
        clerk.save()
    return _clerk(clerk)


def set_clerks(names: list[str]) -> list[ClerkRecord]:
    """Make exactly ``names`` the active clerks (others are kept, inactive, for history)."""
    wanted = [n.strip() for n in names if n.strip()]
    with database.atomic():
        Clerk.update(active=False).where(Clerk.name.not_in(wanted)).execute()
        for n in wanted:
            ensure_clerk(n)
    return list_clerks()


def list_buildings() -> list[BuildingRecord]:
    return [
        BuildingRecord(id=b.id, name=b.name, address=b.address, lobby=b.lobby)
        for b in Building.select().order_by(Building.name)
    ]


def ensure_building(name: str, address: str = "", lobby: str = "") -> BuildingRecord:
    b, _ = Building.get_or_create(name=name.strip(), defaults={"address": address, "lobby": lobby})
    return BuildingRecord(id=b.id, name=b.name, address=b.address, lobby=b.lobby)


def ensure_default_lists() -> None:
    """Seed the configurable lists on a new database (stages, feedback categories)."""
    with database.atomic():
        if not Stage.select().exists():
            for pos, (name, founded, hold) in enumerate(DEFAULT_STAGES):
                role = STAGE_ROLES_BY_DEFAULT_NAME.get(name, "")
                Stage.create(
                    name=name, position=pos, is_founded=founded, is_on_hold=hold, role=role
                )
        if not FeedbackCategory.select().exists():
            for pos, name in enumerate(DEFAULT_FEEDBACK_CATEGORIES):
                FeedbackCategory.create(name=name, position=pos)


def list_stages() -> list[StageRecord]:
    return [
        StageRecord(s.id, s.name, s.position, s.is_founded, s.is_on_hold, s.role)
        for s in Stage.select().order_by(Stage.position)
    ]


def list_feedback_categories() -> list[str]:
    return [c.name for c in FeedbackCategory.select().order_by(FeedbackCategory.position)]


# -- editing the configurable lists -------------------------------------------------------------
NAME_MAX = 30


@dataclass(frozen=True)
class StageEntry:
    """One row of an edited stage list, in its new order; ``id`` None for a new stage."""

    id: int | None
    name: str
    is_founded: bool = False
    is_on_hold: bool = False


@dataclass(frozen=True)
class CategoryEntry:
    """One row of an edited category list, in its new order; ``original`` "" for a new one."""

    original: str
    name: str


def _clean_name(name: str) -> str:
    return " ".join(name.split())


def _check_names(names: list[str], what: str, code: str) -> None:
    seen: set[str] = set()
    for name in names:
        if not name:
            raise ValidationError(f"{code}.empty", f"{what}名称不能为空。")
        if len(name) > NAME_MAX:
            raise ValidationError(
                f"{code}.long",
                f"{what}名称“{name}”太长（最多 {NAME_MAX} 个字）。",
                {"name": name},
            )
        if name in seen:
            raise ValidationError(
                f"{code}.duplicate", f"{what}“{name}”重复了，每个名称只能用一次。", {"name": name}
            )
        seen.add(name)


def feedback_category_counts() -> dict[str, int]:
    """How many feedback items carry each category name."""
    q = Feedback.select(Feedback.category, fn.COUNT(Feedback.id)).group_by(Feedback.category)
    return {name: n for name, n in q.tuples()}


def save_stages(entries: list[StageEntry], *, clerk: str = "") -> list[str]:
    """Make ``entries`` the stage list: renamed, reordered, added and deleted in one go.

    A stage is deleted by leaving it out; refused while enterprises are in it, and always for
    the founded stage. Exactly one stage is the founded one, at most one the on-hold one.
    Returns what changed, in words (empty: nothing to save).
    """
    entries = [StageEntry(e.id, _clean_name(e.name), e.is_founded, e.is_on_hold) for e in entries]
    _check_names([e.name for e in entries], "阶段", "stages")
    founded = [e for e in entries if e.is_founded]
    if len(founded) != 1:
        raise ValidationError("stages.founded", "请指定一个（且只能一个）“已建会”阶段。")
    if sum(e.is_on_hold for e in entries) > 1:
        raise ValidationError("stages.on_hold", "“暂缓”阶段最多只能有一个。")
    if founded[0].is_on_hold:
        raise ValidationError("stages.both", "同一个阶段不能既是“已建会”又是“暂缓”。")
    with database.atomic():
        current = {s.id: s for s in Stage.select()}
        ids = [e.id for e in entries if e.id is not None]
        kept = set(ids)
        if len(kept) != len(ids) or kept - set(current):
            raise ValidationError("stages.stale", "阶段列表已被他人修改，请关闭本窗口后重新打开。")
        counts = {
            sid: n
            for sid, n in Enterprise.select(Enterprise.stage, fn.COUNT(Enterprise.id))
            .group_by(Enterprise.stage)
            .tuples()
        }
        changes: list[str] = []
        for sid, stage in current.items():
            if sid in kept:
                continue
            if stage.is_founded:
                raise ValidationError(
                    "stages.delete_founded",
                    f"“{stage.name}”是已建会阶段，不能删除。",
                    {"name": stage.name},
                )
            n = counts.get(sid, 0)
            if n:
                raise ValidationError(
                    "stages.in_use",
                    f"“{stage.name}”阶段中还有 {n} 家企业，不能删除；请先把这些企业移到其他阶段。",
                    {"name": stage.name, "count": n},
                )
            if stage.role:
                raise ValidationError(
                    "stages.delete_role",
                    f"“{stage.name}”阶段由沟通会结果自动使用，不能删除（可以改名）。",
                    {"name": stage.name},
                )
        old_founded = next((s for s in current.values() if s.is_founded), None)
        new_founded = founded[0]
        if old_founded is not None and new_founded.id != old_founded.id:
            n = counts.get(old_founded.id, 0)
            if n:
                raise ValidationError(
                    "stages.founded_in_use",
                    f"“{old_founded.name}”阶段中有 {n} 家已建会企业，不能把“已建会”改到其他阶段。",
                    {"name": old_founded.name, "count": n},
                )
        for sid, stage in current.items():
            if sid not in kept:
                Stage.delete().where(Stage.id == sid).execute()
                changes.append(f"删除“{stage.name}”")
        # Park renamed stages under names no one types, so swapping two names never clashes.
        for e in entries:
            if e.id is not None and current[e.id].name != e.name:
                Stage.update(name=f"{_PARKED}{e.id}").where(Stage.id == e.id).execute()
        old_order = [s.id for s in sorted(current.values(), key=lambda s: (s.position, s.id))]
        for pos, e in enumerate(entries):
            values = {
                "name": e.name,
                "position": pos,
                "is_founded": e.is_founded,
                "is_on_hold": e.is_on_hold,
            }
            if e.id is None:
                Stage.create(**values)
                changes.append(f"新增“{e.name}”")
                continue
            old = current[e.id]
            if old.name != e.name:
                changes.append(f"“{old.name}”改名为“{e.name}”")
            if (old.name, old.position, old.is_founded, old.is_on_hold) != tuple(values.values()):
                Stage.update(**values).where(Stage.id == e.id).execute()
        if [e.id for e in entries if e.id is not None] != [i for i in old_order if i in kept]:
            changes.append("调整顺序")
        old_hold = next((sid for sid, s in current.items() if s.is_on_hold), None)
        new_hold = next((e for e in entries if e.is_on_hold), None)
        if old_founded is None or new_founded.id != old_founded.id:
            changes.append(f"已建会阶段改为“{new_founded.name}”")
        if new_hold is None and old_hold is not None:
            changes.append("取消暂缓阶段")
        elif new_hold is not None and (new_hold.id is None or new_hold.id != old_hold):
            changes.append(f"暂缓阶段改为“{new_hold.name}”")
        if changes:
            audit_store.log(
                "settings.stages", clerk=clerk, entity="stage", detail="；".join(changes)
            )
    return changes


def save_feedback_categories(entries: list[CategoryEntry], *, clerk: str = "") -> list[str]:
    """Make ``entries`` the category list: renamed (feedback filed under the old name follows),
    reordered, added, and deleted by leaving out one no feedback uses.
    Returns what changed, in words (empty: nothing to save)."""
    entries = [CategoryEntry(e.original, _clean_name(e.name)) for e in entries]
    _check_names([e.name for e in entries], "类别", "categories")
    with database.atomic():
        current = {c.name: c for c in FeedbackCategory.select().order_by(FeedbackCategory.position)}
        originals = [e.original for e in entries if e.original]
        kept = set(originals)
        if len(kept) != len(originals) or kept - set(current):
            raise ValidationError(
                "categories.stale", "类别列表已被他人修改，请关闭本窗口后重新打开。"
            )
        counts = feedback_category_counts()
        changes: list[str] = []
        for name, cat in current.items():
            if name in kept:
                continue
            n = counts.get(name, 0)
            if n:
                raise ValidationError(
                    "categories.in_use",
                    f"类别“{name}”下还有 {n} 条意见建议，不能删除（可以改名）。",
                    {"name": name, "count": n},
                )
            FeedbackCategory.delete().where(FeedbackCategory.id == cat.id).execute()
            changes.append(f"删除“{name}”")
        renamed = [e for e in entries if e.original and e.original != e.name]
        for e in renamed:
            park = f"{_PARKED}{current[e.original].id}"
            FeedbackCategory.update(name=park).where(
                FeedbackCategory.id == current[e.original].id
            ).execute()
            Feedback.update(category=park).where(Feedback.category == e.original).execute()
        for e in renamed:
            park = f"{_PARKED}{current[e.original].id}"
            Feedback.update(category=e.name).where(Feedback.category == park).execute()
            n = counts.get(e.original, 0)
            changes.append(
                f"“{e.original}”改名为“{e.name}”" + (f"（{n} 条意见建议随之改名）" if n else "")
            )
        for pos, e in enumerate(entries):
            if not e.original:
                FeedbackCategory.create(name=e.name, position=pos)
                changes.append(f"新增“{e.name}”")
                continue
            old = current[e.original]
            if (old.name, old.position) != (e.name, pos):
                FeedbackCategory.update(name=e.name, position=pos).where(
                    FeedbackCategory.id == old.id
                ).execute()
        old_order = [n for n in current if n in kept]
        if [e.original for e in entries if e.original] != old_order:
            changes.append("调整顺序")
        if changes:
            audit_store.log(
                "settings.categories",
                clerk=clerk,
                entity="feedback_category",
                detail="；".join(changes),
            )
    return changes


def save_list_settings(
    stages: list[StageEntry], categories: list[CategoryEntry], *, clerk: str = ""
) -> tuple[list[str], list[str]]:
    """Both lists in one transaction: either both are saved or neither."""
    with database.atomic():
        return save_stages(stages, clerk=clerk), save_feedback_categories(categories, clerk=clerk)
