from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import Workbook

from station_app.services import enterprise_import as imp
from station_app.services import enterprises as svc
from station_app.services.tabular import TableReadError
from station_app.store import audit
from station_app.store import enterprises as enterprise_store
from station_app.store import station as station_store

HEADERS = [
    "序号",
    "企业名称",
    "统一社会信用代码",
    "所在楼宇",
    "地址",
    "行业",
    "经济类型",
    "是否外资",
    "职工人数",
    "联系人",
    "联系电话",
    "是否建会",
]
ROWS = [
    [1, "北京星河科技有限公司", "91110108551385082Q", "电子城大厦", "酒仙桥路10号", "软件",
     "民营", "否", 230, "王经理", "13812345678", "否"],
    [2, "福建闽都贸易有限公司", "91350100M000100Y43", "电子城大厦", "酒仙桥路12号", "批发",
     "外商投资", "是", "1,200", "李女士", "010-84561234", "已建会"],
    [3, "北京小微咨询有限公司", "", "恒通商务园", "", "咨询", "民营", "", "35人", "", "", ""],
]  # fmt: skip


def _xlsx(path: Path, rows: list[list[object]], *, sheet: str = "企业名单") -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "说明"
    ws.append(["本表由街道办提供"])
    data = wb.create_sheet(sheet)
    data.append([])  # a blank first row, as exported lists often have
    data.append(HEADERS)
    for row in rows:
        data.append(row)
    wb.save(path)
    return path


def _csv(path: Path, rows: list[list[object]], encoding: str, headers: list[str] = HEADERS) -> Path:
    with path.open("w", newline="", encoding=encoding) as fh:
        w = csv.writer(fh)
        w.writerow(headers)
        w.writerows(rows)
    return path


def test_xlsx_import_creates_enterprises_with_their_stage(db_path: Path, tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "名单.xlsx", ROWS)
    result = imp.import_enterprises(path, sheet="企业名单", clerk="张敏")
    assert (result.created, result.updated, result.errors) == (3, 0, [])
    assert result.summary() == "共 3 行：新增 3 家企业，更新 0 家。"
    star = enterprise_store.find_by_name("北京星河科技有限公司")
    minjiang = enterprise_store.find_by_credit_code("91350100M000100Y43")
    small = enterprise_store.find_by_name("北京小微咨询有限公司")
    assert star and minjiang and small
    assert (star.employee_count, star.building_name, star.stage_name) == (
        230,
        "电子城大厦",
        "未联系",
    )
    assert star.contact_phone == "13812345678" and not star.foreign_invested
    assert minjiang.foreign_invested and minjiang.employee_count == 1200
    assert (minjiang.union_status, minjiang.stage_name) == ("已建会", "已召开会员代表大会")
    assert small.credit_code is None and small.employee_count == 35
    assert audit.recent(action="enterprise.import")[0].clerk_name == "张敏"


def test_gbk_csv(db_path: Path, tmp_path: Path) -> None:
    path = _csv(tmp_path / "gbk.csv", ROWS, "gbk")
    assert path.read_bytes().decode("gbk").startswith("序号,企业名称")
    result = imp.import_enterprises(path)
    assert result.created == 3
    assert enterprise_store.find_by_name("福建闽都贸易有限公司") is not None


def test_utf8_bom_csv_with_other_header_names(db_path: Path, tmp_path: Path) -> None:
    headers = ["单位名称", "信用代码", "楼宇", "员工人数", "建会情况", "企业性质"]
    rows = [
        ["北京星河科技有限公司", "91110108551385082Q", "电子城大厦", "88", "筹备中", "外商投资"]
    ]
    path = _csv(tmp_path / "bom.csv", rows, "utf-8-sig", headers)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    result = imp.import_enterprises(path)
    assert result.created == 1
    rec = enterprise_store.find_by_credit_code("91110108551385082Q")
    assert rec is not None
    assert (rec.union_status, rec.stage_name, rec.employee_count) == ("筹备中", "筹备中", 88)
    assert rec.foreign_invested  # derived from 企业性质 when there is no 是否外资 column


