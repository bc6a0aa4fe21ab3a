"""A station server: desks (real processes) on one PostgreSQL database at once, the database
named by a URL, and what a file gave that a server gives otherwise (check, backups).

The tests that need the server run when ``STATION_APP_TEST_PG_URL`` names one (``.ci/run``
starts a private cluster); the rest run everywhere."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import psycopg2
import pytest

from station_app import paths
from station_app.cli import main as cli_main
from station_app.store import audit, db as store_db, server, station as station_store
from station_app.store.migrations import SCHEMA_VERSION
from tests.conftest import PG_URL_ENV, empty_server_database
from tests.services.test_concurrent_writers import _person

ENV = {**os.environ, "PYTHONUNBUFFERED": "1"}
REPO = Path(__file__).resolve().parents[2]

REGISTER = """
import sys
from station_app.store import db as store_db
from station_app.services import change_feed, registration
from tests.services.test_concurrent_writers import _person

store_db.open_database(sys.argv[1])
change_feed.announce_changes()  # as the window and the commands on a server do
region, first, count = sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
print("ready", flush=True)
sys.stdin.readline()  # start together
for n in range(first, first + count):
    valid = registration.validate(_person(n, region))
    try:
        print("saved", registration.register(valid), flush=True)
    except registration.DuplicateMember as dup:
        print("existing", dup.existing[0].id, flush=True)
store_db.close_database()
"""

OPEN = """
import sys
from station_app.store import db as store_db

