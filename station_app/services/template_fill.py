"""Filling the district's templates (工会会员实名制 and similar reports) with our members.

The template's header line is found like a roster's; its columns are matched to our fields by
name (a preset of {template header: field}, editable and saved under a name, else the fields'
own synonyms). The members are written into a copy of the template: everything in the workbook
stays as the district made it (header lines, column order, other sheets, styles, drop-down
validations, also those Excel keeps as extensions) because only the rows below the header in
the template's sheet are replaced, in the sheet's own XML. Rows are streamed, as text cells with
the style of the template's first data line. ID and phone numbers are written in full (the
real-name system needs them); the file is owner-only and the export is in the audit log.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from station_app.domain.cell_text import escape_control_characters
from station_app.domain.member_fields import FIELDS, Kind
from station_app.private_files import write_private
from station_app.services.tabular import (
    LIMITS,
    TableReadError,
    header_text,
    match_columns,
    open_table,
)
from station_app.store import audit, export_rows, station as station_store
from station_app.store.records import MemberRecord

REAL_NAME = "工会会员实名制"
# The fields the real-name system commonly asks for, by the headers its templates use.
PRESETS: dict[str, dict[str, str]] = {
    REAL_NAME: {
        "姓名": "name",
        "性别": "gender",
        "民族": "ethnicity",
        "出生日期": "birth_date",
        "身份证号码": "id_number",
        "公民身份号码": "id_number",
        "手机号码": "phone",
        "联系电话": "phone",
        "学历": "education",
        "政治面貌": "political_status",
        "户籍类型": "hukou_type",
        "是否农民工": "migrant_worker",
        "工作单位": "employer_text",
        "入会时间": "application_date",
        "入会日期": "application_date",
        "会员证号": "card_number",
        "会员证号码": "card_number",
    }
}
FIELD_LABELS = {f.key: f.label for f in FIELDS}
_PRESET_KEY = "template_preset:"
_NS = {
    "m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
}
_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"


class TemplateError(ValueError):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Template:
    path: Path
    sheet: str
    part: str  # the sheet's XML inside the zip
    header_line: int
    headers: tuple[str, ...]


# -------------------------------------------------------------------------------- presets


def preset_names() -> list[str]:
    saved = [k[len(_PRESET_KEY) :] for k in station_store.setting_keys(_PRESET_KEY)]
    return [*PRESETS, *(n for n in saved if n not in PRESETS)]


def load_preset(name: str) -> dict[str, str]:
    """{template header: field key} of a saved preset, else a shipped one."""
    text = station_store.get_setting(_PRESET_KEY + name)
    if text:
        return {str(k): str(v) for k, v in json.loads(text).items()}
    if name in PRESETS:
        return dict(PRESETS[name])
    raise TemplateError(f"没有名为“{name}”的对应方案。")


def save_preset(name: str, headers: dict[str, str]) -> None:
    """Save the clerk's matching of template headers to fields under ``name``."""
    name = name.strip()
    if not name:
        raise TemplateError("请给对应方案起一个名字。")
    unknown = set(headers.values()) - set(FIELD_LABELS)
    if unknown:
        raise TemplateError(f"未知的字段：{'、'.join(sorted(unknown))}")
    station_store.set_setting(_PRESET_KEY + name, json.dumps(headers, ensure_ascii=False))


# -------------------------------------------------------------------------------- reading


def read_template(path: Path | str, preset: dict[str, str], sheet: str | None = None) -> Template:
    """The template's sheet, header line and headers (found with the preset's headers and our
    fields' synonyms)."""
    path = Path(path)
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        raise TemplateError("模板须为 Excel（.xlsx）文件。")
    vocab: dict[str, tuple[str, ...]] = {f.key: f.headers for f in FIELDS}
    for header, key in preset.items():
        vocab[key] = (*vocab.get(key, ()), header)
    try:
        layout = open_table(path, vocab, ["name"], sheet=sheet, limits=LIMITS)
    except TableReadError as exc:
        raise TemplateError(exc.message) from exc
    assert layout.sheet is not None
    return Template(
        path, layout.sheet, _sheet_part(path, layout.sheet), layout.header_line, layout.headers
    )


def _sheet_part(path: Path, sheet: str) -> str:
    with zipfile.ZipFile(path) as zf:
        book = ET.fromstring(zf.read("xl/workbook.xml"))
        rels = ET.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
    rid = next(
        s.get(f"{{{_NS['r']}}}id")
        for s in book.iterfind("m:sheets/m:sheet", _NS)
        if s.get("name") == sheet
    )
    target = next(
        r.get("Target") for r in rels.iter(f"{_REL_NS}Relationship") if r.get("Id") == rid
    )
    assert target is not None
    return target.lstrip("/") if target.startswith("/") else f"xl/{target}"


