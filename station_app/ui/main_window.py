"""The main window: four tabs, the clerk on duty, and remembered size and tab.

Each tab is built the first time it is shown or asked for, so the window opens on the one tab
the clerk left open without first building (and importing) the other three.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from station_app import __version__
from station_app.services import station as station_service
from station_app.ui import tasks
from station_app.ui.change_hub import ChangeHub
from station_app.ui.data_actions import DataActions
from station_app.ui.dialogs.busy_close import BusyCloseDialog
from station_app.ui.file_result import FileResultBar
from station_app.ui.first_steps_panel import FirstStepsPanel
from station_app.ui.language_menu import LanguageMenu
from station_app.ui.lazy_tab import LazyTab
from station_app.ui.view_memory import restore_views, save_views
from station_app.ui.window_fit import first_geometry

PageT = TypeVar("PageT", bound=QWidget)
FIRST_STEPS_STARTED = "first_steps/started"
FIRST_STEPS_CLOSED = "first_steps/closed"

# The status bar's due count is read just after the window is first painted.
DUE_COUNT_DELAY_MS = 150
# The 现场入会 tab is made ahead while the window is idle, one short step at a time, so that the
# first switch to it during a queue only fills it; this long between the steps.
PREPARE_STEP_MS = 200

if TYPE_CHECKING:
    from station_app.ui.dialogs.guide_dialog import GuideDialog
    from station_app.ui.tabs.enterprises_tab import EnterprisesTab
    from station_app.ui.tabs.meetings_tab import MeetingsTab
    from station_app.ui.tabs.registration_tab import RegistrationTab
    from station_app.ui.tabs.stats_tab import StatsTab


class MainWindow(QMainWindow):
    def __init__(
        self, settings: QSettings, *, today: date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._today = today or date.today()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self._meetings: LazyTab[MeetingsTab] = LazyTab(
            lambda: self._remembered(self._make_meetings_tab())
        )
        self._registration: LazyTab[RegistrationTab] = LazyTab(
            lambda: self._remembered(self._make_registration_tab())
        )
        self._enterprises: LazyTab[EnterprisesTab] = LazyTab(
            lambda: self._remembered(self._make_enterprises_tab())
        )
        self._stats: LazyTab[StatsTab] = LazyTab(lambda: self._remembered(self._make_stats_tab()))
        self.tabs.addTab(self._meetings, self.tr("沟通会"))
        self.tabs.addTab(self._registration, self.tr("现场入会"))
        self.tabs.addTab(self._enterprises, self.tr("企业跟进"))
        self.tabs.addTab(self._stats, self.tr("统计"))
        self.first_steps = FirstStepsPanel()
        self.first_steps.hide()
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.first_steps)
        central_layout.addWidget(self.tabs, 1)
        self.file_result = FileResultBar()  # files the tabs write: 打开文件 / 打开所在文件夹
        central_layout.addWidget(self.file_result)
        self.setCentralWidget(central)
        self._connect_first_steps()

        self.clerk_combo = QComboBox()
        self.clerk_combo.setMinimumWidth(100)
        toolbar = self.addToolBar(self.tr("经办人"))
        toolbar.setObjectName("clerk_toolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(QLabel(self.tr(" 值班经办人：")))
        toolbar.addWidget(self.clerk_combo)
        self._build_menus()
        self.statusBar().showMessage(self.tr("就绪"))
        self.pending_label = QLabel()
        self.pending_label.setStyleSheet("color: #b3261e;")
        self.statusBar().addPermanentWidget(self.pending_label)
        self.due_label = QLabel()
        self.statusBar().addPermanentWidget(self.due_label)
        # Work the window runs in the background as it closes (the backup on close, set by the
        # application); the window closes once it has ended.
        self.close_work: Callable[[], tasks.Task | None] | None = None
        self.closing_work_started = False
        self._close_when_idle = QTimer(self)
        self._close_when_idle.setInterval(200)
        self._close_when_idle.timeout.connect(self._close_if_idle)
        self.hub = ChangeHub(self)
        self.hub.changed.connect(self._on_data_changed)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self._refresh_after_change)

        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.clerk_combo.currentIndexChanged.connect(self._on_clerk_changed)
        self._refreshed: set[int] = set()
        self._guide: GuideDialog | None = None
        self._restore()
        self.reload()

    # -- the tabs, built on first use ------------------------------------------------------------
    def _remembered(self, page: PageT) -> PageT:
        """The page with the splitter positions and column widths the clerk left."""
        restore_views(page, self._settings)
        return page

    def _make_meetings_tab(self) -> MeetingsTab:
        from station_app.ui.tabs.meetings_tab import MeetingsTab

        return MeetingsTab(today=self._today, clerk=self.current_clerk)

    def _make_registration_tab(self) -> RegistrationTab:
        from station_app.ui.tabs.registration_tab import RegistrationTab

        return RegistrationTab(today=self._today, settings=self._settings, clerk=self.current_clerk)

    def _make_enterprises_tab(self) -> EnterprisesTab:
        from station_app.ui.tabs.enterprises_tab import EnterprisesTab

        return EnterprisesTab(today=self._today, clerk=self.current_clerk)

    def _make_stats_tab(self) -> StatsTab:
        from station_app.ui.tabs.stats_tab import StatsTab

        return StatsTab(today=self._today, clerk=self.current_clerk)

    @property
    def meetings_tab(self) -> MeetingsTab:
        return self._meetings.page()

    @property
    def registration_tab(self) -> RegistrationTab:
        return self._registration.page()

    @property
    def enterprises_tab(self) -> EnterprisesTab:
        return self._enterprises.page()

    @property
    def stats_tab(self) -> StatsTab:
        return self._stats.page()

    def show_tab(self, tab: QWidget) -> None:
        """Bring the tab holding ``tab`` (one of the four tab widgets) to the front."""
        for i in range(self.tabs.count()):
            holder = self.tabs.widget(i)
            if holder is tab or (isinstance(holder, LazyTab) and holder.page() is tab):
                self.tabs.setCurrentIndex(i)
                return

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        self.settings_action = QAction(self.tr("服务站设置…"), self)
        self.settings_action.triggered.connect(self.edit_station)
        file_menu.addAction(self.settings_action)
        self.server_action = QAction(self.tr("连接服务器…"), self)
        self.server_action.triggered.connect(self.connect_server)
        file_menu.addAction(self.server_action)
        self.list_settings_action = QAction(self.tr("阶段与类别设置…"), self)
        self.list_settings_action.triggered.connect(self.edit_lists)
        file_menu.addAction(self.list_settings_action)
        self.holiday_action = QAction(self.tr("节假日与调休…"), self)
        self.holiday_action.triggered.connect(self.edit_holidays)
        file_menu.addAction(self.holiday_action)
        self.hand_out_action = QAction(self.tr("发放登记（夏送清凉、冬送温暖、慰问品）…"), self)
        self.hand_out_action.triggered.connect(lambda _=False: self.record_hand_outs())
        file_menu.addAction(self.hand_out_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("退出(&X)"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.file_menu = file_menu
        self.data_actions = DataActions(self)
        self.data_actions.install(file_menu)
        view_menu = self.menuBar().addMenu(self.tr("查看(&V)"))
        refresh = QAction(self.tr("刷新"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.reload)
        view_menu.addAction(refresh)
        for i, key in enumerate(("Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4")):
            act = QAction(self.tabs.tabText(i), self)
            act.setShortcut(QKeySequence(key))
            act.triggered.connect(lambda _=False, i=i: self.tabs.setCurrentIndex(i))
            view_menu.addAction(act)
        view_menu.addSeparator()
        self.language_menu = LanguageMenu(self._settings, self)
        view_menu.addMenu(self.language_menu.menu)
        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        self.guide_action = QAction(self.tr("使用说明"), self)
        self.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.guide_action.triggered.connect(self.show_guide)
        help_menu.addAction(self.guide_action)
        about = QAction(self.tr("关于"), self)
        about.triggered.connect(self._on_about)
        help_menu.addAction(about)

    # -- state ---------------------------------------------------------------------------------
    def reload(self) -> None:
        """Re-read settings and lists from the database."""
        station = station_service.get_station()
        product = self.tr("街道工会服务站工作台")
        self.setWindowTitle(
            self.tr("%1 — %2").replace("%1", station.name).replace("%2", product)
            if station.name
            else product
        )
        self._fill_clerks()
        self.update_first_steps()
        self._refreshed.clear()
        self._on_tab_changed(self.tabs.currentIndex())
        QTimer.singleShot(DUE_COUNT_DELAY_MS, self, self.show_due_count)

    def prepare_registration_tab(self) -> None:
        """Make the 现场入会 tab ahead, in two steps while the window is idle: read its code,
        then build its widgets (it is filled when it is first shown)."""
        steps: list[Callable[[], object]] = [
            lambda: importlib.import_module("station_app.ui.tabs.registration_tab"),
            self._registration.page,
        ]

        def next_step() -> None:
            if steps and not self._registration.built:
                steps.pop(0)()
                QTimer.singleShot(PREPARE_STEP_MS, self, next_step)

        QTimer.singleShot(PREPARE_STEP_MS, self, next_step)

    def show_due_count(self) -> None:
        """The status bar's counts (read after the window is on screen): enterprises due for a
        follow-up, and meetings waiting to be recorded (待补录) with their registrations."""
        from station_app.services.enterprises import due_count
        from station_app.services.meeting_pending import pending

        self.due_label.setText(
            self.tr("待跟进企业：%1 家").replace("%1", str(due_count(self._today)))
        )
        waiting = pending(self._today)
        text = ""
        if waiting.meetings:
            text = self.tr("待补录沟通会：%1 场").replace("%1", str(len(waiting.meetings)))
            if waiting.registrations:
                text += self.tr("（%1 人待计入）").replace("%1", str(waiting.registrations))
        self.pending_label.setText(text)
        self.pending_label.setToolTip(waiting.sentence())

    def show_start_notes(self) -> None:
        """On start: the meetings waiting to be recorded and the coming 职工沟通日, if any."""
        from station_app.services.meeting_pending import pending
        from station_app.services.reminders import communication_day_reminder
        from station_app.ui.dialogs.start_notes import StartNotes

        waiting = pending(self._today)
        reminder = communication_day_reminder(self._today)
        if not waiting.meetings and reminder is None:
            return
        if StartNotes.ask(self, waiting, reminder) == StartNotes.SHOW_MEETINGS:
            self.show_tab(self.meetings_tab)
            if waiting.meetings:
                self.meetings_tab.select_meeting(waiting.meetings[0].id)

    def _on_data_changed(self, topics: frozenset[str]) -> None:
        """Records changed somewhere: every tab re-reads when next shown, the visible one now
        (unless the change is its own save, after which it has re-read what it shows)."""
        self._refreshed.clear()
        current = self.tabs.currentWidget()
        if isinstance(current, LazyTab) and current.refreshes_itself(topics):
            self._refreshed.add(self.tabs.currentIndex())
        self._refresh_timer.start()

    def _refresh_after_change(self) -> None:
        self._on_tab_changed(self.tabs.currentIndex())
        self.show_due_count()
        self.update_first_steps()

    # -- 第一步 and the guide --------------------------------------------------------------------
    def _connect_first_steps(self) -> None:
        panel = self.first_steps
        panel.station_button.clicked.connect(self.edit_station)
        panel.plan_button.clicked.connect(self._first_plan)
        panel.register_button.clicked.connect(self._first_registration)
        panel.import_button.clicked.connect(self._first_import)
        panel.guide_button.clicked.connect(self.show_guide)
        panel.close_button.clicked.connect(self._close_first_steps)

    def update_first_steps(self) -> None:
        """Shown from a new station's first start until its four steps are done or the clerk
        closes it; ticked as they are done."""
        from station_app.services.first_steps import first_steps, is_new_station

        if self._settings.value(FIRST_STEPS_CLOSED, False, type=bool):
            self.first_steps.hide()
            return
        started = bool(self._settings.value(FIRST_STEPS_STARTED, False, type=bool))
        if not started and not is_new_station():
            return
        steps = first_steps()
        if steps.all_done:
            self.first_steps.hide()
            self._settings.setValue(FIRST_STEPS_CLOSED, True)
            return
        self._settings.setValue(FIRST_STEPS_STARTED, True)
        self.first_steps.show_steps(steps)
        self.first_steps.show()

    def _close_first_steps(self) -> None:
        self._settings.setValue(FIRST_STEPS_CLOSED, True)
        self.first_steps.hide()

    def _first_plan(self) -> None:
        self.show_tab(self.meetings_tab)
        self.meetings_tab.plan_days()

    def _first_registration(self) -> None:
        self.show_tab(self.registration_tab)
        self.registration_tab.form.focus_first()

    def _first_import(self) -> None:
        self.show_tab(self.enterprises_tab)
        self.enterprises_tab.import_roster()

    def show_guide(self) -> None:
        from station_app.ui.dialogs.guide_dialog import GuideDialog

        if self._guide is None:
            self._guide = GuideDialog(self)
        self._guide.show()
        self._guide.activateWindow()

    def current_clerk(self) -> str:
        return self.clerk_combo.currentText()

    def _fill_clerks(self) -> None:
        wanted = self.clerk_combo.currentText() or str(self._settings.value("clerk", ""))
        self.clerk_combo.blockSignals(True)
        self.clerk_combo.clear()
        for clerk in station_service.list_clerks():
            self.clerk_combo.addItem(clerk.name, clerk.id)
        idx = self.clerk_combo.findText(wanted)
        self.clerk_combo.setCurrentIndex(max(idx, 0))
        self.clerk_combo.blockSignals(False)

    def _restore(self) -> None:
        geometry = self._settings.value("geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.setGeometry(first_geometry(self.screen().availableGeometry()))
        tab = int(self._settings.value("tab", 0) or 0)
        if 0 <= tab < self.tabs.count():
            self.tabs.setCurrentIndex(tab)

    def save_state(self) -> None:
        for i in range(self.tabs.count()):
            holder = self.tabs.widget(i)
            if isinstance(holder, LazyTab) and holder.built:
                save_views(holder.page(), self._settings)
        self._settings.setValue("geometry", self.saveGeometry())
        self._settings.setValue("tab", self.tabs.currentIndex())
        self._settings.setValue("clerk", self.current_clerk())
        self._settings.sync()

    # -- slots ---------------------------------------------------------------------------------
    def _on_tab_changed(self, index: int) -> None:
        if index in self._refreshed:
            return
        widget = self.tabs.widget(index)
        refresh = getattr(widget, "refresh", None)
        if callable(refresh):
            refresh()
        self._refreshed.add(index)

    def _on_clerk_changed(self, _index: int) -> None:
        self._settings.setValue("clerk", self.current_clerk())

    def connect_server(self) -> None:
        from station_app.ui.dialogs.server_dialog import ServerDialog, saved_server

        if ServerDialog.ask(self._settings, self):
            chosen = saved_server(self._settings) or self.tr("本机的数据库文件")
            QMessageBox.information(
                self,
                self.tr("连接服务器"),
                self.tr("已保存。下次启动程序时使用：%1").replace("%1", chosen),
            )

    def edit_station(self) -> None:
        clerks = [c.name for c in station_service.list_clerks()]
        from station_app.ui.dialogs.station_setup import StationSetupDialog

        answer = StationSetupDialog.ask(station_service.get_station(), clerks, self)
        if answer is None:
            return
        settings, names = answer
        station_service.save_station(settings)
        station_service.set_clerks(names)
        self.reload()

    def edit_lists(self) -> None:
        from station_app.ui.dialogs.list_settings import ListSettingsDialog

        if ListSettingsDialog.ask(self, clerk=self.current_clerk()):
            self.reload()

    def edit_holidays(self) -> None:
        from station_app.ui.dialogs.holiday_dialog import HolidayDialog

        HolidayDialog.ask(self._today, self.current_clerk(), self)

    def record_hand_outs(self, meeting_id: int | None = None) -> None:
        from station_app.ui.dialogs.hand_out_dialog import HandOutDialog

        HandOutDialog.ask(self._today, self.current_clerk(), meeting_id, self)

    def _on_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("关于"),
            self.tr(
                "街道工会服务站工作台　版本 %1\n沟通会 · 现场入会 · 企业建会跟进 · 统计"
            ).replace("%1", __version__),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.closing_work_started and tasks.running():
            event.ignore()  # the closing work is under way; the window closes after it
            return
        if tasks.running() and not self._close_when_idle.isActive():
            choice = BusyCloseDialog.ask(tasks.running_names(), self)
            if choice is None:
                event.ignore()
                return
            if choice == BusyCloseDialog.STOP:
                tasks.cancel_all()
            self.statusBar().showMessage(self.tr("正在等待后台工作结束，结束后自动关闭…"))
            self._close_when_idle.start()
            event.ignore()
            return
        if tasks.running():
            event.ignore()  # still waiting for them
            return
        if self.close_work is not None and not self.closing_work_started:
            work = self.close_work()
            if work is not None:
                event.ignore()
                self._close_after(work)
                return
        self.hub.close()
        self.save_state()
        super().closeEvent(event)

    def _close_after(self, work: tasks.Task) -> None:
        """Run the closing work off the GUI thread; the window stays drawn (and says why) and
        closes when it has ended, however it ended."""
        self.closing_work_started = True
        self.tabs.setEnabled(False)
        self.statusBar().showMessage(self.tr("正在备份数据，完成后自动关闭…"))
        work.finished.connect(self.close)
        work.start()

    def _close_if_idle(self) -> None:
        if not tasks.running():
            self._close_when_idle.stop()
            self.close()
