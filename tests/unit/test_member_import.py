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
        "北京市",
    )
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
