"""The member lists' context menu: open a record, or erase its personal data on request."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QTableView, QWidget

from station_app.services import backup as backups, privacy
from station_app.services.session import current_path
from station_app.store.records import MemberListRow
from station_app.ui.dialogs.erase_member import EraseMemberDialog
from station_app.ui.models.record_table import RecordTableModel


class MemberListActions:
    """Adds 调出修改 / 删除个人信息 to member lists (right click, or the Delete key)."""

    def __init__(
        self,
        parent: QWidget,
        *,
        open_member: Callable[[int], None],
        clerk: Callable[[], str],
        after_erase: Callable[[int], None],
    ) -> None:
        self._parent = parent
        self._open = open_member
        self._clerk = clerk
        self._after_erase = after_erase

    def attach(self, view: QTableView) -> None:
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(lambda pos: self._menu(view, pos))
        erase = QAction(QCoreApplication.translate("MemberErasure", "删除个人信息…"), view)
        erase.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        erase.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        erase.triggered.connect(lambda: self.erase(self._current(view)))
        view.addAction(erase)

    @staticmethod
    def _current(view: QTableView) -> MemberListRow | None:
        record = view.currentIndex().data(RecordTableModel.RecordRole)
        return record if isinstance(record, MemberListRow) else None

    def _menu(self, view: QTableView, pos: QPoint) -> None:
        record = view.indexAt(pos).data(RecordTableModel.RecordRole)
        if not isinstance(record, MemberListRow):
            return
        menu = QMenu(view)
        menu.addAction(
            QCoreApplication.translate("MemberErasure", "调出修改"), lambda: self._open(record.id)
        )
        erase = menu.addAction(
            QCoreApplication.translate("MemberErasure", "删除个人信息（本人申请）…")
        )
        erase.setEnabled(record.status != "erased")
        erase.triggered.connect(lambda: self.erase(record))
        menu.exec(view.viewport().mapToGlobal(pos))

    def erase(self, record: MemberListRow | None) -> bool:
        if record is None or record.status == "erased":
            return False
        db = current_path()
        older = [b.label for b in backups.list_backups(db)] if db else []
        reason = EraseMemberDialog.ask(record.name, self._parent, older_backups=older)
        if reason is None:
            return False
        try:
            privacy.erase_member(record.id, clerk=self._clerk(), reason=reason)
        except privacy.ErasureError as exc:
            QMessageBox.warning(
                self._parent,
                QCoreApplication.translate("MemberErasure", "删除个人信息"),
                exc.message,
            )
            return False
        self._after_erase(record.id)
        return True
