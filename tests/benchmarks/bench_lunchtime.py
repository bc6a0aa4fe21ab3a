"""A scripted lunchtime: walk-ins typed into the real window, started from the ``station-app``
entry point, with member searches, every tenth form printed and an Excel export running beside
them; the event loop watched for stalls and the process for memory. A bare form (line edits and
a plain sqlite3 INSERT) typed the same way in the same run is the baseline.

Run: ``.venv/bin/python -m tests.benchmarks.bench_lunchtime`` (600 walk-ins on a 10,000-member
database); ``--registrations 2000`` for the long-session memory check, ``--members 100000`` for a
district database, ``--db PATH`` to keep and reuse the generated database.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华"
PRINT_EVERY = 10
SEARCH_EVERY = 20
PROBE_MS = 5


def walk_in(n: int) -> tuple[str, str, str]:
    from station_app.domain.resident_id import check_digit

    name = SURNAMES[n % len(SURNAMES)] + GIVEN[(n // 7) % len(GIVEN)] + GIVEN[n % len(GIVEN)]
    body = f"11010819{80 + n % 20}{1 + n % 12:02d}{1 + n % 28:02d}{n % 1000:03d}"
    return name, body + check_digit(body), f"15{n % 10}{n:08d}"


def rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        pages = int(fh.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


class StallProbe:
    """A timer that should fire every few milliseconds: how late it fires is how long the GUI
    thread was busy with something else."""

    def __init__(self) -> None:
        from PySide6.QtCore import QElapsedTimer, QTimer

        self.gaps: list[float] = []
        self._clock = QElapsedTimer()
        self._timer = QTimer()
        self._timer.setInterval(PROBE_MS)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._clock.start()
        self._timer.start()

    def _tick(self) -> None:
        self.gaps.append(self._clock.restart())

    def stop(self) -> dict[str, float]:
        self._timer.stop()
        gaps = sorted(self.gaps) or [0.0]
        return {
            "stall_max_ms": gaps[-1],
            "stall_p99_ms": gaps[int(len(gaps) * 0.99) - 1] if len(gaps) > 1 else gaps[0],
            "stalls_over_100ms": sum(g > 100 for g in gaps),
        }


class Script:
    """Runs a list of steps, one per turn of the event loop, then calls ``done``."""

    def __init__(self, steps: list[Callable[[], None]], done: Callable[[], None]) -> None:
        self.steps, self.done, self.i = steps, done, 0

    def start(self) -> None:
        from PySide6.QtCore import QTimer

        self._timer = QTimer()
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._next)
        self._timer.start()

    def stop(self) -> None:
        self.i = len(self.steps) + 1
        self._timer.stop()

    def _next(self) -> None:
        if self.i >= len(self.steps):
            self._timer.stop()
            self.done()
            return
        self.steps[self.i]()
        self.i += 1


def commit_text(widget: object, text: str) -> None:
    """Chinese text committed by the input method, as a clerk's IME does."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def typing_steps(
    name_edit: object,
    id_edit: object,
    phone_edit: object,
    consent: object,
    n: int,
    save: Callable[[bool], float],
) -> list[Callable[[], None]]:
    from PySide6.QtTest import QTest

    name, id_number, phone = walk_in(n)
    steps: list[Callable[[], None]] = [
        lambda: name_edit.setFocus(),  # type: ignore[attr-defined]
        lambda: commit_text(name_edit, name),
    ]
    for widget, text in ((id_edit, id_number), (phone_edit, phone)):
        steps.append(lambda w=widget: w.setFocus())  # type: ignore[attr-defined,misc]
        steps.extend(lambda w=widget, ch=ch: QTest.keyClicks(w, ch) for ch in text)  # type: ignore[misc]
    steps.append(lambda: consent.setChecked(True))  # type: ignore[attr-defined]
    steps.append(lambda: save(n % PRINT_EVERY == PRINT_EVERY - 1))
    return steps


