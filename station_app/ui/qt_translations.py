"""Qt's own strings (standard buttons, the print and file dialogs) in the window's language.

The window's own texts are Chinese unless English is chosen (see ``language``), whatever the
system's language, so Qt's follow them. The catalogue
comes with PySide6 (a frozen build keeps only the Chinese and English ones) and is found through
QLibraryInfo, which PySide6 points at its own folder in a checkout and in a frozen build alike.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

QT_CATALOGUE = "qtbase"
UI_LOCALE = QLocale(QLocale.Language.Chinese, QLocale.Country.China)


def translations_dir() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def install_qt_translations(app: QCoreApplication, locale: QLocale = UI_LOCALE) -> bool:
    """Load Qt's catalogue for ``locale`` (Chinese by default) into the application once;
    whether it is in use."""
    existing = app.findChild(QTranslator, QT_CATALOGUE)
    if existing is not None:
        if existing.language()[:2] == locale.name()[:2]:
            return True
        app.removeTranslator(existing)  # another language's: replaced
        existing.setParent(None)
        existing.deleteLater()
    translator = QTranslator(app)
    translator.setObjectName(QT_CATALOGUE)
    if not translator.load(locale, QT_CATALOGUE, "_", translations_dir()):
        translator.deleteLater()
        return False
    return app.installTranslator(translator)
