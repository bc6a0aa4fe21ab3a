"""查看 → 语言 / Language: the window's language for the next start, kept in the ui settings."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from station_app.ui import language
from station_app.ui.dialogs.common import Notice


class LanguageMenu(QObject):
    """The menu's checked entry is the language chosen for the next start (the saved one, else
    the running one); choosing another one saves it and says when it applies."""

    def __init__(self, settings: QSettings, parent: QWidget) -> None:
        super().__init__(parent)
        self._settings = settings
        self._window = parent
        # The title in both languages and each language by its own name: whoever reads only
        # one of them finds the way back.
        self.menu = QMenu(self.tr("语言 / Language"), parent)
        self.menu.setObjectName("language_menu")
        self.actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        chosen = language.saved(settings) or language.current()
        for code, name in language.LANGUAGE_NAMES.items():
            action = QAction(name, self.menu, checkable=True)
            action.setChecked(code == chosen)
            action.triggered.connect(lambda _=False, code=code: self.choose(code))
            group.addAction(action)
            self.menu.addAction(action)
            self.actions[code] = action

    def choose(self, code: str) -> None:
        if code == (language.saved(self._settings) or language.current()):
            return
        language.save(self._settings, code)
        Notice.info(
            self._window,
            self.tr("语言"),
            self.tr("下次启动程序时，窗口将使用%1。").replace("%1", language.LANGUAGE_NAMES[code]),
        )
