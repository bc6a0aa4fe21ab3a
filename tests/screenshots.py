"""Render every tab of the main window on demo data to PNG files, for looking at.

QT_QPA_PLATFORM=offscreen python -m tests.screenshots OUT_DIR
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(out: Path) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from station_app.services import demo
    from station_app.store import db as store_db, station as station_store
    from station_app.ui.fonts import install_app_font
    from station_app.ui.main_window import MainWindow
    from tests.conftest import TODAY

    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp())
    app = QApplication.instance() or QApplication([])
    install_app_font(app)
    store_db.open_database(tmp / "shots.sqlite3")
    station_store.ensure_default_lists()
    demo.generate(today=TODAY)
    window = MainWindow(QSettings(str(tmp / "ui.ini"), QSettings.Format.IniFormat), today=TODAY)
    window.resize(1280, 800)
    window.show()
    from PySide6.QtTest import QTest

    QTest.qWait(400)  # what the window fills in just after it is shown
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        QTest.qWait(50)
        path = out / f"tab{i + 1}.png"
        window.grab().save(str(path))
        print(path)
    _figure_screens(window, out)
    window.close()
    store_db.close_database()


def _figure_screens(window: object, out: Path) -> None:
    """The 待补录 list, the 召开情况 dialog and the figures' definitions page (PDF → PNG)."""
    from datetime import timedelta

    import pypdfium2 as pdfium
    from PySide6.QtTest import QTest

    from station_app.services import meeting_pending, meeting_results as results, reporting
    from station_app.services.hand_outs import meeting_gifts_text
    from station_app.services.reminders import communication_day_reminder
    from station_app.store import enterprises as enterprise_store, meetings as meeting_store
    from station_app.store.models import Member
    from station_app.ui.dialogs.attendance_dialog import AttendanceDialog
    from station_app.ui.dialogs.start_notes import StartNotes
    from tests.conftest import TODAY

    past = [m for m in meeting_store.list_meetings(end=TODAY - timedelta(days=1))]
    forgotten = next(m for m in reversed(past) if m.kind == "employee")
    meeting_store.update_meeting(forgotten.id, status="planned")  # left 计划中 by mistake
    Member.create(name="待补录", application_date=forgotten.date, meeting=forgotten.id)
    window.tabs.setCurrentIndex(0)  # type: ignore[attr-defined]
    window.meetings_tab.refresh()  # type: ignore[attr-defined]
    window.show_due_count()  # type: ignore[attr-defined]
    QTest.qWait(50)
    window.grab().save(str(out / "pending_tab.png"))  # type: ignore[attr-defined]
    notes = StartNotes(meeting_pending.pending(TODAY), communication_day_reminder(TODAY))
    notes.show()
    notes.grab().save(str(out / "pending_start.png"))
    held = next(m for m in reversed(past) if m.status == "held" and m.kind != "employee")
    held = meeting_store.get_meeting(held.id) or held
    dialog = AttendanceDialog(
        held,
        results.current_report(held.id),
        enterprise_store.all_enterprise_names(),
        joins=results.figures(held.id).joins,
        unionized=results.unionized_on(held.date),
        gifts=meeting_gifts_text(held.id),
    )
    dialog.show()
    dialog.grab().save(str(out / "hold_dialog.png"))
    pdf = out / "monthly_report.pdf"
    reporting.print_monthly_report(TODAY.year, TODAY.month, pdf, made_on=TODAY)
    doc = pdfium.PdfDocument(str(pdf))
    for i in range(len(doc)):
        doc[i].render(scale=1.4).to_pil().save(str(out / f"monthly_report_p{i + 1}.png"))
    for name in (
        "pending_tab.png",
        "pending_start.png",
        "hold_dialog.png",
        "monthly_report_p2.png",
    ):
        print(out / name)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "out/screens"))
