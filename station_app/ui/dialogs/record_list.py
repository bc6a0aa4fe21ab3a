"""The layout of the dialogs that list records and add more below the list (发放登记, a meeting's
意见建议): the list, a summary line, the entry form, a red line for what was refused, buttons."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)


def error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet("color: #b00000;")
    label.setWordWrap(True)
    return label


def lay_out(
    dialog: QDialog,
    *,
    view: QTableView,
    summary: QLabel,
    form: QFormLayout,
    error: QLabel,
    left: Sequence[QPushButton] = (),
    right: Sequence[QPushButton] = (),
    top: Sequence[QWidget] = (),
) -> None:
    """Stack the parts in ``dialog``; a 关闭 button ends the row of ``right`` buttons."""
    close = QPushButton(QCoreApplication.translate("RecordsDialog", "关闭"))
    close.clicked.connect(dialog.accept)
    row = QHBoxLayout()
    for b in left:
        row.addWidget(b)
    row.addStretch(1)
    for b in (*right, close):
        row.addWidget(b)
    layout = QVBoxLayout(dialog)
    for w in top:
        layout.addWidget(w)
    layout.addWidget(view, 1)
    layout.addWidget(summary)
    layout.addLayout(form)
    layout.addWidget(error)
    layout.addLayout(row)
