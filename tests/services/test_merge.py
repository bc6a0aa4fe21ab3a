from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from station_app.services import merge, registration
from station_app.store import db as store_db, meetings as meeting_store, members as member_store
from tests.conftest import TODAY

# merging an event laptop's file into the desk's file (ATTACH: SQLite on both sides)
pytestmark = pytest.mark.sqlite_only

LATER = "2030-02-01 12:00:00"


def _sql(path: Path, *statements: tuple[str, tuple[object, ...]]) -> None:
    con = sqlite3.connect(path)
    with con:
        for sql, params in statements:
            con.execute(sql, params)
    con.close()


def _one(path: Path, sql: str, params: tuple[object, ...] = ()) -> object:
    con = sqlite3.connect(path)
    try:
        return con.execute(sql, params).fetchone()[0]
    finally:
        con.close()


def _dump(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def _register(path: Path, name: str, id_number: str, phone: str, meeting_id: int | None) -> int:
    """Register on ``path``: at the meeting on its day, or at the desk on TODAY."""
    store_db.open_database(path)
    try:
        day = meeting_store.get_meeting(meeting_id).date if meeting_id else TODAY  # type: ignore[union-attr]
        valid = registration.validate(
            registration.MemberInput(
                name=name,
                id_number=id_number,
                phone=phone,
                consent=True,
                gift="毛巾",
                meeting_id=meeting_id,
                application_date=day.isoformat(),
            ),
            today=max(day, TODAY),
        )
        return registration.register(valid)
    finally:
        store_db.close_database()


@pytest.fixture
def two_machines(demo_db: Path, tmp_path: Path) -> tuple[Path, Path]:
    store_db.close_database()
    laptop = merge.prepare_event_copy(demo_db, tmp_path / "laptop.sqlite3")
    _sql(
        laptop,
        ("UPDATE setting SET value = ? WHERE key = ?", ("2030-01-01 00:00:00", merge.PREPARED_AT)),
    )
    return demo_db, laptop


def test_prepared_copy_is_a_checked_copy_that_knows_when(demo_db: Path, tmp_path: Path) -> None:
    store_db.close_database()
    laptop = merge.prepare_event_copy(demo_db, tmp_path / "laptop.sqlite3")
    assert store_db.check_database(laptop).ok
    assert _one(laptop, "SELECT COUNT(*) FROM member") == 120
    assert _one(laptop, "SELECT value FROM setting WHERE key = ?", (merge.PREPARED_AT,))
    with pytest.raises(merge.MergeError) as err:
        merge.prepare_event_copy(demo_db, laptop)
    assert "已经存在" in err.value.message
    # merging an untouched copy finds nothing, and reads nothing: its journal is empty
    plan = merge.preview_merge(demo_db, laptop)
    assert plan.items == [] and plan.unchanged == 0


def test_event_registrations_come_home_once(two_machines: tuple[Path, Path]) -> None:
    desk, laptop = two_machines
    meeting_id = int(
        _one(laptop, "SELECT id FROM meeting WHERE date <= ? ORDER BY date DESC LIMIT 1",
             (TODAY.isoformat(),))
    )  # fmt: skip
    # at the event: two new people, one of whom also walked into the office meanwhile
    _register(laptop, "赵䶮", "11010519491231002X", "13812345678", meeting_id)
    _register(laptop, "钱多", "110101199001011237", "13900001111", meeting_id)
    _register(desk, "赵䶮", "11010519491231002X", "13700002222", None)
    # the event's consultations, written on the laptop only
    _sql(
        laptop,
        (
            "UPDATE meeting SET consultation_count = 57, updated_at = ? WHERE id = ?",
            (LATER, meeting_id),
        ),
    )
    desk_members = _one(desk, "SELECT COUNT(*) FROM member")
    before = _dump(desk)

    plan = merge.preview_merge(desk, laptop)
    assert _dump(desk) == before  # the preview writes nothing
    assert not plan.applied
    new_members = [i for i in plan.items if i.table == "member" and i.kind == "new"]
    assert [i.label.split()[0] for i in new_members] == ["钱多"]
    assert "********" in new_members[0].label
    updated = [i for i in plan.items if i.kind == "updated" and i.table == "meeting"]
    assert len(updated) == 1 and updated[0].differences[0][0::2] == ("咨询人次", "57")
    same_person = [i for i in plan.items if i.table == "member" and i.kind == "conflict"]
    assert len(same_person) == 1  # registered twice: shown, not overwritten
    assert ("联系电话", "137****2222", "138****5678") in same_person[0].differences
    # ... but the join at the meeting is kept, for the meeting where it happened
    join = [i for i in plan.items if i.table == "member" and i.kind == "updated"]
    assert len(join) == 1 and join[0].note == merge.JOIN_NOTE

    done = merge.apply_merge(desk, laptop, clerk="李敏")
    assert done.applied
    assert [(i.table, i.kind, i.key) for i in done.items] == [
        (i.table, i.kind, i.key) for i in plan.items
    ]
    assert _one(desk, "SELECT COUNT(*) FROM member") == desk_members + 1
    assert _one(desk, "SELECT COUNT(*) FROM member WHERE id_number = '11010519491231002X'") == 1
    assert (
        _one(
            desk,
            "SELECT consultation_count FROM meeting WHERE uuid = "
            "(SELECT uuid FROM meeting WHERE id = ?)",
            (meeting_id,),
        )
        == 57
    )
    # the laptop's gift to 赵䶮 now belongs to the one desk member
    zhao = int(_one(desk, "SELECT id FROM member WHERE id_number = '11010519491231002X'"))
    assert _one(desk, "SELECT COUNT(*) FROM hand_out WHERE member_id = ?", (zhao,)) == 2
    assert store_db.check_database(desk).ok
    assert _one(desk, "SELECT action FROM audit_entry ORDER BY id DESC LIMIT 1") == "db.merge"

    # merging the same file again changes nothing
    after_first = _dump(desk)
    again = merge.apply_merge(desk, laptop, clerk="李敏")
    assert again.count("new") == 0 and again.count("updated") == 0
    assert again.count("conflict") == 1 and not again.applied
    assert _dump(desk) == after_first


def test_conflicts_keep_the_desk_unless_the_laptop_is_chosen(
    two_machines: tuple[Path, Path],
) -> None:
    desk, laptop = two_machines
    ent = str(_one(desk, "SELECT uuid FROM enterprise WHERE contact_person != '' LIMIT 1"))
    change = "UPDATE enterprise SET contact_person = ?, updated_at = ? WHERE uuid = ?"
    _sql(desk, (change, ("张经理", LATER, ent)))
    _sql(laptop, (change, ("刘主任", LATER, ent)))
    plan = merge.apply_merge(desk, laptop)
    conflict = [i for i in plan.items if i.kind == "conflict"]
    assert len(conflict) == 1 and conflict[0].table == "enterprise"
    assert ("联系人", "张经理", "刘主任") in conflict[0].differences
    assert not conflict[0].resolved
    assert _one(desk, "SELECT contact_person FROM enterprise WHERE uuid = ?", (ent,)) == "张经理"

    chosen = merge.apply_merge(desk, laptop, take_other={conflict[0].key})
    assert chosen.applied and chosen.items[0].resolved
    assert _one(desk, "SELECT contact_person FROM enterprise WHERE uuid = ?", (ent,)) == "刘主任"
    assert merge.preview_merge(desk, laptop).items == []


def test_laptop_filling_in_an_empty_field_is_an_update(two_machines: tuple[Path, Path]) -> None:
    desk, laptop = two_machines
    ent = str(_one(desk, "SELECT uuid FROM enterprise LIMIT 1"))
    _sql(
        desk,
        (
            "UPDATE enterprise SET notes = '', industry = '制造', updated_at = ? WHERE uuid = ?",
            (LATER, ent),
        ),
    )
    _sql(
        laptop,
        (
            "UPDATE enterprise SET notes = '有意向', industry = '制造', updated_at = ? "
            "WHERE uuid = ?",
            (LATER, ent),
        ),
    )
    plan = merge.apply_merge(desk, laptop)
    assert [(i.table, i.kind) for i in plan.items] == [("enterprise", "updated")]
    assert _one(desk, "SELECT notes || '/' || industry FROM enterprise WHERE uuid = ?", (ent,)) == (
        "有意向/制造"
    )


def test_same_enterprise_added_on_both_machines_is_matched_by_credit_code(
    two_machines: tuple[Path, Path],
) -> None:
    desk, laptop = two_machines
    insert = (
        "INSERT INTO enterprise (uuid, created_at, updated_at, name, credit_code, address,"
        " industry, ownership, foreign_invested, employee_count, union_status, contact_person,"
        " contact_phone, notes)"
        " VALUES (?, ?, ?, ?, '91350100M000100Y43', '', '', '', 0, 120, '未建会', '', '', '')"
    )
    _sql(desk, (insert, ("a" * 32, LATER, LATER, "星河科技")))
    _sql(laptop, (insert, ("b" * 32, LATER, LATER, "星河科技")))
    plan = merge.apply_merge(desk, laptop)
    assert plan.items == []
    assert (
        _one(desk, "SELECT COUNT(*) FROM enterprise WHERE credit_code = '91350100M000100Y43'") == 1
    )


def test_a_bad_file_is_refused_before_anything_happens(demo_db: Path, tmp_path: Path) -> None:
    store_db.close_database()
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"not a database" * 100)
    before = _dump(demo_db)
    with pytest.raises(merge.MergeError) as err:
        merge.preview_merge(demo_db, bad)
    assert "不是本程序的数据库" in err.value.message
    with pytest.raises(merge.MergeError):
        merge.apply_merge(demo_db, demo_db)
    assert _dump(demo_db) == before


