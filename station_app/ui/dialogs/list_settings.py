"""阶段与类别设置: the enterprise stages and the feedback categories, edited and saved together."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QTabWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station_app.services import lists
from station_app.ui.dialogs.buttons import dialog_buttons
from station_app.ui.dialogs.confirm import confirm
from station_app.ui.dialogs.list_editor import COUNT_ROLE, KEY_ROLE, NAME_ROLE, ListEditor

STAGE_PAGE = 0
CATEGORY_PAGE = 1
MARK_COLUMN = 2


class ListSettingsDialog(QDialog):
    def __init__(self, clerk: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("阶段与类别设置"))
        self.setMinimumSize(520, 440)
        self._clerk = clerk
        self.result_: lists.SaveResult | None = None
        current = lists.load()

        self.stages = ListEditor(
            self.tr("阶段"),
            lambda n: self.tr("%1 家企业").replace("%1", str(n)) if n else self.tr("未使用"),
            [self.tr("阶段（按建会进程排列）"), self.tr("企业"), self.tr("标记")],
        )
        for use in current.stages:
            self.stages.add_row(use.stage.name, use.stage.id, use.enterprises)
        self._founded_item: QTreeWidgetItem | None = next(
            (
                i
                for i, u in zip(self.stages.items(), current.stages, strict=True)
                if u.stage.is_founded
            ),
            None,
        )
        self._on_hold_item: QTreeWidgetItem | None = next(
            (
                i
                for i, u in zip(self.stages.items(), current.stages, strict=True)
                if u.stage.is_on_hold
            ),
            None,
        )
        self._role_ids = {u.stage.id for u in current.stages if u.stage.role}
        self.stages.delete_refusal = self._stage_refusal
        self.founded_combo = QComboBox()
        self.on_hold_combo = QComboBox()
        marks = QFormLayout()
        marks.addRow(self.tr("已建会阶段（企业到此即算建会）"), self.founded_combo)
        marks.addRow(self.tr("暂缓阶段（暂停跟进的企业）"), self.on_hold_combo)
        stage_page = QWidget()
        sl = QVBoxLayout(stage_page)
        sl.addWidget(self.stages, 1)
        sl.addLayout(marks)

        self.categories = ListEditor(
            self.tr("类别"),
            lambda n: self.tr("%1 条意见建议").replace("%1", str(n)) if n else self.tr("未使用"),
            [self.tr("意见建议类别"), self.tr("使用")],
        )
        for cat in current.categories:
            self.categories.add_row(cat.name, cat.name, cat.feedback)
        category_hint = QLabel(self.tr("类别改名后，已登记在该类别下的意见建议也随之改名。"))
        category_hint.setWordWrap(True)
        category_page = QWidget()
        cl = QVBoxLayout(category_page)
        cl.addWidget(self.categories, 1)
        cl.addWidget(category_hint)

        self.pages = QTabWidget()
        self.pages.addTab(stage_page, self.tr("建会阶段"))
        self.pages.addTab(category_page, self.tr("意见建议类别"))
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00000;")
        self.error_label.hide()
        self.buttons = dialog_buttons(self, self.tr("保存"), self._on_accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        for editor in (self.stages, self.categories):
            editor.problem.connect(self._show_problem)
            editor.changed.connect(self.error_label.hide)
        self.stages.changed.connect(self._fill_marks)
        self.founded_combo.activated.connect(self._on_marks_chosen)
        self.on_hold_combo.activated.connect(self._on_marks_chosen)
        self._fill_marks()
        for editor in (self.stages, self.categories):
            if editor.items():
                editor.select(editor.items()[0])
        self.stages.tree.setFocus()

    # -- marks ---------------------------------------------------------------------------------
    def _fill_marks(self) -> None:
        items = self.stages.items()
        if self._founded_item not in items:
            self._founded_item = None
        if self._on_hold_item not in items:
            self._on_hold_item = None
        for combo, chosen, empty in (
            (self.founded_combo, self._founded_item, self.tr("（请选择）")),
            (self.on_hold_combo, self._on_hold_item, self.tr("（不设暂缓阶段）")),
        ):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(empty, -1)
            for row, item in enumerate(items):
                combo.addItem(item.text(0), row)
            combo.setCurrentIndex(items.index(chosen) + 1 if chosen is not None else 0)
            combo.blockSignals(False)
        for item in items:
            mark = ""
            if item is self._founded_item:
                mark = self.tr("已建会")
            elif item is self._on_hold_item:
                mark = self.tr("暂缓")
            self.stages.tree.blockSignals(True)
            item.setText(MARK_COLUMN, mark)
            self.stages.tree.blockSignals(False)
        self.stages.update_buttons()

    def _on_marks_chosen(self) -> None:
        items = self.stages.items()

        def chosen(combo: QComboBox) -> QTreeWidgetItem | None:
            row = int(combo.currentData())
            return items[row] if 0 <= row < len(items) else None

        founded, on_hold = chosen(self.founded_combo), chosen(self.on_hold_combo)
        if founded is not None and founded is on_hold:
            self._show_problem(self.tr("同一个阶段不能既是“已建会”又是“暂缓”。"))
            self._fill_marks()
            return
        self._founded_item, self._on_hold_item = founded, on_hold
        self.error_label.hide()
        self._fill_marks()

    def _stage_refusal(self, item: QTreeWidgetItem) -> str:
        name = str(item.data(0, NAME_ROLE))
        if item is self._founded_item and item.data(0, KEY_ROLE) is not None:
            return self.tr("“%1”是已建会阶段，不能删除。").replace("%1", name)
        count = int(item.data(0, COUNT_ROLE) or 0)
        if count:
            return (
                self.tr("“%1”阶段中还有 %2 家企业，不能删除；请先把这些企业移到其他阶段。")
                .replace("%1", name)
                .replace("%2", str(count))
            )
        if item.data(0, KEY_ROLE) in self._role_ids:
            return self.tr("“%1”阶段由沟通会结果自动使用，不能删除（可以改名）。").replace(
                "%1", name
            )
        return ""

    # -- saving --------------------------------------------------------------------------------
    def stage_entries(self) -> list[lists.StageEntry]:
        return [
            lists.StageEntry(
                item.data(0, KEY_ROLE),
                item.text(0),
                item is self._founded_item,
                item is self._on_hold_item,
            )
            for item in self.stages.items()
        ]

    def category_entries(self) -> list[lists.CategoryEntry]:
        return [
            lists.CategoryEntry(item.data(0, KEY_ROLE) or "", item.text(0))
            for item in self.categories.items()
        ]

    def _deleted(self) -> list[str]:
        kept_stages = {item.data(0, KEY_ROLE) for item in self.stages.items()}
        kept_categories = {item.data(0, KEY_ROLE) for item in self.categories.items()}
        current = lists.load()
        return [u.stage.name for u in current.stages if u.stage.id not in kept_stages] + [
            c.name for c in current.categories if c.name not in kept_categories
        ]

    def _show_problem(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def _on_accept(self) -> None:
        deleted = self._deleted()
        if deleted and not self.confirm_delete(deleted):
            return
        try:
            self.result_ = lists.save(
                self.stage_entries(), self.category_entries(), clerk=self._clerk
            )
        except lists.ValidationError as exc:
            self.pages.setCurrentIndex(
                CATEGORY_PAGE if exc.code.startswith("categories.") else STAGE_PAGE
            )
            self._show_problem(exc.message)
            return
        self.accept()

    def confirm_delete(self, names: list[str]) -> bool:
        return confirm(
            self,
            self.windowTitle(),
            self.tr("将删除：%1。\n确定保存吗？").replace("%1", "、".join(names)),
            yes=self.tr("删除并保存"),
            no=self.tr("返回修改"),
            risky=True,
        )

    @classmethod
    def ask(cls, parent: QWidget | None = None, *, clerk: str = "") -> bool:
        """True when something was saved."""
        dlg = cls(clerk, parent)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return False
        return dlg.result_ is not None and dlg.result_.saved
