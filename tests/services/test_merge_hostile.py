"""A merge trusts nothing in the laptop's file: the attacks a lost, old or hand-made laptop file
can carry, each as it was found."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from station_app.cli import main
from station_app.domain.masking import person_label
from station_app.services import merge, privacy
from station_app.store import db as store_db, members as member_store
from tests.services.test_merge import _one, _register, _sql

# merging an event laptop's file into the desk's file (ATTACH: SQLite on both sides)
pytestmark = pytest.mark.sqlite_only

NAME, ID, PHONE = "周新", "110105199003072776", "13911112222"


def _laptop(desk: Path, folder: Path, name: str) -> Path:
    return merge.prepare_event_copy(desk, folder / f"{name}.sqlite3")


def _desk_log(desk: Path) -> list[tuple[str, str, str]]:
    con = sqlite3.connect(desk)
    try:
        return list(con.execute("SELECT action, detail, origin FROM audit_entry ORDER BY id"))
    finally:
        con.close()


def test_a_third_laptop_does_not_bring_an_erased_person_back(demo_db: Path, tmp_path: Path) -> None:
    store_db.close_database()
    laptops = [_laptop(demo_db, tmp_path, n) for n in ("a", "b", "c")]
    for laptop in laptops:  # the person registered at every event
        _register(laptop, NAME, ID, PHONE, None)
    merge.apply_merge(demo_db, laptops[0], clerk="李敏")
    merge.apply_merge(demo_db, laptops[1], clerk="李敏")
    store_db.open_database(demo_db)
    rec = member_store.find_member_by_id_number(ID)
    assert rec is not None
    privacy.erase_member(rec.id, clerk="李敏", reason="本人申请")
    store_db.close_database()

    plan = merge.apply_merge(demo_db, laptops[2], clerk="李敏")

    refused = [i for i in plan.items if i.table == "member"]
    assert [i.kind for i in refused] == ["erased"] and not refused[0].resolved
    assert _one(demo_db, "SELECT COUNT(*) FROM member WHERE id_number = ?", (ID,)) == 0
    assert _one(demo_db, "SELECT COUNT(*) FROM member WHERE phone = ?", (PHONE,)) == 0
    for _action, detail, _origin in _desk_log(demo_db):  # laptop b's entry too
        assert person_label(NAME, ID) not in detail and PHONE not in detail
    assert store_db.check_database(demo_db).ok
    # the person comes back only when the clerk records their new consent
    again = merge.apply_merge(demo_db, laptops[2], take_other={refused[0].key}, clerk="李敏")
    assert [i.kind for i in again.items if i.table == "member"] == ["new"]
    assert _one(demo_db, "SELECT COUNT(*) FROM member WHERE id_number = ?", (ID,)) == 1


@pytest.fixture
def hostile(demo_db: Path, tmp_path: Path) -> tuple[Path, Path, str]:
    """A hand-made "laptop" file: a copy of the desk with no journal, rewritten by hand."""
    store_db.close_database()
    laptop = _laptop(demo_db, tmp_path, "hostile")
    con = sqlite3.connect(laptop)
    for (trigger,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'"):
        con.execute(f'DROP TRIGGER "{trigger}"')
    con.execute("DROP TABLE sync_journal")
    victim = con.execute("SELECT uuid FROM member WHERE status != 'erased' LIMIT 1").fetchone()[0]
    con.execute(
        "UPDATE member SET name = '冒名', id_number = '11010519491231002X', gender = '女', "
        "birth_date = '1949-12-31', phone = '13800000000' WHERE uuid = ?",
        (victim,),
    )
    con.execute(
        "INSERT INTO member (uuid, created_at, updated_at, name, gender, ethnicity, education,"
        " native_place, political_status, employer_text, job_title, phone, id_type, id_number,"
        " hukou_type, family_members, resume, approval_opinion, remarks, application_date,"
        " status, card_number, card_issued, card_phone_bound, consent, professional_title,"
        " primary_union, group_opinion)"
        " VALUES ('e' || hex(randomblob(15)), '2026-11-24 12:00:00', '2026-11-24 12:00:00',"
        " '坏' || char(27) || '人', '男', '', '', '', '', '', '', '123', '居民身份证',"
        " 'not-an-id', '', '', '', '', '', '2026-11-24', 'applied', '', 0, 0, 0, '', '', '')"
    )
    con.execute(
        "INSERT INTO audit_entry (uuid, created_at, updated_at, at, clerk_name, action, entity,"
        " entity_uuid, detail, origin, chain) VALUES ('d' || hex(randomblob(15)),"
        " '2020-01-01 09:00:00', '2020-01-01 09:00:00', '2020-01-01 09:00:00', '站长',"
        " 'export.full', '', '', '会员 120 人', '', '')"
    )
    con.commit()
    con.close()
    return demo_db, laptop, victim


def test_a_hostile_laptop_file_writes_nothing_it_should_not(
    hostile: tuple[Path, Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    desk, laptop, victim = hostile
    before = _one(desk, "SELECT name || id_number || phone FROM member WHERE uuid = ?", (victim,))

    preview = merge.preview_merge(desk, laptop)
    kinds = {(i.table, i.kind) for i in preview.items}
    invalid = [i for i in preview.items if i.kind == "invalid"]
    assert len(invalid) == 1 and "控制字符" in invalid[0].note
    assert "\x1b" not in invalid[0].label and "␛" in invalid[0].label  # shown, not obeyed
    rewrite = [i for i in preview.items if i.key == f"member:{victim}"]
    assert [i.kind for i in rewrite] == ["conflict"]  # waits for the clerk, field by field
    fields = {d[0] for d in rewrite[0].differences}
    assert {"姓名", "证件号码", "手机号码"} <= fields or len(fields) >= 3
    assert ("audit_entry", "log") in kinds  # the forged entry is shown, not hidden

    assert main(["--db", str(desk), "merge", str(laptop), "--yes"]) == 0
    out = capsys.readouterr().out
    assert "有误，未合并" in out and "--take member:" in out

    assert _one(desk, "SELECT COUNT(*) FROM member WHERE id_number = 'not-an-id'") == 0
    after = _one(desk, "SELECT name || id_number || phone FROM member WHERE uuid = ?", (victim,))
    assert after == before
    forged = [row for row in _desk_log(desk) if row[0] == "export.full"]
    assert len(forged) == 1
    _action, detail, origin = forged[0]
    assert origin.startswith("活动电脑") and "2020-01-01 09:00:00" in detail
    assert _one(desk, "SELECT at FROM audit_entry WHERE action = 'export.full'") != (
        "2020-01-01 09:00:00"
    )
    assert store_db.check_database(desk).ok  # the chain holds: appended, not slipped in


def test_a_laptop_whose_clock_runs_behind_keeps_its_edits(demo_db: Path, tmp_path: Path) -> None:
    store_db.close_database()
    laptop = _laptop(demo_db, tmp_path, "slow")
    ent = str(_one(laptop, "SELECT uuid FROM enterprise LIMIT 1"))
    prepared = str(_one(laptop, "SELECT value FROM setting WHERE key = ?", (merge.PREPARED_AT,)))
    _sql(
        laptop,
        (
            "UPDATE enterprise SET notes = '有意向', updated_at = datetime(?, '-1 hour') "
            "WHERE uuid = ?",
            (prepared, ent),
        ),
    )
    plan = merge.apply_merge(demo_db, laptop)
    assert [(i.table, i.kind) for i in plan.items] == [("enterprise", "updated")]
    assert _one(demo_db, "SELECT notes FROM enterprise WHERE uuid = ?", (ent,)) == "有意向"


def test_a_field_edited_on_one_side_only_is_kept(demo_db: Path, tmp_path: Path) -> None:
    store_db.close_database()
    laptop = _laptop(demo_db, tmp_path, "both")
    ent = str(_one(demo_db, "SELECT uuid FROM enterprise WHERE notes = '' LIMIT 1"))
    _sql(
        laptop, ("UPDATE enterprise SET notes = '有意向', industry = '制造' WHERE uuid = ?", (ent,))
    )
    _sql(
        demo_db,
        ("UPDATE enterprise SET employee_count = 321, industry = '软件' WHERE uuid = ?", (ent,)),
    )
    plan = merge.apply_merge(demo_db, laptop)
    row = _one(
        demo_db,
        "SELECT notes || '/' || employee_count || '/' || industry FROM enterprise WHERE uuid = ?",
        (ent,),
    )
    assert row == "有意向/321/软件"  # each side's own edit kept; the clash keeps the desk's
    conflict = [i for i in plan.items if i.kind == "conflict"]
    assert [d[0] for d in conflict[0].differences] == ["industry"] or len(conflict) == 1


def test_a_laptop_with_a_changed_journal_trigger_is_refused(demo_db: Path, tmp_path: Path) -> None:
    store_db.close_database()
    laptop = _laptop(demo_db, tmp_path, "trigger")
    con = sqlite3.connect(laptop)
    con.execute('DROP TRIGGER "sync_journal_member_insert"')
    con.execute(
        'CREATE TRIGGER "sync_journal_member_insert" AFTER INSERT ON "member" BEGIN '
        "UPDATE member SET consent = 1; END"
    )
    con.commit()
    con.close()
    with pytest.raises(merge.MergeError) as err:
        merge.preview_merge(demo_db, laptop)
    assert "触发器" in err.value.message