print("ready", flush=True)
sys.stdin.readline()  # start together
store_db.open_database(sys.argv[1])
store_db.close_database()
print("opened", flush=True)
"""


@pytest.fixture
def server_url() -> str:
    url = os.environ.get(PG_URL_ENV)
    if not url:
        pytest.skip(f"no PostgreSQL server named by {PG_URL_ENV}")
    return empty_server_database(url)


def _desks(script: str, *argv: list[str]) -> list[str]:
    """Start one process per argument list, let them go at once, return what each printed."""
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", script, *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=REPO,
            env=ENV,
        )
        for args in argv
    ]
    for p in procs:
        assert p.stdout is not None and p.stdout.readline().strip() == "ready"
    for p in procs:
        assert p.stdin is not None
        p.stdin.write("go\n")
        p.stdin.flush()
    outputs = []
    for p in procs:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
        assert "Traceback" not in err
        outputs.append(out)
    return outputs


def _count(url: str, sql: str) -> int:
    con = psycopg2.connect(url)
    try:
        with con.cursor() as cur:
            cur.execute(sql)
            return int(cur.fetchone()[0])
    finally:
        con.close()


def test_two_desks_saving_the_same_person_at_once_save_one_record(server_url: str) -> None:
    store_db.open_database(server_url)
    store_db.close_database()
    outputs = _desks(REGISTER, [server_url, "110105", "0", "1"], [server_url, "110105", "0", "1"])
    words = sorted(o.split()[0] for o in outputs)
    assert words == ["existing", "saved"], outputs
    saved_id = next(o.split()[1] for o in outputs if o.startswith("saved"))
    existing_id = next(o.split()[1] for o in outputs if o.startswith("existing"))
    assert saved_id == existing_id  # the other desk opens the record that was saved
    number = _person(0).id_number
    assert _count(server_url, f"SELECT COUNT(*) FROM member WHERE id_number = '{number}'") == 1


def test_two_desks_saving_different_people_keep_every_one_and_one_audit_chain(
    server_url: str,
) -> None:
    store_db.open_database(server_url)
    store_db.close_database()
    _desks(REGISTER, [server_url, "110105", "0", "15"], [server_url, "310104", "0", "15"])
    assert _count(server_url, "SELECT COUNT(*) FROM member") == 30
    verdict = store_db.check_database(server_url)
    assert verdict.ok, verdict.verdict  # the seals of both desks' entries form one chain
    assert "审计日志链完整（30 条）" in verdict.verdict


def test_the_database_refuses_a_second_record_with_the_same_id_number(server_url: str) -> None:
    from station_app.store import members as member_store

    store_db.open_database(server_url)
    try:
        fields = {
            "name": "周新",
            "id_number": _person(3).id_number,
            "phone": "13911112222",
            "application_date": date(2026, 11, 24),
        }
        member_store.create_member(**fields)
        with pytest.raises(member_store.IdNumberTaken):
            member_store.create_member(**fields)
    finally:
        store_db.close_database()


def _back_to_version_11(url: str) -> None:
    """The database as version 11 left it: no record versions (what step 12 adds)."""
    con = psycopg2.connect(url)
    try:
        with con, con.cursor() as cur:
            cur.execute(
                "SELECT table_name FROM information_schema.columns "
                "WHERE table_schema = 'public' AND column_name = 'version' "
                f"AND table_name <> '{server.VERSION_TABLE}'"
            )
            for (table,) in cur.fetchall():
                cur.execute(f'ALTER TABLE "{table}" DROP COLUMN "version"')
            cur.execute(f'UPDATE "{server.VERSION_TABLE}" SET "version" = 11')
    finally:
        con.close()


def test_desks_starting_on_an_older_schema_at_once_migrate_it_once(server_url: str) -> None:
    assert SCHEMA_VERSION >= 12
    store_db.open_database(server_url)
    store_db.close_database()
    _back_to_version_11(server_url)
    assert not store_db.check_database(server_url).ok

    outputs = _desks(OPEN, [server_url], [server_url], [server_url])

    assert [o.split() for o in outputs] == [["opened"]] * 3
    verdict = store_db.check_database(server_url)
    assert verdict.ok, verdict.verdict
    assert f"结构版本 {SCHEMA_VERSION} 正确" in verdict.verdict


def test_a_newer_schema_is_refused_and_left_alone(server_url: str) -> None:
    store_db.open_database(server_url)
    store_db.close_database()
    con = psycopg2.connect(server_url)
    with con, con.cursor() as cur:
        cur.execute(f'UPDATE "{server.VERSION_TABLE}" SET "version" = {SCHEMA_VERSION + 1}')
    con.close()
    with pytest.raises(store_db.DatabaseProblem) as problem:
        store_db.open_database(server_url)
    assert problem.value.kind == "newer_schema"


def test_a_database_of_another_program_is_refused(server_url: str) -> None:
    con = psycopg2.connect(server_url)
    with con, con.cursor() as cur:
        cur.execute("CREATE TABLE invoices (id integer)")
    con.close()
    with pytest.raises(store_db.DatabaseProblem) as problem:
        store_db.open_database(server_url)
    assert problem.value.kind == "not_a_database"
    assert _count(server_url, "SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'public'") == 1


def test_check_on_the_command_line(server_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["--db", server_url, "check"]) == 1  # empty: not yet a station database
    assert "结构版本为 0" in capsys.readouterr().out
    assert cli_main(["--db", server_url, "demo"]) == 0
    store_db.close_database()
    capsys.readouterr()
    assert cli_main(["--db", server_url, "check"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"正常：{server_url} — 已连接，结构版本 {SCHEMA_VERSION} 正确"), out


# --------------------------------------------------------------------- no server needed


def test_a_url_with_a_password_is_refused_and_the_password_never_shown(
    capsys: pytest.CaptureFixture[str],
) -> None:
    url = "postgresql://clerk:s3cret-pw@127.0.0.1:1/station"
    assert cli_main(["--db", url, "check"]) == 1
    out = capsys.readouterr()
    assert "密码" in out.out and "s3cret-pw" not in out.out + out.err
    with pytest.raises(store_db.DatabaseProblem) as problem:
        store_db.open_database(paths.ServerUrl(url))
    assert problem.value.kind == "bad_url" and "s3cret-pw" not in problem.value.message


def test_an_unreachable_server_is_said_in_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    url = "postgresql://clerk@127.0.0.1:1/station?connect_timeout=2"
    assert cli_main(["--db", url, "stats"]) == 1
    err = capsys.readouterr().err
    assert "连接不上数据库服务器" in err and "Traceback" not in err


def test_db_takes_a_path_a_sqlite_url_or_a_server_url(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert paths.resolve_db_path(str(tmp_path / "a.sqlite3")) == tmp_path / "a.sqlite3"
    assert paths.resolve_db_path(f"sqlite:///{tmp_path}/b.sqlite3") == tmp_path / "b.sqlite3"
    url = paths.resolve_db_path("postgresql://clerk@server.local:5432/station?sslmode=require")
    assert isinstance(url, paths.ServerUrl) and paths.is_server(url)
    monkeypatch.setenv(paths.DB_ENV, "postgres://clerk@server.local/station")
    assert isinstance(paths.resolve_db_path(None), paths.ServerUrl)
    monkeypatch.setenv(paths.DB_ENV, str(tmp_path / "c.sqlite3"))
    assert paths.resolve_db_path(None) == tmp_path / "c.sqlite3"


def test_the_keyring_supplies_the_password(monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring

    asked: list[tuple[str, str]] = []

    def get_password(service: str, user: str) -> str:
        asked.append((service, user))
        return "from-keyring"

    monkeypatch.setattr(keyring, "get_password", get_password)
    params = server.connect_params("postgresql://clerk@db.station:5433/station")
    assert params["password"] == "from-keyring"
    assert asked == [("station-app", "clerk@db.station:5433/station")]
    assert server.safe_label("postgresql://clerk@db.station:5433/station") == (
        "postgresql://clerk@db.station:5433/station"
    )


def test_a_server_backup_is_a_checked_sqlite_file_with_every_record(
    server_url: str, tmp_path: Path
) -> None:
    from station_app.services import backup as backups, demo, stats
    from station_app.store import members as member_store
    from station_app.store.models import ALL_MODELS
    from tests.conftest import TODAY

    store_db.open_database(server_url)
    demo.generate(demo.DemoSize(members=60, enterprises=20, meetings=12), today=TODAY)
    on_server = {m._meta.table_name: m.select().count() for m in ALL_MODELS}
    figures = stats.period_figures(date(2026, 1, 1), date(2026, 11, 30))
    members = member_store.search_members("")
    out = backups.backup(server_url, tmp_path / "server.sqlite3", clerk="李敏")
    assert audit.recent(1)[0].action == "db.backup"
    store_db.close_database()

    assert out.read_bytes().startswith(b"SQLite format 3\x00")
    assert (out.stat().st_mode & 0o777) == 0o600
    verdict = store_db.check_database(out)
    assert verdict.ok, verdict.verdict  # integrity, schema and the audit chain of the copy
    store_db.open_database(out)
    try:
        in_file = {m._meta.table_name: m.select().count() for m in ALL_MODELS}
        assert in_file == on_server and in_file["member"] == 60
        assert stats.period_figures(date(2026, 1, 1), date(2026, 11, 30)) == figures
        assert member_store.search_members("") == members
    finally:
        store_db.close_database()


def test_backup_on_the_command_line_and_a_laptop_copy_from_the_server(
    server_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from station_app.services import merge
    from station_app.store import sync_journal

    assert cli_main(["--db", server_url, "demo"]) == 0
    store_db.close_database()
    out = tmp_path / "nightly.sqlite3"
    assert cli_main(["--db", server_url, "backup", "-o", str(out)]) == 0
    assert str(out) in capsys.readouterr().out
    assert store_db.check_database(out).ok

    laptop = merge.prepare_event_copy(server_url, tmp_path / "laptop.sqlite3")
    assert store_db.check_database(laptop).ok
    store_db.open_database(laptop)
    try:
        from station_app.store.models import database

        assert sync_journal.has_journal(database.obj)
        assert station_store.get_setting(merge.PREPARED_FROM) == server.safe_label(server_url)
    finally:
        store_db.close_database()


def test_a_laptop_copy_of_the_server_merges_back_once(server_url: str, tmp_path: Path) -> None:
    from station_app.services import merge, registration
    from station_app.services.registration import MemberInput
    from station_app.store import members as member_store

    store_db.open_database(server_url)
    desk_member = registration.register(registration.validate(_person(1)))
    store_db.close_database()
    laptop = merge.prepare_event_copy(server_url, tmp_path / "laptop.sqlite3")

    store_db.open_database(laptop)  # the event: two walk-ins and a correction
    for n in (2, 3):
        registration.register(registration.validate(_person(n, "310104")))
    record = member_store.get_member(desk_member)
    assert record is not None
    registration.update_member(
        desk_member,
        MemberInput(
            name=record.name,
            id_number=record.id_number or "",
            phone=record.phone,
            consent=True,
            application_date="2026-11-20",
            job_title="焊工",
        ),
    )  # fmt: skip  (a date and a text changed on the laptop only: both taken, no conflict)
    store_db.close_database()

    preview = merge.preview_merge(server_url, laptop)
    assert _count(server_url, "SELECT COUNT(*) FROM member") == 1  # a preview writes nothing
    kinds = sorted(i.kind for i in preview.items if i.table == "member")
    assert kinds == ["new", "new", "updated"], [(i.kind, i.label) for i in preview.items]

    done = merge.apply_merge(server_url, laptop, clerk="李敏")
    assert done.applied
    assert _count(server_url, "SELECT COUNT(*) FROM member") == 3
    assert (
        _count(
            server_url,
            "SELECT COUNT(*) FROM member "
            "WHERE job_title = '焊工' AND application_date = '2026-11-20'",
        )
        == 1
    )
    again = merge.preview_merge(server_url, laptop)
    assert not again.writes_anything  # brought home once
    verdict = store_db.check_database(server_url)
    assert verdict.ok, verdict.verdict


def test_a_desk_whose_connection_the_server_dropped_goes_on(server_url: str) -> None:
    from station_app.store import members as member_store

    store_db.open_database(server_url)
    try:
        assert member_store.search_members("") == []
        con = psycopg2.connect(server_url)  # the administrator restarts, or the network drops
        with con, con.cursor() as cur:
            cur.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
            assert cur.fetchone() is not None
        con.close()
        assert member_store.search_members("") == []  # connected again, no error
        registration_id = member_store.create_member(
            name="周新", id_number=_person(5).id_number, phone="13911112222",
            application_date=date(2026, 11, 24),
        )[0]  # fmt: skip
        assert member_store.get_member(registration_id) is not None
    finally:
        store_db.close_database()


def test_prefix_search_on_ids_names_and_phones(db_path: Path) -> None:
    """As on SQLite, also on a server (whatever collation its database was created with)."""
    from station_app.store import members as member_store

    member_store.create_member(
        name="张三丰", id_number="11010519491231002X", phone="13812345678",
        application_date=date(2026, 11, 1),
    )  # fmt: skip
    member_store.create_member(
        name="Anna Müller", id_number="E12345678", id_type="护照", phone="13812345679",
        application_date=date(2026, 11, 1),
    )  # fmt: skip

    def found(text: str) -> list[str]:
        return sorted(r.name for r in member_store.search_members(text))

    assert found("张三") == found("张") == ["张三丰"]
    assert found("张四") == []
    assert found("11010519491231002x") == ["张三丰"]  # the check letter in either case
    assert found("anna") == found("ANN") == ["Anna Müller"]
    assert found("1381234567") == ["Anna Müller", "张三丰"]
    assert found("139") == []


def test_a_change_made_at_another_desk_reaches_this_desks_lists(server_url: str) -> None:
    import threading

    from station_app.services import change_feed, changes

    store_db.open_database(server_url)
    heard: list[frozenset[str]] = []
    arrived = threading.Event()

    def listener(topics: frozenset[str]) -> None:
        heard.append(topics)
        arrived.set()

    unsubscribe = changes.subscribe(listener)
    feed = change_feed.start(server_url)
    try:
        assert feed.listening.wait(30)
        _desks(REGISTER, [server_url, "110105", "0", "1"])  # another desk registers someone
        assert arrived.wait(30), "the other desk's registration was not heard"
        assert heard[0] == frozenset({changes.MEMBERS})
    finally:
        feed.stop()
        unsubscribe()
        store_db.close_database()


def test_this_desks_own_announcements_are_not_taken_for_another_desks() -> None:
    from station_app.services import change_feed, changes

    mine = change_feed.payload("abc", frozenset({changes.MEMBERS, changes.MEETINGS}))
    assert mine == "abc:meetings,members"
    assert change_feed.topics_from_elsewhere("abc", mine) == frozenset()
    assert change_feed.topics_from_elsewhere("xyz", mine) == {changes.MEMBERS, changes.MEETINGS}
    assert change_feed.topics_from_elsewhere("xyz", "def:members,nonsense") == {changes.MEMBERS}
