"""One import policy for every roster (members, enterprises).

- Valid rows are imported; rejected rows go to an error file (the original columns plus the
  reason) that the clerk corrects and imports again.
- No row is ever half-written: each row is written inside its own savepoint; rows are committed
  in batches of :data:`BATCH` (one short write transaction each), so registrations at the desk
  interleave with a long import.
- Importing the same file twice changes nothing: a row already on record is skipped (members) or
  compared and left alone when nothing differs (enterprises).
- A duplicate inside one file is merged with a note instead of refusing the file.
- A row imported with a warning (a member whose paper form must be completed by hand) is listed
  in the report and in the error file, marked as imported; it does not change the exit code.

A check (``write=False``) runs the same code without writing: the wizard's preview and the CLI's
first pass, which also finds a file over a limit before anything is written.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from station_app.services import changes
from station_app.services.tabular import LIMITS, Layout, Limits, data_lines
from station_app.store.db import DatabaseBusy, unit_of_work

BATCH = 500
ProgressFn = Callable[[int, int], bool]  # (rows done, rows expected) -> keep going?

CREATE, UPDATE, SKIPPED, MERGED, REJECTED = "create", "update", "skipped", "merged", "rejected"
WRITES = (CREATE, UPDATE, MERGED)
ACTION_LABELS = {
    CREATE: "新增",
    UPDATE: "更新",
    SKIPPED: "跳过",
    MERGED: "合并",
    REJECTED: "未导入",
}


class RowRejected(Exception):
    """A row that cannot be imported; ``message`` is the reason the error file gives."""

    def __init__(self, message: str, action: str = REJECTED) -> None:
        super().__init__(message)
        self.message = message
        self.action = action


@dataclass(frozen=True)
class Column:
    """One field a roster may hold: how the clerk sees it and the headers it is known by."""

    key: str
    label: str
    headers: tuple[str, ...]
    required: bool = False


@dataclass
class Row:
    """One line of the file on its way in."""

    line: int
    cells: list[str]  # the line as it is in the file (for the error file)
    text: dict[str, str]  # the mapped cells by field key
    values: dict[str, Any] = field(default_factory=dict)  # checked and normalized
    action: str = CREATE
    message: str = ""  # the reason (rejected) or a note (skipped, merged)
    warning: str = ""  # imported, but something must be done by hand (see the module's notes)
    target: Any = None  # what the row is written over, as the kind knows it


class RosterKind(Protocol):
    """What an import of one kind of roster knows; the engine does the rest."""

    title: str  # 会员 / 企业
    unit: str  # 人 / 家
    topic: str  # what an import changes (:mod:`station_app.services.changes`)
    columns: tuple[Column, ...]
    shown: tuple[str, ...]  # the field keys the preview shows

    def begin(self, *, write: bool, clerk: str, source: str) -> None:
        """Before the first row: load what the whole import needs."""

    def parse(self, row: Row) -> None:
        """Fill ``row.values`` from ``row.text``; raise :class:`RowRejected`."""

    def plan(self, rows: list[Row]) -> None:
        """Decide each parsed row's action against the registry and the rows before it."""

    def write(self, row: Row) -> None:
        """Write one planned row (inside its savepoint); raise :class:`RowRejected`."""

    def end_batch(self) -> None:
        """After a batch's rows are written, in the same unit of work: their audit entries."""

    def finish(self, report: ImportReport) -> None:
        """After a write pass: the audit entry."""


@dataclass
class ImportReport:
    title: str
    unit: str
    layout: Layout
    mapping: dict[str, int]
    written: bool
    counts: Counter[str] = field(default_factory=Counter)
    rows: list[tuple[int, str, tuple[str, ...], str]] = field(default_factory=list)
    rejected: list[tuple[int, list[str], str]] = field(default_factory=list)
    warnings: list[tuple[int, list[str], str]] = field(default_factory=list)  # imported rows
    stopped: str = ""  # why the import stopped before the end ("" when it ran through)
    error_file: Path | None = None

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def count(self, action: str) -> int:
        return self.counts[action]

    @property
    def exit_code(self) -> int:
        """0 everything imported, 1 some rows rejected (or the import stopped early)."""
        return 1 if (self.rejected or self.stopped) else 0

    def summary(self) -> str:
        """One line for the clerk: what was (or would be) done."""
        verb = "" if self.written else "将"
        parts = [f"“{self.layout.path.name}”共 {self.total} 行"]
        if self.count(CREATE):
            parts.append(f"{verb}新增 {self.count(CREATE)} {self.unit}{self.title}")
        if self.count(UPDATE):
            parts.append(f"{verb}更新 {self.count(UPDATE)} {self.unit}")
        if self.count(MERGED):
            parts.append(f"文件内重复 {self.count(MERGED)} 行{verb}合并")
        if self.count(SKIPPED):
            parts.append(f"{self.count(SKIPPED)} 行已在册或无变化，跳过")
        if self.rejected:
            parts.append(f"{len(self.rejected)} 行有错误{'未导入' if self.written else ''}")
        if self.warnings:
            parts.append(f"{len(self.warnings)} {self.unit}的申请表需手工填写（含无法打印的字符）")
        text = "，".join(parts) + "。"
        if self.stopped:
            text += self.stopped
        return text