def match(template: Template, preset: dict[str, str]) -> dict[int, str]:
    """{column index: field key}: the preset's headers first, then our fields' synonyms."""
    by_header = {header_text(h): key for h, key in preset.items()}
    out: dict[int, str] = {}
    for i, header in enumerate(template.headers):
        if header_text(header) in by_header:
            out[i] = by_header[header_text(header)]
    found = match_columns(template.headers, {f.key: f.headers for f in FIELDS})
    for key, i in found.items():
        if i not in out and key not in out.values():
            out[i] = key
    return out


# -------------------------------------------------------------------------------- writing


def _text(m: MemberRecord, key: str) -> str:
    value: Any = m.employer_name if key == "employer_text" else getattr(m, key, None)
    kind = next((f.kind for f in FIELDS if f.key == key), Kind.TEXT)
    if value is None:
        return ""
    if kind is Kind.YES_NO or isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(index + 1))


_ROW = re.compile(rb"<row\b[^>]*?\br=\"(\d+)\"[^>]*?(?:/>|>.*?</row>)", re.S)
_STYLE = re.compile(rb"<c\b[^>]*?\br=\"([A-Z]+)\d+\"[^>]*?\bs=\"(\d+)\"")


def _split(xml: bytes, header_line: int) -> tuple[bytes, dict[str, bytes], bytes]:
    """(the sheet up to the header's last line, the styles of the first line below it by column
    letter, the sheet from the end of the rows on)."""
    start, end = xml.find(b"<sheetData>"), xml.find(b"</sheetData>")
    if start < 0 or end < 0:
        raise TemplateError("无法识别模板工作表的结构（没有找到表格数据）。")
    keep_to, styles = start + len(b"<sheetData>"), {}
    for m in _ROW.finditer(xml, start, end):
        line = int(m.group(1))
        if line <= header_line:
            keep_to = m.end()
        elif not styles:
            styles = {col.decode(): s for col, s in _STYLE.findall(m.group(0))}
    return xml[:keep_to], styles, xml[end:]


def _cell(ref: str, text: str, style: bytes | None) -> bytes:
    s = b' s="' + style + b'"' if style else b""
    body = escape(escape_control_characters(text)).encode()
    return (
        f'<c r="{ref}" t="inlineStr"'.encode() + s + b'><is><t xml:space="preserve">' + body
        + b"</t></is></c>"
    )  # fmt: skip


def _rows(
    members: Iterator[MemberRecord], columns: dict[int, str], first: int, styles: dict[str, bytes]
) -> Iterator[bytes]:
    letters = {i: _letter(i) for i in columns}
    for n, m in enumerate(members):
        r = first + n
        cells = b"".join(
            _cell(f"{letters[i]}{r}", _text(m, key), styles.get(letters[i]))
            for i, key in sorted(columns.items())
            if _text(m, key)
        )
        yield f'<row r="{r}">'.encode() + cells + b"</row>"


def fill_template(
    template: Template,
    out: Path | str,
    columns: dict[int, str],
    *,
    start: date | None = None,
    end: date | None = None,
    clerk: str = "",
    progress: Callable[[int, int], bool] | None = None,
) -> int:
    """Write the members (applied in ``start``–``end``, default all) into a copy of the template
    at ``out``; returns how many."""
    if not columns:
        raise TemplateError("模板中没有一列与会员信息对应，请先选择对应的列。")
    total = export_rows.count_members(start, end)
    written = 0

    def counted(members: Iterator[MemberRecord]) -> Iterator[MemberRecord]:
        nonlocal written
        for m in members:
            yield m
            written += 1
            if progress and written % 500 == 0 and not progress(written, total):
                raise TemplateError("已取消，未生成文件。")

    def write(target: Path) -> None:
        with (
            zipfile.ZipFile(template.path) as src,
            zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst,
        ):
            for item in src.infolist():
                if item.filename != template.part:
                    dst.writestr(item, src.read(item))
            head, styles, tail = _split(src.read(template.part), template.header_line)
            first = template.header_line + 1
            with dst.open(template.part, "w") as fh:
                fh.write(_dimension(head, len(template.headers), first + total - 1))
                for row in _rows(
                    counted(export_rows.iter_members(start, end)), columns, first, styles
                ):
                    fh.write(row)
                fh.write(tail)

    write_private(out, write)
    audit.log(
        "export.full",
        clerk=clerk,
        entity="members",
        detail=f"按模板“{template.path.name}”导出完整身份证号/手机号："
        f"{Path(out).name}，{written} 行",
    )
    return written


def _dimension(head: bytes, width: int, last_row: int) -> bytes:
    ref = f"A1:{_letter(max(width, 1) - 1)}{max(last_row, 1)}".encode()
    return re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="' + ref + b'"', head, count=1)
