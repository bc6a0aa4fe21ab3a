"""Starting the desktop application: font, database (with clear errors), first-start setup."""

from __future__ import annotations

import contextlib
import gc
import sys
from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from station_app import logs, paths
from station_app.domain import name_search
from station_app.paths import ServerUrl
from station_app.services import (
    backup as backups,
    change_feed,
    encryption,
    privacy,
    session,
    station as station_service,
)
from station_app.services.instance_lock import (
    AlreadyRunning,
    DatabaseInUse,
    DatabaseUse,
    InstanceLock,
)
from station_app.services.session import worker_connection
from station_app.ui import error_report, language, tasks
from station_app.ui.fonts import install_app_font
from station_app.ui.main_window import MainWindow
from station_app.ui.qt_gaps import fill_qt_gaps

START_NOTES_DELAY_MS = 300  # the reminders once the window is painted
START_BACKUP_DELAY_MS = 500
START_PREPARE_DELAY_MS = 800  # the 现场入会 tab, made ahead once the start's own work is done
START_SETTLED_DELAY_MS = 3000  # by then the start's objects are made: see _keep_start_objects
# How long a worker thread may keep Python's lock before the window's thread gets it (Python's
# default is 5 ms). The window takes the lock again for every call it makes into Python: a table
# repainting asks its model once for every cell and role it paints. Beside an import or
# an export, each of those waits this long: at 5 ms a repaint froze the window for a quarter of a
# second, at 1 ms up to half a second after 导入 was clicked; at 50 µs it stays under 100 ms, and
# the work takes as long (a worker is only asked to let go while the window waits).
GUI_SWITCH_INTERVAL_S = 0.00005
# How long the window waits at start for a restore in progress to finish.
USE_WAIT_SECONDS = 10.0


def _unlock() -> bool:
    from station_app.ui.dialogs.password_dialog import UnlockDialog

    return UnlockDialog.ask(privacy.check_password)


def _unlock_file(db_path: Path) -> bool:
    """The password of an encrypted database, asked before it is opened."""
    from station_app.ui.dialogs.password_dialog import UnlockDialog

    return UnlockDialog.ask(lambda pw: encryption.unlocks(db_path, pw), encrypted=True)


def ui_settings() -> QSettings:
    return QSettings(str(paths.data_dir() / "ui.ini"), QSettings.Format.IniFormat)


def open_or_explain(db_path: Path | ServerUrl) -> bool:
    """Open the database; on a problem explain it (never a traceback) and offer the latest
    backup when the file is damaged. The file is only replaced if the clerk chooses so."""
    _upgrade_with_progress(db_path)
    while True:
        try:
            session.open_database(db_path)
        except session.DatabaseProblem as problem:
            if isinstance(db_path, ServerUrl):  # nothing to unlock or restore on this desk
                from station_app.ui.dialogs.startup_problem import StartupProblemDialog

                StartupProblemDialog.ask(problem.kind, problem.path, problem.message)
                return False
            if problem.kind in ("encrypted", "wrong_password"):
                if _unlock_file(db_path):
                    continue
                return False
            from station_app.ui.dialogs.startup_problem import RESTORABLE, StartupProblemDialog

            latest = backups.latest_backup(db_path) if problem.kind in RESTORABLE else None
            choice = StartupProblemDialog.ask(
                problem.kind, problem.path, problem.message, latest.label if latest else None
            )
            if choice != StartupProblemDialog.RESTORE or latest is None:
                return False
            try:
                backups.restore(db_path, latest.path)
            except backups.BackupError as exc:
                QMessageBox.critical(
                    None,
                    QCoreApplication.translate("StartupProblemDialog", "无法恢复"),
                    exc.message,
                )
                return False
            continue
        station_service.ensure_default_lists()
        return True


def _upgrade_with_progress(db_path: Path | ServerUrl) -> None:
    """A file from an older version is copied and brought up to date off the GUI thread, behind a
    progress note: a million members take seconds. (A server's database is the administrator's.)"""
    if isinstance(db_path, ServerUrl) or not session.needs_upgrade(db_path):
        return
    task = tasks.Task(
        lambda _progress: session.upgrade_file(db_path),
        what=QCoreApplication.translate("DataActions", "升级数据库"),
    )
    tasks.progress_dialog(
        task,
        QCoreApplication.translate(
            "DataActions", "正在升级数据库（新版本第一次打开时，只做一次）…"
        ),
        None,
        cancellable=False,
    )
    loop = QEventLoop()
    task.finished.connect(loop.quit)
    task.start()
    loop.exec()


def ensure_station_settings() -> bool:
    station = station_service.get_station()
    if station.is_complete and station_service.list_clerks():
        return True
    from station_app.ui.dialogs.station_setup import StationSetupDialog

    answer = StationSetupDialog.ask(station, [c.name for c in station_service.list_clerks()])
    if answer is None:
        return False
    settings, clerks = answer
    station_service.save_station(settings)
    station_service.set_clerks(clerks)
    return True


def startup_database(db_path: Path | ServerUrl, db_given: bool) -> Path | ServerUrl:
    """The database named on the command line or in the environment, else the server chosen
    in 文件 → 连接服务器…, else the default file."""
    if db_given:
        return db_path
    from station_app.ui.dialogs.server_dialog import saved_server

    chosen = saved_server(ui_settings())
    return ServerUrl(chosen) if chosen else db_path


