"""Benchmark of the application forms, each beside a bare reportlab canvas drawing the same text.

1. From the last keystroke to a saved record and a ready PDF: the real registration tab,
   offscreen, filled by key presses; then 保存并打印 (save, write the member's two pages; the
   preview is replaced by a no-op). Median of 30.
2. 1,000 filled forms as one PDF, through the service (read from the database, audit entries).

Run: ``.venv/bin/python -m tests.benchmarks.bench_forms`` (prints a markdown table).
"""

from __future__ import annotations

import io
import os
import statistics
import sys
import tempfile
import time
from dataclasses import fields
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from station_app.domain.member_fields import FIELDS
from station_app.domain.resident_id import check_digit
from station_app.printing.fonts import new_canvas, register_fonts, split_runs
from station_app.printing.form_data import FormData
from station_app.printing.form_texts import TEXTS
from station_app.services import demo, forms
from station_app.store import db as store_db, members as member_store, station as station_store

TODAY = date(2026, 11, 24)
ROUNDS = 30
BATCH = 1000


def _draw(c: Canvas, x: float, y: float, text: str) -> None:
    """One line in the same embedded fonts as the forms: a drawString per font run."""
    for font, run in split_runs(text):
        c.setFont(font, 10)
        c.drawString(x, y, run)
        x += c.stringWidth(run, font, 10)


def bare_canvas(form_list: list[FormData]) -> bytes:
    """The same labels and values, two pages a form, drawn with plain drawString calls in the
    same embedded font chain."""
    register_fonts()
    buf = io.BytesIO()
    c = new_canvas(buf, pagesize=A4, pageCompression=1)
    labels = [zh for zh, _ in TEXTS.values()] + [f.label for f in FIELDS]
    half = len(labels) // 2
    for form in form_list:
        for page in range(2):
            y = 800.0
            for text in labels[:half] if page == 0 else labels[half:]:
                _draw(c, 60, y, text)
                y -= 14
            if page == 1:
                y = 800.0
                for f in fields(form):
                    _draw(c, 300, y, getattr(form, f.name).replace("\n", " "))
                    y -= 14
            c.showPage()
    c.save()
    return buf.getvalue()


def id_number(i: int) -> str:
    first17 = f"11010519900101{i:03d}"
    return first17 + check_digit(first17)


def bench_keystroke_to_pdf(app: QApplication, tmp: Path) -> tuple[float, float, float]:
    from station_app.ui import print_support
    from station_app.ui.tabs.registration_tab import RegistrationTab

    print_support.PreviewDialog.show_pdf = classmethod(lambda cls, p, parent=None: True)  # type: ignore[method-assign,assignment]
    settings = QSettings(str(tmp / "ui.ini"), QSettings.Format.IniFormat)
    tab = RegistrationTab(today=TODAY, settings=settings, clerk=lambda: "王芳")
    tab.resize(1280, 760)
    tab.show()
    tab.refresh()
    app.processEvents()
    app_times: list[float] = []
    pdf_times: list[float] = []
    bare_times: list[float] = []
    handler = tab.form_printing.print_member

    def timed_print(member_id: int) -> object:
        t0 = time.perf_counter()
        try:
            return handler(member_id)
        finally:
            pdf_times.append(time.perf_counter() - t0)

    tab.form_printing.print_member = timed_print  # type: ignore[method-assign,assignment]
    for i in range(ROUNDS):
        form = tab.form
        name = "测试" + "甲乙丙丁戊己庚辛壬癸"[i // 10] + "子丑寅卯辰巳午未申酉"[i % 10]
        form.name_edit.setText(name)  # Chinese comes from the input method, committed at once
        QTest.keyClicks(form.id_edit, id_number(500 + i))
        QTest.keyClicks(form.phone_edit, f"138{i:08d}")
        form.employer_edit.setText("望京小微企业服务中心")
        form.consent_check.setChecked(True)
        app.processEvents()
        start = time.perf_counter()  # the last keystroke has been handled
        member_id = tab.save_and_print()
        pdf = tab.form_printing.last_pdf
        app_times.append(time.perf_counter() - start)
        assert member_id is not None and pdf is not None and pdf.exists(), f"round {i} not saved"
        record = member_store.get_member(member_id)
        assert record is not None
        data = forms.form_data(record)
        start = time.perf_counter()
        bare_canvas([data])
        bare_times.append(time.perf_counter() - start)
        app.processEvents()
    tab.close()
    tab.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return (
        statistics.median(app_times),
        statistics.median(pdf_times),
        statistics.median(bare_times),
    )


def bench_batch(tmp: Path) -> tuple[float, float]:
    ids = [row.id for row in member_store.search_members(limit=BATCH)]
    assert len(ids) == BATCH
    start = time.perf_counter()
    result = forms.print_member_forms(ids, tmp / "batch.pdf", lang="zh")
    app_time = time.perf_counter() - start
    assert result.pages == 2 * BATCH
    data = [forms.form_data(member_store.get_member(i)) for i in ids]  # type: ignore[arg-type]
    start = time.perf_counter()
    bare_canvas(data)
    return app_time, time.perf_counter() - start


def main() -> None:
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        os.environ["STATION_APP_DATA"] = str(tmp)
        store_db.open_database(tmp / "bench.sqlite3")
        station_store.ensure_default_lists()
        demo.generate(demo.DemoSize(members=BATCH, enterprises=120, meetings=40), today=TODAY)
        register_fonts()
        bare_canvas([FormData(name="预热")])  # font subsetting tables, imports
        key_app, key_pdf, key_bare = bench_keystroke_to_pdf(app, tmp)  # type: ignore[arg-type]
        batch_app, batch_bare = bench_batch(tmp)
        store_db.close_database()
    del app
    ms = 1000.0
    print("| measurement | station-app | bare reportlab canvas | ratio | target |")
    print("| --- | ---: | ---: | ---: | --- |")
    print(
        f"| last keystroke → saved record + PDF (median of {ROUNDS}) | {key_app * ms:.1f} ms "
        f"| {key_bare * ms:.1f} ms | {key_app / key_bare:.1f}× | < 150 ms |"
    )
    print(
        f"| … of which the member's PDF (2 pages, audit entry) | {key_pdf * ms:.1f} ms "
        f"| {key_bare * ms:.1f} ms | {key_pdf / key_bare:.1f}× | |"
    )
    print(
        f"| {BATCH:,} filled forms as one PDF ({2 * BATCH:,} pages) | {batch_app:.2f} s "
        f"| {batch_bare:.2f} s | {batch_app / batch_bare:.1f}× | < 3× bare |"
    )


if __name__ == "__main__":
    main()
    sys.stdout.flush()
    # Skip interpreter teardown: PySide6 can crash collecting Qt wrappers at exit in scripts.
    os._exit(0)
