"""The Qt-free PDF forms: 入会申请书 + 工会会员登记表."""

from __future__ import annotations

import dataclasses
import io
import os
import re
import stat
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from station_app.domain.choices import in_english
from station_app.printing.application_form import (
    PrintCancelled,
    unprintable_in_form,
    write_application_forms,
    write_blank_forms,
)
from station_app.printing.fonts import MissingGlyphsError
from station_app.printing.form_data import FormData, StationInfo
from station_app.resources import font_path, fonts_dir, resources_dir
from tests import pdf_checks

STATION = StationInfo(
    name="酒仙桥街道工会服务站",
    district_federation="朝阳区总工会",
    address="北京市朝阳区酒仙桥路12号",
    phone="010-64312345",
)
PRINT_DATE = date(2024, 5, 12)

FILLED = FormData(
    card_number="CY2024000123",
    name="刘䶮",
    gender="男",
    birth_date="1990-03-07",
    ethnicity="汉族",
    education="本科",
    native_place="河北保定",
    political_status="中共党员",
    employer_text="北京电子城科技有限公司",
    job_title="部门经理",
    professional_title="工程师",
    phone="13812345678",
    id_type="居民身份证",
    id_number="11010519491231002X",
    hukou_type="农村",
    migrant_worker="是",
    primary_union="北京电子城科技有限公司工会",
    approval_date="2024-05-20",
    family_members="妻子王芳，职员",
    resume="2012年至今在本公司工作",
    group_opinion="同意",
    approval_opinion="同意入会",
    remarks="现场入会",
    application_date="2024-05-12",
)
RARE_NAMES = (
    "刘䶮",
    "王𠀋",
    "𪚥",
    "Zoë Łukasiewicz",
    "Дмитрий Иванов",
    "Maximiliane Alexandra Friederike von Hohenzollern-Sigmaringn",
)
CJK = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")


def _pdf(forms: list[FormData], **kw: object) -> tuple[PdfReader, int]:
    buf = io.BytesIO()
    kw.setdefault("station", STATION)
    kw.setdefault("print_date", PRINT_DATE)
    n = write_application_forms(buf, forms, **kw)  # type: ignore[arg-type]
    buf.seek(0)
    return PdfReader(buf), n


_text = pdf_checks.text


