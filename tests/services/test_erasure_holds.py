"""An erasure that holds: nothing of the person left in the file, its WAL or the audit log (under
any uuid), and their number refused when it comes back by registration or import."""

from __future__ import annotations

from pathlib import Path

import pytest

from station_app.domain.masking import person_label
from station_app.services import privacy, registration
from station_app.services.imports import import_file
from station_app.services.member_import import ERASED_REASON
from station_app.store import audit, members as member_store
from station_app.store.models import database
from tests.conftest import TODAY, by_hand

NAME, ID, PHONE = "周新", "110105199003072776", "13911112222"


def _register(name: str = NAME, id_number: str = ID, phone: str = PHONE, **extra: object) -> int:
    valid = registration.validate(
        registration.MemberInput(
            name=name, id_number=id_number, phone=phone, consent=True, clerk_name="李敏", **extra
        ),
        today=TODAY,
    )
    return registration.register(valid)


def _bytes_of(path: Path) -> bytes:
    wal = Path(str(path) + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


@pytest.mark.sqlite_only  # the bytes of the file
def test_nothing_of_the_person_is_left_in_the_file_or_its_wal(db_path: Path) -> None:
    member_id = _register()
    # the same person named in a log entry filed under another record (an event laptop's)
    audit.log("member.create", entity="member", uuid="f" * 32, detail=person_label(NAME, ID))
    assert ID.encode() in _bytes_of(db_path)
    assert database.execute_sql("PRAGMA secure_delete").fetchone()[0] == 1

    done = privacy.erase_member(member_id, clerk="李敏", reason="本人申请")

    assert done.wal_cleared and done.log_entries >= 2
    on_disk = _bytes_of(db_path)
    for trace in (ID, PHONE, NAME, person_label(NAME, ID)):
        assert trace.encode() not in on_disk, trace
    assert audit.verify().ok  # the chain is sealed again after the redaction


def test_the_erased_number_is_refused_by_registration_and_import(
    db_path: Path, tmp_path: Path
) -> None:
    privacy.erase_member(_register(), clerk="李敏")
    with pytest.raises(privacy.ErasedPerson):
        _register(phone="13700001111")
    roster = tmp_path / "名单.csv"
    roster.write_text(f"姓名,身份证号码,手机号码\n{NAME},{ID},{PHONE}\n", encoding="utf-8")
    report = import_file("members", roster, clerk="李敏")
    assert report.count("create") == 0
    assert [reason for _line, _cells, reason in report.rejected] == [ERASED_REASON]
    assert member_store.find_member_by_id_number(ID) is None

    other = _register("王芳", "11010519491231002X", "13800001234")
    with pytest.raises(privacy.ErasedPerson):  # nor by correcting another record to the number
        registration.update_member(
            other,
            registration.MemberInput(name="王芳", id_number=ID, phone="13800001234", consent=True),
        )
    _register(renewed_consent=True)  # the clerk records the new consent
    assert member_store.find_member_by_id_number(ID) is not None


def _check(path: Path) -> str:
    from station_app.store import db as store_db

    return store_db.check_database(path).verdict


@pytest.mark.parametrize(
    "tamper",
    [
        "DELETE FROM audit_entry WHERE id = 2",
        "DELETE FROM audit_entry WHERE id = (SELECT MAX(id) FROM audit_entry)",
        "DELETE FROM audit_entry",
        "UPDATE audit_entry SET detail = '' WHERE id = 1",
        "UPDATE audit_entry SET at = '2020-01-01 10:00:00' WHERE id = 3",
        "INSERT INTO audit_entry (uuid, created_at, updated_at, at, clerk_name, action, entity,"
        " entity_uuid, detail, origin, chain) SELECT 'x', at, at, at, '站长', 'export.full', '',"
        " '', '', '', chain FROM audit_entry WHERE id = 2",
    ],
)
def test_an_audit_log_changed_by_hand_fails_the_check(db_path: Path, tamper: str) -> None:
    _register()
    audit.log("export.full", clerk="李敏", detail="会员 1 人")
    audit.log("db.backup", clerk="李敏", detail="备份")
    from station_app.store import db as store_db

    store_db.close_database()
    assert _check(db_path).startswith("正常："), _check(db_path)
    by_hand(db_path, tamper)
    verdict = _check(db_path)
    assert verdict.startswith("有问题：审计日志"), verdict


@pytest.mark.sqlite_only  # a restore replaces the file
def test_a_restored_backup_does_not_bring_an_erased_person_back(db_path: Path) -> None:
    from station_app.services import backup as backups
    from station_app.store import db as store_db

    member_id = _register()
    copy = backups.backup(db_path, clerk="李敏")
    privacy.erase_member(member_id, clerk="李敏", reason="本人申请")
    store_db.close_database()

    backups.restore(db_path, copy, clerk="李敏")

    store_db.open_database(db_path)
    rec = member_store.get_member(member_id)
    assert rec is not None and rec.status == "erased" and rec.id_number is None
    actions = [e.action for e in audit.recent(5)]
    assert actions[0] == "db.restore" and "member.erase" in actions
    assert "删除的 1 人已再次删除" in audit.recent(1)[0].detail
    assert audit.verify().ok
    with pytest.raises(privacy.ErasedPerson):
        _register()
