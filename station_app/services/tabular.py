"""Reading the lists clerks receive: CSV (UTF-8, UTF-8 with BOM, GBK/GB18030) and xlsx sheets.

The header row is found, not assumed: title rows, merged cells, blank rows and notes above it
are passed over; the row naming the most known columns (by their usual synonyms) is the header,
with the row below or above it joined when the header spans two rows; when a workbook has several
sheets, the sheet whose header names the most columns is chosen. The clerk may choose another
sheet or header line.

Limits keep a hostile or mistaken file from taking the machine: file size, rows, characters in a
cell, and for xlsx the uncompressed size the zip declares (checked before any XML is parsed; the
zip reader stops at the declared size, so the declaration cannot lie).
"""

from __future__ import annotations

import codecs
import csv
import re
import warnings
import zipfile
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from station_app.domain.cell_text import from_csv_text
from station_app.domain.errors import to_halfwidth

# Only values are read here: openpyxl's notice that it would drop Excel's extensions on saving
# does not apply.
warnings.filterwarnings("ignore", "Data Validation extension", UserWarning, "openpyxl")

MB = 1024 * 1024
XLSX_SUFFIXES = (".xlsx", ".xlsm")
CSV_SUFFIXES = (".csv", ".txt")
HEADER_SEARCH_LINES = 30  # the header is looked for in a sheet's first lines
SHOWN_LINES = 30  # lines of the sheet shown to the clerk beside the choice of header line


@dataclass(frozen=True)
class Limits:
    file_bytes: int = 50 * MB
    rows: int = 300_000
    cell_chars: int = 2_000
    unpacked_bytes: int = 500 * MB  # the sum of an xlsx file's declared uncompressed parts


LIMITS = Limits()


class TableReadError(ValueError):
    """The file cannot be read as a table; ``message`` says why in Chinese."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


Vocabulary = Mapping[str, Sequence[str]]  # field key -> the headers it is known by


@dataclass(frozen=True)
class Layout:
    """Where the table is in a file: the sheet, the header line and the columns' headers."""

    path: Path
    sheets: tuple[str, ...]  # an xlsx file's sheets; () for CSV
    sheet: str | None
    header_line: int  # 1-based; the lower line when the header spans two
    headers: tuple[str, ...]  # one per column, as normalized by :func:`header_text`
    rows_estimate: int  # data lines below the header (for progress)
    encoding: str = ""  # CSV only
    top: tuple[tuple[str, ...], ...] = ()  # the first lines as text, for showing the clerk

    @property
    def sheet_label(self) -> str:
        return self.sheet or ""


# -------------------------------------------------------------------------------- headers

_NOTE = re.compile(r"[（(][^（）()]*[）)]")


def header_text(text: str) -> str:
    """A header cell as compared: no spaces or line breaks, no required-field stars, no notes in
    parentheses ("出生日期（格式：1990-01-01）"), full-width letters and digits as ASCII."""
    text = to_halfwidth(text)
    text = "".join(text.split())
    text = _NOTE.sub("", text)
    return text.strip("*＊★※:：")


def _lookup(vocabulary: Vocabulary) -> dict[str, str]:
    """{normalized header: field key}."""
    found: dict[str, str] = {}
    for key, headers in vocabulary.items():
        for h in headers:
            found.setdefault(header_text(h), key)
    return found


def match_columns(headers: Sequence[str], vocabulary: Vocabulary) -> dict[str, int]:
    """{field key: column index} for every field named by one of ``headers`` (the first wins)."""
    lookup = _lookup(vocabulary)
    found: dict[str, int] = {}
    for i, h in enumerate(headers):
        key = lookup.get(header_text(h))
        if key is not None and key not in found:
            found[key] = i
    return found


def _score(row: Sequence[str], vocabulary: Vocabulary, required: Sequence[str]) -> tuple[int, int]:
    matched = match_columns(row, vocabulary)
    return (sum(1 for k in required if k in matched), len(matched))


def _joined(upper: Sequence[str], lower: Sequence[str], lookup: dict[str, str]) -> list[str]:
    """Two header lines as one: the lower line's known name, else the upper line's text."""
    width = max(len(upper), len(lower))
    out = []
    for i in range(width):
        a = upper[i] if i < len(upper) else ""
        b = lower[i] if i < len(lower) else ""
        out.append(b if (b and (header_text(b) in lookup or not a)) else a)
    return out