def test_missing_name_column_is_a_clear_error(db_path: Path, tmp_path: Path) -> None:
    path = _csv(tmp_path / "x.csv", [["91110108551385082Q", "1"]], "utf-8", ["信用代码", "人数"])
    with pytest.raises(TableReadError) as err:
        imp.import_enterprises(path)
    assert "企业名称" in err.value.message and "信用代码" in err.value.message
    preview = imp.preview_import(path)
    assert preview.missing == ["企业名称"] and preview.rows == []


def test_optional_columns_may_be_missing(db_path: Path, tmp_path: Path) -> None:
    path = _csv(
        tmp_path / "x.csv", [["北京一号有限公司"], ["北京二号有限公司"]], "utf-8", ["企业名称"]
    )
    result = imp.import_enterprises(path)
    assert result.created == 2
    assert {e.union_status for e in enterprise_store.list_enterprises()} == {"未建会"}


def test_bad_rows_are_reported_and_nothing_is_imported(db_path: Path, tmp_path: Path) -> None:
    rows = [
        *ROWS,
        [4, "北京错码有限公司", "91110108551385082A", "", "", "", "", "", "10", "", "", ""],
        [5, "", "", "", "", "", "", "", "", "", "", ""],  # empty row: ignored
        [6, "北京人数有限公司", "", "", "", "", "", "", "很多", "", "", ""],
        [7, "北京外资有限公司", "", "", "", "", "", "也许", "", "", "", ""],
        [8, "北京建会有限公司", "", "", "", "", "", "", "", "", "", "不清楚"],
    ]
    path = _xlsx(tmp_path / "bad.xlsx", rows)
    result = imp.import_enterprises(path, sheet="企业名单")
    lines = dict(result.errors)
    assert sorted(lines) == [6, 8, 9, 10]  # the sheet's own lines: blank row 1, header row 2
    assert "校验码" in lines[6]
    assert "职工人数" in lines[8]
    assert "是否外资" in lines[9]
    assert "建会情况" in lines[10]
    assert not result.imported and result.created == 0
    assert "未导入任何数据" in result.summary()
    assert enterprise_store.list_enterprises() == []


def test_every_problem_of_a_row_is_reported(db_path: Path, tmp_path: Path) -> None:
    rows = [[1, "", "123", "", "", "", "", "也许", "很多", "", "", ""]]
    result = imp.import_enterprises(_csv(tmp_path / "a.csv", rows, "utf-8"))
    reason = result.errors[0][1]
    assert result.errors[0][0] == 2
    for part in ("缺少企业名称", "18位", "是否外资", "职工人数"):
        assert part in reason


def test_skip_bad_rows_imports_the_good_ones(db_path: Path, tmp_path: Path) -> None:
    rows = [*ROWS, [4, "北京错码有限公司", "123", "", "", "", "", "", "", "", "", ""]]
    result = imp.import_enterprises(_csv(tmp_path / "a.csv", rows, "utf-8"), skip_bad_rows=True)
    assert result.created == 3 and len(result.errors) == 1
    assert "跳过有错误的 1 行" in result.summary()


def test_duplicates_within_the_file(db_path: Path, tmp_path: Path) -> None:
    rows = [
        *ROWS,
        [4, "星河科技（重复）", "91110108551385082Q", "", "", "", "", "", "", "", "", ""],
        [5, "北京小微咨询有限公司", "", "", "", "", "", "", "", "", "", ""],
    ]
    result = imp.import_enterprises(_csv(tmp_path / "d.csv", rows, "utf-8"))
    assert result.errors == [
        (5, "统一社会信用代码 91110108551385082Q 与第 2 行重复"),
        (6, "企业名称“北京小微咨询有限公司”与第 4 行重复"),
    ]
    assert enterprise_store.list_enterprises() == []


