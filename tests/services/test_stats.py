"""The station's figures against a small world counted by hand (period: October 2026)."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

import pytest

from station_app.domain import figures
from station_app.domain.months import quarter_range
from station_app.services import stats
from station_app.store import meetings as meeting_store
from station_app.store.models import Attendance, Enterprise, Feedback, HandOut, Member, Stage

OCT = (date(2026, 10, 1), date(2026, 10, 31))


def _meeting(kind: str, day: date, status: str = "held", consultations: int = 0) -> int:
    mid = meeting_store.create_meeting(
        kind=kind, day=day, start_time=None, end_time=None, status=status
    )
    if consultations:
        meeting_store.add_consultation(mid, consultations)
    return mid


def _enterprise(name: str, founded: date | None = None, stage: str = "已联系") -> int:
    return Enterprise.create(
        name=name,
        union_status="已建会" if founded else "未建会",
        union_founded_on=founded,
        stage=Stage.get(Stage.name == stage),
    ).id


def _attend(mid: int, eid: int, attended: bool = True, outcome: str = "") -> None:
    Attendance.create(meeting=mid, enterprise=eid, attended=attended, outcome=outcome)


def _member(name: str, applied: date, mid: int | None) -> None:
    Member.create(
        name=name, application_date=applied, meeting=mid, phone="13812345678", status="applied"
    )


@pytest.fixture
def world(db_path: Path) -> dict[str, int]:
    """Hand-counted: see the expected values in test_october_figures_by_hand."""
    m1 = _meeting("employee", date(2026, 10, 1), consultations=10)  # first day: inside
    m2 = _meeting("enterprise_mixed", date(2026, 10, 12))
    m3 = _meeting("enterprise_one_on_one", date(2026, 10, 31), consultations=5)  # last day
    m4 = _meeting("employee", date(2026, 10, 15), status="cancelled", consultations=99)
    m5 = _meeting("employee", date(2026, 9, 30), consultations=7)  # day before: outside
    m6 = _meeting("employee", date(2026, 11, 1), consultations=3)  # day after: outside
    m7 = _meeting("enterprise_unionized", date(2026, 10, 25))
    _meeting("employee", date(2026, 10, 20), status="planned")

    a = _enterprise("甲公司", stage="有建会意向")
    b = _enterprise("乙公司", stage="已参会")
    c = _enterprise("丙公司", founded=date(2020, 1, 1), stage="已召开会员代表大会")
    d = _enterprise("丁公司", founded=date(2026, 11, 5), stage="已召开会员代表大会")
    e = _enterprise("戊公司")
    f = _enterprise("己公司", founded=date(2026, 10, 20), stage="已召开会员代表大会")
    g = _enterprise("庚公司", founded=date(2026, 10, 12), stage="已召开会员代表大会")
    h = _enterprise("辛公司", stage="暂缓")
    i = _enterprise("壬公司")

    _attend(m2, a, outcome="support")
    _attend(m3, a, outcome="intention")  # 甲 attended two meetings: counts once
    _attend(m2, b)
    _attend(m2, c)  # unionized since 2020
    _attend(m2, d, outcome="intention")  # founded after the meeting: non-unionized then
    _attend(m4, e, outcome="intention")  # cancelled meeting: counts zero
    _attend(m7, f)  # founded 10-20, meeting 10-25: unionized by then
    _attend(m2, g)  # founded on the meeting day itself: unionized
    _attend(m3, h, attended=False)  # invited, did not come
    _attend(m5, i, outcome="intention")  # September

    _member("张三", date(2026, 10, 1), m1)
    _member("李四", date(2026, 9, 30), m1)  # the day before the meeting: a desk registration
    _member("王五", date(2026, 10, 31), m3)
    _member("赵六", date(2026, 10, 15), m4)  # cancelled meeting
    _member("钱七", date(2026, 9, 30), m5)
    _member("孙八", date(2026, 10, 10), None)  # registered at the office, not on site

    Feedback.create(content="a", received_on=date(2026, 10, 1), reply="好", status="answered")
    Feedback.create(content="b", received_on=date(2026, 10, 31))
    Feedback.create(
        content="c", received_on=date(2026, 9, 30), reply="好", replied_on=date(2026, 10, 2)
    )

    HandOut.create(item="毛巾", quantity=20, date=date(2026, 10, 1), meeting=m1)
    HandOut.create(item="毛巾", quantity=5, date=date(2026, 10, 31))
    HandOut.create(item="毛巾", quantity=100, date=date(2026, 11, 1), meeting=m6)
    return {"a": a, "d": d}


def test_october_figures_by_hand(world: dict[str, int]) -> None:
    f = stats.period_figures(*OCT)
    assert f.meetings_held == 4  # m1, m2, m3, m7; cancelled and planned count zero
    assert f.meetings_by_kind == {
        "employee": 1,
        "enterprise_unionized": 1,
        "enterprise_one_on_one": 1,
        "enterprise_mixed": 1,
    }
    assert f.consultations == 15  # 10 + 5; the cancelled meeting's 99 count zero
    assert f.onsite_joins == 2  # 张三, 王五 (李四 registered on another day)
    assert f.desk_joins == 2  # 孙八 (no meeting), 赵六 (cancelled meeting)
    assert f.pending_joins == 0
    assert f.non_unionized_attended == 3  # 甲 (twice), 乙, 丁
    assert f.intentions == 2  # 甲 (support, then intention), 丁
    assert f.support == 1  # 甲 at m2
    assert f.unions_founded == 2  # 己, 庚
    assert f.feedback_received == 2
    assert f.feedback_answered == 1
    assert f.hand_outs == 25


def test_boundaries_are_inclusive(world: dict[str, int]) -> None:
    first = stats.period_figures(date(2026, 10, 1), date(2026, 10, 1))
    last = stats.period_figures(date(2026, 10, 31), date(2026, 10, 31))
    assert (first.meetings_held, first.consultations, first.onsite_joins) == (1, 10, 1)
    assert (last.meetings_held, last.consultations, last.onsite_joins) == (1, 5, 1)
    assert last.intentions == 1 and last.non_unionized_attended == 1  # 甲 at m3


def test_every_drilldown_has_as_many_rows_as_its_figure(world: dict[str, int]) -> None:
    f = stats.period_figures(*OCT)
    for key, _label, _unit in figures.FIGURES:
        behind = stats.records_behind(key, *OCT)
        assert behind.total == f.value(key), key
        if key not in ("consultations", "hand_outs"):
            assert len(behind.rows) == f.value(key), key
    for kind, n in f.meetings_by_kind.items():
        assert len(stats.records_behind(f"meetings_held:{kind}", *OCT).rows) == n


def test_enterprise_drilldown_lists_each_company_once(world: dict[str, int]) -> None:
    behind = stats.records_behind("non_unionized_attended", *OCT)
    names = [r[0] for r in behind.rows]
    assert sorted(names) == sorted(["甲公司", "乙公司", "丁公司"])
    jia = next(r for r in behind.rows if r[0] == "甲公司")
    assert jia[4] == 2  # attended two meetings
    intentions = {r[0]: r[7] for r in stats.records_behind("intentions", *OCT).rows}
    assert intentions == {"甲公司": "有建会意向", "丁公司": "有建会意向"}


def test_join_drilldown_masks_numbers(world: dict[str, int]) -> None:
    rows = stats.records_behind("onsite_joins", *OCT).rows
    assert {r[0] for r in rows} == {"张三", "王五"}
    assert all(r[3] == "138****5678" for r in rows)
    assert {r[6] for r in rows} == {date(2026, 10, 1), date(2026, 10, 31)}
    desk = stats.records_behind("desk_joins", *OCT).rows
    assert {r[0] for r in desk} == {"孙八", "赵六"}


def test_monthly_trend_and_period_helpers(world: dict[str, int]) -> None:
    months = stats.monthly_figures(date(2026, 9, 15), date(2026, 11, 2))
    assert [(m.start, m.end) for m in months] == [
        (date(2026, 9, 1), date(2026, 9, 30)),
        (date(2026, 10, 1), date(2026, 10, 31)),
        (date(2026, 11, 1), date(2026, 11, 30)),
    ]
    assert [m.meetings_held for m in months] == [1, 4, 1]
    assert [m.hand_outs for m in months] == [0, 25, 100]
    assert quarter_range(date(2026, 11, 24)) == (date(2026, 10, 1), date(2026, 12, 31))
    assert stats.trailing_months(date(2026, 3, 9), 12) == (date(2025, 4, 1), date(2026, 3, 31))
    assert stats.parse_month("2024-02") == (date(2024, 2, 1), date(2024, 2, 29))
    with pytest.raises(ValueError, match="YYYY-MM"):
        stats.parse_month("2024/13")


def test_stage_funnel(world: dict[str, int]) -> None:
    steps = {s.name: s for s in stats.stage_funnel()}
    assert steps["已召开会员代表大会"].current == 4
    assert steps["有建会意向"].current == 1
    assert steps["有建会意向"].reached == 5  # 甲 + the four founded
    assert steps["暂缓"].on_hold and steps["暂缓"].current == 1
    assert steps["未联系"].reached == 8  # all but the one on hold


def test_unknown_figure_is_refused(world: dict[str, int]) -> None:
    with pytest.raises(KeyError):
        stats.records_behind("meetings_held:nonsense", *OCT)


def test_demo_figures_agree_with_their_records(demo_db: Path) -> None:
    start, end = date(2026, 1, 1), date(2026, 11, 30)
    f = stats.period_figures(start, end)
    assert f.meetings_held > 0 and f.onsite_joins > 0
    for key in figures.FIVE:
        assert stats.records_behind(key, start, end).total == f.value(key)


def test_the_trend_is_a_few_grouped_queries_that_agree_with_each_month(
    demo_db: Path, caplog: pytest.LogCaptureFixture
) -> None:
    def statements(months: int) -> int:
        """The queries sent for a trend of ``months`` (peewee logs each one it runs)."""
        caplog.clear()
        with caplog.at_level(logging.DEBUG, logger="peewee"):
            stats.monthly_figures(*stats.trailing_months(date(2026, 11, 30), months))
        return sum(1 for r in caplog.records if r.name == "peewee")

    twelve = statements(12)
    twenty_four = statements(24)
    year = stats.monthly_figures(*stats.trailing_months(date(2026, 11, 30), 12))
    assert twelve == twenty_four <= 8  # not one set of queries per month
    for m in year:
        alone = stats.period_figures(m.start, m.end)
        assert m == alone, m.start
    assert sum(m.onsite_joins for m in year) > 0 and sum(m.desk_joins for m in year) > 0


def test_a_month_and_its_trend_are_read_together(
    demo_db: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """The 统计 tab's month: its figures are the trend's last month, read once; a quarter's are
    read for the quarter."""

    def read(start: date, end: date) -> tuple[stats.PeriodFigures, int]:
        caplog.clear()
        with caplog.at_level(logging.DEBUG, logger="peewee"):
            figs, trend = stats.period_with_trend(start, end)
        assert (trend[-1].start, trend[-1].end, len(trend)) == (date(2026, 11, 1), end, 12)
        return figs, sum(1 for r in caplog.records if r.name == "peewee")

    month, month_queries = read(date(2026, 11, 1), date(2026, 11, 30))
    assert month == stats.period_figures(date(2026, 11, 1), date(2026, 11, 30))
    quarter, quarter_queries = read(date(2026, 10, 1), date(2026, 11, 30))
    assert quarter == stats.period_figures(date(2026, 10, 1), date(2026, 11, 30))
    assert quarter != month and month_queries < quarter_queries
