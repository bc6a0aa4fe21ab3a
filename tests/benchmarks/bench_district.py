"""District-size benchmark: 100,000 members, 10,000 enterprises, 5,000 meetings, 50,000 follow-ups.

Each measurement stands beside a bare baseline taken in the same run, and the whole is printed
as a markdown table with the machine it ran on.

Run: ``.venv/bin/python -m tests.benchmarks.bench_district`` (about two minutes);
``--quick`` for a tenth of the data and fewer rounds; ``--db PATH`` keeps the generated database
at PATH and reuses it on the next run (then demo generation is not measured).
"""

from __future__ import annotations

import argparse
import logging
import os
import platform
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TODAY = date(2026, 11, 24)
MS = 1000.0


@dataclass
class Row:
    what: str
    app: str
    baseline: str
    ratio: str
    target: str
    ok: bool | None


# -- machine -------------------------------------------------------------------------------------
def machine_line() -> str:
    import PySide6
    from PySide6.QtCore import qVersion

    cpu = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        pages = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
        ram = f"{pages / 2**30:.1f} GiB RAM"
    except (ValueError, OSError):
        ram = "RAM unknown"
    sqlite = sqlite3.sqlite_version
    return (
        f"{cpu}, {os.cpu_count()} cores, {ram}; {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}, PySide6 {PySide6.__version__} (Qt {qVersion()}), "
        f"SQLite {sqlite}; QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM', '')}"
    )


# -- child processes: cold start and peak memory -----------------------------------------------
def child_app(db: Path, tab: int, scratch: Path) -> None:
    """The application's own start-up path (minus the instance lock and the daily backup)."""
    os.environ["STATION_APP_DATA"] = str(scratch)
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from station_app.ui.app import ensure_station_settings, open_or_explain
    from station_app.ui.fonts import install_app_font
    from station_app.ui.main_window import MainWindow

    app = QApplication([])
    install_app_font(app)
    if not open_or_explain(db) or not ensure_station_settings():
        raise SystemExit("database did not open")
    settings = QSettings(str(scratch / f"ui-{os.getpid()}.ini"), QSettings.Format.IniFormat)
    settings.setValue("tab", tab)
    window = MainWindow(settings, today=TODAY)
    window.show()
    QTimer.singleShot(0, app.quit)
    app.exec()
    report_ready(window)


def child_bare() -> None:
    """A bare PySide6 window: the same four tabs with empty tables and the same headers."""
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView, QTabWidget

    app = QApplication([])
    window = QMainWindow()
    tabs = QTabWidget()
    for name, columns in (("沟通会", 10), ("现场入会", 7), ("企业跟进", 9), ("统计", 5)):
        model = QStandardItemModel(0, columns, window)
        model.setHorizontalHeaderLabels([f"列{i}" for i in range(columns)])
        view = QTableView()
        view.setModel(model)
        tabs.addTab(view, name)
    window.setCentralWidget(tabs)
    window.resize(1200, 760)
    window.show()
    QTimer.singleShot(0, app.quit)
    app.exec()
    report_ready(window)


def peak_rss_kib() -> int:
    """This process's own peak resident memory. ``ru_maxrss`` would do, but Linux carries the
    parent's peak over fork and exec, so the kernel's per-process high-water mark comes first."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def report_ready(window: object) -> None:
    rss_kib = peak_rss_kib()
    print(f"ready {rss_kib}", flush=True)
    os._exit(0)


def run_child(args: list[str]) -> tuple[float, int]:
    """Seconds from spawning a fresh interpreter to its window being shown and painted, and
    its peak resident memory (KiB)."""
    # Like an installed program, with compiled bytecode (kept out of the source tree).
    env = dict(os.environ, PYTHONPYCACHEPREFIX=str(Path(tempfile.gettempdir()) / "bench-pyc"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.benchmarks.bench_district", "--child", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("ready"):
            elapsed = time.perf_counter() - start
            proc.wait()
            return elapsed, int(line.split()[1])
    proc.wait()
    raise RuntimeError(f"child {args} failed: {proc.stderr.read() if proc.stderr else ''}")


# -- in-process measurements -------------------------------------------------------------------
def median_of(fn: Callable[[], object], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"]


def keystrokes(db: Path) -> list[list[str]]:
    """A clerk typing surnames, then a member's name, ID number and phone, one key at a time."""
    con = sqlite3.connect(db)
    name, id_number, phone = con.execute(
        "SELECT name, id_number, phone FROM member WHERE length(name) >= 2 "
        "ORDER BY id LIMIT 1 OFFSET (SELECT COUNT(*) / 2 FROM member)"
    ).fetchone()
    con.close()
    return [
        SURNAMES,
        [name[:k] for k in range(1, len(name) + 1)],
        [id_number[:k] for k in range(1, 11)],
        [phone[:k] for k in range(1, 8)],
    ]


