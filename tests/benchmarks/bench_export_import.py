"""Export and import at district sizes, measured as whole processes from the ``station-app`` entry
point, interleaved with bare baselines writing the same rows:

- ``export members`` (xlsx and csv, full values) beside a script that reads the same rows with
  raw sqlite3 and writes them with XlsxWriter's constant-memory mode, and one with openpyxl's
  write-only mode;
- ``import members`` of a CSV roster (a size of its own, default 200,000 rows, capped by the
  import limit).

Each figure is the median and the worst of ``--runs`` runs, with the peak resident memory of the
process (``ru_maxrss`` of the child). The database is the one ``bench_scale`` builds (not timed),
kept in ``--dir`` for the next run. Usage::

    python -m tests.benchmarks.bench_export_import --members 10000,100000,1000000 --runs 3
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from station_app.domain.resident_id import check_digit
from tests.benchmarks import bench_scale

PY = sys.executable

BARE = r"""
import sqlite3, sys
db, out, lib = sys.argv[1:4]
con = sqlite3.connect(db)
rows = con.execute(
    "SELECT m.name, m.gender, m.id_type, m.id_number, m.birth_date, m.phone, m.employer_text,"
    " m.ethnicity, m.education, m.political_status, m.native_place, m.job_title, m.hukou_type,"
    " m.migrant_worker, m.application_date, m.card_number, m.remarks, m.card_issued, m.status,"
    " '' FROM member m ORDER BY m.application_date, m.id"
)
from datetime import date
def conv(r):
    r = list(r)
    for i in (4, 14):
        if r[i]:
            r[i] = date.fromisoformat(r[i])
    return r
if lib == "xlsxwriter":
    import xlsxwriter
    wb = xlsxwriter.Workbook(out, {"constant_memory": True, "strings_to_formulas": False,
                                   "strings_to_numbers": False, "strings_to_urls": False})
    ws = wb.add_worksheet("会员")
    day = wb.add_format({"num_format": "yyyy-mm-dd"})
    for i, r in enumerate(rows):
        for j, v in enumerate(conv(r)):
            if v is None or v == "":
                continue
            if isinstance(v, str):
                ws.write_string(i, j, v)
            elif isinstance(v, date):
                ws.write_datetime(i, j, v, day)
            else:
                ws.write_number(i, j, v)
    wb.close()
else:
    from openpyxl import Workbook
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("会员")
    for r in rows:
        ws.append(conv(r))
    wb.save(out)
"""


def roster(path: Path, rows: int) -> None:
    with path.open("w", encoding="utf-8-sig") as fh:
        fh.write("姓名,身份证号码,手机号码,工作单位\n")
        for i in range(rows):
            born = date(1950, 1, 1) + timedelta(days=i // 1000)
            first17 = f"110101{born:%Y%m%d}{i % 1000:03d}"
            name = "导入" + chr(0x4E00 + i % 20000)
            fh.write(f"{name},{first17}{check_digit(first17)},137{i:08d},北京某某公司\n")


def measure(cmd: list[str]) -> tuple[float, float, int]:
    """(seconds, peak MB, exit code) of one process."""
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - t
    proc.returncode = os.waitstatus_to_exitcode(status)
    return seconds, usage.ru_maxrss / 1024, proc.returncode


def row(label: str, samples: list[tuple[float, float, int]]) -> str:
    times = [s for s, _m, _c in samples]
    mem = max(m for _s, m, _c in samples)
    codes = sorted({c for _s, _m, c in samples})
    return (
        f"| {label} | {statistics.median(times):.2f} | {max(times):.2f} | {mem:.0f} | "
        f"{','.join(map(str, codes))} |"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--members", default="10000,100000", help="sizes, comma separated")
    ap.add_argument("--import-rows", type=int, default=200_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "station-bench")
    args = ap.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}\n")
    print("| action | median s | worst s | peak MB | exit |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for n in (int(x) for x in args.members.split(",")):
        db = args.dir / f"scale-{n}.sqlite3"
        bench_scale.build(db, n)  # the same station as the start-up and stall benchmarks
        out = args.dir / "out"
        cases = {
            f"{n:,} members: station-app export xlsx": [
                PY, "-m", "station_app", "--db", str(db), "export", "members", "--full",
                "-o", f"{out}.xlsx"],
            f"{n:,} members: bare XlsxWriter (constant memory)": [
                PY, "-c", BARE, str(db), f"{out}-bare.xlsx", "xlsxwriter"],
            f"{n:,} members: bare openpyxl (write-only)": [
                PY, "-c", BARE, str(db), f"{out}-bare2.xlsx", "openpyxl"],
            f"{n:,} members: station-app export csv": [
                PY, "-m", "station_app", "--db", str(db), "export", "members", "--full",
                "-o", f"{out}.csv"],
        }  # fmt: skip
        samples: dict[str, list[tuple[float, float, int]]] = {k: [] for k in cases}
        for _ in range(args.runs):  # interleaved
            for label, cmd in cases.items():
                samples[label].append(measure(cmd))
        for label in cases:
            print(row(label, samples[label]), flush=True)
    rows_file = args.dir / f"roster-{args.import_rows}.csv"
    if not rows_file.exists():
        roster(rows_file, args.import_rows)
    imported: list[tuple[float, float, int]] = []
    for _ in range(args.runs):
        db = args.dir / "import.sqlite3"
        for suffix in ("", "-wal", "-shm", ".writers.lock"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        subprocess.run([PY, "-m", "station_app", "--db", str(db), "check"], capture_output=True)
        imported.append(
            measure([PY, "-m", "station_app", "--db", str(db), "import", "members", str(rows_file)])
        )
    print(row(f"import {args.import_rows:,} roster rows (check + import)", imported))


if __name__ == "__main__":
    main()
