"""The installed Qt binding keeps its references: a long session cannot abort.

PySide6 6.12.0 dropped a reference to ``None`` on every void call made from Python and to
``True`` on every ``Signal.emit``; on Python 3.11 the process aborted once a count ran out (about
70 registrations). This guard fails on any release with that fault, so a pin cannot be raised to
one unnoticed.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QTableView

CALLS = 200  # enough to see a leak clearly, few enough not to abort the test run
# Other objects may take or drop a handful of references while the loop runs.
SLACK = 20


class _Emitter(QObject):
    ping = Signal()
    value = Signal(int)
    flag = Signal(bool)


def _counts() -> tuple[int, int, int]:
    return sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)


def test_void_calls_and_emits_keep_none_true_and_false(qtbot) -> None:  # type: ignore[no-untyped-def]
    label, edit, combo, button, table = (
        QLabel(),
        QLineEdit(),
        QComboBox(),
        QPushButton(),
        QTableView(),
    )
    for w in (label, edit, combo, button, table):
        qtbot.addWidget(w)
    emitter = _Emitter()
    received = [0]

    def count(_value: object) -> None:
        received[0] += 1

    emitter.value.connect(count)
    emitter.flag.connect(count)
    combo.addItems(["a", "b"])

    before = _counts()
    for i in range(CALLS):
        label.setText("x")
        label.clear()
        edit.setText("y")
        edit.clear()
        edit.setFocus()
        combo.setCurrentIndex(i % 2)
        button.setEnabled(i % 2 == 0)
        table.setColumnHidden(0, False)
        emitter.ping.emit()
        emitter.value.emit(i)
        emitter.flag.emit(i % 2 == 0)
    after = _counts()

    lost = [b - a for b, a in zip(before, after, strict=True)]
    assert all(abs(n) <= SLACK for n in lost), f"references lost (None, True, False): {lost}"
    assert received[0] == 2 * CALLS
