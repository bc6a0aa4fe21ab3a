"""One editing widget per member field, made from the field table: a drop-down for a listed
choice, a line for short text and dates, a few lines for long text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from station_app.domain.member_fields import Kind, MemberField
from station_app.ui.domain_text import domain_text

LONG_TEXT_LINES = 3


def combo(items: tuple[str, ...], *, editable: bool = False) -> QComboBox:
    """A drop-down of ``items`` after an empty choice. A fixed list shows its values in the
    window's language and keeps them (Chinese) as the items' data."""
    box = QComboBox()
    box.addItem("", "")
    for item in items:
        box.addItem(item if editable else domain_text(item), item)
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
        if widget.isEditable():
            return widget.currentText()
        return str(widget.currentData() or "")
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QLineEdit):
        return widget.text()
    raise TypeError(type(widget).__name__)


def set_text(widget: QWidget, text: str) -> None:
    if isinstance(widget, QComboBox):
        index = widget.findData(text)
        if widget.isEditable() or index < 0:
            widget.setCurrentText(text)
        else:
            widget.setCurrentIndex(index)
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