def test_reimport_updates_instead_of_duplicating(db_path: Path, tmp_path: Path) -> None:
    imp.import_enterprises(_xlsx(tmp_path / "a.xlsx", ROWS), sheet="企业名单")
    star = enterprise_store.find_by_name("北京星河科技有限公司")
    assert star is not None
    founded_stage = next(s.id for s in station_store.list_stages() if s.is_founded)
    changed = [list(r) for r in ROWS]
    changed[0][8] = 260  # more employees
    changed[0][11] = "已建会"  # the union was founded meanwhile
    changed[1][11] = "否"  # a stale list never undoes a founded union
    changed[2][2] = _valid_code("91110105MA01ABCD0")  # the small company now has a code
    changed.append([4, "北京新来有限公司", "", "", "", "", "", "", "12", "", "", ""])
    result = imp.import_enterprises(
        _xlsx(tmp_path / "b.xlsx", changed), sheet="企业名单", clerk="李强"
    )
    assert (result.created, result.updated, result.errors) == (1, 3, [])
    assert len(enterprise_store.list_enterprises()) == 4
    star2 = enterprise_store.get_enterprise(star.id)
    assert star2 is not None
    assert (star2.employee_count, star2.union_status, star2.stage_id) == (
        260,
        "已建会",
        founded_stage,
    )
    history = svc.stage_history(star.id)
    assert history[0].to_stage == "已召开会员代表大会" and history[0].clerk_name == "李强"
    assert "b.xlsx" in history[0].reason
    minjiang = enterprise_store.find_by_credit_code("91350100M000100Y43")
    assert minjiang is not None and minjiang.union_status == "已建会"
    small = enterprise_store.find_by_name("北京小微咨询有限公司")
    assert small is not None and small.credit_code == _valid_code("91110105MA01ABCD0")
    # matched by name; the empty cells kept what was there
    assert small.building_name == "恒通商务园"


def _valid_code(first17: str) -> str:
    from station_app.domain.credit_code import make_credit_code

    return make_credit_code(first17)


def test_code_and_name_pointing_at_different_companies_are_refused(
    db_path: Path, tmp_path: Path
) -> None:
    imp.import_enterprises(_csv(tmp_path / "a.csv", ROWS, "utf-8"))
    other_code = _valid_code("91110105MA01ABCD0")
    blank = ["", "", "", "", "", "", "", "", ""]
    cases = {
        "b.csv": ["北京星河科技有限公司", "91350100M000100Y43"],  # the code of 福建闽都贸易
        "c.csv": ["北京星河科技有限公司", other_code],  # a new code for a known name
    }
    for name, (company, code) in cases.items():
        result = imp.import_enterprises(
            _csv(tmp_path / name, [[1, company, code, *blank]], "utf-8")
        )
        assert len(result.errors) == 1 and "请核对" in result.errors[0][1], name
    assert enterprise_store.find_by_credit_code("91350100M000100Y43").name == "福建闽都贸易有限公司"  # type: ignore[union-attr]


def test_preview_and_mapping(db_path: Path, tmp_path: Path) -> None:
    imp.import_enterprises(_csv(tmp_path / "a.csv", ROWS[:1], "utf-8"))
    path = _csv(tmp_path / "b.csv", ROWS, "utf-8")
    preview = imp.preview_import(path)
    assert preview.mapping["name"] == "企业名称" and preview.mapping["union_status"] == "是否建会"
    assert [r.action for r in preview.rows] == ["update", "create", "create"]
    assert (preview.count("create"), preview.count("update")) == (2, 1)
    # the clerk maps 地址 to nothing and 联系人 to the 地址 column
    mapping = dict(preview.mapping, address="", contact_person="地址")
    custom = imp.preview_import(path, mapping=mapping)
    assert "address" not in custom.mapping
    assert custom.rows[1].values["contact_person"] == "酒仙桥路12号"


def test_cancel_rolls_back(db_path: Path, tmp_path: Path) -> None:
    path = _csv(tmp_path / "a.csv", ROWS, "utf-8")
    seen: list[tuple[int, int]] = []
    with pytest.raises(imp.ImportCancelled):
        imp.import_enterprises(
            path, progress=lambda d, t: seen.append((d, t)), cancelled=lambda: len(seen) >= 2
        )
    assert seen == [(1, 3), (2, 3)]
    assert enterprise_store.list_enterprises() == []


def test_cli_imports_enterprises(tmp_path: Path) -> None:
    path = _csv(tmp_path / "a.csv", ROWS, "gbk")
    db = tmp_path / "cli.sqlite3"
    run = subprocess.run(
        [sys.executable, "-m", "station_app", "--db", str(db), "import", "enterprises", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 0, run.stderr
    assert "新增 3 家企业" in run.stdout
