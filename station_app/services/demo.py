"""Reproducible, realistic demo data: a street's buildings, companies, meetings and members."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from station_app.domain.credit_code import make_credit_code
from station_app.domain.months import month_add
from station_app.domain.resident_id import check_digit
from station_app.domain.terms import (
    DEFAULT_CHECKLIST,
    DEFAULT_END,
    DEFAULT_START,
    FOLLOW_UP_WAYS,
    MeetingKind,
    MeetingStatus,
    Outcome,
)
from station_app.services import demo_names as N
from station_app.store import members as member_store, station as station_store
from station_app.store.models import (
    Attendance,
    Building,
    ChecklistItem,
    Clerk,
    Enterprise,
    Feedback,
    FeedbackCategory,
    FollowUp,
    HandOut,
    Meeting,
    Member,
    Stage,
    database,
    new_uuid,
)
from station_app.store.records import StationSettings

USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
BATCH = 500


@dataclass(frozen=True)
class DemoSize:
    members: int = 400
    enterprises: int = 120
    meetings: int = 40
    follow_ups: int | None = None  # default: about three per non-unionized enterprise


@dataclass(frozen=True)
class DemoSummary:
    members: int
    enterprises: int
    meetings: int
    follow_ups: int
    feedback: int


DEMO_STATION = StationSettings(
    name="酒仙桥街道工会服务站",
    street="酒仙桥街道",
    district_federation="朝阳区总工会",
    address="北京市朝阳区酒仙桥路甲2号",
    phone="010-64311234",
)
DEMO_CLERKS = ("李霞", "赵乾林", "王芳", "张伟")


def _insert(model: type, rows: list[dict[str, object]]) -> None:
    for i in range(0, len(rows), BATCH):
        model.insert_many(rows[i : i + BATCH]).execute()


def _stamp(row: dict[str, object], when: datetime) -> dict[str, object]:
    row["uuid"] = new_uuid()
    row["created_at"] = when
    row["updated_at"] = when
    return row


def generate(
    size: DemoSize = DemoSize(),
    *,
    seed: int = 12,
    today: date | None = None,
    progress: Callable[[str], None] | None = None,
) -> DemoSummary:
    """Fill the open database with demo data. The same seed and day give the same data."""
    rng = random.Random(seed)
    today = today or date.today()
    now = datetime.combine(today, time(9, 0))
    say = progress or (lambda _msg: None)

    with database.atomic():
        station_store.ensure_default_lists()
        if not station_store.get_station().is_complete:
            station_store.save_station(DEMO_STATION)
        for name in DEMO_CLERKS:
            station_store.ensure_clerk(name)
        clerk_ids = [c.id for c in Clerk.select(Clerk.id).where(Clerk.active == True)]  # noqa: E712
        clerk_names = {c.id: c.name for c in Clerk.select()}
        for name, address, lobby in N.BUILDINGS:
            station_store.ensure_building(name, address, lobby)
        building_ids = [b.id for b in Building.select(Building.id)]
        stages = list(Stage.select().order_by(Stage.position))
        founded_stage = next(s for s in stages if s.is_founded)
        open_stages = [s for s in stages if not s.is_founded]

    say("企业")
    enterprise_rows = _enterprises(
        rng, size.enterprises, building_ids, stages, founded_stage, open_stages, now
    )
    with database.atomic():
        _insert(Enterprise, enterprise_rows)
    ents = list(
        Enterprise.select(
            Enterprise.id, Enterprise.name, Enterprise.union_status, Enterprise.employee_count
        )
    )
    unionized = [e.id for e in ents if e.union_status == "已建会"]
    open_ents = [e.id for e in ents if e.union_status != "已建会"]

    say("沟通会")
    meeting_ids, held = _meetings(rng, size.meetings, today, building_ids, clerk_ids, now)

    say("企业参会")
    attendance, follow_ups, feedback = _enterprise_meetings(
        rng, held, unionized, open_ents, clerk_names, today
    )

    say("会员")
    member_rows = _members(rng, size.members, held, [e.id for e in ents], clerk_ids, today)
    with database.atomic():
        _insert(Member, member_rows)

    say("跟进记录")
    n_follow = size.follow_ups if size.follow_ups is not None else 3 * len(open_ents)
    follow_ups += _follow_ups(rng, n_follow - len(follow_ups), open_ents, clerk_names, today)
    with database.atomic():
        _insert(Attendance, attendance)
        _insert(FollowUp, follow_ups)
        _insert(Feedback, feedback)
        _insert(HandOut, _hand_outs(rng, held))
    return DemoSummary(
        len(member_rows), len(ents), len(meeting_ids), len(follow_ups), len(feedback)
    )


def _credit_code(rng: random.Random, used: set[str]) -> str:
    while True:
        body = (
            "911101"
            + rng.choice(("05", "05", "05", "08", "01"))
            + "".join(rng.choice(USCC_ALPHABET) for _ in range(9))
        )
        code = make_credit_code(body)
        if code not in used:
            used.add(code)
            return code


def _enterprises(
    rng: random.Random,
    n: int,
    building_ids: list[int],
    stages: list[Stage],
    founded: Stage,
    open_stages: list[Stage],
    now: datetime,
) -> list[dict[str, object]]:
    used_codes: set[str] = {c for (c,) in Enterprise.select(Enterprise.credit_code).tuples() if c}
    used_names: set[str] = {n for (n,) in Enterprise.select(Enterprise.name).tuples()}
    rows: list[dict[str, object]] = []
    attempt = 0
    while len(rows) < n:
        attempt += 1
        foreign = rng.random() < 0.15
        suffix, industry = rng.choice(N.INDUSTRIES)
        if foreign:
            name = f"{rng.choice(N.FOREIGN)}{rng.choice(N.COMPANY_WORDS)}{suffix}（中国）有限公司"
            ownership = "外商投资"
        else:
            word = rng.choice(N.COMPANY_WORDS) + rng.choice(N.COMPANY_WORDS)
            name = f"北京{word}{suffix}有限公司"
            ownership = rng.choice(("民营", "民营", "民营", "国有", "集体"))
        if name in used_names:
            name = name.replace("有限公司", f"第{attempt}分公司")
        used_names.add(name)
        size = int(
            rng.choice(
                (
                    rng.randint(10, 99),
                    rng.randint(100, 400),
                    rng.randint(20, 150),
                    rng.randint(300, 2000),
                )
            )
        )
        r = rng.random()
        if r < 0.35:
            status, stage = "已建会", founded
        else:
            stage = rng.choice(open_stages)
            status = "筹备中" if stage.name == "筹备中" else "未建会"
        rows.append(
            _stamp(
                {
                    "name": name,
                    "credit_code": _credit_code(rng, used_codes),
                    "building": rng.choice(building_ids),
                    "address": f"朝阳区{rng.choice(N.STREET_ROADS)}{rng.randint(1, 40)}号",
                    "industry": industry,
                    "ownership": ownership,
                    "foreign_invested": foreign,
                    "employee_count": size,
                    "union_status": status,
                    "contact_person": rng.choice(N.SURNAMES)
                    + rng.choice(("经理", "主管", "总监", "女士", "先生")),
                    "contact_phone": _phone(rng),
                    "stage": stage.id,
                    "stage_changed_at": now - timedelta(days=rng.randint(1, 400)),
                    "union_founded_on": (now.date() - timedelta(days=rng.randint(200, 3000)))
                    if status == "已建会"
                    else None,
                    "notes": "",
                },
                now,
            )
        )
    return rows


def _meetings(
    rng: random.Random,
    n: int,
    today: date,
    building_ids: list[int],
    clerk_ids: list[int],
    now: datetime,
) -> tuple[list[int], list[tuple[int, str, date]]]:
    """Monthly employee meetings on the 12th, weekend twins, and enterprise meetings: ``n`` in
    all, the weekend twins (错时) included."""
    # (kind, day, index of the plan it is the weekend twin of)
    plans: list[tuple[str, date, int | None]] = []

    def plan(kind: str, d: date) -> None:
        if len(plans) >= n:
            return
        plans.append((kind, d, None))
        weekday = kind == MeetingKind.EMPLOYEE.value and d.weekday() < 5
        if weekday and rng.random() < 0.25 and len(plans) < n:
            plans.append((kind, d + timedelta(days=5 - d.weekday()), len(plans) - 1))

    months_back = 12
    first = month_add(today, -months_back)
    for k in range(months_back + 4):
        d = month_add(first, k).replace(day=12)
        if d <= today + timedelta(days=90):
            plan(MeetingKind.EMPLOYEE.value, d)
    # about one a week, but a district's thousands stay within the last three years
    span_days = max(365, min(n * 7, 3 * 365))
    start = today - timedelta(days=span_days)
    ent_kinds = [
        MeetingKind.UNIONIZED,
        MeetingKind.ONE_ON_ONE,
        MeetingKind.MIXED,
        MeetingKind.EMPLOYEE,
    ]
    while len(plans) < n:
        d = start + timedelta(days=rng.randint(0, span_days + 90))
        plan(rng.choice(ent_kinds).value, d)
    rows: list[dict[str, object]] = []
    for kind, d, twin_of in plans:
        if twin_of is not None:
            past = d < today
            row: dict[str, object] = {
                "kind": kind,
                "title": "",
                "date": d,
                "start_time": DEFAULT_START,
                "end_time": DEFAULT_END,
                "venue": rng.choice(building_ids),
                "venue_detail": "",
                "host": rng.choice(clerk_ids),
                "status": (MeetingStatus.HELD if past else MeetingStatus.PLANNED).value,
                "consultation_count": rng.randint(5, 30) if past else 0,
                "notes": "错时（周末）场次",
            }
            rows.append(_stamp(row, now))
            continue
        if kind == MeetingKind.EMPLOYEE.value:
            st, en = DEFAULT_START, DEFAULT_END
        else:
            h = rng.choice((9, 10, 14, 15))
            st, en = time(h, 0), time(h + 2, 0)
        if d < today:
            status = MeetingStatus.CANCELLED if rng.random() < 0.05 else MeetingStatus.HELD
        else:
            status = MeetingStatus.PLANNED
        held = status == MeetingStatus.HELD
        rows.append(
            _stamp(
                {
                    "kind": kind,
                    "title": "",
                    "date": d,
                    "start_time": st,
                    "end_time": en,
                    "venue": rng.choice(building_ids),
                    "venue_detail": "",
                    "host": rng.choice(clerk_ids),
                    "status": status.value,
                    "consultation_count": rng.randint(8, 60) if held and kind == "employee" else 0,
                    "notes": "",
                },
                now,
            )
        )
    # inserted in date order, as a station would have entered them
    order = sorted(range(len(rows)), key=lambda i: plans[i][1])
    with database.atomic():
        before = Meeting.select(Meeting.id).order_by(Meeting.id.desc()).limit(1).scalar() or 0
        _insert(Meeting, [rows[i] for i in order])
        id_of = dict(Meeting.select(Meeting.uuid, Meeting.id).where(Meeting.id > before).tuples())
        ids = [id_of[str(r["uuid"])] for r in rows]
        for j, (_kind, _d, twin_of) in enumerate(plans):
            if twin_of is not None:
                Meeting.update(twin=ids[twin_of]).where(Meeting.id == ids[j]).execute()
                Meeting.update(twin=ids[j]).where(Meeting.id == ids[twin_of]).execute()
        checklist: list[dict[str, object]] = []
        for i in order:
            kind, status = str(rows[i]["kind"]), rows[i]["status"]
            for pos, item in enumerate(DEFAULT_CHECKLIST[MeetingKind(kind)]):
                checklist.append(
                    _stamp(
                        {
                            "meeting": ids[i],
                            "item": item,
                            "done": status != "planned",
                            "position": pos,
                        },
                        now,
                    )
                )
        _insert(ChecklistItem, checklist)
    all_meetings = list(Meeting.select(Meeting.id, Meeting.kind, Meeting.date, Meeting.status))
    held_list = [(m.id, m.kind, m.date) for m in all_meetings if m.status == "held"]
    return [m.id for m in all_meetings], held_list


def _enterprise_meetings(
    rng: random.Random,
    held: list[tuple[int, str, date]],
    unionized: list[int],
    open_ents: list[int],
    clerk_names: dict[int, str],
    today: date,
) -> tuple[list[dict[str, object]], list[dict[str, object]], list[dict[str, object]]]:
    attendance: list[dict[str, object]] = []
    follow_ups: list[dict[str, object]] = []
    feedback: list[dict[str, object]] = []
    categories = [c.name for c in FeedbackCategory.select()]
    stamp = datetime.combine(today, time(9, 0))
    for mid, kind, d in held:
        if kind == "employee":
            for eid in rng.sample(open_ents, min(len(open_ents), rng.choice((0, 0, 1, 2, 4)))):
                attendance.append(
                    _stamp(
                        {
                            "meeting": mid,
                            "enterprise": eid,
                            "invited": False,
                            "attended": True,
                            "outcome": "",
                            "union_inquiry": True,
                            "notes": "",
                        },
                        stamp,
                    )
                )
            continue
        pool_u = unionized if kind in ("enterprise_unionized", "enterprise_mixed") else []
        pool_o = open_ents if kind in ("enterprise_one_on_one", "enterprise_mixed") else []
        chosen_u = rng.sample(pool_u, min(len(pool_u), rng.randint(3, 8))) if pool_u else []
        n_open = 1 if kind == "enterprise_one_on_one" else rng.randint(2, 6)
        chosen_o = rng.sample(pool_o, min(len(pool_o), n_open)) if pool_o else []
        for eid in chosen_u:
            attendance.append(
                _stamp(
                    {
                        "meeting": mid,
                        "enterprise": eid,
                        "invited": True,
                        "attended": rng.random() < 0.9,
                        "outcome": "",
                        "union_inquiry": False,
                        "notes": "",
                    },
                    stamp,
                )
            )
            if kind == "enterprise_unionized" and rng.random() < 0.6 and categories:
                replied = rng.random() < 0.7
                feedback.append(
                    _stamp(
                        {
                            "enterprise": eid,
                            "meeting": mid,
                            "category": rng.choice(categories),
                            "content": rng.choice(N.FEEDBACK_TEXTS),
                            "received_on": d,
                            "reply": rng.choice(N.REPLY_TEXTS) if replied else "",
                            "replied_on": d + timedelta(days=rng.randint(1, 14))
                            if replied
                            else None,
                            "status": "answered" if replied else "open",
                        },
                        stamp,
                    )
                )
        for eid in chosen_o:
            came = rng.random() < 0.85
            outcome = (
                rng.choice((Outcome.NONE, Outcome.NONE, Outcome.SUPPORT, Outcome.INTENTION))
                if came
                else Outcome.NONE
            )
            attendance.append(
                _stamp(
                    {
                        "meeting": mid,
                        "enterprise": eid,
                        "invited": True,
                        "attended": came,
                        "outcome": outcome.value if came else "",
                        "union_inquiry": False,
                        "notes": "",
                    },
                    stamp,
                )
            )
            if came:
                follow_ups.append(
                    _stamp(
                        {
                            "enterprise": eid,
                            "date": d,
                            "way": "沟通会",
                            "clerk_name": rng.choice(list(clerk_names.values())),
                            "summary": f"参加{d.month}月{d.day}日沟通会：{outcome.label}",
                            "next_date": None,
                            "meeting": mid,
                        },
                        stamp,
                    )
                )
    return attendance, follow_ups, feedback


def _person(rng: random.Random, used: set[str]) -> tuple[str, str, str, date]:
    name = rng.choice(N.SURNAMES) + "".join(rng.choice(N.GIVEN) for _ in range(rng.choice((1, 2))))
    if rng.random() < 0.004:
        name = rng.choice(N.RARE_NAMES)
    while True:
        region, _province = rng.choice(N.REGIONS)
        born = date(1965, 1, 1) + timedelta(days=rng.randint(0, 39 * 365))
        seq = rng.randint(0, 999)
        body = f"{region}{born:%Y%m%d}{seq:03d}"
        number = body + check_digit(body)
        if number not in used:
            used.add(number)
            break
    gender = "男" if seq % 2 else "女"
    return name, number, gender, born


def _phone(rng: random.Random) -> str:
    return "1" + rng.choice("3456789") + "".join(rng.choice("0123456789") for _ in range(9))


def _members(
    rng: random.Random,
    n: int,
    held: list[tuple[int, str, date]],
    ent_ids: list[int],
    clerk_ids: list[int],
    today: date,
) -> list[dict[str, object]]:
    from station_app.domain.choices import EDUCATION, ETHNIC_GROUPS, POLITICAL_STATUS

    used: set[str] = {i for (i,) in Member.select(Member.id_number).tuples() if i}
    employee_meetings = [(mid, d) for mid, kind, d in held if kind == "employee"]
    province_of = dict(N.REGIONS)
    rows: list[dict[str, object]] = []
    for _ in range(n):
        name, number, gender, born = _person(rng, used)
        if employee_meetings and rng.random() < 0.7:
            mid, day = rng.choice(employee_meetings)
        else:
            mid, day = None, today - timedelta(days=rng.randint(1, 700))
        stamp = datetime.combine(day, time(rng.randint(11, 13), rng.randint(0, 59)))
        migrant = rng.random() < 0.2
        rows.append(
            _stamp(
                {
                    "name": name,
                    "gender": gender,
                    "birth_date": born,
                    "ethnicity": ETHNIC_GROUPS[0]
                    if rng.random() < 0.92
                    else rng.choice(ETHNIC_GROUPS),
                    "education": rng.choice(EDUCATION[2:8]),
                    "native_place": province_of[number[:6]],
                    "political_status": rng.choice(POLITICAL_STATUS[2:] + POLITICAL_STATUS[4:] * 4),
                    "employer": rng.choice(ent_ids) if ent_ids else None,
                    "employer_text": "",
                    "job_title": rng.choice(N.JOB_TITLES),
                    "phone": _phone(rng),
                    "id_type": "居民身份证",
                    "id_number": number,
                    "hukou_type": "农村" if migrant else "城镇",
                    "migrant_worker": migrant,
                    "family_members": "",
                    "resume": "",
                    "approval_opinion": "",
                    "remarks": "",
                    "application_date": day,
                    "meeting": mid,
                    "status": "admitted" if day < today - timedelta(days=30) else "applied",
                    "card_number": "",
                    "card_issued": rng.random() < 0.4,
                    "card_phone_bound": False,
                    "consent": True,
                    "clerk": rng.choice(clerk_ids),
                    "erased_at": None,
                    **member_store.search_columns(name),
                },
                stamp,
            )
        )
    return rows


def _follow_ups(
    rng: random.Random, n: int, open_ents: list[int], clerk_names: dict[int, str], today: date
) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    if not open_ents or n <= 0:
        return rows
    names = list(clerk_names.values())
    stamp = datetime.combine(today, time(9, 0))
    for i in range(n):
        eid = open_ents[i % len(open_ents)]
        d = today - timedelta(days=rng.randint(1, 400))
        nxt = d + timedelta(days=rng.choice((7, 14, 30, 60, 90)))
        rows.append(
            _stamp(
                {
                    "enterprise": eid,
                    "date": d,
                    "way": rng.choice(FOLLOW_UP_WAYS),
                    "clerk_name": rng.choice(names),
                    "summary": rng.choice(N.FOLLOW_UP_TEXTS),
                    "next_date": nxt,
                    "meeting": None,
                },
                stamp,
            )
        )
    return rows


def _hand_outs(rng: random.Random, held: list[tuple[int, str, date]]) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for mid, kind, d in held:
        if kind != "employee":
            continue
        campaign = (
            "送温暖"
            if d.month in (12, 1, 2)
            else ("夏送清凉" if d.month in (6, 7, 8) else "入会礼品")
        )
        item = {"送温暖": "保温杯", "夏送清凉": "防暑降温包", "入会礼品": "毛巾"}[campaign]
        rows.append(
            _stamp(
                {
                    "member": None,
                    "recipient_name": "",
                    "meeting": mid,
                    "item": item,
                    "quantity": rng.randint(10, 60),
                    "date": d,
                    "campaign": campaign,
                },
                datetime.combine(d, time(12, 0)),
            )
        )
    return rows


def is_empty() -> bool:
    """No members, enterprises or meetings yet: a newly created database."""
    return not (
        Member.select().exists() or Enterprise.select().exists() or Meeting.select().exists()
    )
