"""The application forms from the registration tab: one member after 保存并打印, blank forms for
an event, and all of a meeting's registrations in one job (off the GUI thread, with progress).

:class:`FormPrinting` owns a small tool bar (language, blank forms, batch, direct printing) and
is attached to the tab with :meth:`FormPrinting.attach`.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLabel, QMessageBox, QToolBar, QWidget

from station_app.printing.fonts import MissingGlyphsError
from station_app.services import members as member_service
from station_app.ui import error_report
from station_app.ui.dialogs.blank_forms import LANG_CHOICES, BlankFormsDialog, lang_choice_text
from station_app.ui.dialogs.common import Notice
from station_app.ui.file_result import announce_file
from station_app.ui.print_support import (
    MAX_PREVIEW_PAGES,
    PdfPrinter,
    PdfPrintError,
    default_printer,
    named_printer,
)
from station_app.ui.tasks import Task, progress_dialog

if TYPE_CHECKING:
    from station_app.printing.application_form import Lang

DIRECT_KEY = "printing/direct"
FONT_PRELOAD_DELAY_MS = 3000
LANG_KEY = "printing/lang"
AUTO = "auto"


# The forms service brings reportlab with it: it is imported on the first print, not at start.
def _clerk_errors() -> tuple[type[Exception], ...]:
    from station_app.services import forms

    return (MissingGlyphsError, forms.NothingToPrint, OSError)


class PdfReadyDialog:
    """What to do with a finished (long) PDF: 'preview', 'print', 'save' or None."""

    @classmethod
    def ask(cls, parent: QWidget | None, text: str, *, can_preview: bool) -> str | None:
        box = QMessageBox(parent)
        box.setWindowTitle(QCoreApplication.translate("FormPrinting", "申请表已生成"))
        box.setText(text)
        choices: dict[object, str] = {}
        if can_preview:
            choices[
                box.addButton(
                    QCoreApplication.translate("FormPrinting", "预览"),
                    QMessageBox.ButtonRole.ActionRole,
                )
            ] = "preview"
        printed = box.addButton(
            QCoreApplication.translate("FormPrinting", "打印…"), QMessageBox.ButtonRole.AcceptRole
        )
        choices[printed] = "print"
        saved = box.addButton(
            QCoreApplication.translate("FormPrinting", "另存为 PDF…"),
            QMessageBox.ButtonRole.ActionRole,
        )
        choices[saved] = "save"
        box.addButton(
            QCoreApplication.translate("FormPrinting", "关闭"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(printed)
        box.exec()
        return choices.get(box.clickedButton())


class FormPrinting(QObject):
    """Signals:
    message(str): a one-line result for the status bar.
    """

    message = Signal(str)

    def __init__(
        self,
        parent: QWidget,
        *,
        clerk: Callable[[], str] = lambda: "",
        meeting: Callable[[], int | None] = lambda: None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self._widget = parent
        self._clerk = clerk
        self._meeting = meeting
        self._settings = settings
        self._tmp = tempfile.TemporaryDirectory(prefix="station-app-print-")
        self.printer = PdfPrinter(parent)
        self.jobs: list[Task] = []
        self.last_pdf: Path | None = None

        self.lang_combo = QComboBox()
        self.lang_combo.addItem(self.tr("自动（外资企业中英对照）"), AUTO)
        for code, text in LANG_CHOICES:
            self.lang_combo.addItem(lang_choice_text(text), code)
        saved_lang = str(self._setting(LANG_KEY, AUTO))
        self.lang_combo.setCurrentIndex(max(self.lang_combo.findData(saved_lang), 0))
        self.lang_combo.setToolTip(self.tr("申请表的语言"))
        self.blank_action = QAction(self.tr("打印空白申请表…"), self)
        self.meeting_action = QAction(self.tr("打印本场全部申请表"), self)
        self.direct_action = QAction(self.tr("直接打印（不预览）"), self)
        self.direct_action.setCheckable(True)
        self.direct_action.setChecked(str(self._setting(DIRECT_KEY, "false")) == "true")
        self.direct_action.setToolTip(self.tr("保存并打印时直接送到默认打印机"))

        self.bar = QToolBar(self.tr("申请表"), parent)
        self.bar.setObjectName("form_print_bar")
        self.bar.addWidget(QLabel(self.tr("申请表语言 ")))
        self.bar.addWidget(self.lang_combo)
        self.bar.addSeparator()
        self.bar.addAction(self.blank_action)
        self.bar.addAction(self.meeting_action)
        self.bar.addSeparator()
        self.bar.addAction(self.direct_action)

        # The first 保存并打印 of the day should not wait for the fonts (a second or so): they are
        # read in the background a moment after the tab is built.
        QTimer.singleShot(FONT_PRELOAD_DELAY_MS, self._preload_fonts)

        self.blank_action.triggered.connect(self.print_blank)
        self.meeting_action.triggered.connect(self.print_meeting)
        self.direct_action.toggled.connect(lambda on: self._store(DIRECT_KEY, on))
        self.lang_combo.currentIndexChanged.connect(
            lambda _i: self._store(LANG_KEY, self.lang_combo.currentData())
        )

    @classmethod
    def attach(cls, tab: Any, settings: QSettings | None = None) -> FormPrinting:
        """Give the registration tab its 保存并打印 handler and the forms tool bar."""
        printing = cls(
            tab,
            clerk=lambda: tab.clerk_provider(),
            meeting=tab.selected_meeting_id,
            settings=settings,
        )
        tab.print_requested.connect(printing._on_print_requested)
        tab.layout().insertWidget(0, printing.bar)
        status = getattr(tab, "status_label", None)
        if status is not None:
            printing.message.connect(status.setText)
        return printing

    def _preload_fonts(self) -> None:
        from station_app.printing.fonts import register_fonts

        Task(
            lambda _progress: register_fonts(),
            what=self.tr("准备打印字体"),
            reads_only=True,
            parent=self,
        ).start()

    # -- settings ------------------------------------------------------------------------------
    def _setting(self, key: str, default: object) -> object:
        return default if self._settings is None else self._settings.value(key, default)

    def _store(self, key: str, value: object) -> None:
        if self._settings is not None:
            self._settings.setValue(
                key, "true" if value is True else "false" if value is False else value
            )

    def chosen_lang(self) -> str:
        return str(self.lang_combo.currentData())

    def _pdf_path(self, stem: str) -> Path:
        safe = "".join(ch for ch in stem if ch not in '\\/:*?"<>|').strip() or self.tr("申请表")
        return Path(self._tmp.name) / f"{safe}.pdf"

    def _warn(self, text: str) -> None:
        Notice.warn(self._widget, self.tr("无法打印"), text)

    # -- one member ----------------------------------------------------------------------------
    def _on_print_requested(self, member_id: int) -> None:
        try:
            self.print_member(member_id)
        except Exception as exc:  # saved already; the clerk can print again from the list
            error_report.report(exc, doing=self.tr("打印申请表"))

    def print_member(self, member_id: int) -> Path | None:
        """Write the member's forms and preview them (or send them straight to the printer)."""
        from station_app.services import forms

        member = member_service.get_member(member_id)
        if member is None:
            self._warn(self.tr("找不到这位会员，可能已被删除。"))
            return None
        code = self.chosen_lang()
        lang = forms.default_lang(member) if code == AUTO else cast("Lang", code)
        path = self._pdf_path(
            self.tr("入会申请书-%1-%2").replace("%1", member.name).replace("%2", str(member.id))
        )
        try:
            forms.print_member_forms([member_id], path, lang=lang, clerk=self._clerk())
        except forms.NothingToPrint as exc:
            self._warn(exc.message)
            return None
        except _clerk_errors() as exc:
            self._warn(str(exc))
            return None
        self.last_pdf = path
        self._deliver(path, pages=2, suggested=path.name, quick=True)
        return path

    # -- blank forms and a whole meeting, off the GUI thread -----------------------------------
    def print_blank(self) -> Task | None:
        lang = self.chosen_lang()
        answer = BlankFormsDialog.ask(self._widget, lang="zh" if lang == AUTO else lang)
        if answer is None:
            return None
        copies, code = answer
        path = self._pdf_path(self.tr("空白入会申请表-%1份").replace("%1", str(copies)))
        from station_app.services import forms

        def work(progress: Callable[[int, int], bool]) -> int:
            return forms.print_blank(
                path, copies=copies, lang=cast("Lang", code), progress=progress
            )

        label = self.tr("正在生成空白申请表")
        return self._run(work, path, label, self.tr("空白申请表 %1 份").replace("%1", str(copies)))

    def print_meeting(self) -> Task | None:
        meeting_id = self._meeting()
        if meeting_id is None:
            Notice.info(
                self._widget, self.tr("打印本场全部申请表"), self.tr("请先选择一场沟通会。")
            )
            return None
        from station_app.services import forms

        count = len(forms.meeting_member_ids(meeting_id))
        if count == 0:
            Notice.info(
                self._widget,
                self.tr("打印本场全部申请表"),
                self.tr("这场沟通会还没有人登记入会。"),
            )
            return None
        code = self.chosen_lang()
        clerk = self._clerk()
        path = self._pdf_path(self.tr("本场入会申请表-%1人").replace("%1", str(count)))

        def work(progress: Callable[[int, int], bool]) -> forms.BatchResult:
            lang = code if code != AUTO else _meeting_lang(meeting_id)
            return forms.print_meeting_forms(
                meeting_id, path, lang=cast("Lang", lang), progress=progress, clerk=clerk
            )

        label = self.tr("正在生成本场申请表")
        return self._run(work, path, label, self.tr("本场 %1 人的申请表").replace("%1", str(count)))

    def _run(
        self,
        work: Callable[[Callable[[int, int], bool]], object],
        path: Path,
        label: str,
        what: str,
    ) -> Task:
        from station_app.printing.application_form import PrintCancelled

        job = Task(
            work,
            what=self.tr("生成申请表"),
            cancel_errors=(PrintCancelled,),
            clerk_errors=_clerk_errors(),
            parent=self,
        )
        self.jobs.append(job)
        progress_dialog(job, label, self._widget)
        job.succeeded.connect(lambda result: self._on_written(path, result, what))
        job.failed.connect(self._warn)
        job.cancelled.connect(lambda: self.message.emit(self.tr("已取消")))
        job.finished.connect(lambda: self.jobs.remove(job) if job in self.jobs else None)
        job.start()
        return job

    def _on_written(self, path: Path, result: object, what: str) -> None:
        """``result``: the pages written, or a batch's result listing the forms left out."""
        self.last_pdf = path
        pages = result if isinstance(result, int) else int(getattr(result, "pages", 0))
        self.message.emit(
            self.tr("%1已生成，共 %2 页").replace("%1", what).replace("%2", str(pages)),
        )
        skipped = getattr(result, "skipped", ())
        if skipped:
            lines = "\n".join(s.message for s in skipped)
            Notice.warn(
                self._widget,
                self.tr("部分申请表未打印"),
                self.tr("以下 %1 人的申请表含有无法打印的字符，未放入本次打印：\n%2")
                .replace("%1", str(len(skipped)))
                .replace("%2", lines),
            )
        self._deliver(path, pages=pages, suggested=path.name, quick=False)

    # -- what happens to a finished PDF --------------------------------------------------------
    def _deliver(self, path: Path, *, pages: int, suggested: str, quick: bool) -> None:
        try:
            if quick and self.direct_action.isChecked():
                # Off the GUI thread: drawing the pages for the printer takes a second or so,
                # and the next walk-in is already being typed.
                printer = named_printer(default_printer(), doc_name=path.stem)
                job = self.printer.print_in_background(path, printer)
                job.succeeded.connect(
                    lambda sent: self.message.emit(
                        self.tr("已送往打印机 %1 页").replace("%1", str(sent))
                    )
                )
                self._start_print(job)
                return
            if quick:
                self.printer.preview(path)
                return
            text = self.tr("共 %1 页。").replace("%1", str(pages))
            choice = PdfReadyDialog.ask(self._widget, text, can_preview=pages <= MAX_PREVIEW_PAGES)
            if choice == "preview":
                self.printer.preview(path)
            elif choice == "save":
                target = self.printer.save_as(path, suggested)
                if target is not None:
                    self.message.emit(self.tr("已保存到 %1").replace("%1", str(target)))
                    announce_file(
                        self._widget, self.tr("已保存到 %1").replace("%1", str(target)), target
                    )
            elif choice == "print":
                printer = self.printer.ask_printer(path.stem)
                if printer is not None:
                    job = self.printer.print_in_background(path, printer)
                    progress_dialog(job, self.tr("正在送往打印机"), self._widget)
                    self._start_print(job)
        except PdfPrintError as exc:
            self._warn(str(exc))

    def _start_print(self, job: Task) -> None:
        self.jobs.append(job)
        job.failed.connect(self._warn)
        job.finished.connect(lambda: self.jobs.remove(job) if job in self.jobs else None)
        job.start()


def _meeting_lang(meeting_id: int) -> str:
    """In 自动 mode a batch is bilingual when any of its members works for a foreign firm."""
    from station_app.services import forms

    for member_id in forms.meeting_member_ids(meeting_id):
        member = member_service.get_member(member_id)
        if member is not None and forms.default_lang(member) == "bilingual":
            return "bilingual"
    return "zh"
