"""Reading the lists clerks receive: CSV (UTF-8, UTF-8 with BOM, GBK/GB18030) and xlsx sheets."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

ENCODINGS = ("utf-8-sig", "gb18030")


class TableReadError(ValueError):
    """The file cannot be read as a table; ``message`` says why in Chinese."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Table:
    headers: list[str]
    rows: list[list[str]]  # every cell as text, trimmed; row i is line header_line + 1 + i
    header_line: int = 1  # the sheet's line of the header row (blank lines above are skipped)

    def records(self) -> Iterator[tuple[int, dict[str, str]]]:
        """(line number as the clerk sees it, {header: value}) for every non-empty row."""
        for i, row in enumerate(self.rows):
            if any(cell for cell in row):
                padded = row + [""] * (len(self.headers) - len(row))
                yield self.header_line + 1 + i, dict(zip(self.headers, padded, strict=False))


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def list_sheets(path: Path) -> list[str]:
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        return []
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True)
    except Exception as exc:
        raise TableReadError(f"无法读取 Excel 文件“{path.name}”：{exc}") from exc
    try:
        return list(wb.sheetnames)
    finally:
        wb.close()


def _decode(data: bytes, name: str) -> str:
    for enc in ENCODINGS:
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise TableReadError(f"无法识别文件“{name}”的编码（支持 UTF-8 和 GBK）。")


def read_table(path: Path | str, sheet: str | None = None) -> Table:
    """The first non-empty row is the header row; cells are returned as trimmed text."""
    path = Path(path)
    if not path.is_file():
        raise TableReadError(f"找不到文件“{path}”。")
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        raw = _read_xlsx(path, sheet)
    elif suffix in (".csv", ".txt"):
        text = _decode(path.read_bytes(), path.name)
        try:
            raw = [[c.strip() for c in r] for r in csv.reader(io.StringIO(text))]
        except csv.Error as exc:
            raise TableReadError(f"CSV 文件“{path.name}”格式有误：{exc}") from exc
    elif suffix == ".xls":
        raise TableReadError("不支持旧版 .xls 文件，请在 Excel 中另存为 .xlsx 后再导入。")
    else:
        raise TableReadError(f"不支持的文件类型“{suffix or path.name}”，请使用 .xlsx 或 .csv。")
    header_line = 1
    while raw and not any(raw[0]):
        raw.pop(0)
        header_line += 1
    if not raw:
        raise TableReadError(f"文件“{path.name}”是空的。")
    headers = [h.replace("\n", "").replace(" ", "").replace("\u3000", "") for h in raw[0]]
    return Table(headers=headers, rows=raw[1:], header_line=header_line)


def _read_xlsx(path: Path, sheet: str | None) -> list[list[str]]:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:
        raise TableReadError(f"无法读取 Excel 文件“{path.name}”：{exc}") from exc
    try:
        if sheet is not None and sheet not in wb.sheetnames:
            raise TableReadError(f"Excel 文件中没有名为“{sheet}”的工作表。")
        ws = wb[sheet] if sheet else wb.worksheets[0]
        return [[_cell_text(v) for v in row] for row in ws.iter_rows(values_only=True)]
    finally:
        wb.close()


def find_column(headers: list[str], *aliases: str) -> str | None:
    """The first header equal to one of ``aliases`` (ignoring spaces and a trailing '*')."""
    clean = {h.rstrip("*＊").strip(): h for h in headers}
    for alias in aliases:
        if alias in clean:
            return clean[alias]
    return None
