"""An editable list of names with up/down/add/rename/delete, as used by 阶段与类别设置.

Each row holds a key (what the store knows it by; None for a new row), its name and how many
records use it. Keys: F2 rename, Delete delete, Insert add, Alt+Up / Alt+Down move.

Signals:
    changed: a row was added, renamed, moved or deleted.
    problem(str): an edit was refused; the text says why.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

KEY_ROLE = Qt.ItemDataRole.UserRole
COUNT_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2


class ListEditor(QWidget):
    changed = Signal()
    problem = Signal(str)

    def __init__(
        self,
        noun: str,
        usage: Callable[[int], str],
        headers: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._noun = noun
        self._usage = usage
        self.delete_refusal: Callable[[QTreeWidgetItem], str] = self._default_refusal
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(headers)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, self.tree.header().ResizeMode.Stretch)
        self.up_button = QPushButton(self.tr("上移"))
        self.down_button = QPushButton(self.tr("下移"))
        self.add_button = QPushButton(self.tr("新增"))
        self.rename_button = QPushButton(self.tr("改名"))
        self.delete_button = QPushButton(self.tr("删除"))
        self.up_button.setToolTip("Alt+↑")
        self.down_button.setToolTip("Alt+↓")
        self.add_button.setToolTip("Insert")
        self.rename_button.setToolTip("F2")
        buttons = QVBoxLayout()
        for b in (
            self.up_button,
            self.down_button,
            self.add_button,
            self.rename_button,
            self.delete_button,
        ):
            b.setAutoDefault(False)
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)

        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        self.add_button.clicked.connect(self.add_new)
        self.rename_button.clicked.connect(self.rename)
        self.delete_button.clicked.connect(self.delete_current)
        for key, slot in (
            ("Alt+Up", lambda: self.move(-1)),
            ("Alt+Down", lambda: self.move(1)),
            ("F2", self.rename),
            ("Delete", self.delete_current),
            ("Insert", self.add_new),
        ):
            shortcut = QShortcut(QKeySequence(key), self.tree)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        self.tree.itemDoubleClicked.connect(lambda item, _col: self.tree.editItem(item, 0))
        self.tree.itemChanged.connect(self._on_item_changed)
        self.tree.currentItemChanged.connect(lambda *_: self.update_buttons())

    # -- rows ----------------------------------------------------------------------------------
    def add_row(self, name: str, key: Any, count: int, index: int | None = None) -> QTreeWidgetItem:
        item = QTreeWidgetItem()
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        item.setData(0, KEY_ROLE, key)
        item.setData(0, COUNT_ROLE, count)
        item.setData(0, NAME_ROLE, name)
        item.setText(0, name)
        item.setText(1, self._usage(count))
        self.tree.blockSignals(True)
        if index is None:
            self.tree.addTopLevelItem(item)
        else:
            self.tree.insertTopLevelItem(index, item)
        self.tree.blockSignals(False)
        return item

    def items(self) -> list[QTreeWidgetItem]:
        return [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]

    def names(self) -> list[str]:
        return [item.text(0) for item in self.items()]

    def current(self) -> QTreeWidgetItem | None:
        return self.tree.currentItem()

    def select(self, item: QTreeWidgetItem) -> None:
        self.tree.setCurrentItem(item)
        self.tree.scrollToItem(item)

    # -- actions -------------------------------------------------------------------------------
    def move(self, delta: int) -> None:
        item = self.current()
        if item is None:
            return
        row = self.tree.indexOfTopLevelItem(item)
        target = row + delta
        if not 0 <= target < self.tree.topLevelItemCount():
            return
        self.tree.blockSignals(True)
        self.tree.takeTopLevelItem(row)
        self.tree.insertTopLevelItem(target, item)
        self.tree.blockSignals(False)
        self.select(item)
        self.update_buttons()
        self.changed.emit()

    def add_new(self) -> None:
        base = self.tr("新%1").replace("%1", self._noun)
        name, n = base, 1
        taken = set(self.names())
        while name in taken:
            n += 1
            name = f"{base}{n}"
        current = self.current()
        index = self.tree.indexOfTopLevelItem(current) + 1 if current is not None else None
        item = self.add_row(name, None, 0, index)
        self.select(item)
        self.changed.emit()
        self.tree.editItem(item, 0)

    def rename(self) -> None:
        item = self.current()
        if item is not None:
            self.tree.editItem(item, 0)

    def delete_current(self) -> None:
        item = self.current()
        if item is None:
            return
        refusal = self.delete_refusal(item)
        if refusal:
            self.problem.emit(refusal)
            return
        row = self.tree.indexOfTopLevelItem(item)
        self.tree.takeTopLevelItem(row)
        rest = self.tree.topLevelItemCount()
        if rest:
            self.select(self.tree.topLevelItem(min(row, rest - 1)))
        self.update_buttons()
        self.changed.emit()

    def _default_refusal(self, item: QTreeWidgetItem) -> str:
        count = int(item.data(0, COUNT_ROLE) or 0)
        if not count:
            return ""
        return (
            self.tr("“%1”%2，不能删除。")
            .replace("%1", str(item.data(0, NAME_ROLE)))
            .replace("%2", self._usage(count))
        )

    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if column != 0:
            return
        before = str(item.data(0, NAME_ROLE))
        name = " ".join(item.text(0).split())
        others = [
            n for other, n in zip(self.items(), self.names(), strict=True) if other is not item
        ]
        refusal = ""
        if not name:
            refusal = self.tr("%1名称不能为空。").replace("%1", self._noun)
        elif name in others:
            refusal = self.tr("已经有“%1”了，请换一个名称。").replace("%1", name)
        self.tree.blockSignals(True)
        item.setText(0, before if refusal else name)
        if not refusal:
            item.setData(0, NAME_ROLE, name)
        self.tree.blockSignals(False)
        if refusal:
            self.problem.emit(refusal)
        elif name != before:
            self.changed.emit()

    def update_buttons(self) -> None:
        item = self.current()
        row = self.tree.indexOfTopLevelItem(item) if item is not None else -1
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.tree.topLevelItemCount() - 1)
        self.rename_button.setEnabled(item is not None)
        refusal = self.delete_refusal(item) if item is not None else "—"
        self.delete_button.setEnabled(not refusal)
        self.delete_button.setToolTip(refusal if item is not None else "")
