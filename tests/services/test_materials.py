"""The station's own hand-out materials: kept as PDFs in the data folder, printed in copies for
a meeting and counted as handed out there."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from station_app.services import materials, meeting_planning as planning
from station_app.store import audit, materials as material_store


def _pdf(path: Path, pages: int) -> Path:
    c = Canvas(str(path), pagesize=A4)
    for i in range(pages):
        c.drawString(72, 720, f"page {i + 1}")
        c.showPage()
    c.save()
    return path


def _meeting() -> int:
    return planning.create_meeting(
        planning.MeetingDraft(
            kind="employee", day=date(2026, 12, 12), start_time=time(11), end_time=time(14)
        )
    )


def test_materials_are_kept_in_the_data_folder(db_path: Path, tmp_path: Path) -> None:
    law = materials.add_material(_pdf(tmp_path / "Trade Union Law (English).pdf", 3))
    leaflet = materials.add_material(_pdf(tmp_path / "x.pdf", 2), title="宣传折页")
    assert law.path.parent == materials.materials_dir() and law.pages == 3
    assert [m.title for m in materials.list_materials()] == [
        "Trade Union Law (English)",
        "宣传折页",
    ]
    assert leaflet.path.read_bytes() == (tmp_path / "x.pdf").read_bytes()
    materials.remove_material("宣传折页")
    assert [m.title for m in materials.list_materials()] == ["Trade Union Law (English)"]


def test_a_file_that_is_no_pdf_is_refused_in_chinese(db_path: Path, tmp_path: Path) -> None:
    fake = tmp_path / "fake.pdf"
    fake.write_bytes(b"=cmd|' /C calc'!A0")
    with pytest.raises(materials.MaterialError, match="不是可以打开的 PDF"):
        materials.add_material(fake)
    with pytest.raises(materials.MaterialError, match="不是 PDF 文件"):
        materials.add_material(tmp_path / "list.xlsx")
    assert materials.list_materials() == []


def test_printing_n_copies_counts_them_as_handed_out(db_path: Path, tmp_path: Path) -> None:
    materials.add_material(_pdf(tmp_path / "law.pdf", 3), title="工会法英文版")
    materials.add_material(_pdf(tmp_path / "leaflet.pdf", 2), title="宣传折页")
    meeting = _meeting()
    out = tmp_path / "print.pdf"
    pages = materials.print_materials(meeting, ["宣传折页", "工会法英文版"], 20, out, clerk="王芳")
    assert pages == len(PdfReader(out).pages) == 20 * 2 + 20 * 3
    assert materials.handed_out(meeting) == {"宣传折页": 20, "工会法英文版": 20}
    materials.print_materials(meeting, ["宣传折页"], 5, out)
    assert materials.handed_out(meeting)["宣传折页"] == 25
    assert material_store.total(date(2026, 12, 1), date(2026, 12, 31)) == 45
    assert "宣传折页 ×20" in audit.recent(action="materials.print")[-1].detail


def test_bad_choices_are_named_and_count_nothing(db_path: Path, tmp_path: Path) -> None:
    meeting = _meeting()
    out = tmp_path / "print.pdf"
    with pytest.raises(materials.MaterialError, match="至少选择"):
        materials.print_materials(meeting, [], 3, out)
    with pytest.raises(materials.MaterialError, match="找不到资料"):
        materials.print_materials(meeting, ["没有这份"], 3, out)
    with pytest.raises(materials.MaterialError, match="份数"):
        materials.print_materials(meeting, ["没有这份"], 0, out)
    assert materials.handed_out(meeting) == {}
    assert not out.exists()
