"""Fill the district's template: choose the template, check how its columns match our fields
(a preset, editable, saved under a name), and write the members into a copy of it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from station_app.services import template_fill as tf
from station_app.ui.dialogs.confirm import ask_text
from station_app.ui.dialogs.export_dialogs import ConfirmFullValues, SaveExportDialog
from station_app.ui.file_result import FileResultBar
from station_app.ui.tasks import Task
from station_app.ui.window_fit import resize_within_screen


class TemplateDialog(QDialog):
    """``ask`` returns the path written, or None."""

    def __init__(self, clerk: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("按上级模板导出会员"))
        resize_within_screen(self, 640, 600)
        self._clerk = clerk
        self._job: Task | None = None
        self.template: tf.Template | None = None
        self.written: Path | None = None
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        browse = QPushButton(self.tr("选择模板…"))
        browse.clicked.connect(self._on_browse)
        self.preset_combo = QComboBox()
        self.preset_combo.addItems(tf.preset_names())
        self.preset_combo.currentTextChanged.connect(lambda _t: self._match())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("模板")))
        top.addWidget(self.file_edit, 1)
        top.addWidget(browse)
        top.addWidget(QLabel(self.tr("对应方案")))
        top.addWidget(self.preset_combo)
        self.columns_form = QFormLayout()
        holder = QWidget()
        holder.setLayout(self.columns_form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        box = QGroupBox(self.tr("模板的列 → 会员信息（按列名自动对应，可修改）"))
        QVBoxLayout(box).addWidget(scroll)
        self.field_combos: list[QComboBox] = []
        self.status = QLabel(self.tr("请选择上级下发的 Excel 模板。"))
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.hide()
        self.save_preset_button = QPushButton(self.tr("保存为方案…"))
        self.save_preset_button.clicked.connect(self.save_preset)
        self.fill_button = QPushButton(self.tr("生成…"))
        self.fill_button.setDefault(True)
        self.fill_button.clicked.connect(self.fill)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        for b in (self.save_preset_button, self.fill_button, close):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(box, 1)
        layout.addWidget(self.status)
        self.result_bar = FileResultBar()
        layout.addWidget(self.result_bar)
        layout.addLayout(buttons)
        self._update()

    def _update(self) -> None:
        ready = self.template is not None and self._job is None
        self.fill_button.setEnabled(ready and bool(self.columns()))
        self.save_preset_button.setEnabled(ready)

    def _on_browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("选择模板"), "", "Excel (*.xlsx)")
        if name:
            self.open_template(Path(name))

    def open_template(self, path: Path) -> None:
        self.file_edit.setText(str(path))
        try:
            self.template = tf.read_template(path, tf.load_preset(self.preset_combo.currentText()))
        except tf.TemplateError as exc:
            self.template = None
            self.status.setText(exc.message)
        self._match()

    def _match(self) -> None:
        while self.columns_form.rowCount():
            self.columns_form.removeRow(0)
        self.field_combos = []
        if self.template is None:
            self._update()
            return
        matched = tf.match(self.template, tf.load_preset(self.preset_combo.currentText()))
        for i, header in enumerate(self.template.headers):
            combo = QComboBox()
            combo.addItem(self.tr("（不填）"), "")
            for key, label in tf.FIELD_LABELS.items():
                combo.addItem(label, key)
            combo.setCurrentIndex(max(combo.findData(matched.get(i, "")), 0))
            combo.currentIndexChanged.connect(lambda _i: self._update())
            self.field_combos.append(combo)
            self.columns_form.addRow(header or self.tr("（空白列）"), combo)
        self.status.setText(
            self.tr("工作表“%1”，表头在第 %2 行；%3 列有对应的会员信息。")
            .replace("%1", self.template.sheet)
            .replace("%2", str(self.template.header_line))
            .replace("%3", str(len(matched)))
        )
        self._update()

    def columns(self) -> dict[int, str]:
        return {i: c.currentData() for i, c in enumerate(self.field_combos) if c.currentData()}

    def save_preset(self) -> None:
        if self.template is None:
            return
        name = ask_text(
            self,
            self.tr("保存对应方案"),
            self.tr("方案名称："),
            ok=self.tr("保存方案"),
            cancel=self.tr("取消"),
        )
        if name is None:
            return
        headers = {self.template.headers[i]: key for i, key in self.columns().items()}
        try:
            tf.save_preset(name, headers)
        except tf.TemplateError as exc:
            self.status.setText(exc.message)
            return
        if self.preset_combo.findText(name.strip()) < 0:
            self.preset_combo.addItem(name.strip())
        self.status.setText(self.tr("已保存对应方案“%1”。").replace("%1", name.strip()))

    def fill(self) -> None:
        template, columns, clerk = self.template, self.columns(), self._clerk
        if template is None or self._job is not None or not ConfirmFullValues.ask(self):
            return
        out = SaveExportDialog.ask(
            self.tr("%1-已填写.xlsx").replace("%1", template.path.stem), self
        )
        if out is None:
            return
        job = Task(
            lambda progress: tf.fill_template(
                template, out, columns, clerk=clerk, progress=progress
            ),
            what=self.tr("按模板导出"),
            clerk_errors=(tf.TemplateError, OSError, ValueError),
            parent=self,
        )
        job.progress.connect(lambda d, t: (self.progress.setRange(0, t), self.progress.setValue(d)))
        job.succeeded.connect(lambda n: self._done(out, n))
        job.failed.connect(self.status.setText)
        job.finished.connect(self._finished)
        self._job = job
        self.progress.setRange(0, 0)
        self.progress.show()
        self._update()
        job.start()

    def _done(self, out: Path, n: int) -> None:
        self.written = out
        self.status.setText("")
        self.result_bar.show_file(
            self.tr("已填入 %1 名会员：%2").replace("%1", str(n)).replace("%2", str(out)), out
        )

    def _finished(self) -> None:
        self._job = None
        self.progress.hide()
        self._update()

    def done(self, code: int) -> None:
        if self._job is not None:
            self._job.wait(30000)
        super().done(code)

    @classmethod
    def ask(cls, clerk: str, parent: QWidget | None = None) -> Path | None:
        dlg = cls(clerk, parent)
        dlg.exec()
        return dlg.written