def run(
    db_path: Path | ServerUrl,
    *,
    demo_if_empty: bool = False,
    db_given: bool = True,
    lang: str | None = None,
) -> int:
    """The window on ``db_path``; when neither ``--db`` nor ``STATION_APP_DB`` named one
    (``db_given`` False), on the server chosen in 文件 → 连接服务器… if there is one.
    ``lang`` (``--lang``) overrides the saved language for this start."""
    logs.setup_logging()
    sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(paths.APP_NAME)
    app.setOrganizationName(paths.APP_NAME)
    error_report.install_hooks()
    tasks.use_worker_connection(worker_connection)
    install_app_font(app)
    chosen = language.choose(ui_settings(), lang)
    language.install(app, chosen)
    fill_qt_gaps(app, chinese=chosen == language.CHINESE)
    db_path = startup_database(db_path, db_given)
    if isinstance(db_path, ServerUrl):
        # several desks share the server's database: no lock file, no file backups (the
        # server's administrator backs it up with pg_dump)
        return _run_locked(cast(QApplication, app), db_path, demo_if_empty)
    lock = InstanceLock(db_path)
    use = DatabaseUse(db_path)  # shared with commands that write; a restore waits for it
    try:
        lock.acquire()
        use.acquire(wait=USE_WAIT_SECONDS)
    except AlreadyRunning as exc:  # another window; or DatabaseInUse: a restore replaces the file
        from station_app.ui.dialogs.startup_problem import StartupProblemDialog

        lock.release()
        kind = "in_use" if isinstance(exc, DatabaseInUse) else "already_running"
        StartupProblemDialog.ask(kind, db_path, exc.message)
        return 1
    except OSError:
        pass  # a folder without write access: open_or_explain says so
    try:
        return _run_locked(app, db_path, demo_if_empty)
    finally:
        use.release()
        lock.release()


def _backup_quietly(db_path: Path) -> None:
    # A full or read-only backups folder must not stop the clerk's work.
    with contextlib.suppress(backups.BackupError):
        backups.auto_backup(db_path)


def _backup_on_close(db_path: Path) -> tasks.Task:
    """The backup taken as the window closes, off the GUI thread (the window waits for it)."""
    return tasks.Task(
        lambda _progress: backups.auto_backup(db_path),
        what=QCoreApplication.translate("DataActions", "关闭前备份"),
        clerk_errors=(backups.BackupError,),  # a full or read-only folder must not stop the close
    )


def _keep_start_objects() -> None:
    """The objects the start made (modules, classes, the tabs, the pinyin dictionaries) live as
    long as the window: set aside, Python's collector no longer walks them on each full pass, a
    pause of the window that grows with them (tens of ms) while the clerk types."""
    gc.collect()
    gc.freeze()


def _read_pinyin() -> None:
    tasks.Task(
        lambda _progress: name_search.warm_up(),
        what=QCoreApplication.translate("DataActions", "准备拼音检索"),
    ).start()


def _daily_backup(db_path: Path) -> None:
    """The day's first backup, as a background task (a district database takes a moment)."""
    if backups.backup_due(db_path):
        task = tasks.Task(
            lambda _progress: backups.auto_backup(db_path),
            what=QCoreApplication.translate("DataActions", "自动备份"),
            clerk_errors=(backups.BackupError,),  # a full or read-only folder: tried again tomorrow
        )
        task.start()


def _run_locked(app: QApplication, db_path: Path | ServerUrl, demo_if_empty: bool) -> int:
    if not open_or_explain(db_path):
        return 1
    if privacy.has_password() and not _unlock():
        session.close_database()
        return 0
    if demo_if_empty:
        from station_app.services import demo  # only for --demo: not read on a normal start

        if demo.is_empty():
            demo.generate()
    if not ensure_station_settings():
        session.close_database()
        return 0
    feed = change_feed.start(str(db_path)) if isinstance(db_path, ServerUrl) else None
    window = MainWindow(ui_settings())
    if isinstance(db_path, Path):
        window.close_work = lambda: _backup_on_close(db_path)
    # The objects made so far live as long as the window: set aside before the collector, run
    # from now on by the window's thread (gui_thread), first looks at what is made after them.
    gc.freeze()
    window.show()
    QTimer.singleShot(START_NOTES_DELAY_MS, window.show_start_notes)
    # The day's first backup (an online copy: a district database takes a moment) once the
    # window is on screen, not before it.
    if isinstance(db_path, Path):
        QTimer.singleShot(START_BACKUP_DELAY_MS, lambda: _daily_backup(db_path))
    # The pinyin dictionaries (search keys of a saved name), read before the first save needs them.
    QTimer.singleShot(START_BACKUP_DELAY_MS, _read_pinyin)
    QTimer.singleShot(START_PREPARE_DELAY_MS, window.prepare_registration_tab)
    QTimer.singleShot(START_SETTLED_DELAY_MS, _keep_start_objects)
    code = app.exec()
    # Work started just before the end (the day's backup, say) stops cleanly before the file closes.
    tasks.finish_all(cancel=True, timeout_ms=10_000)
    if feed is not None:
        feed.stop()
    session.close_database()
    # A file's backup when the program ended without the window's own close.
    if isinstance(db_path, Path) and not window.closing_work_started:
        _backup_quietly(db_path)
    return int(code)
