"""The Qt-free PDF forms: 入会申请书 + 工会会员登记表."""

from __future__ import annotations

import dataclasses
import io
import re
import time
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from station_app.printing.application_form import (
    PrintCancelled,
    write_application_forms,
    write_blank_forms,
)
from station_app.printing.fonts import (
    FONT_NAME,
    MissingGlyphsError,
    missing_glyphs,
    register_fonts,
)
from station_app.printing.form_data import FormData, StationInfo
from station_app.resources import font_path, resources_dir

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
    education="大学本科",
    native_place="河北保定",
    political_status="中共党员",
    employer="北京电子城科技有限公司",
    job_title="工程师",
    phone="13812345678",
    id_type="居民身份证",
    id_number="11010519491231002X",
    hukou_type="外埠农业",
    migrant_worker="是",
    family_members="妻子王芳，职员",
    resume="2012年至今在本公司工作",
    approval_opinion="同意入会",
    remarks="现场入会",
    application_date="2024-05-12",
)


def _pdf(forms: list[FormData], **kw: object) -> tuple[PdfReader, int]:
    buf = io.BytesIO()
    kw.setdefault("station", STATION)
    kw.setdefault("print_date", PRINT_DATE)
    n = write_application_forms(buf, forms, **kw)  # type: ignore[arg-type]
    buf.seek(0)
    return PdfReader(buf), n


def _text(reader: PdfReader, pages: range | None = None) -> str:
    idx = pages if pages is not None else range(len(reader.pages))
    # drop the spaces and line breaks the extractor inserts between runs and wrapped lines
    return "".join(re.sub(r"\s+", "", reader.pages[i].extract_text()) for i in idx)


def test_resources_paths(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert font_path().is_file()
    assert font_path().parent.parent == resources_dir()
    monkeypatch.setenv("STATION_APP_RESOURCES", str(tmp_path))
    assert resources_dir() == tmp_path.resolve()


def test_missing_glyphs_detection() -> None:
    register_fonts()
    assert missing_glyphs("刘䶮 Liu Yan 11010519491231002X，（）：\n\t") == []
    assert missing_glyphs("\U00020000") == ["\U00020000"]  # CJK Extension B: not in the font
    assert missing_glyphs("😀a😀") == ["😀"]
    err = MissingGlyphsError(["𠀀"])
    assert err.chars == ["𠀀"]
    assert "字体缺少以下字符，无法打印" in str(err) and "𠀀" in str(err)
    assert isinstance(err, ValueError)


def test_filled_form_contains_every_field() -> None:
    reader, n = _pdf([FILLED])
    assert n == len(reader.pages) == 2
    text = _text(reader)
    for f in dataclasses.fields(FormData):
        value = getattr(FILLED, f.name)
        assert value in text, f"{f.name}={value!r} missing"
    assert "刘䶮" in _text(reader, range(0, 1))  # the applicant's name on the application too
    for label in ("入会申请书", "工会会员登记表", "基层工会意见", "公章", "经办人", "个人简历"):
        assert label in text
    assert "我自愿加入中华全国总工会" in text


def test_station_and_print_date_on_every_page() -> None:
    reader, _ = _pdf([FILLED, FormData.blank()])
    for page in reader.pages:
        t = re.sub(r"\s+", "", page.extract_text())
        assert STATION.name in t
        assert "2024-05-12" in t
        assert STATION.district_federation in t


def test_page_count_is_two_per_form_and_copy() -> None:
    forms = [FILLED, dataclasses.replace(FILLED, name="张三"), FormData.blank()]
    reader, n = _pdf(forms, copies=3)
    assert n == len(reader.pages) == 2 * 3 * 3


def test_font_embedded_as_subset() -> None:
    reader, _ = _pdf([FILLED])
    seen = []
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            desc = font.get("/FontDescriptor")
            if desc is None:
                continue  # the standard Helvetica for Latin text needs no embedding
            desc = desc.get_object()
            assert "/FontFile2" in desc
            seen.append(str(font["/BaseFont"]))
    assert seen
    assert all(re.fullmatch(r"/[A-Z]{6}\+\S+", name) for name in seen), seen
    assert FONT_NAME  # registered under its own name


def test_missing_glyph_raises_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "forms.pdf"
    bad = dataclasses.replace(FILLED, name="王\U00020000")
    with pytest.raises(MissingGlyphsError) as exc:
        write_application_forms(out, [FILLED, bad], station=STATION)
    assert exc.value.chars == ["\U00020000"]
    assert not out.exists()

    buf = io.BytesIO()
    with pytest.raises(MissingGlyphsError):
        write_application_forms(buf, [dataclasses.replace(FILLED, remarks="好😀")], station=STATION)
    assert buf.getvalue() == b""
    with pytest.raises(MissingGlyphsError):
        write_blank_forms(buf, station=dataclasses.replace(STATION, name="😀站"))
    assert buf.getvalue() == b""


def test_english_and_bilingual_versions() -> None:
    en, _ = _pdf([FILLED], lang="en")
    t = _text(en)
    assert "ApplicationforTradeUnionMembership" in t
    assert "TradeUnionMemberRegistrationForm" in t
    assert "入会申请书" not in t
    assert "13812345678" in t and "刘䶮" in t

    bi, _ = _pdf([FILLED], lang="bilingual")
    t = _text(bi)
    for s in (
        "入会申请书",
        "ApplicationforTradeUnionMembership",
        "工会会员登记表",
        "TradeUnionMemberRegistrationForm",
        "姓名",
        "Name",
        "我自愿加入中华全国总工会",
        "Ivoluntarilyapplytojoin",
    ):
        assert s in t, s


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
        employer="北京酒仙桥电子城科技发展集团有限公司朝阳分公司研发中心第三事业部" * 2,
        family_members="\n".join(f"成员{i}：某某某，1960年出生，某某单位职工" for i in range(6)),
        resume="；".join(f"{2000 + i}年在某某公司任职工程师" for i in range(12)),
    )
    reader, _ = _pdf([long_form])
    t = _text(reader)
    assert long_form.employer in t
    assert "成员5：某某某" in t
    assert "2011年在某某公司任职工程师" in t


def test_rejects_bad_arguments() -> None:
    with pytest.raises(ValueError):
        write_application_forms(io.BytesIO(), [], station=STATION)
    with pytest.raises(ValueError):
        write_application_forms(io.BytesIO(), [FILLED], station=STATION, copies=0)


def test_thousand_forms_are_fast() -> None:
    forms = [
        dataclasses.replace(FILLED, name=f"职工{i}", id_number=f"110105199001{i:06d}")
        for i in range(1000)
    ]
    start = time.perf_counter()
    n = write_application_forms(io.BytesIO(), forms, station=STATION)
    elapsed = time.perf_counter() - start
    assert n == 2000
    assert elapsed < 5.0, elapsed
