"""Import a roster (members or enterprises) in three pages: the file (sheet, header line and
columns, as found and as the clerk corrects them), the check of every row, the import.

Reading, checking and writing run as background tasks (``ui/tasks.py``), each with its own
database connection; the window shows progress and can stop an import between two batches
(the rows imported so far stay; importing the file again skips them).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
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
    QSpinBox,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from station_app.services import imports
from station_app.services.roster_import import (
    CREATE,
    MERGED,
    SKIPPED,
    UPDATE,
    ImportReport,
    RosterKind,
    missing_columns,
    run_import,
    shown_headers,
)
from station_app.services.tabular import Layout, TableReadError
from station_app.ui.domain_text import domain_text
from station_app.ui.models.import_rows import CheckedRowsModel, SheetLinesModel
from station_app.ui.tasks import Task
from station_app.ui.translatable import QT_TRANSLATE_NOOP
from station_app.ui.view_memory import fit_to_contents
from station_app.ui.window_fit import resize_within_screen

FILE_PAGE, CHECK_PAGE, DONE_PAGE = 0, 1, 2
TITLES = {
    "members": QT_TRANSLATE_NOOP("ImportWizard", "导入会员名单"),
    "enterprises": QT_TRANSLATE_NOOP("ImportWizard", "导入企业名单"),
}


class FilePicker:
    """The system file chooser; replaced in tests."""

    @classmethod
    def ask(cls, parent: QWidget | None, start_dir: str = "") -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("ImportWizard", "选择名单文件"),
            start_dir,
            QCoreApplication.translate("ImportWizard", "名单 (*.xlsx *.xlsm *.csv);;所有文件 (*)"),
        )
        return Path(name) if name else None


def _table_view(model: Any) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().setDefaultSectionSize(22)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class ImportWizard(QDialog):
    """``ask`` returns the report of a finished import (None when nothing was imported)."""

    def __init__(
        self, kind_name: str, clerk: str, start_dir: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.kind_name = kind_name
        self.kind: RosterKind = imports.make_kind(kind_name)
        self.setWindowTitle(self.tr(TITLES[kind_name]))
        resize_within_screen(self, 960, 660)
        self._clerk = clerk
        self._start_dir = start_dir
        self._job: Task | None = None
        self._stop = threading.Event()
        self._filling = False
        self.layout_found: Layout | None = None
        self.check: ImportReport | None = None
        self.result: ImportReport | None = None

        self.pages = QStackedWidget()
        self.pages.addWidget(self._file_page())
        self.pages.addWidget(self._check_page())
        self.pages.addWidget(self._done_page())
        self.status_label = QLabel(self.tr("请选择要导入的文件（Excel 或 CSV）。"))
        self.status_label.setWordWrap(True)
        self.progress_bar = QProgressBar()
        self.progress_bar.hide()
        self.back_button = QPushButton(self.tr("上一步"))
        self.next_button = QPushButton(self.tr("检查每一行"))
        self.import_button = QPushButton(self.tr("导入"))
        self.close_button = QPushButton(self.tr("关闭"))
        self.back_button.clicked.connect(self._on_back)
        self.next_button.clicked.connect(self.run_check)
        self.import_button.clicked.connect(self.run_import)
        self.close_button.clicked.connect(self._on_close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress_bar, 1)
        buttons.addStretch(0)
        for b in (self.back_button, self.next_button, self.import_button, self.close_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        self._update_buttons()

    # -- pages ---------------------------------------------------------------------------------
    def _file_page(self) -> QWidget:
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.browse_button = QPushButton(self.tr("选择文件…"))
        self.browse_button.clicked.connect(self._on_browse)
        self.sheet_combo = QComboBox()
        self.sheet_combo.currentIndexChanged.connect(self._on_table_choice)
        self.header_spin = QSpinBox()
        self.header_spin.setRange(1, 30)
        self.header_spin.valueChanged.connect(self._on_table_choice)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("文件")))
        row.addWidget(self.file_edit, 1)
        row.addWidget(self.browse_button)
        row.addWidget(QLabel(self.tr("工作表")))
        row.addWidget(self.sheet_combo)
        row.addWidget(QLabel(self.tr("表头在第")))
        row.addWidget(self.header_spin)
        row.addWidget(QLabel(self.tr("行")))
        self.lines_model = SheetLinesModel(self)
        self.lines_view = _table_view(self.lines_model)
        self.lines_view.horizontalHeader().setStretchLastSection(False)
        self.mapping_combos: dict[str, QComboBox] = {}
        grid = QGridLayout()
        for i, column in enumerate(self.kind.columns):
            combo = QComboBox()
            combo.setMinimumWidth(120)
            combo.currentIndexChanged.connect(self._on_mapping_changed)
            self.mapping_combos[column.key] = combo
            label = domain_text(column.label)
            if column.required:
                label = self.tr("%1 *").replace("%1", label)
            grid.addWidget(QLabel(label), i // 4, (i % 4) * 2)
            grid.addWidget(combo, i // 4, (i % 4) * 2 + 1)
        box = QGroupBox(self.tr("对应列（已按表头自动识别，可修改；* 为必需）"))
        box.setLayout(grid)
        page = QWidget()
        v = QVBoxLayout(page)
        v.addLayout(row)
        v.addWidget(QLabel(self.tr("文件的前几行（蓝色为表头行）：")))
        v.addWidget(self.lines_view, 1)
        v.addWidget(box)
        return page

    def _check_page(self) -> QWidget:
        self.rows_model = CheckedRowsModel(shown_headers(self.kind), self)
        self.rows_view = _table_view(self.rows_model)
        self.check_label = QLabel()
        self.check_label.setWordWrap(True)
        page = QWidget()
        v = QVBoxLayout(page)
        v.addWidget(self.check_label)
        v.addWidget(self.rows_view, 1)
        return page

    def _done_page(self) -> QWidget:
        self.done_label = QLabel()
        self.done_label.setWordWrap(True)
        self.done_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        page = QWidget()
        v = QVBoxLayout(page)
        v.addWidget(self.done_label)
        v.addStretch(1)
        return page

    # -- state ---------------------------------------------------------------------------------
    def is_busy(self) -> bool:
        return self._job is not None

    def mapping(self) -> dict[str, int]:
        out = {}
        for key, combo in self.mapping_combos.items():
            column = combo.currentData()
            if isinstance(column, int) and column >= 0:
                out[key] = column
        return out

    def _update_buttons(self) -> None:
        busy, page = self.is_busy(), self.pages.currentIndex()
        ready = self.layout_found is not None and not missing_columns(self.kind, self.mapping())
        self.browse_button.setEnabled(not busy)
        self.back_button.setVisible(page == CHECK_PAGE)
        self.back_button.setEnabled(not busy)
        self.next_button.setVisible(page == FILE_PAGE)
        self.next_button.setEnabled(ready and not busy)
        can_import = self.check is not None and (
            self.check.count(CREATE) + self.check.count(UPDATE) + self.check.count(MERGED)
        )
        self.import_button.setVisible(page == CHECK_PAGE)
        self.import_button.setEnabled(bool(can_import) and not busy)
        self.close_button.setText(self.tr("停止") if busy else self.tr("关闭"))
        self.next_button.setDefault(page == FILE_PAGE)
        self.import_button.setDefault(page == CHECK_PAGE)

    # -- the file ------------------------------------------------------------------------------
    def _on_browse(self) -> None:
        path = FilePicker.ask(self, self._start_dir)
        if path is not None:
            self.set_file(path)

    def set_file(self, path: Path) -> None:
        """Open ``path`` and find its table."""
        self.file_edit.setText(str(path))
        self._find_table(Path(path), None, None)

    def _on_table_choice(self, _value: int) -> None:
        if self._filling or self.layout_found is None:
            return
        sheet = self.sheet_combo.currentText() or None
        line = self.header_spin.value()
        if sheet != self.layout_found.sheet:
            line = None  # another sheet: find its header again
        self._find_table(self.layout_found.path, sheet, line)

    def _find_table(self, path: Path, sheet: str | None, line: int | None) -> None:
        kind = self.kind
        self.status_label.setText(self.tr("正在读取文件…"))
        self._start(
            lambda _p: imports.open_roster(kind, path, sheet=sheet, header_line=line),
            self._show_table,
        )

    def _show_table(self, found: tuple[Layout, dict[str, int]]) -> None:
        layout, mapping = found
        self.layout_found, self.check = layout, None
        self._filling = True
        self.sheet_combo.clear()
        self.sheet_combo.addItems(list(layout.sheets))
        self.sheet_combo.setCurrentText(layout.sheet_label)
        self.sheet_combo.setEnabled(len(layout.sheets) > 1)
        self.header_spin.setRange(1, max(len(layout.top), 1))
        self.header_spin.setValue(layout.header_line)
        for key, combo in self.mapping_combos.items():
            combo.clear()
            combo.addItem(self.tr("（不导入）"), -1)
            for i, header in enumerate(layout.headers):
                if header:
                    combo.addItem(header, i)
            combo.setCurrentIndex(max(combo.findData(mapping.get(key, -1)), 0))
        self._filling = False
        self.lines_model.set_lines(layout.top, layout.header_line)
        fit_to_contents(self.lines_view)
        self._describe_table()

    def _describe_table(self) -> None:
        layout = self.layout_found
        if layout is None:
            return
        where = self.tr("工作表“%1”").replace("%1", layout.sheet) if layout.sheet else ""
        text = (
            self.tr("已找到表头：%1第 %2 行，约 %3 行数据。")
            .replace("%1", where)
            .replace("%2", str(layout.header_line))
            .replace("%3", str(layout.rows_estimate))
        )
        missing = missing_columns(self.kind, self.mapping())
        if missing:
            text += self.tr("找不到必需的列：%1，请在下方选择对应的列，或改正表头所在行。").replace(
                "%1", "、".join(missing)
            )
        self.status_label.setText(text)
        self._update_buttons()

    def _on_mapping_changed(self, _index: int) -> None:
        if not self._filling:
            self.check = None
            self._describe_table()

    # -- check and import ----------------------------------------------------------------------
    def run_check(self) -> None:
        layout = self.layout_found
        if layout is None or self.is_busy():
            return
        kind, mapping = imports.make_kind(self.kind_name), self.mapping()
        self.status_label.setText(self.tr("正在检查每一行…"))
        self._start(
            lambda progress: run_import(kind, layout, mapping, write=False, progress=progress),
            self._show_check,
        )

    def _show_check(self, report: ImportReport) -> None:
        self.check = report
        self.rows_model.set_rows(report.rows)
        fit_to_contents(self.rows_view)
        self.pages.setCurrentIndex(CHECK_PAGE)
        text = self.tr("检查结果：%1").replace("%1", report.summary())
        if report.rejected:
            text += self.tr(
                "点击“导入”：无误的行导入，有错误的行不导入，连同原因另存为一个文件，改正后再导入。"
            )
        self.check_label.setText(text)
        self.status_label.setText(self.tr("同一个文件可以放心再次导入：已登记的不会重复。"))
        self._update_buttons()

    def run_import(self) -> None:
        layout = self.layout_found
        if layout is None or self.check is None or self.is_busy():
            return
        name, mapping, clerk = self.kind_name, self.mapping(), self._clerk
        self.status_label.setText(self.tr("正在导入…"))
        self._start(
            lambda progress: imports.import_checked(
                name, layout, mapping, clerk=clerk, progress=progress
            ),
            self._on_imported,
        )

    def _on_imported(self, report: ImportReport) -> None:
        self.result = report
        self.pages.setCurrentIndex(DONE_PAGE)
        lines = [self.tr("导入完成：%1").replace("%1", report.summary())]
        if report.rejected and report.error_file is not None:
            lines.append(
                self.tr(
                    "无误的行已导入；有错误的 %1 行没有导入，已连同原因另存为：\n%2\n"
                    "请在这个文件中改正后再导入它。"
                )
                .replace("%1", str(len(report.rejected)))
                .replace("%2", str(report.error_file))
            )
        else:
            lines.append(self.tr("所有的行都已导入（或早已登记）。"))
        if report.warnings and report.error_file is not None:
            lines.append(
                self.tr(
                    "其中 %1 人的信息含有无法打印的字符：已导入，申请表请手工填写。"
                    "名单（标为“已导入”）在：\n%2"
                )
                .replace("%1", str(len(report.warnings)))
                .replace("%2", str(report.error_file))
            )
        if report.count(SKIPPED):
            lines.append(self.tr("已登记或没有变化的行已跳过；再次导入同一文件不会重复登记。"))
        self.done_label.setText("\n\n".join(lines))
        self.status_label.setText("")
        self._update_buttons()

    # -- the task ------------------------------------------------------------------------------
    def _start(
        self, work: Callable[[Callable[[int, int], bool]], Any], on_done: Callable[[Any], None]
    ) -> None:
        stop = self._stop = threading.Event()

        def run(progress: Callable[[int, int], bool]) -> Any:
            return work(lambda done, total: progress(done, total) and not stop.is_set())

        task = Task(run, what=self.tr("导入"), clerk_errors=(TableReadError,), parent=self)
        self._job = task
        task.progress.connect(self._on_progress)
        task.succeeded.connect(on_done)
        task.failed.connect(self._on_failed)
        task.crashed.connect(self._on_failed)
        task.finished.connect(self._on_task_finished)
        self.progress_bar.setRange(0, 0)
        self.progress_bar.show()
        self._update_buttons()
        task.start()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(min(done, max(total, 1)))
        self.progress_bar.setFormat(
            self.tr("%1 / %2 行").replace("%1", str(done)).replace("%2", str(total))
        )

    def _on_failed(self, message: str) -> None:
        self.status_label.setText(message)

    def _on_task_finished(self) -> None:
        self._job = None
        self.progress_bar.hide()
        self._update_buttons()

    def _on_back(self) -> None:
        self.pages.setCurrentIndex(FILE_PAGE)
        self._describe_table()

    def _on_close(self) -> None:
        if self._job is not None:
            self._stop.set()  # stops after the current batch; what is imported stays
            return
        if self.result is not None:
            self.accept()
        else:
            self.reject()

    def done(self, code: int) -> None:
        if self._job is not None:
            self._stop.set()
            self._job.wait(30000)
        super().done(code)

    @classmethod
    def ask(
        cls, kind_name: str, clerk: str, start_dir: str = "", parent: QWidget | None = None
    ) -> ImportReport | None:
        dlg = cls(kind_name, clerk, start_dir, parent)
        dlg.exec()
        return dlg.result
