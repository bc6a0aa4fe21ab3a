"""Encryption at rest: the file, its WAL, its backups and the laptop's copy unreadable without the
password; every command asks for it (environment or prompt) and refuses without it or with a
wrong one, before anything is written."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from station_app.cli import main
from station_app.services import backup as backups, encryption, merge, registration
from station_app.store import audit, cipher, db as store_db, members as member_store
from tests.conftest import TODAY
from tests.store.test_foreign_files import COMMANDS

PASSWORD = "工会2026 站'点"  # a quote and a space: passed as they are
ID, PHONE = "110105199003072776", "13911112222"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _register(id_number: str = ID, phone: str = PHONE, name: str = "周新") -> int:
    valid = registration.validate(
        registration.MemberInput(name=name, id_number=id_number, phone=phone, consent=True),
        today=TODAY,
    )
    return registration.register(valid)


def _bytes(path: Path) -> bytes:
    wal = Path(str(path) + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


@pytest.fixture(scope="module")
def encrypted_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo database with one known member, encrypted, with a member added after (in the
    WAL), closed."""
    from station_app.services import demo

    path = tmp_path_factory.mktemp("encrypted") / "station.sqlite3"
    store_db.open_database(path)
    demo.generate(demo.DemoSize(members=30, enterprises=8, meetings=6), today=TODAY)
    _register()
    assert ID.encode() in _bytes(path)
    result = encryption.set_password(path, PASSWORD, clerk="李敏")
    assert result.encrypted
    _register(id_number="11010519491231002X", phone="13800001234", name="钱多")
    assert audit.recent(2)[1].action == "security.encryption"
    store_db.close_database()
    return path


@pytest.fixture
def encrypted(encrypted_template: Path, tmp_path: Path) -> Path:
    """A copy of the template in its own folder, its password not known to this process."""
    path = tmp_path / "desk" / "station.sqlite3"
    path.parent.mkdir()
    shutil.copyfile(encrypted_template, path)
    cipher.remember(encrypted_template, None)
    cipher.remember(path, None)
    cipher.set_current(None)
    return path


def test_nothing_personal_is_readable_in_the_file_its_wal_backups_or_the_laptop_copy(
    encrypted: Path, tmp_path: Path
) -> None:
    for trace in (ID, PHONE, "11010519491231002X", "周新"):
        assert trace.encode() not in _bytes(encrypted)
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(encrypted).execute("SELECT name FROM member").fetchall()
    store_db.open_database(encrypted, password=PASSWORD)
    copy = backups.backup(encrypted, tmp_path / "copy.sqlite3")
    store_db.close_database()
    laptop = merge.prepare_event_copy(encrypted, tmp_path / "laptop.sqlite3")
    for path in (copy, laptop):
        assert cipher.is_encrypted(path)
        assert ID.encode() not in _bytes(path)
        assert store_db.check_database(path).ok  # with the password this process was given
    assert (tmp_path / "copy.sqlite3").stat().st_mode & 0o077 == 0


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("given", ["none", "wrong"])
def test_every_command_refuses_without_the_right_password(
    encrypted: Path,
    tmp_path: Path,
    command: str,
    given: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    if given == "wrong":
        monkeypatch.setenv(cipher.PASSWORD_ENV, "工会2025")
    out = tmp_path / "out"
    out.mkdir()
    (out / "roster.csv").write_text("姓名,身份证号码\n张三,11010519491231002X\n")
    good = tmp_path / "good.sqlite3"
    before = _sha(encrypted)

    code = main(["--db", str(encrypted), *COMMANDS[command](out, good)])

    said = capsys.readouterr()
    assert code != 0
    assert len(said.err.strip().splitlines()) == 1 and "Traceback" not in said.err, said.err
    assert ("密码不对" if given == "wrong" else "已加密") in said.err
    assert _sha(encrypted) == before
    assert not (encrypted.parent / "backups").exists()


@pytest.mark.parametrize(
    "args",
    [
        ["check"],
        ["stats"],
        ["export", "members", "--format", "csv", "-o", "{out}/m.csv"],
        ["backup", "-o", "{out}/b.sqlite3"],
        ["report", "--month", "2026-11", "-o", "{out}/r.pdf"],
        ["prepare-laptop", "{out}/laptop.sqlite3"],
    ],
)
def test_every_command_works_with_the_password_from_the_environment(
    encrypted: Path,
    tmp_path: Path,
    args: list[str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv(cipher.PASSWORD_ENV, PASSWORD)
    out = tmp_path / "out"
    out.mkdir()
    assert main(["--db", str(encrypted), *[a.format(out=out) for a in args]]) == 0, (
        capsys.readouterr().err
    )
    for made in out.iterdir():
        if made.suffix == ".sqlite3":
            assert cipher.is_encrypted(made)


def test_changing_and_removing_the_password(encrypted: Path) -> None:
    store_db.open_database(encrypted, password=PASSWORD)
    encryption.set_password(encrypted, "新密码", clerk="李敏")
    store_db.close_database()
    cipher.remember(encrypted, None)
    cipher.set_current(None)
    assert not cipher.opens(encrypted, PASSWORD) and cipher.opens(encrypted, "新密码")
    with pytest.raises(store_db.DatabaseProblem) as err:
        store_db.open_database(encrypted, password=PASSWORD)
    assert err.value.kind == "wrong_password"

    store_db.open_database(encrypted, password="新密码")
    assert member_store.find_member_by_id_number(ID) is not None
    result = encryption.set_password(encrypted, None, clerk="李敏")
    assert not result.encrypted and not cipher.is_encrypted(encrypted)
    assert [e.detail for e in audit.recent(3) if e.action == "security.encryption"][:2] == [
        "取消数据库加密",
        "更换数据库密码",
    ]
    assert audit.verify().ok
    store_db.close_database()
    assert store_db.check_database(encrypted).ok


def test_a_desk_and_laptop_both_encrypted_merge(encrypted: Path, tmp_path: Path) -> None:
    cipher.remember(encrypted, PASSWORD)
    laptop = merge.prepare_event_copy(encrypted, tmp_path / "laptop.sqlite3")
    shutil.copyfile(laptop, tmp_path / "kept.sqlite3")
    store_db.open_database(laptop)
    _register(id_number="110101199001011237", phone="13900001111", name="孙立")
    store_db.close_database()
    plan = merge.apply_merge(encrypted, laptop, clerk="李敏")
    assert [(i.table, i.kind) for i in plan.items if i.table == "member"] == [("member", "new")]
    store_db.open_database(encrypted)
    assert member_store.find_member_by_id_number("110101199001011237") is not None
    store_db.close_database()