def test_an_erased_member_is_not_brought_back(two_machines: tuple[Path, Path]) -> None:
    from station_app.services import privacy

    desk, laptop = two_machines
    uuid = str(_one(desk, "SELECT uuid FROM member LIMIT 1"))
    member_id = int(_one(desk, "SELECT id FROM member WHERE uuid = ?", (uuid,)))
    _sql(
        laptop,
        ("UPDATE member SET remarks = '已领卡', updated_at = ? WHERE uuid = ?", (LATER, uuid)),
    )
    store_db.open_database(desk)
    privacy.erase_member(member_id, clerk="李敏")
    store_db.close_database()
    plan = merge.apply_merge(desk, laptop)
    assert [i.kind for i in plan.items if i.table == "member"] == ["erased"]
    store_db.open_database(desk)
    rec = member_store.get_member(member_id)
    store_db.close_database()
    assert rec is not None and rec.name == "已删除" and rec.id_number is None


def test_a_laptop_file_from_an_older_schema_is_merged_from_a_migrated_copy(
    demo_db: Path, tmp_path: Path
) -> None:
    import sqlite3

    from station_app.store.migrations import SCHEMA_VERSION

    store_db.close_database()
    laptop = merge.prepare_event_copy(demo_db, tmp_path / "old-laptop.sqlite3")
    con = sqlite3.connect(laptop)
    for (trigger,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'"):
        con.execute(f'DROP TRIGGER "{trigger}"')  # older programs kept no journal
    con.execute("DROP TABLE sync_journal")
    for column in ("professional_title", "primary_union", "approval_date", "group_opinion"):
        con.execute(f"ALTER TABLE member DROP COLUMN {column}")  # as before schema v4
    con.execute("DROP TABLE material_hand_out")  # as before schema v5
    for column in ("name_pinyin", "name_initials"):  # as before schema v13
        con.execute(f'DROP INDEX "member_{column}"')
        con.execute(f"ALTER TABLE member DROP COLUMN {column}")
    con.execute(
        "INSERT INTO member (uuid, created_at, updated_at, name, gender, ethnicity, education,"
        " native_place, political_status, employer_text, job_title, phone, id_type, id_number,"
        " hukou_type, family_members, resume, approval_opinion, remarks, application_date,"
        " status, card_number, card_issued, card_phone_bound, consent)"
        " VALUES ('f' || hex(randomblob(15)), '2026-11-24 12:00:00', '2026-11-24 12:00:00',"
        " '刘䶮', '男', '', '', '', '', '', '', '13812345678', '居民身份证',"
        " '110105194912310011', '', '', '', '', '', '2026-11-24', 'applied', '', 0, 0, 1)"
    )
    con.execute("DROP INDEX IF EXISTS follow_up_enterprise_id_date")
    con.execute("PRAGMA user_version = 3")
    assert SCHEMA_VERSION > 3
    con.commit()
    con.close()
    laptop_bytes = laptop.read_bytes()

    plan = merge.apply_merge(demo_db, laptop)

    assert plan.applied
    assert laptop.read_bytes() == laptop_bytes  # the laptop's file is never changed
    con = sqlite3.connect(demo_db)
    assert con.execute(
        "SELECT name, name_initials FROM member WHERE id_number = '110105194912310011'"
    ).fetchone() == ("刘䶮", "ly")  # the name's search keys worked out on the way in
    con.close()


def test_slip9_a_join_on_both_machines_counts_once_for_its_meeting(
    two_machines: tuple[Path, Path],
) -> None:
    """The same person registered at the lobby laptop and at the desk: ``merge --yes`` used to
    keep the desk record, and the laptop's join was not counted."""
    from station_app.services import stats

    desk, laptop = two_machines
    row = _one(laptop, "SELECT id FROM meeting WHERE status = 'held' AND date < ? "
               "ORDER BY date DESC LIMIT 1", (TODAY.isoformat(),))  # fmt: skip
    meeting_id = int(row)  # type: ignore[call-overload]
    _register(laptop, "赵䶮", "11010519491231002X", "13812345678", meeting_id)
    _register(desk, "赵䶮", "11010519491231002X", "13700002222", None)  # came to the office too
    store_db.open_database(desk)
    try:
        day = meeting_store.get_meeting(meeting_id).date  # type: ignore[union-attr]
        before = stats.period_figures(day, TODAY)
    finally:
        store_db.close_database()

    plan = merge.apply_merge(desk, laptop, clerk="李敏")
    assert plan.applied
    store_db.open_database(desk)
    try:
        after = stats.period_figures(day, TODAY)
        rec = member_store.find_member_by_id_number("11010519491231002X")
    finally:
        store_db.close_database()
    assert rec is not None and (rec.meeting_id, rec.application_date) == (meeting_id, day)
    assert rec.phone == "13700002222"  # the rest of the conflict keeps the desk's values
    assert after.onsite_joins == before.onsite_joins + 1
    assert after.desk_joins == before.desk_joins - 1
    assert _one(desk, "SELECT COUNT(*) FROM member WHERE id_number = '11010519491231002X'") == 1
