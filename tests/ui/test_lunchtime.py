"""A lunchtime in one process: 300 walk-ins typed into the real window one after another, every
tenth printed, and the window still alive at the end (the first version aborted after ~70)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from station_app.domain.resident_id import check_digit
from station_app.store import members as member_store
from station_app.ui import print_support
from tests.ui.test_registration_tab import type_text

WALK_INS = 300
PRINT_EVERY = 10
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华"


def _walk_in(n: int) -> tuple[str, str, str]:
    name = SURNAMES[n % len(SURNAMES)] + GIVEN[(n // 7) % len(GIVEN)] + GIVEN[n % len(GIVEN)]
    body = f"11010819{80 + n % 20}{1 + n % 12:02d}{1 + n % 28:02d}{n % 1000:03d}"
    return name, body + check_digit(body), f"13{5 + n % 4}{n:08d}"


@pytest.fixture
def printed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[Path]:
    """The preview replaced by printing the forms' pages to a PDF file through a QPrinter."""
    out: list[Path] = []

    def to_pdf_printer(self, pdf_path):  # type: ignore[no-untyped-def]
        target = tmp_path / f"printed-{len(out)}.pdf"
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        print_support.paint_pdf(printer, pdf_path)
        out.append(target)
        return True

    monkeypatch.setattr(print_support.PdfPrinter, "preview", to_pdf_printer)
    return out


def test_three_hundred_walk_ins_in_one_process(qtbot, main_window, printed) -> None:  # type: ignore[no-untyped-def]
    tab = main_window.registration_tab
    main_window.show_tab(tab)
    form = tab.form
    before = member_store.count_members("")
    none_refs = sys.getrefcount(None)

    for n in range(WALK_INS):
        name, id_number, phone = _walk_in(n)
        type_text(qtbot, form.name_edit, name)
        qtbot.keyClick(form.name_edit, Qt.Key.Key_Return)
        type_text(qtbot, form.id_edit, id_number)
        type_text(qtbot, form.phone_edit, phone)
        form.consent_check.setChecked(True)
        key = Qt.Key.Key_P if n % PRINT_EVERY == PRINT_EVERY - 1 else Qt.Key.Key_S
        qtbot.keyClick(form.phone_edit, key, Qt.KeyboardModifier.ControlModifier)
        assert form.name_edit.text() == "", (
            f"walk-in {n} ({name}) was not saved: {tab.status_label.text()}"
        )

    assert member_store.count_members("") == before + WALK_INS
    assert tab.today_model.rowCount() >= WALK_INS
    assert len(printed) == WALK_INS // PRINT_EVERY
    assert len(PdfReader(printed[-1]).pages) == 2
    # The binding loses no references to None across thousands of Qt calls (new records holding
    # None may add some; a leaking binding takes them away, one per void call).
    assert none_refs - sys.getrefcount(None) < 50
    assert main_window.isVisible()
