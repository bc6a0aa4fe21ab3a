"""The entry to every roster import, for the command line and the window: find the table, check
the whole file, import it, and write the rejected rows to an error file."""

from __future__ import annotations

from pathlib import Path

from station_app.services import export
from station_app.services.enterprise_import import EnterpriseRoster
from station_app.services.member_import import MemberRoster
from station_app.services.roster_import import (
    ImportReport,
    ProgressFn,
    RosterKind,
    missing_columns,
    run_import,
    vocabulary,
)
from station_app.services.tabular import (
    LIMITS,
    Layout,
    Limits,
    TableReadError,
    match_columns,
    open_table,
)

KINDS: dict[str, type[MemberRoster] | type[EnterpriseRoster]] = {
    "members": MemberRoster,
    "enterprises": EnterpriseRoster,
}
REASON_HEADER = "未导入原因"
LINE_HEADER = "原行号"
IMPORTED_MARK = "已导入"  # begins the reason of a row imported with a warning


def make_kind(name: str) -> RosterKind:
    return KINDS[name]()


def open_roster(
    kind: RosterKind,
    path: Path | str,
    *,
    sheet: str | None = None,
    header_line: int | None = None,
    limits: Limits = LIMITS,
) -> tuple[Layout, dict[str, int]]:
    """The file's table and the columns recognised in it (``sheet`` and ``header_line`` as the
    clerk chose them, else found)."""
    vocab = vocabulary(kind.columns)
    required = [c.key for c in kind.columns if c.required]
    layout = open_table(path, vocab, required, sheet=sheet, header_line=header_line, limits=limits)
    return layout, match_columns(layout.headers, vocab)


def require_columns(kind: RosterKind, layout: Layout, mapping: dict[str, int]) -> None:
    missing = missing_columns(kind, mapping)
    if missing:
        shown = "、".join(h for h in layout.headers if h) or "（空）"
        where = f"工作表“{layout.sheet}”" if layout.sheet else "文件"
        raise TableReadError(
            f"找不到“{'、'.join(missing)}”列。{where}第 {layout.header_line} 行的表头是：{shown}"
        )


def error_file_for(path: Path) -> Path:
    """Where the rejected rows go by default: beside the file, in its format."""
    suffix = ".xlsx" if path.suffix.lower() in (".xlsx", ".xlsm") else ".csv"
    return path.with_name(f"{path.stem}-未导入的行{suffix}")


def write_error_file(target: Path, report: ImportReport) -> Path:
    """The rejected rows with the file's own columns, the reason and the line: correct the
    rows and import this file again (the rows imported with a warning are among them, their
    reason marked as imported: importing them again skips them). Owner-only; text stays text."""
    headers = (*report.layout.headers, REASON_HEADER, LINE_HEADER)
    width = len(report.layout.headers)
    listed = [
        *report.rejected,
        *((line, cells, f"{IMPORTED_MARK}：{note}") for line, cells, note in report.warnings),
    ]
    rows = [
        (*(cells + [""] * (width - len(cells)))[:width], reason, line)
        for line, cells, reason in sorted(listed, key=lambda r: r[0])
    ]
    sheet = export.Sheet("未导入的行", headers, rows, len(rows), ())
    if target.suffix.lower() == ".csv":
        export.write_csv(target, sheet)
    else:
        export.write_xlsx(target, [sheet])
    return target


def import_file(
    kind_name: str,
    path: Path | str,
    *,
    sheet: str | None = None,
    header_line: int | None = None,
    mapping: dict[str, int] | None = None,
    clerk: str = "",
    errors: Path | None = None,
    check_progress: ProgressFn | None = None,
    progress: ProgressFn | None = None,
    limits: Limits = LIMITS,
) -> ImportReport:
    """Check the whole file (a file past a limit is refused before anything is written), import
    it, and write the rejected rows to ``errors`` (default: :func:`error_file_for`).

    Raises :class:`TableReadError` when the file is refused.
    """
    path = Path(path)
    layout, found = open_roster(
        make_kind(kind_name), path, sheet=sheet, header_line=header_line, limits=limits
    )
    chosen = found if mapping is None else mapping
    require_columns(make_kind(kind_name), layout, chosen)
    run_import(
        make_kind(kind_name),
        layout,
        chosen,
        write=False,
        progress=check_progress,
        keep_rows=False,
        limits=limits,
    )
    report = run_import(
        make_kind(kind_name),
        layout,
        chosen,
        write=True,
        clerk=clerk,
        progress=progress,
        keep_rows=False,
        limits=limits,
    )
    if report.rejected or report.warnings:
        report.error_file = write_error_file(errors or error_file_for(path), report)
    return report


def import_checked(
    kind_name: str,
    layout: Layout,
    mapping: dict[str, int],
    *,
    clerk: str = "",
    progress: ProgressFn | None = None,
) -> ImportReport:
    """Import a file the clerk has checked in the window (its limits were checked then), and
    write the rejected rows beside it."""
    report = run_import(
        make_kind(kind_name),
        layout,
        mapping,
        write=True,
        clerk=clerk,
        progress=progress,
        keep_rows=False,
    )
    if report.rejected or report.warnings:
        report.error_file = write_error_file(error_file_for(layout.path), report)
    return report