# -- the application, from its entry point -------------------------------------------------------
def child_app(db: Path, count: int, out: Path, scratch: Path, *, export: bool = True) -> None:
    os.environ["STATION_APP_DATA"] = str(scratch)
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from station_app.cli import main
    from station_app.ui import error_report, form_printing, print_support, tasks
    from station_app.ui.dialogs import common, export_dialogs
    from station_app.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    printed: list[str] = []
    real_named_printer = form_printing.named_printer
    queue = form_printing.default_printer() or next(iter(print_support.available_printers()), "")

    def counted_printer(name: str, *, doc_name: str, copies: int = 1) -> QPrinter:
        """The default printer (a real CUPS queue where there is one), counting the forms."""
        printed.append(doc_name)
        if queue:  # the default one, or the first there is when none is the default
            return real_named_printer(name or queue, doc_name=doc_name, copies=copies)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(scratch / f"printed-{len(printed)}.pdf"))
        return printer

    form_printing.named_printer = counted_printer  # type: ignore[assignment]
    if not queue:
        form_printing.default_printer = lambda: "PDF"  # type: ignore[assignment]
    errors: list[str] = []

    def error_shown(cls: object, text: str, detail: str, log_path: Path) -> None:
        errors.append(detail)
        print(detail, file=sys.stderr, flush=True)
        app.exit(3)  # a lunchtime with an error dialog is a failed run

    error_report.ErrorDialog.show_error = classmethod(error_shown)  # type: ignore[method-assign,assignment]

    def warning_shown(cls: object, parent: object, title: str, text: str) -> None:
        errors.append(f"{title}: {text}")
        print(f"warning shown: {title}: {text}", file=sys.stderr, flush=True)
        app.exit(3)  # a warning would wait for a click; the scripted clerk cannot give one

    common.Notice.warn = classmethod(warning_shown)  # type: ignore[method-assign,assignment]
    exports: list[float] = []
    export_path = scratch / "export.xlsx"
    export_dialogs.SaveExportDialog.ask = classmethod(lambda c, s, p=None: export_path)  # type: ignore[method-assign,assignment]
    saves: list[float] = []
    searches: list[float] = []
    probe = StallProbe()
    result: dict[str, object] = {}

    def drive() -> None:
        window = next((w for w in app.topLevelWidgets() if isinstance(w, MainWindow)), None)
        if window is None or not window.isVisible():
            QTimer.singleShot(100, drive)  # the window is still starting
            return
        tab = window.registration_tab
        window.show_tab(tab)
        tab.form_printing.direct_action.setChecked(True)  # 直接打印（不预览）, as at a lobby event
        stats = window.stats_tab
        form = tab.form
        result["rss_start_mb"] = rss_mb()
        export_started = [0.0]

        def export_again() -> None:
            if stats.export_running():
                return
            if export_started[0]:
                exports.append(time.perf_counter() - export_started[0])
            export_started[0] = time.perf_counter()
            stats.export_xlsx()

        export_timer = QTimer()
        export_timer.setInterval(200)
        export_timer.timeout.connect(export_again)
        if export:
            export_timer.start()
        result["_timer"] = export_timer

        def save(with_print: bool) -> float:
            key = Qt.Key.Key_P if with_print else Qt.Key.Key_S
            t0 = time.perf_counter()
            QTest.keyClick(form.phone_edit, key, Qt.KeyboardModifier.ControlModifier)
            elapsed = time.perf_counter() - t0
            if form.name_edit.text():
                result["failure"] = (
                    f"walk-in {n_saved[0]} not saved: {tab.status_label.text()} "
                    f"(focus: {QApplication.focusWidget()}, phone: {form.phone_edit.text()!r})"
                )
                finished()
                return elapsed
            n_saved[0] += 1
            rss_samples.append(rss_mb())
            (saves if not with_print else searches_and_prints).append(elapsed)
            return elapsed

        searches_and_prints: list[float] = []
        n_saved = [0]
        rss_samples: list[float] = []

        def search(n: int) -> list[Callable[[], None]]:
            edit = tab.search_edit
            text = ("138", walk_in(n)[0][:1], "110108")[n % 3]
            steps: list[Callable[[], None]] = [edit.setFocus, edit.clear]

            def key(ch: str) -> None:
                t0 = time.perf_counter()
                QTest.keyClicks(edit, ch)
                searches.append(time.perf_counter() - t0)

            for ch in text:
                if ch.isascii():
                    steps.append(lambda ch=ch: key(ch))  # type: ignore[misc]
                else:
                    steps.append(lambda ch=ch: commit_text(edit, ch))  # type: ignore[misc]
            steps.append(edit.clear)
            return steps

        steps: list[Callable[[], None]] = []
        for n in range(count):
            steps += typing_steps(form.name_edit, form.id_edit, form.phone_edit,
                                  form.consent_check, n, save)  # fmt: skip
            if n % SEARCH_EVERY == SEARCH_EVERY - 1:
                steps += search(n)

        def finished() -> None:
            script.stop()
            result.update(probe.stop())
            result["rss_end_mb"] = rss_mb()
            result["rss_samples"] = rss_samples
            result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            result["saves_ms"] = [s * 1000 for s in saves]
            result["print_saves_ms"] = [s * 1000 for s in searches_and_prints]
            result["search_keys_ms"] = [s * 1000 for s in searches]
            result["exports_done"] = len(exports)
            result["forms_printed"] = len(printed)
            result["printer"] = queue or "a PDF file (no printer queue here)"
            result["registrations"] = count
            result["alive"] = window.isVisible()
            result["errors"] = errors
            result.pop("_timer").stop()  # type: ignore[union-attr]
            result.pop("_script", None)
            out.write_text(json.dumps(result), encoding="utf-8")
            tasks.finish_all(cancel=True)  # the export still running beside: stopped cleanly
            window.close()

        result["started"] = time.perf_counter()
        probe.start()
        script = Script(steps, finished)
        result["_script"] = script
        script.start()

    QTimer.singleShot(300, drive)
    code = main(["--db", str(db)])
    if code != 0 and not out.exists():
        raise SystemExit(code)
    data = json.loads(out.read_text(encoding="utf-8"))
    data["seconds"] = time.perf_counter() - float(data.pop("started"))
    data.pop("_script", None)
    out.write_text(json.dumps(data), encoding="utf-8")