def test_resources_paths(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert font_path().is_file()
    assert fonts_dir().parent == resources_dir()
    monkeypatch.setenv("STATION_APP_RESOURCES", str(tmp_path))
    assert resources_dir() == tmp_path.resolve()


@pytest.mark.parametrize("lang", ["zh", "en", "bilingual"])
def test_every_font_is_embedded(lang: str) -> None:
    reader, _ = _pdf([FILLED, FormData.blank()], lang=lang)
    pdf_checks.assert_fonts_embedded(reader)
    assert not any("Helvetica" in name for name in pdf_checks.fonts(reader))


def test_chinese_form_has_every_value_with_one_date_format() -> None:
    reader, n = _pdf([FILLED])
    assert n == len(reader.pages) == 2
    text = _text(reader)
    for f in dataclasses.fields(FormData):
        value = getattr(FILLED, f.name)
        if re.fullmatch(r"\d{4}-\d\d-\d\d", value):
            y, m, d = (int(p) for p in value.split("-"))
            value = f"{y}年{m}月{d}日"
        assert value in text, f"{f.name}={value!r} missing"
    assert not re.search(r"\d{4}-\d\d-\d\d", text)  # no ISO date anywhere, print date included
    assert "刘䶮" in _text(reader, range(0, 1))  # the applicant's name on the application too


def test_the_application_is_the_acftu_text_without_an_approval_box() -> None:
    reader, _ = _pdf([FILLED])
    page1 = _text(reader, range(0, 1))
    assert "我自愿加入中华全国总工会" in page1 and "特此申请" in page1
    assert "本申请书由基层工会留存" in page1
    assert "有效身份证件一致" in page1 and "居民身份证一致" not in page1
    assert "《工会会员登记表》所填个人信息" in page1
    for absent in ("审批", "盖章", "公章", "负责人"):
        assert absent not in page1, absent


def test_the_registration_record_has_the_official_cells() -> None:
    reader, _ = _pdf([FormData.blank()])
    page2 = _text(reader, range(1, 2))
    for label in (
        "会员证号码",
        "职务",
        "职称",
        "所属基层工会",
        "入会日期",
        "家庭主要成员及其工作单位",
        "个人工作简历",
        "工会小组意见",
        "基层工会审批意见",
        "（盖章）",
        "组长（签名）",
        "申请人（签名）",
        "经办人（签名）",
        "（姓名、与本人关系、工作单位及职务）",
        "（自何年何月至何年何月，在何单位、任何职务）",
    ):
        assert label in page2, label
    assert "职务/职称" not in page2


def test_english_form_translates_every_value_and_labels_dates() -> None:
    reader, _ = _pdf([FILLED], lang="en")
    text = _text(reader)
    for value in (FILLED.gender, FILLED.ethnicity, FILLED.education, FILLED.political_status,
                  FILLED.id_type, FILLED.hukou_type):  # fmt: skip
        assert re.sub(r"\s+", "", in_english(value)) in text, value
    free_text = (FILLED.name, FILLED.native_place, FILLED.employer_text, FILLED.job_title,
                 FILLED.professional_title, FILLED.primary_union, FILLED.family_members,
                 FILLED.resume, FILLED.group_opinion, FILLED.approval_opinion, FILLED.remarks,
                 STATION.name, STATION.district_federation, STATION.address)  # fmt: skip
    rest = text
    for value in sorted(free_text, key=len, reverse=True):
        rest = rest.replace(re.sub(r"\s+", "", value), "")
    assert not CJK.search(rest), CJK.findall(rest)
    assert "YYYY-MM-DD" in text and "2024-05-12" in text
    for machine_made in ("NativePlace", "PersonalResume", "PersoninCharge", "bareheaded"):
        assert machine_made not in text


def test_bilingual_form_has_both_languages() -> None:
    reader, _ = _pdf([FILLED], lang="bilingual")
    t = _text(reader)
    for s in (
        "入会申请书",
        "ApplicationforTradeUnionMembership",
        "工会会员登记表",
        "TradeUnionMemberRegistrationForm",
        "我自愿加入中华全国总工会",
        "Ivoluntarilyapplytojoin",
        "男/Male",
        "汉族/Han",
    ):
        assert s in t, s


@pytest.mark.parametrize("name", RARE_NAMES)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_name_on_an_id_card_prints_and_is_found(name: str, lang: str) -> None:
    form = dataclasses.replace(FILLED, name=name)
    assert unprintable_in_form(form) == []
    reader, _ = _pdf([form], lang=lang)
    squeezed = re.sub(r"\s+", "", name)
    assert squeezed in _text(reader, range(0, 1))
    assert squeezed in _text(reader, range(1, 2))
    pdf_checks.assert_fonts_embedded(reader)


def test_a_sixty_letter_name_wraps_before_it_shrinks_below_7_pt() -> None:
    name = RARE_NAMES[-1]
    assert len(name) == 60
    reader, _ = _pdf([dataclasses.replace(FILLED, name=name)])
    sizes = pdf_checks.font_sizes(reader, 1, "Maximiliane") + pdf_checks.font_sizes(
        reader, 1, "Sigmaringn"
    )
    assert sizes and min(sizes) >= 7.0, sizes


def test_station_and_print_date_on_every_page() -> None:
    reader, _ = _pdf([FILLED, FormData.blank()])
    for i in range(len(reader.pages)):
        t = _text(reader, range(i, i + 1))
        assert STATION.name in t
        assert "2024年5月12日" in t
        assert STATION.district_federation in t


def test_page_count_is_two_per_form_and_copy() -> None:
    forms = [FILLED, dataclasses.replace(FILLED, name="张三"), FormData.blank()]
    reader, n = _pdf(forms, copies=3)
    assert n == len(reader.pages) == 2 * 3 * 3


def test_an_unprintable_character_is_named_and_nothing_is_written(tmp_path: Path) -> None:
    out = tmp_path / "forms.pdf"
    bad = dataclasses.replace(FILLED, remarks="好😀")
    assert unprintable_in_form(bad) == ["😀"]
    with pytest.raises(MissingGlyphsError) as exc:
        write_application_forms(out, [FILLED, bad], station=STATION)
    assert exc.value.chars == ["😀"]
    assert "U+1F600" in str(exc.value)
    assert not out.exists()


def test_the_pdf_file_is_owner_only(tmp_path: Path) -> None:
    out = tmp_path / "forms.pdf"
    write_application_forms(out, [FILLED], station=STATION)
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["forms.pdf"]  # no temporary file left


def test_blank_forms(tmp_path: Path) -> None:
    out = tmp_path / "blank.pdf"
    n = write_blank_forms(out, station=STATION, lang="zh", copies=4)
    reader = PdfReader(out)
    assert n == len(reader.pages) == 8
    t = _text(reader, range(0, 2))
    assert "姓名" in t and "年月日" in t


def test_progress_and_cancel(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return True

    _, n = _pdf([FILLED, FILLED], copies=2, progress=progress)
    assert n == 8
    assert calls == [(1, 4), (2, 4), (3, 4), (4, 4)]

    out = tmp_path / "cancelled.pdf"
    with pytest.raises(PrintCancelled) as exc:
        write_application_forms(
            out, [FILLED] * 5, station=STATION, progress=lambda done, total: done < 2
        )
    assert (exc.value.done, exc.value.total) == (2, 5)
    assert not out.exists()


def test_long_values_fit_and_stay_complete() -> None:
    long_form = dataclasses.replace(
        FILLED,
        employer_text="北京酒仙桥电子城科技发展集团有限公司朝阳分公司研发中心第三事业部" * 2,
        family_members="\n".join(f"成员{i}：某某某，1960年出生，某某单位职工" for i in range(6)),
        resume="；".join(f"{2000 + i}年在某某公司任职工程师" for i in range(12)),
    )
    reader, _ = _pdf([long_form])
    t = _text(reader)
    assert long_form.employer_text in t
    assert "成员5：某某某" in t
    assert "2011年在某某公司任职工程师" in t


def test_rejects_bad_arguments() -> None:
    with pytest.raises(ValueError):
        write_application_forms(io.BytesIO(), [], station=STATION)
    with pytest.raises(ValueError):
        write_application_forms(io.BytesIO(), [FILLED], station=STATION, copies=0)
