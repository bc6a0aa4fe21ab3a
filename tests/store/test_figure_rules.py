"""The figures' rules in the domain and their SQL in the store give the same answers, case by
case; and the README's table of definitions is the one in domain/figures.py."""

from __future__ import annotations

import itertools
from datetime import date
from pathlib import Path

from peewee import JOIN

from station_app.domain import figures
from station_app.store import figure_sql as rule
from station_app.store.models import Attendance, Enterprise, Meeting, Member

DAY = date(2026, 11, 12)


def test_join_line_sql_matches_the_domain(db_path: Path) -> None:
    expected: dict[int, figures.JoinLine] = {}
    days = (DAY, date(2026, 11, 11), date(2026, 11, 13))
    for status, applied in itertools.product(("held", "planned", "cancelled"), days):
        mid = Meeting.create(kind="employee", date=DAY, status=status).id
        member = Member.create(name="甲", application_date=applied, meeting=mid).id
        expected[member] = figures.join_line(applied, DAY, status)
    lone = Member.create(name="乙", application_date=DAY, meeting=None).id
    expected[lone] = figures.join_line(DAY, None, None)
    got = dict(
        Member.select(Member.id, rule.join_line())
        .join(Meeting, JOIN.LEFT_OUTER, on=(Member.meeting == Meeting.id))
        .tuples()
    )
    assert got == {k: v.value for k, v in expected.items()}
    assert sorted(set(got.values())) == ["desk", "onsite", "pending"]


def test_union_and_outcome_rules_match_the_domain(db_path: Path) -> None:
    mid = Meeting.create(kind="enterprise_mixed", date=DAY, status="held").id
    expected: dict[int, tuple[bool, bool, bool]] = {}
    founded_dates = (None, date(2026, 11, 1), DAY, date(2026, 12, 1))
    cases = itertools.product(founded_dates, ("未建会", "已建会"), ("none", "support", "intention"))
    for n, (founded, status, outcome) in enumerate(cases):
        eid = Enterprise.create(name=f"企业{n}", union_status=status, union_founded_on=founded).id
        aid = Attendance.create(meeting=mid, enterprise=eid, attended=True, outcome=outcome).id
        had = figures.had_union_on(DAY, founded, status)
        expected[aid] = (
            not had,
            figures.counts_as_intention(outcome, had),
            figures.counts_as_support(outcome),
        )
    q = (
        Attendance.select(
            Attendance.id, rule.non_unionized_present(), rule.intention(), rule.support()
        )
        .join(Meeting, on=(Attendance.meeting == Meeting.id))
        .switch(Attendance)
        .join(Enterprise, on=(Attendance.enterprise == Enterprise.id))
        .tuples()
    )
    got = {aid: (bool(a), bool(b), bool(c)) for aid, a, b, c in q}
    assert got == expected
    assert any(v[1] for v in got.values()) and not all(v[1] for v in got.values())


def test_pending_meeting_rule(db_path: Path) -> None:
    today = date(2026, 11, 29)
    for status, day in itertools.product(("held", "planned", "cancelled"), (DAY, today)):
        Meeting.create(kind="employee", date=day, status=status)
    got = {(m.status, m.date) for m in Meeting.select().where(rule.pending_meeting(today))}
    want = {
        (m.status, m.date)
        for m in Meeting.select()
        if figures.is_pending_meeting(m.status, m.date, today)
    }
    assert got == want == {("planned", DAY)}


def test_readme_quotes_every_definition() -> None:
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    for d in figures.DEFINITIONS:
        row = f"| {d.label}（{d.unit}） | {d.counts} | {d.when} | {d.additive} |"
        assert row in readme, d.key
