"""The window's long work at 100,000 and 1,000,000 members, watched by an event-loop probe.

One process started from the ``station-app`` entry point on a copy of the scale database
(``bench_scale`` builds it) does, one after the other, what the clerk starts from the window:

- the start itself, then three seconds of the day's first backup, the reminders and the
  现场入会 tab made ahead;
- 导出 Excel on the 统计 tab for every record since 2000 (members, meetings, enterprises …);
- 打印月报 PDF (the monthly report);
- 导入会员: a 200,000-row roster through the import wizard: reading the file, checking every
  row into the preview (a table model), and the import with its progress;
- 文件 → 备份 (an online copy of the whole file);
- 文件 → 合并: a 50-row event laptop merged in (preview, then applied).

The file and merge dialogs are answered by the driver (a path, "keep the desk's values"); the
message boxes that end some of the work are closed as they appear. A timer that should fire
every 5 ms measures how long the window's thread was busy (a stall): for each step, its length
and the worst stall, with the p99. Usage::

    python -m tests.benchmarks.bench_gui_stalls --members 100000,1000000 --dir /tmp/scale
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.benchmarks import bench_merge, bench_scale
from tests.benchmarks.bench_export_import import roster

PY = sys.executable
ROSTER_ROWS = 200_000
SETTLE_S = 3.0

CHILD = r"""
import json, os, sys, time
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

db, roster, laptop, out = sys.argv[1:5]
app = QApplication(sys.argv[:1])
steps = []
@STALL_PROBE@


def close_messages():
    # The start's reminders and the boxes some work ends with: closed as the clerk would.
    for w in app.topLevelWidgets():
        if isinstance(w, QMessageBox) and w.isVisible():
            w.accept()
        elif type(w).__name__ == "StartNotes" and w.isVisible():
            w.reject()


closer = QTimer()
closer.setInterval(300)
closer.timeout.connect(close_messages)


def wait_until(done, limit=7200.0):
    # The window waits in its event loop, as it does while the clerk waits (a loop that kept
    # asking would take Python's lock from the work the whole time).
    end = time.perf_counter() + limit
    loop = QEventLoop()

    def look_again():
        if done():
            loop.exit(0)
        elif time.perf_counter() > end:
            loop.exit(1)

    look = QTimer()
    look.setInterval(50)
    look.timeout.connect(look_again)
    look.start()
    code = 0 if done() else loop.exec()
    look.stop()
    if code == 1:
        raise RuntimeError("timed out")


def step(name, start, done):
    del stalls[:]
    last[0] = time.perf_counter()
    began = time.perf_counter()
    start()
    wait_until(done)
    took = time.perf_counter() - began
    ordered = sorted(stalls) or [0.0]
    steps.append({"step": name, "s": took, "worst_ms": 1000 * ordered[-1],
                  "p99_ms": 1000 * ordered[int(0.99 * (len(ordered) - 1))],
                  "over_100": sum(1 for s in stalls if s > 0.1)})
    print(json.dumps(steps[-1], ensure_ascii=False), file=sys.stderr, flush=True)


