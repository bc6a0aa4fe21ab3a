"""Members from a roster, each row checked as the registration form checks it, under the one
import policy."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook

from station_app.cli import main
from station_app.services import imports
from station_app.services.registration import MemberInput, register, validate
from station_app.services.tabular import TableReadError
from station_app.store import audit, db as store_db, members as member_store
from tests.rosters import csv_file, xlsx

HEADERS = ["姓名", "身份证号码", "手机号码", "工作单位", "性别", "民族", "学历", "入会日期"]
ROWS = [
    ["刘䶮", "11010519491231002X", "13812345678", "望京科技", "女", "汉族", "本科", "2026-11-12"],
    ["张伟", "110101199003074477", "139 0000 0000", "", "男", "回", "", ""],
    ["王五", "110101199003074478", "13700000000", "", "", "", "", ""],  # bad check digit
    ["", "", "", "", "", "", "", ""],  # blank line: not counted
    ["赵六", "440106198507150016", "1370000000", "", "", "", "", ""],  # phone too short
    ["张伟", "110101199003074477", "13900000000", "", "", "", "", ""],  # repeated in the file
]  # fmt: skip


def test_xlsx_import_validates_like_the_form(db_path: Path, tmp_path: Path) -> None:
    path = xlsx(tmp_path / "list.xlsx", HEADERS, ROWS, sheet="会员")
    report = imports.import_file("members", path, clerk="王芳")
    assert (report.count("create"), report.count("merged"), report.exit_code) == (2, 1, 1)
    assert [(line, "校验" in r or "11位" in r) for line, _c, r in report.rejected] == [
        (4, True),
        (6, True),
    ]
    liu = member_store.find_member_by_id_number("11010519491231002X")
    assert liu is not None
    assert (liu.name, liu.employer_name, liu.education, liu.native_place) == (
        "刘䶮",
        "望京科技",
        "本科",
        "",  # 籍贯 is not guessed from the ID's region
    )
    assert liu.approval_date is not None and liu.approval_date.isoformat() == "2026-11-12"
    assert liu.application_date.isoformat() == "2026-11-12" and liu.consent
    zhang = member_store.find_member_by_id_number("110101199003074477")
    assert zhang is not None and zhang.phone == "13900000000" and zhang.ethnicity == "回族"
    assert report.summary() == (
        "“list.xlsx”共 5 行，新增 2 人会员，文件内重复 1 行合并，2 行有错误未导入。"
    )
    assert audit.recent(action="member.import")[0].clerk_name == "王芳"
    wb = load_workbook(report.error_file)
    rows = [[c.value for c in r] for r in wb.active.iter_rows(values_only=False)]
    wb.close()
    assert rows[0] == [*HEADERS, "未导入原因", "原行号"]
    assert [r[0] for r in rows[1:]] == ["王五", "赵六"]


def test_importing_the_same_file_twice_adds_nothing(db_path: Path, tmp_path: Path) -> None:
    path = xlsx(tmp_path / "list.xlsx", HEADERS, ROWS)
    imports.import_file("members", path)
    again = imports.import_file("members", path)
    assert (again.count("create"), again.count("skipped"), len(again.rejected)) == (0, 2, 2)
    assert member_store.count_members() == 2


@pytest.mark.parametrize("encoding", ["utf-8-sig", "gbk"])
def test_csv_in_utf8_bom_and_gbk(db_path: Path, tmp_path: Path, encoding: str) -> None:
    rows = [r for r in ROWS if "䶮" not in r[0]]  # GBK cannot hold 䶮
    report = imports.import_file("members", csv_file(tmp_path / "l.csv", HEADERS, rows, encoding))
    assert report.count("create") == 1
    rec = member_store.find_member_by_id_number("110101199003074477")
    assert rec is not None and rec.name == "张伟"
    assert report.error_file is not None and report.error_file.suffix == ".csv"


def test_synonyms_and_notes_in_headers(db_path: Path, tmp_path: Path) -> None:
    headers = ["姓名*", "公民身份号码", "联系电话（手机）", "是否农民工", "入会时间"]
    rows = [["李雷", "110101199003074477", "13900000000", "是", "2026/11/20"]]
    report = imports.import_file("members", xlsx(tmp_path / "alt.xlsx", headers, rows))
    assert report.count("create") == 1, report.rejected
    rec = member_store.find_member_by_id_number("110101199003074477")
    assert rec is not None and rec.migrant_worker is True
    assert rec.application_date.isoformat() == "2026-11-20"


def test_missing_required_column_refuses_the_file(db_path: Path, tmp_path: Path) -> None:
    path = xlsx(tmp_path / "bad.xlsx", ["姓名", "电话"], [["李雷", "13900000000"]])
    with pytest.raises(TableReadError, match="证件号码"):
        imports.import_file("members", path)
    assert member_store.count_members() == 0


def test_formulas_are_kept_as_text_and_control_characters_refused(
    db_path: Path, tmp_path: Path
) -> None:
    rows = [
        ['=HYPERLINK("http://x.invalid","点此")', "11010519491231002X", "13812345678",
         "=cmd|' /C calc'!A0", "", "", "", ""],
        ["李\x00四", "110101199003074477", "13900000000", "", "", "", "", ""],
        ["王五", "440106198507150016", "13700000000", "望京\x1b[31m科技", "", "", "", ""],
    ]  # fmt: skip
    report = imports.import_file("members", csv_file(tmp_path / "h.csv", HEADERS, rows, "utf-8"))
    assert report.count("create") == 1
    assert [line for line, _c, _r in report.rejected] == [3, 4]
    assert all("控制字符" in reason for _l, _c, reason in report.rejected)
    rec = member_store.find_member_by_id_number("11010519491231002X")
    assert rec is not None and rec.employer_name == "=cmd|' /C calc'!A0"
    # the error file (CSV) guards the formula-like text and shows the control characters
    text = report.error_file.read_text(encoding="utf-8-sig")  # type: ignore[union-attr]
    assert "李␀四" in text and "\x00" not in text and "\x1b" not in text


def test_an_id_registered_by_another_desk_meanwhile_is_a_duplicate(
    db_path: Path, tmp_path: Path
) -> None:
    path = xlsx(tmp_path / "list.xlsx", HEADERS, ROWS[:2])
    desk = MemberInput(
        name="张伟", id_number="110101199003074477", phone="13900000000", consent=True
    )

    def between_check_and_import(done: int, total: int) -> bool:
        if done == total and member_store.count_members() == 0:
            register(validate(desk))  # the desk saves the same person while the file is read
        return True

    report = imports.import_file("members", path, check_progress=between_check_and_import)
    assert (report.count("create"), report.count("skipped"), report.exit_code) == (1, 1, 0)
    assert member_store.count_members() == 2


def test_cli_import_members(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = xlsx(tmp_path / "list.xlsx", HEADERS, ROWS)
    store_db.close_database()
    code = main(["--db", str(db_path), "import", "members", str(path)])
    out = capsys.readouterr().out
    assert code == 1
    assert "新增 2 人" in out and "第 4 行" in out and "list-未导入的行.xlsx" in out
    store_db.open_database(db_path)
    assert member_store.count_members() == 2


def test_the_registration_record_columns_are_imported(db_path: Path, tmp_path: Path) -> None:
    headers = ["姓名", "证件号码", "联系电话", "职务", "职称", "所属基层工会", "入会日期",
               "家庭主要成员及其工作单位", "个人工作简历", "工会小组意见", "填表日期"]  # fmt: skip
    rows = [["李雷", "110101199003074477", "13900000000", "经理", "高级工程师", "某公司工会",
             "2026-11-20", "妻 韩梅梅 某公司", "2010年至今 某公司", "同意",
             "2026-11-02"]]  # fmt: skip
    report = imports.import_file("members", xlsx(tmp_path / "reg.xlsx", headers, rows))
    assert report.count("create") == 1, report.rejected
    rec = member_store.find_member_by_id_number("110101199003074477")
    assert rec is not None
    assert (rec.job_title, rec.professional_title, rec.primary_union) == (
        "经理", "高级工程师", "某公司工会",
    )  # fmt: skip
    assert (rec.family_members, rec.resume, rec.group_opinion) == (
        "妻 韩梅梅 某公司", "2010年至今 某公司", "同意",
    )  # fmt: skip
    # 填表日期 is a header of the application date, 入会日期 the approval's
    assert rec.application_date.isoformat() == "2026-11-02"
    assert rec.approval_date is not None and rec.approval_date.isoformat() == "2026-11-20"


UNPRINTABLE = "姓名中的“\U0001f600”（U+1F600）无法打印，可以保存，申请表请手工填写"


def test_an_unprintable_name_is_imported_and_named_in_the_report(
    db_path: Path, tmp_path: Path
) -> None:
    rows = [["王\U0001f600", "110101199003074477", "13900000000", "", "", "", "", ""]]
    report = imports.import_file("members", xlsx(tmp_path / "emoji.xlsx", HEADERS, rows))
    assert (report.count("create"), report.rejected, report.exit_code) == (1, [], 0)
    assert [(line, note) for line, _cells, note in report.warnings] == [(2, UNPRINTABLE)]
    assert "1 人的申请表需手工填写" in report.summary()
    assert member_store.find_member_by_id_number("110101199003074477") is not None
    # the error file lists the row, marked as imported
    wb = load_workbook(report.error_file)
    rows_out = [list(r) for r in wb.active.iter_rows(values_only=True)]
    wb.close()
    assert rows_out[1][0] == "王\U0001f600"
    assert rows_out[1][-2:] == [f"已导入：{UNPRINTABLE}", 2]
    # importing it again adds nothing
    again = imports.import_file("members", report.error_file)  # type: ignore[arg-type]
    assert (again.count("create"), again.count("skipped")) == (0, 1)


def test_cli_error_file_is_owner_only_and_lists_imported_rows_to_complete(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [*ROWS, ["王\U0001f600", "110105198507150032", "13900000009", "", "", "", "", ""]]
    path = xlsx(tmp_path / "list.xlsx", HEADERS, rows)
    errors = tmp_path / "errors.csv"
    store_db.close_database()
    code = main(["--db", str(db_path), "import", "members", str(path), "--errors", str(errors)])
    out = capsys.readouterr().out
    assert code == 1  # two rows rejected
    assert "第 8 行（已导入）" in out and "U+1F600" in out
    assert errors.stat().st_mode & 0o777 == 0o600
    with errors.open(encoding="utf-8-sig", newline="") as fh:
        lines = list(csv.reader(fh))
    assert lines[0] == [*HEADERS, "未导入原因", "原行号"]
    assert [(r[0], r[-1]) for r in lines[1:]] == [
        ("王五", "4"),
        ("赵六", "6"),
        ("王\U0001f600", "8"),
    ]
    assert [r[-2].startswith("已导入") for r in lines[1:]] == [False, False, True]
    store_db.open_database(db_path)
    assert member_store.count_members() == 3


def test_cli_exit_code_stays_0_when_rows_are_only_imported_with_a_warning(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [["王\U0001f600", "110105198507150032", "13900000009", "", "", "", "", ""]]
    path = xlsx(tmp_path / "one.xlsx", HEADERS, rows)
    store_db.close_database()
    code = main(["--db", str(db_path), "import", "members", str(path)])
    out = capsys.readouterr().out
    assert code == 0
    assert "one-未导入的行.xlsx" in out and "已导入" in out
    store_db.open_database(db_path)


def test_an_import_tells_the_lists_once_and_a_check_does_not(db_path: Path, tmp_path: Path) -> None:
    from station_app.services import changes
    from station_app.services.roster_import import run_import

    path = xlsx(tmp_path / "list.xlsx", HEADERS, ROWS)
    seen: list[frozenset[str]] = []
    unsubscribe = changes.subscribe(seen.append)
    try:
        kind = imports.make_kind("members")
        layout, mapping = imports.open_roster(kind, path)
        run_import(kind, layout, mapping, write=False)
        assert seen == []
        imports.import_file("members", path)
    finally:
        unsubscribe()
    assert seen == [frozenset({changes.MEMBERS})]


def test_each_imported_member_has_its_sealed_entry_and_a_member_taken_meanwhile_none(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Entries are sealed once per batch, in the batch's unit of work: one per member written,
    none for a row another desk registered while the import ran."""
    from station_app.services import roster_import

    monkeypatch.setattr(roster_import, "BATCH", 2)
    taken = "110101199003074477"
    real_create = member_store.create_member

    def create(**values: object) -> tuple[int, str]:
        if values.get("id_number") == taken:  # the other desk was quicker
            real_create(**{**values, "name": "张伟"})
        return real_create(**values)

    monkeypatch.setattr(member_store, "create_member", create)
    report = imports.import_file("members", xlsx(tmp_path / "l.xlsx", HEADERS, ROWS), clerk="王芳")
    assert (report.count("create"), report.count("skipped")) == (1, 1)
    liu = member_store.find_member_by_id_number("11010519491231002X")
    assert liu is not None
    created = [e for e in audit.recent(action="member.create")]
    assert [(e.entity_uuid, e.clerk_name) for e in created] == [(liu.uuid, "王芳")]
    assert audit.verify().ok
