"""The station's own hand-out materials (leaflets, the English Trade Union Law for foreign
firms, 宣传折页): PDF files kept in the data folder, printed in copies for a meeting and counted
as handed out there."""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from station_app.paths import data_dir
from station_app.store import audit, materials as material_store, meetings as meeting_store

FOLDER = "materials"
MAX_COPIES = 500
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


class MaterialError(Exception):
    """A material cannot be added, found or printed; ``message`` is for the clerk."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Material:
    title: str
    path: Path
    pages: int


def materials_dir() -> Path:
    folder = data_dir() / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _pages(path: Path) -> int:
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(str(path))
    except (pdfium.PdfiumError, OSError) as exc:
        raise MaterialError(f"“{path.name}”不是可以打开的 PDF 文件。") from exc
    try:
        return len(doc)
    finally:
        doc.close()


def list_materials() -> list[Material]:
    """The materials kept, by title."""
    found = []
    for path in sorted(materials_dir().glob("*.pdf")):
        try:
            found.append(Material(path.stem, path, _pages(path)))
        except MaterialError:
            continue  # a damaged file is not offered
    return found


def add_material(source: Path | str, title: str = "") -> Material:
    """Keep a copy of the PDF ``source`` under ``title`` (its file name by default)."""
    source = Path(source)
    if source.suffix.lower() != ".pdf":
        raise MaterialError(f"“{source.name}”不是 PDF 文件，只能添加 PDF 格式的资料。")
    pages = _pages(source)
    if pages == 0:
        raise MaterialError(f"“{source.name}”没有页面。")
    title = _UNSAFE.sub("", (title or source.stem)).strip(" .") or "资料"
    target = materials_dir() / f"{title}.pdf"
    if target.exists():
        raise MaterialError(f"已有名为“{title}”的资料，请先删除它或换一个名称。")
    shutil.copyfile(source, target)
    return Material(title, target, pages)


def remove_material(title: str) -> None:
    path = materials_dir() / f"{title}.pdf"
    if not path.is_file():
        raise MaterialError(f"找不到资料“{title}”。")
    path.unlink()


def print_materials(
    meeting_id: int, titles: list[str], copies: int, out: Path, *, clerk: str = ""
) -> int:
    """Write ``copies`` of each chosen material into one PDF ``out`` and count them as handed
    out at the meeting; returns the number of pages."""
    import pypdfium2 as pdfium

    if not titles:
        raise MaterialError("请至少选择一份资料。")
    if not 1 <= copies <= MAX_COPIES:
        raise MaterialError(f"份数应在 1 到 {MAX_COPIES} 之间。")
    meeting = meeting_store.get_meeting(meeting_id)
    if meeting is None:
        raise MaterialError("找不到这场沟通会。")
    kept = {m.title: m for m in list_materials()}
    missing = [t for t in titles if t not in kept]
    if missing:
        raise MaterialError(f"找不到资料：{'、'.join(missing)}。")
    merged = pdfium.PdfDocument.new()
    try:
        for title in titles:
            source = pdfium.PdfDocument(str(kept[title].path))
            try:
                for _ in range(copies):
                    merged.import_pages(source)
            finally:
                source.close()
        pages = len(merged)
        merged.save(str(out))
    finally:
        merged.close()
    with material_store.transaction():  # the counts and their audit entry together
        material_store.record(meeting_id, dict.fromkeys(titles, copies), meeting.date)
        audit.log(
            "materials.print",
            clerk=clerk,
            entity="meeting",
            uuid=meeting.uuid,
            detail="；".join(f"{t} ×{copies}" for t in titles),
        )
    return pages


def handed_out(meeting_id: int) -> dict[str, int]:
    """Copies of each material handed out at a meeting."""
    return material_store.of_meeting(meeting_id)
