"""The error path: an unexpected error is logged (personal numbers masked) and shown to the clerk
in a Chinese dialog — what happened, that nothing typed was lost, where the log is, and a button
that copies the details — instead of the window vanishing.

:func:`install_hooks` routes ``sys.excepthook`` (errors in Qt slots and event handlers) and
``threading.excepthook`` (errors on other threads) here; background tasks report through
:func:`report` themselves.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt, QThread
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station_app import logs
from station_app.domain.masking import redact
from station_app.ui import gui_thread

log = logging.getLogger(__name__)


def summary(exc: BaseException, doing: str = "") -> str:
    """One line for the clerk: what was being done and what went wrong (numbers masked)."""
    what = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    first = redact(what.splitlines()[0])[:300]
    if doing:
        text = QCoreApplication.translate("ErrorDialog", "%1时出错：%2").replace("%1", doing)
    else:
        text = QCoreApplication.translate("ErrorDialog", "出错：%2")
    return text.replace("%2", first)


def details(exc: BaseException) -> str:
    """The traceback, masked, for the log and the 复制详细信息 button."""
    return redact("".join(traceback.format_exception(exc)))


class ErrorDialog(QDialog):
    """What happened, that the typed content is still there, where the log is; copy details."""

    shown = 0  # how many error dialogs were opened (for tests and the soak benchmark)
    _open = False

    def __init__(self, text: str, detail: str, log_path: Path, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("出现了意外的问题"))
        self.detail = detail
        from PySide6.QtWidgets import QStyle  # its enums cost every start ~15 ms; an error is rare

        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(40, 40)
        )
        message = QLabel(
            self.tr(
                "程序遇到了一个意外的问题，刚才这一步没有完成。\n\n%1\n\n"
                "窗口中已经填写的内容没有丢失，可以检查后继续工作。"
                "如果问题反复出现，请把详细信息发给维护人员。\n\n详细情况已记录在日志：%2"
            )
            .replace("%1", text)
            .replace("%2", str(log_path))
        )
        message.setWordWrap(True)
        message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_box = QPlainTextEdit(detail)
        self.details_box.setReadOnly(True)
        self.details_box.setVisible(False)
        self.toggle_button = QPushButton(self.tr("显示详细信息"))
        self.copy_button = QPushButton(self.tr("复制详细信息"))
        self.close_button = QPushButton(self.tr("继续工作"))
        self.close_button.setDefault(True)
        top = QHBoxLayout()
        top.addWidget(icon, 0)
        top.addWidget(message, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.toggle_button)
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details_box, 1)
        layout.addLayout(buttons)
        self.resize(560, 260)
        self.toggle_button.clicked.connect(self._toggle_details)
        self.copy_button.clicked.connect(self.copy_details)
        self.close_button.clicked.connect(self.accept)

    def _toggle_details(self) -> None:
        visible = not self.details_box.isVisible()
        self.details_box.setVisible(visible)
        self.toggle_button.setText(self.tr("隐藏详细信息") if visible else self.tr("显示详细信息"))
        self.resize(self.width(), 460 if visible else 260)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.detail)
        self.copy_button.setText(self.tr("已复制"))

    @classmethod
    def show_error(cls, text: str, detail: str, log_path: Path) -> None:
        """Show the dialog (one at a time: errors that arrive while it is open are only logged)."""
        cls.shown += 1
        if cls._open:
            return
        cls._open = True
        try:
            dialog = cls(text, detail, log_path, QApplication.activeWindow())
            dialog.exec()
            dialog.deleteLater()
        finally:
            cls._open = False


def report(exc: BaseException, *, doing: str = "", logged: bool = False) -> str:
    """Log ``exc`` (unless already logged) and show the error dialog; on the GUI thread.

    Returns the one-line summary shown to the clerk.
    """
    if not logged:
        log.error("unexpected error%s", f" ({doing})" if doing else "", exc_info=exc)
    text = summary(exc, doing)
    ErrorDialog.show_error(text, details(exc), logs.log_file())
    return text


def _on_gui_thread() -> bool:
    app = QCoreApplication.instance()
    return app is not None and QThread.currentThread() is app.thread()


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    if exc.__traceback__ is None:
        exc = exc.with_traceback(tb)
    log.error("unhandled error", exc_info=exc)
    if _on_gui_thread():
        report(exc, logged=True)
    else:
        gui_thread.post(lambda: report(exc, logged=True))


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is None or issubclass(args.exc_type, SystemExit):
        return
    _excepthook(args.exc_type, args.exc_value, args.exc_traceback)


def install_hooks() -> None:
    """Route unhandled errors from every thread to the log and the error dialog."""
    gui_thread.install()
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
