"""宣传资料: the station's own leaflets (PDF files); tick the ones to print, set the copies, add
or delete files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from station_app.services import materials
from station_app.ui.dialogs.buttons import dialog_buttons
from station_app.ui.dialogs.common import Notice
from station_app.ui.dialogs.confirm import confirm


class PdfFileDialog:
    """Choosing a PDF to add; replaced in tests."""

    @classmethod
    def ask(cls, parent: QWidget | None) -> Path | None:
        title = QCoreApplication.translate("MaterialsDialog", "添加宣传资料（PDF）")
        name, _ = QFileDialog.getOpenFileName(parent, title, "", "PDF (*.pdf)")
        return Path(name) if name else None


class ConfirmDelete:
    """Asking before a material is deleted; replaced in tests."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str) -> bool:
        text = QCoreApplication.translate("MaterialsDialog", "删除资料“%1”？")
        return confirm(
            parent,
            QCoreApplication.translate("MaterialsDialog", "宣传资料"),
            text.replace("%1", title),
            yes=QCoreApplication.translate("ConfirmDelete", "删除资料"),
            no=QCoreApplication.translate("ConfirmDelete", "保留"),
            risky=True,
        )


class MaterialsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, copies: int = 20) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("打印宣传资料"))
        self.list = QListWidget()
        self.list.setMinimumSize(360, 180)
        self.empty_label = QLabel(
            self.tr("还没有资料。点“添加…”选择服务站自己的 PDF 文件，例如宣传折页、英文版工会法。")
        )
        self.empty_label.setWordWrap(True)
        self.add_button = QPushButton(self.tr("添加(&A)…"))
        self.remove_button = QPushButton(self.tr("删除(&D)"))
        self.copies_spin = QSpinBox()
        self.copies_spin.setRange(1, materials.MAX_COPIES)
        self.copies_spin.setValue(copies)
        self.copies_spin.setSuffix(self.tr(" 份"))
        side = QVBoxLayout()
        side.addWidget(self.add_button)
        side.addWidget(self.remove_button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(side)
        form = QFormLayout()
        form.addRow(self.tr("每份资料打印(&N)："), self.copies_spin)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addLayout(row)
        layout.addLayout(form)
        layout.addWidget(dialog_buttons(self, self.tr("生成"), self._on_accept))
        self.add_button.clicked.connect(self._on_add)
        self.remove_button.clicked.connect(self._on_remove)
        self._fill()

    def _fill(self, checked: set[str] | None = None) -> None:
        self.list.clear()
        for m in materials.list_materials():
            item = QListWidgetItem(
                self.tr("%1（%2 页）").replace("%1", m.title).replace("%2", str(m.pages))
            )
            item.setData(Qt.ItemDataRole.UserRole, m.title)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if checked and m.title in checked else Qt.CheckState.Unchecked
            )
            self.list.addItem(item)
        self.empty_label.setVisible(self.list.count() == 0)
        self.remove_button.setEnabled(self.list.count() > 0)

    def chosen(self) -> list[str]:
        return [
            str(self.list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _on_add(self) -> None:
        path = PdfFileDialog.ask(self)
        if path is None:
            return
        try:
            added = materials.add_material(path)
        except (materials.MaterialError, OSError) as exc:
            Notice.warn(self, self.tr("无法添加"), getattr(exc, "message", str(exc)))
            return
        self._fill({*self.chosen(), added.title})

    def _on_remove(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        title = str(item.data(Qt.ItemDataRole.UserRole))
        if not ConfirmDelete.ask(self, title):
            return
        try:
            materials.remove_material(title)
        except (materials.MaterialError, OSError) as exc:
            Notice.warn(self, self.tr("无法删除"), getattr(exc, "message", str(exc)))
        self._fill(set(self.chosen()) - {title})

    def _on_accept(self) -> None:
        if not self.chosen():
            Notice.info(self, self.tr("打印宣传资料"), self.tr("请勾选要打印的资料。"))
            return
        self.accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None = None, *, copies: int = 20
    ) -> tuple[list[str], int] | None:
        """(chosen titles, copies of each), or None when cancelled."""
        dlg = cls(parent, copies=copies)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return None
        return dlg.chosen(), dlg.copies_spin.value()