def find_header(
    lines: Sequence[Sequence[str]], vocabulary: Vocabulary, required: Sequence[str] = ()
) -> tuple[int, list[str], tuple[int, int]]:
    """(0-based index of the header line, its headers, its score) among the first ``lines``.

    The score is (required fields found, fields found); (0, 0) means no header was recognised
    (the first non-empty line is returned then).
    """
    lookup = _lookup(vocabulary)
    best, best_score = -1, (0, 0)
    for i, line in enumerate(lines[:HEADER_SEARCH_LINES]):
        score = _score(line, vocabulary, required)
        if score > best_score:
            best, best_score = i, score
    if best < 0:
        first = next((i for i, line in enumerate(lines) if any(line)), 0)
        return first, [header_text(h) for h in (lines[first] if lines else [])], (0, 0)
    index, headers = best, list(lines[best])
    for upper, lower in ((best, best + 1), (best - 1, best)):
        if upper < 0 or lower >= len(lines):
            continue
        joined = _joined(lines[upper], lines[lower], lookup)
        score = _score(joined, vocabulary, required)
        if score > best_score:
            index, headers, best_score = lower, joined, score
    return index, [header_text(h) for h in headers], best_score


# -------------------------------------------------------------------------------- cells


def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return from_csv_text(str(value).strip())


# -------------------------------------------------------------------------------- files


def _check_file(path: Path, limits: Limits) -> str:
    if not path.is_file():
        raise TableReadError(f"找不到文件“{path}”。")
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise TableReadError("不支持旧版 .xls 文件，请在 Excel 中另存为 .xlsx 后再导入。")
    if suffix not in XLSX_SUFFIXES + CSV_SUFFIXES:
        raise TableReadError(f"不支持的文件类型“{suffix or path.name}”，请使用 .xlsx 或 .csv。")
    size = path.stat().st_size
    if size > limits.file_bytes:
        raise TableReadError(
            f"文件“{path.name}”有 {size / MB:.0f} MB，超过导入上限 {limits.file_bytes // MB} MB，"
            "请分成几个文件导入。"
        )
    if size == 0:
        raise TableReadError(f"文件“{path.name}”是空的。")
    return suffix


def _check_zip(path: Path, limits: Limits) -> None:
    try:
        with zipfile.ZipFile(path) as zf:
            unpacked = sum(info.file_size for info in zf.infolist())
    except (
        Exception
    ) as exc:  # a damaged archive raises many kinds (BadZipFile, NotImplementedError)
        raise TableReadError(f"“{path.name}”不是有效的 Excel（.xlsx）文件，无法读取。") from exc
    if unpacked > limits.unpacked_bytes:
        raise TableReadError(
            f"Excel 文件“{path.name}”解压后有 {unpacked / MB:.0f} MB，超过上限 "
            f"{limits.unpacked_bytes // MB} MB（可能是异常文件），未导入。"
        )


def _open_workbook(path: Path) -> Any:
    from openpyxl import load_workbook

    try:
        return load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise TableReadError(f"无法读取 Excel 文件“{path.name}”：{exc}") from exc


def _sheet_lines(ws: Any, first: int = 1, last: int | None = None) -> Iterator[list[str]]:
    for row in ws.iter_rows(min_row=first, max_row=last, values_only=True):
        yield [cell_text(v) for v in row]


def _detect_encoding(path: Path) -> str:
    decoder = codecs.getincrementaldecoder("utf-8")()
    with path.open("rb") as fh:
        try:
            while chunk := fh.read(MB):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return "gb18030"
    return "utf-8-sig"


def _csv_lines(path: Path, encoding: str) -> Iterator[list[str]]:
    try:
        with path.open(encoding=encoding, newline="") as fh:
            for row in csv.reader(fh):
                yield [cell_text(c) for c in row]
    except UnicodeDecodeError as exc:
        raise TableReadError(f"无法识别文件“{path.name}”的编码（支持 UTF-8 和 GBK）。") from exc
    except csv.Error as exc:
        raise TableReadError(f"CSV 文件“{path.name}”格式有误：{exc}") from exc


def _count_lines(path: Path) -> int:
    n, last = 0, b"\n"
    with path.open("rb") as fh:
        while chunk := fh.read(MB):
            n += chunk.count(b"\n")
            last = chunk[-1:]
    return n + (last != b"\n")