def vocabulary(columns: Iterable[Column]) -> dict[str, tuple[str, ...]]:
    return {c.key: c.headers for c in columns}


def missing_columns(kind: RosterKind, mapping: dict[str, int]) -> list[str]:
    return [c.label for c in kind.columns if c.required and c.key not in mapping]


def run_import(
    kind: RosterKind,
    layout: Layout,
    mapping: dict[str, int],
    *,
    write: bool,
    clerk: str = "",
    progress: ProgressFn | None = None,
    keep_rows: bool = True,
    limits: Limits = LIMITS,
) -> ImportReport:
    """Check (``write=False``) or import the rows of ``layout`` with columns ``mapping``.

    ``progress`` returning False stops the run after the current batch (which is committed).
    Raises :class:`~station_app.services.tabular.TableReadError` on a file past a limit.
    """
    report = ImportReport(kind.title, kind.unit, layout, dict(mapping), write)
    kind.begin(write=write, clerk=clerk, source=layout.path.name)
    batch: list[Row] = []
    total = layout.rows_estimate
    for line, cells in data_lines(layout, limits):
        text = {k: cells[i] if i < len(cells) else "" for k, i in mapping.items()}
        if not any(text.values()):
            continue  # only unmapped cells (a serial number, a footer) are filled in
        batch.append(Row(line, cells, text))
        if len(batch) >= BATCH:
            if not _flush(kind, batch, report, write, keep_rows):
                break
            batch = []
            done = report.total
            if progress and not progress(done, max(total, done)):
                report.stopped = (
                    f"已按要求停止：前 {done} 行已处理，其余未导入；"
                    "再次导入同一文件会跳过已导入的行。"
                    if write
                    else "检查已停止。"
                )
                break
    else:
        _flush(kind, batch, report, write, keep_rows)
    if write:
        kind.finish(report)
        changes.notify(kind.topic)
    if progress:
        progress(report.total, report.total)
    return report


def _flush(
    kind: RosterKind, batch: list[Row], report: ImportReport, write: bool, keep: bool
) -> bool:
    """Parse, plan and (when writing) write one batch in one unit of work; False if the
    database stayed locked by another program."""
    for row in batch:
        try:
            kind.parse(row)
        except RowRejected as exc:
            row.action, row.message = REJECTED, exc.message
    try:
        if write:
            with unit_of_work():
                kind.plan(batch)
                for row in batch:
                    if row.action in WRITES:
                        _write_row(kind, row)
                kind.end_batch()
        else:
            kind.plan(batch)
    except DatabaseBusy as exc:
        report.stopped = f"{exc.message}（本批 {len(batch)} 行未导入，再次导入同一文件即可继续。）"
        return False
    for row in batch:
        report.counts[row.action] += 1
        if keep:
            shown = tuple(_shown(row, key) for key in kind.shown)
            report.rows.append((row.line, row.action, shown, row.message or row.warning))
        if row.action == REJECTED:
            report.rejected.append((row.line, row.cells, row.message))
        elif row.action == CREATE and row.warning:
            report.warnings.append((row.line, row.cells, row.warning))
    return True


def _write_row(kind: RosterKind, row: Row) -> None:
    try:
        with unit_of_work():  # a savepoint: the row whole, or nothing of it
            kind.write(row)
    except RowRejected as exc:
        row.action, row.message = exc.action, exc.message


def _shown(row: Row, key: str) -> str:
    value = row.values.get(key)
    if value is None or value == "":
        return row.text.get(key, "")
    return str(value)


def shown_headers(kind: RosterKind) -> Sequence[str]:
    labels = {c.key: c.label for c in kind.columns}
    return [labels[k] for k in kind.shown]
