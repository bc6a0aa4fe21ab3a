"""The district's template filled with our members: its header lines, column order and drop-down
validations (also Excel's extension ones) kept; values in the matched columns."""

from __future__ import annotations

import stat
import subprocess
import sys
import zipfile
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.worksheet.datavalidation import DataValidation

from station_app.services import template_fill as tf
from station_app.services.registration import MemberInput, register, validate
from station_app.store import audit

HEADERS = ["序号", "姓名", "性别", "民族", "出生日期", "身份证号码", "手机号码", "学历",
           "政治面貌", "户籍类型", "是否农民工", "工作单位", "入会时间", "会员证号",
           "填报人备注"]  # fmt: skip
X14 = (
    '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" '
    'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">'
    '<x14:dataValidations count="1" '
    'xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">'
    '<x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>字典!$A$1:$A$5</xm:f>'
    "</x14:formula1><xm:sqref>H3:H500</xm:sqref></x14:dataValidation></x14:dataValidations>"
    "</ext></extLst>"
).encode()


def _template(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "会员信息"
    ws.append(["工会会员实名制信息采集表（朝阳区总工会）"])
    ws.merge_cells("A1:O1")
    ws.append(HEADERS)
    ws.append(["示例", "张三", "男", "汉族", "1990-01-01"])  # the sample line the clerk replaces
    gender = DataValidation(type="list", formula1='"男,女"', allow_blank=True)
    gender.add("C3:C1000")
    ws.add_data_validation(gender)
    wb.create_sheet("字典").append(["本科"])
    wb.save(path)
    # an extension validation, as Excel writes a list taken from another sheet
    with zipfile.ZipFile(path) as zf:
        parts = {i.filename: zf.read(i) for i in zf.infolist()}
    sheet = parts["xl/worksheets/sheet1.xml"]
    parts["xl/worksheets/sheet1.xml"] = sheet.replace(b"</worksheet>", X14 + b"</worksheet>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return path


def _members() -> None:
    for name, id_number, phone in [
        ("刘䶮", "11010519491231002X", "13812345678"),
        ('=HYPERLINK("x")', "110101199003074477", "13900000000"),
    ]:
        register(
            validate(
                MemberInput(
                    name=name,
                    id_number=id_number,
                    phone=phone,
                    employer_text="望京科技",
                    education="本科",
                    migrant_worker=True,
                    application_date="2026-11-12",
                    consent=True,
                )
            )
        )


def test_the_real_name_template_is_filled(db_path: Path, tmp_path: Path) -> None:
    _members()
    path = _template(tmp_path / "实名制模板.xlsx")
    preset = tf.load_preset(tf.REAL_NAME)
    template = tf.read_template(path, preset)
    assert (template.sheet, template.header_line) == ("会员信息", 2)
    columns = tf.match(template, preset)
    assert {HEADERS[i]: k for i, k in columns.items()} == {
        "姓名": "name", "性别": "gender", "民族": "ethnicity", "出生日期": "birth_date",
        "身份证号码": "id_number", "手机号码": "phone", "学历": "education",
        "政治面貌": "political_status", "户籍类型": "hukou_type", "是否农民工": "migrant_worker",
        "工作单位": "employer_text", "入会时间": "application_date", "会员证号": "card_number",
    }  # fmt: skip
    out = tmp_path / "填好的.xlsx"
    assert tf.fill_template(template, out, columns, clerk="王敏") == 2
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    with pytest.warns(UserWarning, match="extension"):  # openpyxl reads the x14 list too
        wb = load_workbook(out)
    ws = wb["会员信息"]
    assert ws["A1"].value == "工会会员实名制信息采集表（朝阳区总工会）"
    assert "A1:O1" in {str(r) for r in ws.merged_cells.ranges}
    assert [c.value for c in ws[2]] == HEADERS
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=3)]
    assert [r[1] for r in rows] == ["刘䶮", '=HYPERLINK("x")']  # the sample line is gone
    assert all(c.data_type != "f" for r in ws.iter_rows(min_row=3) for c in r)
    first = dict(zip(HEADERS, rows[0], strict=True))
    assert (first["身份证号码"], first["手机号码"], first["性别"]) == (
        "11010519491231002X", "13812345678", "女")  # fmt: skip
    assert (first["出生日期"], first["入会时间"], first["是否农民工"]) == (
        "1949-12-31", "2026-11-12", "是")  # fmt: skip
    assert first["序号"] is None and first["填报人备注"] is None
    assert [str(dv.sqref) for dv in ws.data_validations.dataValidation] == ["C3:C1000"]
    assert wb.sheetnames == ["会员信息", "字典"]
    wb.close()
    with zipfile.ZipFile(out) as zf:
        assert b"x14:dataValidation " in zf.read("xl/worksheets/sheet1.xml")
    assert "填好的.xlsx" in audit.recent(action="export.full")[0].detail


def test_a_preset_is_saved_and_used(db_path: Path, tmp_path: Path) -> None:
    _members()
    wb = Workbook()
    wb.active.append(["人员名字", "证件号", "单位"])
    wb.save(tmp_path / "t.xlsx")
    tf.save_preset("街道统计", {"人员名字": "name", "证件号": "id_number", "单位": "employer_text"})
    assert "街道统计" in tf.preset_names() and tf.REAL_NAME in tf.preset_names()
    preset = tf.load_preset("街道统计")
    template = tf.read_template(tmp_path / "t.xlsx", preset)
    columns = tf.match(template, preset)
    tf.fill_template(template, tmp_path / "o.xlsx", columns, start=date(2026, 11, 1))
    wb = load_workbook(tmp_path / "o.xlsx")
    assert [c.value for c in wb.active[2]] == ["刘䶮", "11010519491231002X", "望京科技"]
    with pytest.raises(tf.TemplateError):
        tf.save_preset("坏的", {"姓名": "no_such_field"})


def test_cli_fills_the_template(tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite3"
    run = subprocess.run(
        [sys.executable, "-m", "station_app", "--db", str(db), "demo", "--members", "30"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    out = tmp_path / "out.xlsx"
    args = ["fill-template", str(_template(tmp_path / "t.xlsx")), "-o", str(out)]
    run = subprocess.run(
        [sys.executable, "-m", "station_app", "--db", str(db), *args],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert "已按模板填入 30 名会员" in run.stdout
    with pytest.warns(UserWarning, match="extension"):
        wb = load_workbook(out)
    assert len(list(wb["会员信息"].iter_rows(min_row=3))) == 30
