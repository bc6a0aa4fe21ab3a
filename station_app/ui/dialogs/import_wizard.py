"""Import the street's company roster: file, sheet, columns, preview and check, import.

Reading, checking and writing run as a background task with its own database connection; the
window only shows progress and can cancel (the import is one transaction, so a cancelled import
leaves nothing behind).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station_app.services import enterprise_import as importer
from station_app.services.enterprise_import import FIELDS, ImportPreview, ImportResult
from station_app.services.tabular import TableReadError, list_sheets
from station_app.ui.tasks import Task

PREVIEW_FIELDS = ("name", "credit_code", "building_name", "employee_count", "union_status")
ERROR_RED = QColor(190, 30, 30)


class FilePicker:
    """The system file chooser; replaced in tests."""

    @classmethod
    def ask(cls, parent: QWidget | None, start_dir: str = "") -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            parent,
            parent.tr("选择企业名单") if parent else "选择企业名单",
            start_dir,
            "企业名单 (*.xlsx *.xlsm *.csv);;所有文件 (*)",
        )
        return Path(name) if name else None


class ImportWizard(QDialog):
    """Choose file and sheet, map columns, check, import; ``ask`` returns the result."""

    def __init__(self, clerk: str, start_dir: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("导入企业名单"))
        self.resize(900, 640)
        self._clerk = clerk
        self._start_dir = start_dir
        self._path: Path | None = None
        self._job: Task | None = None
        self.preview: ImportPreview | None = None
        self.result: ImportResult | None = None

        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("Excel（.xlsx）或 CSV 文件，第一行为表头"))
        self.browse_button = QPushButton(self.tr("选择文件…"))
        self.browse_button.clicked.connect(self._on_browse)
        self.sheet_combo = QComboBox()
        self.sheet_combo.setEnabled(False)
        self.sheet_combo.currentIndexChanged.connect(self._on_sheet_changed)
        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(self.tr("文件")))
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        file_row.addWidget(QLabel(self.tr("工作表")))
        file_row.addWidget(self.sheet_combo)

        self.mapping_combos: dict[str, QComboBox] = {}
        grid = QGridLayout()
        for i, (key, (label, _aliases)) in enumerate(FIELDS.items()):
            combo = QComboBox()
            combo.setMinimumWidth(130)
            combo.currentIndexChanged.connect(self._on_mapping_changed)
            self.mapping_combos[key] = combo
            text = label + (" *" if key in importer.REQUIRED else "")
            grid.addWidget(QLabel(text), i // 3, (i % 3) * 2)
            grid.addWidget(combo, i // 3, (i % 3) * 2 + 1)
        mapping_box = QGroupBox(self.tr("对应列（已按表头自动识别，可修改）"))
        mapping_box.setLayout(grid)

        self.table = QTableWidget(0, 3 + len(PREVIEW_FIELDS))
        self.table.setHorizontalHeaderLabels(
            [self.tr("行号"), self.tr("结果")]
            + [FIELDS[k][0] for k in PREVIEW_FIELDS]
            + [self.tr("问题")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.summary_label = QLabel(self.tr("请选择要导入的文件。"))
        self.summary_label.setWordWrap(True)
        self.skip_check = QCheckBox(self.tr("跳过有错误的行，只导入无误的行"))
        self.skip_check.toggled.connect(lambda _checked: self._update_buttons())
        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(True)
        self.progress_bar.hide()

        self.check_button = QPushButton(self.tr("校验"))
        self.check_button.clicked.connect(self.run_preview)
        self.import_button = QPushButton(self.tr("导入"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.run_import)
        self.cancel_button = QPushButton(self.tr("取消"))
        self.cancel_button.clicked.connect(self._on_cancel)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_check)
        buttons.addStretch(1)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(mapping_box)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.progress_bar)
        layout.addLayout(buttons)
        self._filling = False
        self._update_buttons()

    # -- state ---------------------------------------------------------------------------------
    def is_busy(self) -> bool:
        return self._job is not None

    def mapping(self) -> dict[str, str]:
        return {k: c.currentData() or "" for k, c in self.mapping_combos.items()}

    def _sheet(self) -> str | None:
        return self.sheet_combo.currentText() or None if self.sheet_combo.count() else None

    def _update_buttons(self) -> None:
        busy = self.is_busy()
        ready = self._path is not None and not busy
        self.browse_button.setEnabled(not busy)
        self.check_button.setEnabled(ready)
        p = self.preview
        can_import = (
            ready
            and p is not None
            and not p.missing
            and (p.count("create") + p.count("update")) > 0
            and (not p.errors or self.skip_check.isChecked())
        )
        self.import_button.setEnabled(bool(can_import))
        self.cancel_button.setText(self.tr("停止") if busy else self.tr("关闭"))

    # -- file ----------------------------------------------------------------------------------
    def _on_browse(self) -> None:
        path = FilePicker.ask(self, self._start_dir)
        if path is not None:
            self.set_file(path)

    def set_file(self, path: Path) -> None:
        """Open ``path``: list its sheets and check it with the recognised columns."""
        self._path = Path(path)
        self.file_edit.setText(str(path))
        self.preview = None
        try:
            sheets = list_sheets(self._path)
        except TableReadError as exc:
            self.summary_label.setText(exc.message)
            sheets = []
        self._filling = True
        self.sheet_combo.clear()
        self.sheet_combo.addItems(sheets)
        self.sheet_combo.setEnabled(len(sheets) > 1)
        self._filling = False
        self.run_preview(guess=True)

    def _on_sheet_changed(self, _index: int) -> None:
        if not self._filling and self._path is not None:
            self.run_preview(guess=True)

    def _on_mapping_changed(self, _index: int) -> None:
        if not self._filling and self.preview is not None:
            self.preview = None
            self.summary_label.setText(self.tr("对应列已修改，请点击“校验”。"))
            self._update_buttons()

    # -- work ----------------------------------------------------------------------------------
    def _start(self, work: Callable[..., Any], on_done: Callable[[Any], None]) -> None:
        """Run ``work(progress, cancelled)`` as a task; ``on_done(result)`` when it succeeds."""
        task: Task

        def run(progress: Callable[[int, int], bool]) -> Any:
            return work(progress, lambda: task.is_cancelled)

        task = Task(
            run,
            what=self.tr("导入"),
            cancel_errors=(importer.ImportCancelled,),
            clerk_errors=(TableReadError,),
            parent=self,
        )
        self._job = task
        task.progress.connect(self._on_progress)
        task.succeeded.connect(on_done)
        task.failed.connect(self._on_failed)
        task.crashed.connect(self._on_failed)
        task.cancelled.connect(self._on_cancelled)
        task.finished.connect(self._on_task_finished)
        self.progress_bar.setRange(0, 0)
        self.progress_bar.show()
        self._update_buttons()
        task.start()

    def _on_task_finished(self) -> None:
        self._job = None
        self.progress_bar.hide()
        self._update_buttons()

    def run_preview(self, *, guess: bool = False) -> None:
        if self._path is None or self.is_busy():
            return
        path, sheet = self._path, self._sheet()
        mapping = None if guess else self.mapping()
        self.summary_label.setText(self.tr("正在读取并校验…"))
        self._start(
            lambda _progress, _cancelled: importer.preview_import(
                path, sheet=sheet, mapping=mapping
            ),
            self._show_preview,
        )

    def run_import(self) -> None:
        if self._path is None or self.is_busy() or self.preview is None:
            return
        path, sheet, mapping = self._path, self._sheet(), self.mapping()
        skip, clerk = self.skip_check.isChecked(), self._clerk
        self.summary_label.setText(self.tr("正在导入…"))
        self._start(
            lambda progress, cancelled: importer.import_enterprises(
                path,
                sheet=sheet,
                clerk=clerk,
                mapping=mapping,
                skip_bad_rows=skip,
                progress=progress,
                cancelled=cancelled,
            ),
            self._on_imported,
        )

    def _on_progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        self.progress_bar.setFormat(
            self.tr("已写入 %1 / %2").replace("%1", str(done)).replace("%2", str(total))
        )

    def _on_failed(self, message: str) -> None:
        self.summary_label.setText(message)

    def _on_cancelled(self) -> None:
        self.summary_label.setText(self.tr("已停止，未导入任何数据。"))

    def _show_preview(self, preview: ImportPreview) -> None:
        self.preview = preview
        self._filling = True
        for key, combo in self.mapping_combos.items():
            combo.clear()
            combo.addItem(self.tr("（不导入）"), "")
            for h in preview.headers:
                if h:
                    combo.addItem(h, h)
            combo.setCurrentIndex(max(combo.findData(preview.mapping.get(key, "")), 0))
        self._filling = False
        self._fill_table(preview)
        if preview.missing:
            self.summary_label.setText(
                self.tr("找不到必填的列：%1。请在上方选择对应的列后点击“校验”。").replace(
                    "%1", "、".join(preview.missing)
                )
            )
        else:
            text = self.tr("共 %1 行：新增 %2 家，更新 %3 家，有错误 %4 行。")
            for i, n in enumerate(
                (
                    len(preview.rows),
                    preview.count("create"),
                    preview.count("update"),
                    len(preview.errors),
                ),
                start=1,
            ):
                text = text.replace(f"%{i}", str(n))
            if preview.errors:
                text += self.tr("改正文件后重新选择，或勾选“跳过有错误的行”。")
            self.summary_label.setText(text)

    def _fill_table(self, preview: ImportPreview) -> None:
        self.table.setRowCount(len(preview.rows))
        red = QBrush(ERROR_RED)
        for r, row in enumerate(preview.rows):
            cells = [str(row.line), row.action_label]
            for key in PREVIEW_FIELDS:
                v = row.values.get(key, "")
                cells.append(str(v) if v is not None else "")
            cells.append(row.error)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if row.action == "error":
                    item.setForeground(red)
                if c == 0:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()

    def _on_imported(self, result: ImportResult) -> None:
        self.result = result
        self.summary_label.setText(result.summary())
        if result.imported:
            self.accept()

    def _on_cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
            return
        self.reject()

    def done(self, code: int) -> None:
        if self._job is not None:
            self._job.cancel()
            self._job.wait(10000)
        super().done(code)

    @classmethod
    def ask(
        cls, clerk: str, start_dir: str = "", parent: QWidget | None = None
    ) -> ImportResult | None:
        """The result of a finished import, or None when nothing was imported."""
        dlg = cls(clerk, start_dir, parent)
        dlg.exec()
        return dlg.result if dlg.result is not None and dlg.result.imported else None
