"""Roster files as street offices send them, written by openpyxl or by hand, for the tests."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook


def xlsx(
    path: Path,
    headers: Sequence[object],
    rows: Sequence[Sequence[object]],
    *,
    title: str | None = None,
    notes: Sequence[str] = (),
    sheet: str = "名单",
    first_sheet: str | None = None,
    group_row: Sequence[object] | None = None,
) -> Path:
    """A workbook whose table may sit below a merged title row, notes rows, a blank row and a
    first line of merged group headers; ``first_sheet`` puts a sheet of instructions first."""
    wb = Workbook()
    ws = wb.active
    if first_sheet is not None:
        ws.title = first_sheet
        ws.append(["填表说明：带*的列为必填项"])
        ws = wb.create_sheet(sheet)
    else:
        ws.title = sheet
    width = max(len(headers), 1)
    if title is not None:
        ws.append([title])
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=width)
    for note in notes:
        ws.append([note])
    if title is not None or notes:
        ws.append([])
    if group_row is None:
        ws.append(list(headers))
    else:
        ws.append(list(group_row))
        ws.append(list(headers))
        top = ws.max_row - 1
        for col in range(1, width + 1):
            if not group_row[col - 1]:
                continue
            if not headers[col - 1]:  # one header over two lines, merged downwards
                ws.merge_cells(start_row=top, start_column=col, end_row=top + 1, end_column=col)
                continue
            end = col  # a group over several columns, merged to the right
            while end < width and not group_row[end] and headers[end]:
                end += 1
            if end > col:
                ws.merge_cells(start_row=top, start_column=col, end_row=top, end_column=end)
    for row in rows:
        ws.append(list(row))
    wb.save(path)
    return path


def csv_file(
    path: Path,
    headers: Sequence[object],
    rows: Sequence[Sequence[object]],
    encoding: str,
    *,
    above: Sequence[Sequence[object]] = (),
) -> Path:
    with path.open("w", newline="", encoding=encoding) as fh:
        w = csv.writer(fh)
        w.writerows(above)
        w.writerow(headers)
        w.writerows(rows)
    return path