def raw_search_sql(text: str) -> tuple[str, tuple[str, ...]]:
    cols = (
        "m.id, m.name, m.gender, m.id_number, m.phone, m.employer_text, m.application_date, "
        "m.status, m.meeting_id, e.name"
    )
    base = f"SELECT {cols} FROM member m LEFT JOIN enterprise e ON m.employer_id = e.id"
    upper = text + "\U0010ffff"
    if text.isdigit():
        return (
            f"SELECT * FROM ({base} WHERE m.id_number >= ? AND m.id_number < ? "
            f"UNION ALL {base} WHERE m.phone >= ? AND m.phone < ?) ORDER BY 1 DESC LIMIT ?",
            (text, upper, text, upper),
        )
    return f"{base} WHERE m.name >= ? AND m.name < ? ORDER BY m.id DESC LIMIT ?", (text, upper)


def bench_search(
    app: object, window: object, db: Path, page: int
) -> tuple[float, float, float, int]:
    tab = window.registration_tab  # type: ignore[attr-defined]
    edit = tab.search_edit
    times: list[float] = []
    painted: list[float] = []
    typed: list[str] = []
    for sequence in keystrokes(db):
        for text in sequence:
            start = time.perf_counter()
            edit.setText(text)  # textChanged → the register's model is refilled, synchronously
            times.append(time.perf_counter() - start)
            app.processEvents()  # type: ignore[attr-defined]
            painted.append(time.perf_counter() - start)
            typed.append(text)
            assert tab.model.rowCount() > 0, text
        edit.clear()
        app.processEvents()  # type: ignore[attr-defined]
    con = sqlite3.connect(db)
    raw: list[float] = []
    for text in typed:
        sql, params = raw_search_sql(text)
        start = time.perf_counter()
        con.execute(sql, (*params, page)).fetchall()
        raw.append(time.perf_counter() - start)
    con.close()
    return statistics.median(times), statistics.median(painted), statistics.median(raw), len(typed)


