from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from station_app.services.member_import import import_members
from station_app.services.tabular import TableReadError
from station_app.store import audit
from station_app.store import members as member_store

HEADERS = ["姓名", "身份证号码", "手机号码", "工作单位", "性别", "民族", "学历", "入会日期"]
ROWS = [
    ["刘䶮", "11010519491231002X", "13812345678", "望京科技", "女", "汉族", "本科", "2026-11-12"],
    ["张伟", "110101199003074477", "139 0000 0000", "", "男", "回", "", ""],
    ["王五", "110101199003074478", "13700000000", "", "", "", "", ""],  # bad check digit
    ["", "", "", "", "", "", "", ""],  # blank line: not counted
    ["赵六", "440106198507150016", "1370000000", "", "", "", "", ""],  # phone too short
    ["张伟", "110101199003074477", "13900000000", "", "", "", "", ""],  # repeated in the file
]  # fmt: skip


def write_xlsx(path: Path, rows: list[list[str]], headers: list[str] = HEADERS) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "会员"
    ws.append(headers)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def write_csv(path: Path, rows: list[list[str]], encoding: str) -> Path:
    lines = [",".join(HEADERS)] + [",".join(r) for r in rows]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def test_xlsx_import_validates_like_the_form(db_path: Path, tmp_path: Path) -> None:
    result = import_members(write_xlsx(tmp_path / "list.xlsx", ROWS), clerk="王芳")
    assert (result.rows, result.imported, result.skipped) == (5, 2, 1)
    assert [line for line, _ in result.errors] == [4, 6]
    assert "校验位" in result.errors[0][1]
    assert "11位" in result.errors[1][1]
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
    assert (
        result.summary()
        == "“list.xlsx”共 5 行：导入 2 人，跳过 1 人（身份证号码已登记），2 行有错误未导入。"
    )
    assert audit.recent(action="member.import")[0].clerk_name == "王芳"


def test_importing_the_same_file_twice_adds_nothing(db_path: Path, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "list.xlsx", ROWS)
    import_members(path)
    again = import_members(path)
    assert (again.imported, again.skipped, len(again.errors)) == (0, 3, 2)
    assert member_store.count_members() == 2


@pytest.mark.parametrize("encoding", ["utf-8-sig", "gbk"])
def test_csv_in_utf8_bom_and_gbk(db_path: Path, tmp_path: Path, encoding: str) -> None:
    rows = [r for r in ROWS if "䶮" not in r[0]]  # GBK cannot hold 䶮
    result = import_members(write_csv(tmp_path / "list.csv", rows, encoding))
    assert result.imported == 1
    rec = member_store.find_member_by_id_number("110101199003074477")
    assert rec is not None and rec.name == "张伟"


def test_alternative_headers_are_recognised(db_path: Path, tmp_path: Path) -> None:
    headers = ["姓名*", "身份证号", "联系电话", "是否农民工", "申请日期"]
    rows = [["李雷", "110101199003074477", "13900000000", "是", "2026/11/20"]]
    result = import_members(write_xlsx(tmp_path / "alt.xlsx", rows, headers))
    assert result.imported == 1, result.errors
    rec = member_store.find_member_by_id_number("110101199003074477")
    assert rec is not None and rec.migrant_worker is True
    assert rec.application_date.isoformat() == "2026-11-20"


def test_missing_required_column_is_a_clear_error(db_path: Path, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "bad.xlsx", [["李雷", "13900000000"]], ["姓名", "电话"])
    with pytest.raises(TableReadError, match="身份证号码"):
        import_members(path)
    assert member_store.count_members() == 0


def test_cli_import_members(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from station_app.cli import main
    from station_app.store import db as store_db

    path = write_xlsx(tmp_path / "list.xlsx", ROWS)
    store_db.close_database()
    code = main(["--db", str(db_path), "import", "members", str(path)])
    out = capsys.readouterr().out
    assert code == 0
    assert "导入 2 人" in out and "第 4 行" in out
    store_db.open_database(db_path)
    assert member_store.count_members() == 2


def test_the_registration_record_columns_are_imported(db_path: Path, tmp_path: Path) -> None:
    headers = ["姓名", "证件号码", "联系电话", "职务", "职称", "所属基层工会", "入会日期",
               "家庭主要成员及其工作单位", "个人工作简历", "工会小组意见"]  # fmt: skip
    rows = [["李雷", "110101199003074477", "13900000000", "经理", "高级工程师", "某公司工会",
             "2026-11-20", "妻 韩梅梅 某公司", "2010年至今 某公司", "同意"]]  # fmt: skip
    result = import_members(write_xlsx(tmp_path / "reg.xlsx", rows, headers))
    assert result.imported == 1, result.errors
    rec = member_store.find_member_by_id_number("110101199003074477")
    assert rec is not None
    assert (rec.job_title, rec.professional_title, rec.primary_union) == (
        "经理", "高级工程师", "某公司工会",
    )  # fmt: skip
    assert (rec.family_members, rec.resume, rec.group_opinion) == (
        "妻 韩梅梅 某公司", "2010年至今 某公司", "同意",
    )  # fmt: skip


def test_an_unprintable_name_is_imported_and_named_in_the_report(
    db_path: Path, tmp_path: Path
) -> None:
    rows = [["王\U0001f600", "110101199003074477", "13900000000", "", "", "", "", ""]]
    result = import_members(write_xlsx(tmp_path / "emoji.xlsx", rows))
    assert result.imported == 1 and not result.errors
    assert result.warnings == [
        (2, "姓名中的“\U0001f600”（U+1F600）无法打印，可以保存，申请表请手工填写")
    ]
    assert "1 人的申请表需手工填写" in result.summary()


def test_cli_error_report_is_owner_only_and_lists_warnings(db_path: Path, tmp_path: Path) -> None:
    import csv

    from station_app.cli import main
    from station_app.store import db as store_db

    rows = [*ROWS, ["王\U0001f600", "110105198507150032", "13900000009", "", "", "", "", ""]]
    path = write_xlsx(tmp_path / "list.xlsx", rows)
    report = tmp_path / "errors.csv"
    store_db.close_database()
    code = main(["--db", str(db_path), "import", "members", str(path), "--errors", str(report)])
    assert code == 0
    assert report.stat().st_mode & 0o777 == 0o600
    with report.open(encoding="utf-8-sig", newline="") as fh:
        lines = list(csv.reader(fh))
    assert lines[0] == ["行号", "原因", "处理"]
    assert [r[2] for r in lines[1:]] == ["未导入", "未导入", "已导入"], lines
    assert "U+1F600" in lines[-1][1]
    store_db.open_database(db_path)
