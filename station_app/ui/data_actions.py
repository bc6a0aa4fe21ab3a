"""The 文件 menu's data-safety entries: backup, restore, event-laptop merge and copy, audit log,
clerk password. Each entry asks through a dialog's ``ask`` and calls a Qt-free service."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from station_app.paths import ServerUrl, backups_dir, data_dir
from station_app.services import (
    backup as backups,
    encryption,
    privacy,
    session,
    station as station_service,
)
from station_app.ui.dialogs.confirm import confirm
from station_app.ui.file_result import announce_file

if TYPE_CHECKING:
    from station_app.ui.tasks import Task


class DataActions(QObject):
    """Owns the menu actions; ``window`` is the main window (a QWidget with ``reload``)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self._job: Task | None = None
        self.import_members_action = QAction(self.tr("导入会员名单…"), window)
        self.template_action = QAction(self.tr("按上级模板导出会员…"), window)
        self.backup_action = QAction(self.tr("备份数据库…"), window)
        self.restore_action = QAction(self.tr("从备份恢复…"), window)
        self.merge_action = QAction(self.tr("合并活动电脑数据…"), window)
        self.prepare_action = QAction(self.tr("准备活动电脑数据库…"), window)
        self.audit_action = QAction(self.tr("操作日志…"), window)
        self.password_action = QAction(self.tr("密码与加密…"), window)
        self.import_members_action.triggered.connect(self.import_members)
        self.template_action.triggered.connect(self.fill_template)
        self.backup_action.triggered.connect(self.backup)
        self.restore_action.triggered.connect(self.restore)
        self.merge_action.triggered.connect(self.merge)
        self.prepare_action.triggered.connect(self.prepare_laptop)
        self.audit_action.triggered.connect(self.show_audit)
        self.password_action.triggered.connect(self.set_password)

    def install(self, menu: QMenu) -> None:
        """Put the entries above the menu's last entry (退出)."""
        before = menu.actions()[-1] if menu.actions() else None
        groups = (
            (self.import_members_action, self.template_action),
            (self.backup_action, self.restore_action),
            (self.merge_action, self.prepare_action),
            (self.audit_action, self.password_action),
        )
        for group in groups:
            for action in group:
                menu.insertAction(before, action)  # type: ignore[arg-type]
            menu.insertSeparator(before)  # type: ignore[arg-type]

    # -- helpers -------------------------------------------------------------------------------
    def _db(self) -> Path | None:
        return session.current_path()

    def _clerk(self) -> str:
        clerk = getattr(self.window, "current_clerk", None)
        return str(clerk()) if callable(clerk) else ""

    def _error(self, message: str) -> None:
        QMessageBox.warning(self.window, self.tr("未完成"), message)

    def _reload(self) -> None:
        reload = getattr(self.window, "reload", None)
        if callable(reload):
            reload()

    # -- slots ---------------------------------------------------------------------------------
    def import_members(self) -> None:
        from station_app.ui.dialogs.import_wizard import ImportWizard  # spreadsheets: on use

        if ImportWizard.ask("members", self._clerk(), "", self.window) is not None:
            self._reload()

    def fill_template(self) -> None:
        from station_app.ui.dialogs.template_dialog import TemplateDialog  # spreadsheets: on use

        TemplateDialog.ask(self._clerk(), self.window)

    def backup(self) -> None:
        db: Path | ServerUrl | None = self._db() or session.current_server()
        if db is None:
            return
        if isinstance(db, ServerUrl):  # the server's records, as a SQLite file on this desk
            default = data_dir() / "backups" / self.tr("服务器数据库-备份.sqlite3")
        else:
            default = backups_dir(db) / self.tr("%1-备份%2").replace("%1", db.stem).replace(
                "%2", db.suffix
            )
        from station_app.ui.dialogs.backup_dialogs import BackupTargetDialog

        target = BackupTargetDialog.ask(default, self.window)
        if target is None:
            return

        def _done(out: Path) -> None:
            text = self.tr("已备份到：%1").replace("%1", str(out))
            if not announce_file(self.window, text, out):
                QMessageBox.information(self.window, self.tr("备份完成"), text)

        self._in_background(
            lambda: backups.backup(db, target, clerk=self._clerk()),
            self.tr("正在备份…"),
            _done,
            what=self.tr("备份"),
            clerk_errors=(backups.BackupError,),
        )

    def restore(self) -> None:
        db = self._db()
        if db is None:
            if session.current_server() is not None:
                QMessageBox.information(
                    self.window,
                    self.tr("恢复数据库"),
                    self.tr("服务器上的数据库由服务器管理员恢复（pg_restore），不能在这里恢复。"),
                )
            return
        from station_app.ui.dialogs.backup_dialogs import RestoreDialog

        chosen = RestoreDialog.ask(backups.list_backups(db), self.window)
        if chosen is None:
            return
        verdict = session.check_database(chosen)
        if not verdict.ok:
            self._error(
                self.tr("这个备份文件检查未通过，未做任何改动。\n%1").replace("%1", verdict.verdict)
            )
            return
        if not confirm(
            self.window,
            self.tr("从备份恢复"),
            self.tr("用“%1”替换当前的数据库？当前的数据库会先另存到备份文件夹。").replace(
                "%1", chosen.name
            ),
            yes=self.tr("用备份替换"),
            no=self.tr("不恢复"),
            risky=True,
        ):
            return
        session.close_database()
        try:
            kept = backups.restore(db, chosen, clerk=self._clerk())
        except backups.BackupError as exc:
            self._error(exc.message)
            kept = None
        finally:
            session.open_database(db)
            station_service.ensure_default_lists()
        self._reload()
        if kept is not None:
            QMessageBox.information(
                self.window,
                self.tr("恢复完成"),
                self.tr("已恢复。恢复前的数据库另存为：%1").replace("%1", str(kept)),
            )

    def _in_background(
        self,
        work: Callable[[], object],
        label: str,
        on_done: Callable[[Any], None],
        *,
        what: str,
        clerk_errors: tuple[type[BaseException], ...] | None = None,
    ) -> Task:
        """Run ``work`` off the GUI thread behind a progress dialog (it runs to its end); a
        merge's own problems are the clerk's by default."""
        from station_app.services import merge
        from station_app.ui.tasks import Task, progress_dialog

        if clerk_errors is None:
            clerk_errors = (merge.MergeError,)
        job = Task(
            lambda _progress: work(), what=what, clerk_errors=clerk_errors, parent=self.window
        )
        job.succeeded.connect(on_done)
        job.failed.connect(self._error)
        self._job = job
        progress_dialog(job, label, self.window, cancellable=False)
        job.start()
        return job

    def merge(self) -> None:
        from station_app.services import merge  # read when the clerk merges, not at start
        from station_app.ui.dialogs.backup_dialogs import file_filter

        db: Path | ServerUrl | None = self._db() or session.current_server()
        if db is None:
            return
        name, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("选择活动电脑的数据库"), "", file_filter()
        )
        if not name:
            return

        def _apply(take: set[str]) -> None:
            self._in_background(
                lambda: merge.apply_merge(db, name, take_other=take, clerk=self._clerk()),
                self.tr("正在合并…"),
                _applied,
                what=self.tr("合并"),
            )

        def _applied(done: merge.MergePlan) -> None:
            self._reload()
            QMessageBox.information(self.window, self.tr("合并完成"), done.summary())

        def _previewed(plan: merge.MergePlan) -> None:
            from station_app.ui.dialogs.merge_dialog import MergeDialog

            take = MergeDialog.ask(plan, self.window)
            if take is not None:
                _apply(set(take))

        self._in_background(
            lambda: merge.preview_merge(db, name),
            self.tr("正在比对两份数据…"),
            _previewed,
            what=self.tr("比对"),
        )

    def prepare_laptop(self) -> None:
        from station_app.services import merge

        db: Path | ServerUrl | None = self._db() or session.current_server()
        if db is None:
            return
        from station_app.ui.dialogs.backup_dialogs import file_filter

        name, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("活动电脑数据库保存为…"),
            self.tr("活动电脑.sqlite3"),
            file_filter(),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not name:
            return
        try:
            out = merge.prepare_event_copy(db, name)
        except merge.MergeError as exc:
            self._error(exc.message)
            return
        QMessageBox.information(
            self.window,
            self.tr("已准备好"),
            self.tr(
                "活动电脑的数据库已保存为：%1\n把它复制到活动电脑，用 --db 打开；"
                "活动结束后用“合并活动电脑数据…”把登记带回本机。"
            ).replace("%1", str(out)),
        )

    def show_audit(self) -> None:
        from station_app.ui.dialogs.audit_dialog import AuditDialog

        AuditDialog.ask(privacy.audit_trail(), privacy.action_label, self.window)

    def set_password(self) -> None:
        from station_app.ui.dialogs.password_dialog import SetPasswordDialog

        db = self._db()
        if db is None:
            if session.current_server() is not None:
                QMessageBox.information(
                    self.window,
                    self.tr("密码与加密"),
                    self.tr(
                        "服务器上的数据库由服务器管理员保护（账号、密码和加密连接），不在这里加密。"
                    ),
                )
            return
        encrypted = encryption.is_encrypted(db)
        answer = SetPasswordDialog.ask(encrypted, self.window)
        if answer is None:
            return
        password, encrypt = answer
        if not encrypt:
            privacy.set_password(password, clerk=self._clerk())
            QMessageBox.information(
                self.window,
                self.tr("开机密码"),
                self.tr("已设置开机密码（数据库文件没有加密）。")
                if password
                else self.tr("已取消开机密码。"),
            )
            return
        try:
            result = encryption.set_password(db, password or None, clerk=self._clerk())
        except encryption.EncryptionError as exc:
            self._error(exc.message)
            return
        self._reload()
        if not result.encrypted:
            QMessageBox.information(self.window, self.tr("数据库加密"), self.tr("已取消加密。"))
            return
        text = self.tr("数据库文件已加密。以后的备份和活动电脑的副本也用这个密码加密。")
        if result.plain_backups:
            text += self.tr(
                "\n\n备份文件夹中有 %1 份以前的备份没有加密，别的程序仍能读出其中的个人信息；"
                "忘记密码时只能用它们恢复。确认不再需要后，请在备份文件夹中删除：\n"
            ).replace("%1", str(len(result.plain_backups)))
            text += "\n".join(b.label for b in result.plain_backups[:10])
        QMessageBox.information(self.window, self.tr("数据库加密"), text)
