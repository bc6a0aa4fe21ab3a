"""One editing widget per member field, made from the field table: a drop-down for a listed
choice, a line for short text and dates, a few lines for long text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from station_app.domain.member_fields import Kind, MemberField

LONG_TEXT_LINES = 3


def combo(items: tuple[str, ...], *, editable: bool = False) -> QComboBox:
    """A drop-down of ``items`` after an empty choice."""
    box = QComboBox()
    box.addItem("")
    box.addItems(list(items))
    box.setEditable(editable)
    box.setMaxVisibleItems(15)
    return box


def make_widget(f: MemberField, parent: QWidget) -> QWidget:
    """The widget a clerk types ``f`` into."""
    if f.kind in (Kind.CHOICE, Kind.YES_NO):
        return combo(f.choices)
    if f.kind is Kind.LONG:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        line = edit.fontMetrics().lineSpacing()
        edit.setFixedHeight(line * LONG_TEXT_LINES + 12)
        return edit
    line_edit = QLineEdit()
    if f.kind is Kind.DATE:
        line_edit.setPlaceholderText(QCoreApplication.translate("MemberForm", "年-月-日"))
        line_edit.setMaxLength(12)
    return line_edit


def text_of(widget: QWidget) -> str:
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QLineEdit):
        return widget.text()
    raise TypeError(type(widget).__name__)


def set_text(widget: QWidget, text: str) -> None:
    if isinstance(widget, QComboBox):
        widget.setCurrentText(text)
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(text)
    elif isinstance(widget, QLineEdit):
        widget.setText(text)
    else:
        raise TypeError(type(widget).__name__)


def connect_changed(widget: QWidget, slot: object) -> None:
    """Call ``slot()`` whenever the clerk changes the widget's text."""
    if isinstance(widget, QComboBox):
        widget.currentTextChanged.connect(lambda _t: slot())  # type: ignore[operator]
    elif isinstance(widget, QPlainTextEdit):
        widget.textChanged.connect(slot)
    elif isinstance(widget, QLineEdit):
        widget.textChanged.connect(lambda _t: slot())  # type: ignore[operator]