# -- the bare baseline ---------------------------------------------------------------------------
def child_bare(db: Path, count: int, out: Path) -> None:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtGui import QKeySequence, QShortcut
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QCheckBox, QFormLayout, QLineEdit, QWidget

    app = QApplication(sys.argv[:1])
    con = sqlite3.connect(db, isolation_level=None)
    con.execute("PRAGMA journal_mode=wal")
    con.execute("CREATE TABLE IF NOT EXISTS bare(name TEXT, id_number TEXT UNIQUE, phone TEXT)")
    window = QWidget()
    name_edit, id_edit, phone_edit, consent = QLineEdit(), QLineEdit(), QLineEdit(), QCheckBox()
    layout = QFormLayout(window)
    for label, w in (
        ("姓名", name_edit),
        ("身份证", id_edit),
        ("手机", phone_edit),
        ("同意", consent),
    ):
        layout.addRow(label, w)

    def save_row() -> None:
        con.execute("BEGIN IMMEDIATE")
        con.execute(
            "INSERT INTO bare VALUES (?, ?, ?)",
            (name_edit.text(), id_edit.text(), phone_edit.text()),
        )
        con.execute("COMMIT")
        for w in (name_edit, id_edit, phone_edit):
            w.clear()
        consent.setChecked(False)

    for seq in (QKeySequence.StandardKey.Save, QKeySequence.StandardKey.Print):
        QShortcut(QKeySequence(seq), window).activated.connect(save_row)
    window.show()
    saves: list[float] = []
    probe = StallProbe()
    start_rss = rss_mb()

    rss_samples: list[float] = []

    def save(with_print: bool) -> float:
        t0 = time.perf_counter()
        QTest.keyClick(phone_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        saves.append(time.perf_counter() - t0)
        rss_samples.append(rss_mb())
        return saves[-1]

    steps: list[Callable[[], None]] = []
    for n in range(count):
        steps += typing_steps(name_edit, id_edit, phone_edit, consent, n, save)
    t0 = time.perf_counter()

    def finished() -> None:
        data: dict[str, object] = dict(probe.stop())
        data.update(
            seconds=time.perf_counter() - t0,
            saves_ms=[s * 1000 for s in saves],
            rss_start_mb=start_rss,
            rss_end_mb=rss_mb(),
            rss_samples=rss_samples,
            peak_rss_mb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        )
        out.write_text(json.dumps(data), encoding="utf-8")
        app.quit()

    script = Script(steps, finished)
    probe.start()
    QTimer.singleShot(0, script.start)
    app.exec()


# -- the parent: data, both children, the table --------------------------------------------------
def _run_child(args: list[str]) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "result.json"
        proc = subprocess.run(
            [sys.executable, "-m", "tests.benchmarks.bench_lunchtime", *args, "--out", str(out)],
            capture_output=True,
            text=True,
        )
        if proc.returncode != 0 or not out.exists():
            raise SystemExit(f"child failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
        return json.loads(out.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _ms(values: object) -> tuple[float, float]:
    v = list(values) if isinstance(values, list) else []
    return (statistics.median(v), max(v)) if v else (0.0, 0.0)


def _growth_kb(samples: object) -> float:
    """Memory growth per walk-in after the first third (fonts, caches and the first exports
    are paid once): the least-squares slope of resident memory over walk-ins, in KB."""
    values = list(samples) if isinstance(samples, list) else []
    tail = values[len(values) // 3 :]
    if len(tail) < 2:
        return 0.0
    xs = range(len(tail))
    return statistics.linear_regression(xs, tail).slope * 1024


def _memory(d: dict[str, object]) -> str:
    return f"{d['rss_start_mb']:.0f} → {d['rss_end_mb']:.0f} MB ({d['peak_rss_mb']:.0f} MB)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--registrations", type=int, default=600)
    parser.add_argument("--members", type=int, default=10_000)
    parser.add_argument("--db", type=Path, help="keep the generated database here and reuse it")
    parser.add_argument("--child", choices=("app", "bare"))
    parser.add_argument(
        "--no-export", action="store_true", help="no Excel export beside the typing"
    )
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    if args.child == "app":
        with tempfile.TemporaryDirectory() as scratch:
            child_app(
                args.db, args.registrations, args.out, Path(scratch), export=not args.no_export
            )
        return
    if args.child == "bare":
        child_bare(args.db, args.registrations, args.out)
        return

    from tests.benchmarks.bench_district import machine_line

    with tempfile.TemporaryDirectory() as tmp:
        source = args.db or Path(tmp) / "district.sqlite3"
        if not source.exists():
            enterprises = max(20, args.members // 10)
            subprocess.run(
                [sys.executable, "-m", "station_app", "--db", str(source), "demo",
                 "--members", str(args.members), "--enterprises", str(enterprises),
                 "--meetings", str(max(30, args.members // 20))],
                check=True, capture_output=True,
            )  # fmt: skip
        work = Path(tmp) / "lunchtime.sqlite3"
        con = sqlite3.connect(source)
        dst = sqlite3.connect(work)
        con.backup(dst)
        dst.close()
        con.close()
        app = _run_child(["--child", "app", "--db", str(work), "--registrations",
                          str(args.registrations)]
                         + (["--no-export"] if args.no_export else []))  # fmt: skip
        bare = _run_child(["--child", "bare", "--db", str(Path(tmp) / "bare.sqlite3"),
                           "--registrations", str(args.registrations)])  # fmt: skip

    if "failure" in app:
        raise SystemExit(f"the scripted lunchtime stopped: {app['failure']}")
    if app.get("errors"):
        raise SystemExit("errors were reported during the lunchtime:\n" + "\n".join(app["errors"]))  # type: ignore[arg-type]
    n = args.registrations
    app_med, app_worst = _ms(app["saves_ms"])
    bare_med, bare_worst = _ms(bare["saves_ms"])
    print_med, print_worst = _ms(app["print_saves_ms"])
    key_med, key_worst = _ms(app["search_keys_ms"])
    growth = _growth_kb(app["rss_samples"])
    bare_growth = _growth_kb(bare["rss_samples"])
    print(f"Machine: {machine_line()}\n")
    print(f"{n} walk-ins on a {args.members:,}-member database, one process each:\n")
    print("| measure | station-app | bare form + sqlite3 |")
    print("| --- | --- | --- |")
    print(f"| window alive at the end | {'yes' if app['alive'] else 'NO'} | yes |")
    print(f"| whole script | {app['seconds']:.1f} s | {bare['seconds']:.1f} s |")
    print(f"| Ctrl+S → saved, median / worst | {app_med:.1f} / {app_worst:.1f} ms | "
          f"{bare_med:.1f} / {bare_worst:.1f} ms |")  # fmt: skip
    printed = app["forms_printed"]
    print(f"| Ctrl+P → saved, form sent to the printer ({app['printer']}), median / worst | "
          f"{print_med:.1f} / {print_worst:.1f} ms ({printed} forms printed) | — |")  # fmt: skip
    print(f"| search keystroke, median / worst | {key_med:.1f} / {key_worst:.1f} ms | — |")
    print(f"| Excel exports finished beside the typing | {app['exports_done']} | — |")
    print(f"| event-loop stall, p99 / worst | {app['stall_p99_ms']:.0f} / "
          f"{app['stall_max_ms']:.0f} ms | {bare['stall_p99_ms']:.0f} / "
          f"{bare['stall_max_ms']:.0f} ms |")  # fmt: skip
    print(f"| stalls over 100 ms | {app['stalls_over_100ms']} | {bare['stalls_over_100ms']} |")
    print(f"| memory at start → end (peak) | {_memory(app)} | {_memory(bare)} |")
    print(f"| memory growth per walk-in (after the first third) | {growth:.1f} KB | "
          f"{bare_growth:.1f} KB |")  # fmt: skip


if __name__ == "__main__":
    main()