def _first_lines(lines: Iterator[list[str]], n: int) -> list[list[str]]:
    out = []
    for line in lines:
        out.append(line)
        if len(out) >= n:
            break
    return out


def _shown(lines: Sequence[Sequence[str]]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(c[:40] for c in line) for line in lines[:SHOWN_LINES])


def open_table(
    path: Path | str,
    vocabulary: Vocabulary,
    required: Sequence[str] = (),
    *,
    sheet: str | None = None,
    header_line: int | None = None,
    limits: Limits = LIMITS,
) -> Layout:
    """Check ``path`` against the limits and find its table (``sheet`` and ``header_line``, when
    given, are the clerk's choice). Raises :class:`TableReadError`."""
    path = Path(path)
    suffix = _check_file(path, limits)
    if suffix in CSV_SUFFIXES:
        encoding = _detect_encoding(path)
        lines = _first_lines(_csv_lines(path, encoding), max(HEADER_SEARCH_LINES, SHOWN_LINES))
        total = _count_lines(path)
        return _layout(path, (), None, lines, total, vocabulary, required, header_line, encoding)
    _check_zip(path, limits)
    wb = _open_workbook(path)
    try:
        names = tuple(wb.sheetnames)
        if sheet is not None and sheet not in names:
            raise TableReadError(f"Excel 文件中没有名为“{sheet}”的工作表。")
        candidates = [sheet] if sheet is not None else list(names)
        if not candidates:
            raise TableReadError(f"Excel 文件“{path.name}”中没有工作表，无法读取。")
        best: Layout | None = None
        best_score = (-1, -1)
        for name in candidates:
            ws = wb[name]
            lines = list(_sheet_lines(ws, 1, max(HEADER_SEARCH_LINES, SHOWN_LINES)))
            total = int(ws.max_row or 0)
            layout = _layout(path, names, name, lines, total, vocabulary, required, header_line)
            score = _score(layout.headers, vocabulary, required)
            if score > best_score:
                best, best_score = layout, score
        assert best is not None
        return best
    finally:
        wb.close()


def _layout(
    path: Path,
    sheets: tuple[str, ...],
    sheet: str | None,
    lines: list[list[str]],
    total: int,
    vocabulary: Vocabulary,
    required: Sequence[str],
    header_line: int | None,
    encoding: str = "",
) -> Layout:
    if header_line is not None:
        if not 1 <= header_line <= len(lines):
            raise TableReadError(f"第 {header_line} 行不在文件的前 {len(lines)} 行中。")
        index, headers = header_line - 1, [header_text(h) for h in lines[header_line - 1]]
    else:
        index, headers, _ = find_header(lines, vocabulary, required)
    return Layout(
        path=path,
        sheets=sheets,
        sheet=sheet,
        header_line=index + 1,
        headers=tuple(headers),
        rows_estimate=max(total - index - 1, 0),
        encoding=encoding,
        top=_shown(lines),
    )


def data_lines(layout: Layout, limits: Limits = LIMITS) -> Iterator[tuple[int, list[str]]]:
    """(line number as the clerk sees it, cells) for every non-empty line below the header.

    Raises :class:`TableReadError` past the row limit or at a cell over the length limit.
    """
    rows = 0
    for line, cells in _lines_after(layout):
        if not any(cells):
            continue
        rows += 1
        if rows > limits.rows:
            raise TableReadError(
                f"文件“{layout.path.name}”超过 {limits.rows:,} 行的导入上限，请分成几个文件导入。"
            )
        for col, text in enumerate(cells):
            if len(text) > limits.cell_chars:
                raise TableReadError(
                    f"第 {line} 行第 {col + 1} 列有 {len(text):,} 个字符，超过每格 "
                    f"{limits.cell_chars:,} 个字符的上限，文件未导入。"
                )
        yield line, cells


def _lines_after(layout: Layout) -> Iterator[tuple[int, list[str]]]:
    first = layout.header_line + 1
    if layout.sheet is None:
        for i, cells in enumerate(_csv_lines(layout.path, layout.encoding), start=1):
            if i >= first:
                yield i, cells
        return
    wb = _open_workbook(layout.path)
    try:
        for i, cells in enumerate(_sheet_lines(wb[layout.sheet], first), start=first):
            yield i, cells
    finally:
        wb.close()
