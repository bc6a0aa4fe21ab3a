"""What Qt's Chinese catalogue leaves in English, filled in; and Qt's own dialogs on Linux.

Month and weekday names (a date field's calendar) come from the default locale, not from a
catalogue: it is set to Chinese, whatever the system's language.

qtbase_zh_CN lacks five labels of the file, print and page-setup dialogs. On Linux the "native"
file dialog is the desktop's (GTK or a portal), which speaks the desktop's language rather than
the window's, so Qt's own dialogs are used there; Windows' dialogs follow the system's language.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, QTranslator

from station_app.ui.qt_translations import UI_LOCALE

GAPS_NAME = "qt_chinese_gaps"
MISSING: dict[tuple[str, str], str] = {
    ("QFileDialog", "&Look in:"): "查找范围(&L)：",
    ("QFileDialog", "Files of &type:"): "文件类型(&T)：",
    ("QPrintSettingsOutput", "Page &Set:"): "打印范围(&S)：",
    ("QPageSetupWidget", "Page &order:"): "页序(&O)：",
    ("QPageSetupWidget", "Pages &per sheet:"): "每张纸页数(&P)：",
}


class MissingChinese(QTranslator):
    """The few of Qt's own labels its Chinese catalogue has no text for."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(GAPS_NAME)

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None, not "": Qt asks the next catalogue only after a null answer
        return MISSING.get((context, source))

    def isEmpty(self) -> bool:
        return False


def fill_qt_gaps(
    app: QCoreApplication, platform: str = sys.platform, *, chinese: bool = True
) -> None:
    """Once per application, before the first widget: in a Chinese window the missing labels and
    Chinese month and weekday names; Qt's own dialogs on Linux."""
    if chinese:
        QLocale.setDefault(UI_LOCALE)
    if chinese and app.findChild(QTranslator, GAPS_NAME) is None:
        app.installTranslator(MissingChinese(app))
    if platform.startswith("linux"):
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