def drive():
    from station_app.ui import tasks
    from station_app.ui.main_window import MainWindow

    window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))
    stall_probe.start()
    closer.start()
    settle = time.perf_counter() + @SETTLE@
    step("start: day's backup, reminders, 现场入会 made ahead",
         lambda: None, lambda: time.perf_counter() > settle and not tasks.running())

    stats = window.stats_tab
    window.show_tab(stats)
    from station_app.ui.dialogs import export_dialogs
    export_dialogs.SaveExportDialog.ask = classmethod(lambda cls, s, p=None: Path(out) / "all.xlsx")
    stats.set_custom_period(date(2000, 1, 1), date.today())
    step("导出 Excel, every record since 2000", stats.export_xlsx,
         lambda: not stats.export_running() and not tasks.running())

    from station_app.ui.tabs import stats_tab
    stats_tab.SaveAsDialog.ask = classmethod(lambda cls, s, p=None: Path(out) / "report.pdf")
    stats.set_period("month")
    step("打印月报 PDF", stats.print_report, lambda: stats.report_button.isEnabled())

    from station_app.ui.dialogs.import_wizard import ImportWizard
    wizard = ImportWizard("members", window.current_clerk(), "", window)
    wizard.show()
    step(f"导入会员: reading a {@ROWS@:,}-row roster", lambda: wizard.set_file(Path(roster)),
         lambda: not wizard.is_busy())
    step("导入会员: checking every row into the preview", wizard.next_button.click,
         lambda: not wizard.is_busy())
    step("导入会员: the import, with its progress", wizard.import_button.click,
         lambda: not wizard.is_busy())
    wizard.close()

    from station_app.ui.dialogs import backup_dialogs
    backup_dialogs.BackupTargetDialog.ask = classmethod(
        lambda cls, d, p=None: Path(out) / "backup.sqlite3")
    step("文件 → 备份", window.data_actions.backup,
         lambda: (Path(out) / "backup.sqlite3").exists() and not tasks.running())

    from station_app.ui import data_actions
    from station_app.ui.dialogs import merge_dialog
    data_actions.QFileDialog.getOpenFileName = staticmethod(lambda *a, **k: (laptop, ""))
    merge_dialog.MergeDialog.ask = classmethod(lambda cls, plan, parent=None: [])
    merged = []
    real_info = QMessageBox.information

    def info(parent, title, text, *a, **k):
        merged.append(title)
        return QMessageBox.StandardButton.Ok

    QMessageBox.information = staticmethod(info)
    step("文件 → 合并 a 50-row laptop (preview, then applied)", window.data_actions.merge,
         lambda: bool(merged) and not tasks.running())
    QMessageBox.information = real_info
    print("steps", json.dumps(steps, ensure_ascii=False), flush=True)
    os._exit(0)


QTimer.singleShot(500, drive)
from station_app.cli import main
main(["--db", db])
""".replace("@SETTLE@", str(SETTLE_S)).replace("@STALL_PROBE@", bench_scale.STALL_PROBE)


def run(
    db: Path, work: Path, roster_path: Path, laptop: Path, rows: int
) -> list[dict[str, object]]:
    copy = work / "desk.sqlite3"
    shutil.copyfile(db, copy)  # a fresh desk: its backups folder is empty, the day's backup runs
    out = work / "out"
    out.mkdir()
    done = subprocess.run(
        [PY, "-c", CHILD.replace("@ROWS@", str(rows)), str(copy), str(roster_path), str(laptop),
         str(out)],
        capture_output=True, text=True, env=bench_scale._child_env(work),
    )  # fmt: skip
    for line in done.stdout.splitlines():
        if line.startswith("steps "):
            return list(json.loads(line[6:]))
    raise RuntimeError(done.stderr[-3000:])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--members", default="100000,1000000")
    parser.add_argument("--dir", default=str(Path(tempfile.gettempdir()) / "bench-scale"))
    parser.add_argument("--roster-rows", type=int, default=ROSTER_ROWS)
    args = parser.parse_args(argv)
    folder = Path(args.dir)
    folder.mkdir(parents=True, exist_ok=True)
    roster_path = folder / f"roster-{args.roster_rows}.csv"
    if not roster_path.exists():
        roster(roster_path, args.roster_rows)
    laptop = folder / "laptop-50.sqlite3"
    if not laptop.exists():
        bench_merge.build_small_laptop(laptop)
    rows: list[tuple[str, ...]] = []
    for size in (int(s) for s in args.members.split(",")):
        db = folder / f"scale-{size}.sqlite3"
        bench_scale.build(db, size)
        with tempfile.TemporaryDirectory(dir=folder) as tmp:
            for s in run(db, Path(tmp), roster_path, laptop, args.roster_rows):
                stalls = (f"{s['worst_ms']:.0f}", f"{s['p99_ms']:.0f}", str(s["over_100"]))
                rows.append((f"{size:,}", str(s["step"]), f"{s['s']:.1f}", *stalls))
                print(" | ".join(rows[-1]), flush=True)
    print(f"\nmachine: {os.cpu_count()} cores, Python {sys.version.split()[0]}\n")
    print("| members | step | seconds | worst stall, ms | p99 stall, ms | stalls over 100 ms |")
    print("| ---: | --- | ---: | ---: | ---: | ---: |")
    for r in rows:
        print("| " + " | ".join(r) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
