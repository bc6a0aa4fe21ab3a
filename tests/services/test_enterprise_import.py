"""The company roster as a street office sends it, under the one import policy."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from station_app.domain.credit_code import make_credit_code
from station_app.services import enterprises as svc, imports
from station_app.services.roster_import import run_import
from station_app.services.tabular import TableReadError
from station_app.store import audit, enterprises as enterprise_store, station as station_store
from tests.rosters import csv_file, xlsx

HEADERS = ["序号", "企业名称", "统一社会信用代码", "所在楼宇", "地址", "行业", "经济类型",
           "是否外资", "职工人数", "联系人", "联系电话", "是否建会"]  # fmt: skip
ROWS = [
    [1, "北京星河科技有限公司", "91110108551385082Q", "电子城大厦", "酒仙桥路10号", "软件",
     "民营", "否", 230, "王经理", "13812345678", "否"],
    [2, "福建闽都贸易有限公司", "91350100M000100Y43", "电子城大厦", "酒仙桥路12号", "批发",
     "外商投资", "是", "1,200", "李女士", "010-84561234", "已建会"],
    [3, "北京小微咨询有限公司", "", "恒通商务园", "", "咨询", "民营", "", "35人", "", "", ""],
]  # fmt: skip
# The file of the report: a merged title, a blank row, "120人", one bad check character, the
# same company with half- and full-width parentheses, a company without a credit code.
STREET = [
    [1, "北京星河科技(酒仙桥)有限公司", "91110108551385082Q", "电子城大厦", "", "", "", "", "120人",
     "", "", "否"],
    [2, "福建闽都贸易有限公司", "91350100M000100Y4A", "电子城大厦", "", "", "", "", "约150", "",
     "", "否"],
    [3, "北京星河科技（酒仙桥）有限公司", "", "电子城大厦", "酒仙桥路10号", "", "", "", "", "", "",
     ""],
    [4, "北京小微咨询有限公司", "", "恒通商务园", "", "", "", "", "１，２００", "", "", ""],
]  # fmt: skip


def _street_file(tmp_path: Path) -> Path:
    return xlsx(
        tmp_path / "名录.xlsx", HEADERS, STREET, title="酒仙桥街道企业名录（2026年）", sheet="名录"
    )


def test_the_street_offices_file_imports_its_good_rows(db_path: Path, tmp_path: Path) -> None:
    path = _street_file(tmp_path)
    report = imports.import_file("enterprises", path, clerk="张敏")
    assert report.layout.header_line == 3  # title, blank line, header
    assert (report.count("create"), report.count("merged"), len(report.rejected)) == (2, 1, 1)
    assert report.exit_code == 1
    star = enterprise_store.find_by_credit_code("91110108551385082Q")
    assert star is not None and star.name == "北京星河科技（酒仙桥）有限公司"
    assert star.employee_count == 120
    assert star.address == "酒仙桥路10号"  # the repeated row filled a blank of the first
    small = enterprise_store.find_by_name("北京小微咨询有限公司")
    assert small is not None and small.credit_code is None and small.employee_count == 1200
    [(line, cells, reason)] = report.rejected
    assert line == 5 and "校验码" in reason and cells[1] == "福建闽都贸易有限公司"
    # the error file: the file's columns, the reason, the line; the clerk's to correct
    assert report.error_file == tmp_path / "名录-未导入的行.xlsx"
    wb = load_workbook(report.error_file)
    rows = [[c.value for c in r] for r in wb.active.iter_rows()]
    wb.close()
    assert rows[0] == [*HEADERS, "未导入原因", "原行号"]
    assert rows[1][1] == "福建闽都贸易有限公司" and "校验码" in rows[1][-2] and rows[1][-1] == 5
    [entry] = audit.recent(action="enterprise.import")
    assert entry.clerk_name == "张敏" and entry.detail.startswith("名录.xlsx：")


def test_the_same_file_twice_changes_nothing(db_path: Path, tmp_path: Path) -> None:
    path = _street_file(tmp_path)
    imports.import_file("enterprises", path)
    before = enterprise_store.list_enterprises()
    again = imports.import_file("enterprises", path)
    assert (again.count("create"), again.count("update")) == (0, 0)
    assert again.count("skipped") == 2 and again.count("merged") == 1
    assert enterprise_store.list_enterprises() == before


def test_the_corrected_error_file_imports_cleanly(db_path: Path, tmp_path: Path) -> None:
    report = imports.import_file("enterprises", _street_file(tmp_path))
    assert report.error_file is not None
    wb = load_workbook(report.error_file)
    wb.active.cell(2, 3).value = "91350100M000100Y43"  # the clerk corrects the check character
    wb.save(report.error_file)
    again = imports.import_file("enterprises", report.error_file)
    assert (again.count("create"), again.rejected, again.exit_code) == (1, [], 0)
    assert enterprise_store.find_by_credit_code("91350100M000100Y43") is not None


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk"])
def test_csv_files_in_every_encoding(db_path: Path, tmp_path: Path, encoding: str) -> None:
    above = [["酒仙桥街道企业名录"], ["说明：人数为2025年底数"], []]
    path = csv_file(tmp_path / "a.csv", HEADERS, ROWS, encoding, above=above)
    report = imports.import_file("enterprises", path)
    assert (report.layout.header_line, report.count("create"), report.rejected) == (4, 3, [])
    minjiang = enterprise_store.find_by_credit_code("91350100M000100Y43")
    assert minjiang is not None and minjiang.employee_count == 1200 and minjiang.foreign_invested
    assert (minjiang.union_status, minjiang.stage_name) == ("已建会", "已召开会员代表大会")


def test_synonyms_of_the_headers(db_path: Path, tmp_path: Path) -> None:
    headers = ["公司名称", "信用代码", "楼宇名称", "人数", "建会情况", "单位性质"]
    rows = [
        ["北京星河科技有限公司", "91110108551385082Q", "电子城大厦", "88", "筹备中", "外商投资"]
    ]
    report = imports.import_file(
        "enterprises", csv_file(tmp_path / "b.csv", headers, rows, "utf-8")
    )
    assert report.count("create") == 1, report.rejected
    rec = enterprise_store.find_by_credit_code("91110108551385082Q")
    assert rec is not None
    assert (rec.union_status, rec.stage_name, rec.employee_count) == ("筹备中", "筹备中", 88)
    assert rec.foreign_invested  # derived from 单位性质 when there is no 是否外资 column


def test_the_sheet_with_the_table_is_chosen(db_path: Path, tmp_path: Path) -> None:
    path = xlsx(tmp_path / "two.xlsx", HEADERS, ROWS, sheet="企业名单", first_sheet="说明")
    layout, mapping = imports.open_roster(imports.make_kind("enterprises"), path)
    assert (layout.sheets, layout.sheet, layout.header_line) == (
        ("说明", "企业名单"),
        "企业名单",
        1,
    )
    assert {"name", "credit_code", "employee_count", "union_status"} <= set(mapping)


def test_a_header_over_two_merged_lines(db_path: Path, tmp_path: Path) -> None:
    group = ["企业名称", "统一社会信用代码", "联系方式", "", "职工人数"]
    headers = ["", "", "联系人", "联系电话", ""]
    rows = [["北京星河科技有限公司", "91110108551385082Q", "王经理", "13812345678", "230"]]
    path = xlsx(tmp_path / "m.xlsx", headers, rows, title="企业名录", group_row=group)
    report = imports.import_file("enterprises", path)
    assert report.layout.header_line == 4
    assert report.count("create") == 1, report.rejected
    rec = enterprise_store.find_by_credit_code("91110108551385082Q")
    assert rec is not None and (rec.contact_person, rec.employee_count) == ("王经理", 230)


def test_messy_values(db_path: Path, tmp_path: Path) -> None:
    rows = [
        [1, " 北京 星河\n科技有限公司 ", "９１１１０１０８５５１３８５０８２ｑ", "电子城\n大厦",
         "", "", "", "否", "约 150 人", "", "", "未建会"],
    ]  # fmt: skip
    report = imports.import_file("enterprises", csv_file(tmp_path / "c.csv", HEADERS, rows, "gbk"))
    assert report.count("create") == 1, report.rejected
    rec = enterprise_store.find_by_credit_code("91110108551385082Q")
    assert rec is not None
    assert (rec.name, rec.building_name, rec.employee_count) == (
        "北京星河科技有限公司",
        "电子城 大厦",
        150,
    )


def test_every_problem_of_a_row_is_named(db_path: Path, tmp_path: Path) -> None:
    rows = [[1, "", "123", "", "", "", "", "也许", "很多", "", "", "不清楚"]]
    report = imports.import_file(
        "enterprises", csv_file(tmp_path / "a.csv", HEADERS, rows, "utf-8")
    )
    [(line, _cells, reason)] = report.rejected
    assert line == 2
    for part in ("缺少企业名称", "18位", "是否外资", "职工人数", "建会情况"):
        assert part in reason


def test_reimport_updates_and_never_undoes_a_union(db_path: Path, tmp_path: Path) -> None:
    imports.import_file("enterprises", csv_file(tmp_path / "a.csv", HEADERS, ROWS, "utf-8"))
    star = enterprise_store.find_by_name("北京星河科技有限公司")
    assert star is not None
    founded_stage = next(s.id for s in station_store.list_stages() if s.is_founded)
    changed = [list(r) for r in ROWS]
    changed[0][8] = 260  # more employees
    changed[0][11] = "已建会"  # the union was founded meanwhile
    changed[1][11] = "否"  # a stale list never undoes a founded union
    code = make_credit_code("91110105MA01ABCD0")
    changed[2][2] = code  # the small company now has a code
    changed.append([4, "北京新来有限公司", "", "", "", "", "", "", "12", "", "", ""])
    report = imports.import_file(
        "enterprises", csv_file(tmp_path / "b.csv", HEADERS, changed, "utf-8"), clerk="李强"
    )
    assert (report.count("create"), report.count("update"), report.count("skipped")) == (1, 2, 1)
    star2 = enterprise_store.get_enterprise(star.id)
    assert star2 is not None
    assert (star2.employee_count, star2.union_status, star2.stage_id) == (
        260,
        "已建会",
        founded_stage,
    )
    history = svc.stage_history(star.id)
    assert history[0].to_stage == "已召开会员代表大会" and history[0].clerk_name == "李强"
    assert "b.csv" in history[0].reason
    small = enterprise_store.find_by_name("北京小微咨询有限公司")
    assert small is not None and small.credit_code == code and small.building_name == "恒通商务园"


def test_code_and_name_of_two_registered_companies_are_refused(
    db_path: Path, tmp_path: Path
) -> None:
    imports.import_file("enterprises", csv_file(tmp_path / "a.csv", HEADERS, ROWS, "utf-8"))
    blank = ["", "", "", "", "", "", "", "", ""]
    rows = [
        [1, "北京星河科技有限公司", "91350100M000100Y43", *blank],  # the code of 福建闽都贸易
        [2, "北京星河科技有限公司", make_credit_code("91110105MA01ABCD0"), *blank],
    ]
    report = imports.import_file(
        "enterprises", csv_file(tmp_path / "b.csv", HEADERS, rows, "utf-8")
    )
    assert [line for line, _c, _r in report.rejected] == [2, 3]
    assert all("请核对" in reason for _l, _c, reason in report.rejected)
    minjiang = enterprise_store.find_by_credit_code("91350100M000100Y43")
    assert minjiang is not None and minjiang.name == "福建闽都贸易有限公司"


def test_the_check_writes_nothing_and_a_chosen_mapping_is_used(
    db_path: Path, tmp_path: Path
) -> None:
    path = csv_file(tmp_path / "b.csv", HEADERS, ROWS, "utf-8")
    kind = imports.make_kind("enterprises")
    layout, mapping = imports.open_roster(kind, path)
    check = run_import(kind, layout, mapping, write=False)
    assert [r[1] for r in check.rows] == ["create", "create", "create"]
    assert enterprise_store.list_enterprises() == []
    custom = dict(mapping, contact_person=layout.headers.index("地址"))
    del custom["address"]
    imports.import_file("enterprises", path, mapping=custom)
    rec = enterprise_store.find_by_credit_code("91350100M000100Y43")
    assert rec is not None and (rec.contact_person, rec.address) == ("酒仙桥路12号", "")


def test_no_name_column_refuses_the_file(db_path: Path, tmp_path: Path) -> None:
    path = csv_file(
        tmp_path / "x.csv", ["信用代码", "人数"], [["91110108551385082Q", "1"]], "utf-8"
    )
    with pytest.raises(TableReadError) as err:
        imports.import_file("enterprises", path)
    assert "企业名称" in err.value.message and "信用代码、人数" in err.value.message


def _cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "station_app", "--db", str(db), "import", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_cli_exit_codes(tmp_path: Path) -> None:
    db = tmp_path / "cli.sqlite3"
    good = csv_file(tmp_path / "good.csv", HEADERS, ROWS, "gbk")
    run = _cli(db, "enterprises", str(good))
    assert (run.returncode, run.stderr) == (0, ""), run.stderr
    assert "新增 3 家企业" in run.stdout
    run = _cli(db, "enterprises", str(_street_file(tmp_path)))
    assert run.returncode == 1
    assert "第 5 行" in run.stdout and "名录-未导入的行.xlsx" in run.stdout
    title_only = csv_file(tmp_path / "t.csv", ["企业名录（2026年）"], [], "utf-8")
    run = _cli(db, "enterprises", str(title_only))
    assert run.returncode == 2
    assert run.stderr.startswith("错误：找不到“企业名称”列") and len(run.stderr.splitlines()) == 1
    run = _cli(db, "enterprises", str(tmp_path / "missing.xlsx"))
    assert run.returncode == 2 and "找不到文件" in run.stderr and "Traceback" not in run.stderr