class _SqlLog(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.statements: list[tuple[str, tuple[object, ...]]] = []

    def emit(self, record: logging.LogRecord) -> None:
        if isinstance(record.msg, tuple) and len(record.msg) == 2:
            sql, params = record.msg
            self.statements.append((sql, tuple(params or ())))


def with_sql(fn: Callable[[], object]) -> tuple[float, list[tuple[str, tuple[object, ...]]]]:
    """Run ``fn`` once; its time and every SQL statement it sent through peewee."""
    log = logging.getLogger("peewee")
    handler, level = _SqlLog(), log.level
    log.addHandler(handler)
    log.setLevel(logging.DEBUG)
    try:
        start = time.perf_counter()
        fn()
        took = time.perf_counter() - start
    finally:
        log.removeHandler(handler)
        log.setLevel(level)
    return took, handler.statements


def replay(db: Path, statements: list[tuple[str, tuple[object, ...]]], rounds: int = 3) -> float:
    """The bare floor: the same statements through plain sqlite3, every row fetched."""
    con = sqlite3.connect(db)
    reads = [(q, p) for q, p in statements if q.lstrip().upper().startswith("SELECT")]

    def run() -> None:
        for sql, params in reads:
            con.execute(sql, params).fetchall()

    took = median_of(run, rounds)
    con.close()
    return took


def bench_enterprise_tab(app: object, window: object, db: Path) -> tuple[float, float, int]:
    def open_tab() -> None:
        window.tabs.setCurrentIndex(2)  # type: ignore[attr-defined]
        app.processEvents()  # type: ignore[attr-defined]

    took, statements = with_sql(open_tab)
    assert window.enterprises_tab.due_model.rowCount() > 0  # type: ignore[attr-defined]
    return took, replay(db, statements), len(statements)


def bench_stats(app: object, window: object, db: Path, rounds: int) -> tuple[float, float, float]:
    from station_app.domain.months import year_range
    from station_app.services import stats

    start_d, end_d = year_range(TODAY)

    def service() -> None:
        stats.period_figures(start_d, end_d)

    service_time = median_of(service, rounds)
    _took, statements = with_sql(service)
    tab = window.stats_tab  # type: ignore[attr-defined]
    window.tabs.setCurrentIndex(3)  # type: ignore[attr-defined]
    app.processEvents()  # type: ignore[attr-defined]

    def whole_tab() -> None:
        # the figures are read off the window's thread: timed until they are on screen
        from PySide6.QtCore import QEventLoop

        loop = QEventLoop()
        tab.refreshed.connect(loop.quit)
        tab.set_period("year", TODAY)
        if tab.reading:
            loop.exec()
        tab.refreshed.disconnect(loop.quit)
        app.processEvents()  # type: ignore[attr-defined]

    tab_time = median_of(whole_tab, rounds)
    return service_time, tab_time, replay(db, statements, rounds)


def bare_insert_baseline(counts: dict[str, int]) -> float:
    """Rows of the same count and width written with executemany into an in-memory database."""
    con = sqlite3.connect(":memory:")
    con.execute("CREATE TABLE t (" + ", ".join(f"c{i} TEXT" for i in range(20)) + ")")
    total = sum(counts.values())
    row = tuple("演示数据" * 2 for _ in range(20))
    start = time.perf_counter()
    with con:
        con.executemany("INSERT INTO t VALUES (" + ",".join("?" * 20) + ")", (row,) * total)
    took = time.perf_counter() - start
    con.close()
    return took


# -- the run ---------------------------------------------------------------------------------
def build(db: Path, size: object) -> tuple[float, dict[str, int]]:
    from station_app.services import demo
    from station_app.store import db as store_db, station as station_store

    store_db.open_database(db)
    station_store.ensure_default_lists()
    start = time.perf_counter()
    summary = demo.generate(size, today=TODAY)  # type: ignore[arg-type]
    took = time.perf_counter() - start
    store_db.close_database()
    counts = {
        "members": summary.members,
        "enterprises": summary.enterprises,
        "meetings": summary.meetings,
        "follow_ups": summary.follow_ups,
    }
    return took, counts


def table_counts(db: Path) -> dict[str, int]:
    con = sqlite3.connect(db)
    counts = {
        name: con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
        for name, table in (
            ("members", "member"),
            ("enterprises", "enterprise"),
            ("meetings", "meeting"),
            ("follow_ups", "follow_up"),
        )
    }
    con.close()
    return counts


def verdict(ok: bool | None) -> str:
    return "" if ok is None else ("✅" if ok else "❌")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.bench_district")
    parser.add_argument("--members", type=int, default=100_000)
    parser.add_argument("--enterprises", type=int, default=10_000)
    parser.add_argument("--meetings", type=int, default=5_000)
    parser.add_argument("--follow-ups", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=5, help="fresh processes per start-up figure")
    parser.add_argument("--quick", action="store_true", help="a tenth of the data, fewer rounds")
    parser.add_argument("--db", type=Path, help="keep the database here and reuse it next time")
    parser.add_argument("--skip-forms", action="store_true", help="leave out the 1,000-form PDF")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        kind, *rest = args.child
        if kind == "bare":
            child_bare()
        else:
            child_app(Path(rest[0]), int(rest[1]), Path(rest[2]))
        return 0
    if args.quick:
        args.members //= 10
        args.enterprises //= 10
        args.meetings //= 10
        args.follow_ups //= 10
        args.runs = min(args.runs, 3)

    from station_app.services import demo

    with tempfile.TemporaryDirectory(prefix="bench-district-") as folder:
        scratch = Path(folder)
        os.environ["STATION_APP_DATA"] = str(scratch)
        db = args.db or scratch / "district.sqlite3"
        size = demo.DemoSize(args.members, args.enterprises, args.meetings, args.follow_ups)
        if db.exists():
            gen_time: float | None = None
            counts = table_counts(db)
            print(f"reusing {db}", file=sys.stderr)
        else:
            print("generating the demo data …", file=sys.stderr)
            gen_time, counts = build(db, size)
        rows = run_all(args, db, scratch, counts)
        if gen_time is not None:
            bare = bare_insert_baseline(counts)
            rows.append(
                Row(
                    "demo generation of the whole data set",
                    f"{gen_time:.1f} s",
                    f"{bare:.1f} s (bare executemany, same row count)",
                    f"{gen_time / bare:.0f}×",
                    "≤ 60 s",
                    gen_time <= 60,
                )
            )
    print(f"Machine: {machine_line()}")
    print(
        f"Data: {counts['members']:,} members, {counts['enterprises']:,} enterprises, "
        f"{counts['meetings']:,} meetings, {counts['follow_ups']:,} follow-ups; as of {TODAY}"
    )
    print()
    print("| measurement | station-app | bare baseline | ratio | target | |")
    print("| --- | ---: | ---: | ---: | --- | --- |")
    for r in rows:
        print(f"| {r.what} | {r.app} | {r.baseline} | {r.ratio} | {r.target} | {verdict(r.ok)} |")
    return 0 if all(r.ok is not False for r in rows) else 1


def run_all(args: argparse.Namespace, db: Path, scratch: Path, counts: dict[str, int]) -> list[Row]:
    rows: list[Row] = []
    n = f"{counts['members'] // 1000}k"

    # Start-up: fresh interpreters, alternating so a warm disk cache favours neither.
    run_child(["bare"])  # warm the file cache for both
    run_child(["app", str(db), "0", str(scratch)])
    app_starts, bare_starts = [], []
    for _ in range(args.runs):
        app_starts.append(run_child(["app", str(db), "0", str(scratch)])[0])
        bare_starts.append(run_child(["bare"])[0])
    cold, bare = statistics.median(app_starts), statistics.median(bare_starts)
    rows.append(
        Row(
            f"cold start to main window shown and painted, {n} DB (median of {args.runs})",
            f"{cold * MS:.0f} ms",
            f"{bare * MS:.0f} ms (bare PySide6 window, 4 tabs, empty tables)",
            f"{cold / bare:.1f}×",
            "≤ 2× bare",
            cold <= 2 * bare,
        )
    )
    mem = max(run_child(["app", str(db), "1", str(scratch)])[1] for _ in range(2))
    bare_mem = run_child(["bare"])[1]
    rows.append(
        Row(
            f"peak memory, main window on 现场入会 with the member list, {n}",
            f"{mem / 1024:.0f} MB",
            f"{bare_mem / 1024:.0f} MB (bare window)",
            f"{mem / bare_mem:.1f}×",
            "≤ 300 MB",
            mem / 1024 <= 300,
        )
    )

    # In-process: the real window on the registration tab.
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from station_app.store import db as store_db, station as station_store
    from station_app.ui.fonts import install_app_font
    from station_app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    install_app_font(app)  # type: ignore[arg-type]
    store_db.open_database(db)
    station_store.ensure_default_lists()
    settings = QSettings(str(scratch / "ui-bench.ini"), QSettings.Format.IniFormat)
    settings.setValue("tab", 1)
    window = MainWindow(settings, today=TODAY)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    page = window.registration_tab.model.rowCount()
    search, painted, raw, keys = bench_search(app, window, db, page)
    rows.append(
        Row(
            f"member search, one keystroke (setText) → register model updated, {n} "
            f"(median of {keys} keys)",
            f"{search * MS:.1f} ms",
            f"{raw * MS:.2f} ms (raw indexed sqlite3, LIMIT {page})",
            f"{search / raw:.1f}×",
            "≤ 30 ms, ≤ 3× raw",
            search * MS <= 30 and search <= 3 * raw,
        )
    )
    rows.append(
        Row(
            "… and the register repainted (events processed)",
            f"{painted * MS:.1f} ms",
            "",
            f"{painted / raw:.1f}×",
            "",
            None,
        )
    )
    ent, ent_raw, ent_sql = bench_enterprise_tab(app, window, db)
    rows.append(
        Row(
            f"open 企业跟进 with its due view, {counts['enterprises'] // 1000}k enterprises",
            f"{ent * MS:.0f} ms",
            f"{ent_raw * MS:.1f} ms (its {ent_sql} SQL statements through bare sqlite3)",
            f"{ent / ent_raw:.1f}×",
            "≤ 100 ms",
            ent * MS <= 100,
        )
    )
    rounds = 5 if args.quick else 9
    svc, tab_time, stats_raw = bench_stats(app, window, db, rounds)
    rows.append(
        Row(
            f"statistics for one year (stats.period_figures), full data, median of {rounds}",
            f"{svc * MS:.0f} ms",
            f"{stats_raw * MS:.1f} ms (the same SQL through bare sqlite3)",
            f"{svc / stats_raw:.1f}×",
            "≤ 200 ms",
            svc * MS <= 200,
        )
    )
    rows.append(
        Row(
            "… the 统计 tab for that year (figures, 12-month trend, funnel, painted)",
            f"{tab_time * MS:.0f} ms",
            "",
            "",
            "",
            None,
        )
    )
    window.close()
    if not args.skip_forms:
        from tests.benchmarks import bench_forms

        forms_app, forms_bare = bench_forms.bench_batch(scratch)
        rows.append(
            Row(
                f"{bench_forms.BATCH:,} filled application forms to one PDF",
                f"{forms_app:.2f} s",
                f"{forms_bare:.2f} s (bare reportlab canvas, same text)",
                f"{forms_app / forms_bare:.1f}×",
                "≤ 5 s, ≤ 3× bare",
                forms_app <= 5 and forms_app <= 3 * forms_bare,
            )
        )
    store_db.close_database()
    return rows


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    # Skip interpreter teardown: PySide6 can crash collecting Qt wrappers at exit in scripts.
    os._exit(code)
