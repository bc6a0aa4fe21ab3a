"""The window's language: Chinese (the source texts, and the default) or English.

The texts are written in Chinese through ``tr()``; ``pyside6-lupdate`` collects them into
``i18n/station_app_en.ts`` (kept in the repository, see ``tools/translations.py``) and
``pyside6-lrelease`` turns that into the ``.qm`` catalogue the window loads. A build ships the
``.qm``; run from a checkout, it is built on first use (and again when the ``.ts`` is newer).

The language is read once at start: ``--lang``, else the saved choice (设置 in the 查看 menu),
else ``LC_ALL``/``LC_MESSAGES``/``LANG`` when they ask for English, else Chinese.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from station_app.resources import bundle_dir
from station_app.ui.qt_translations import UI_LOCALE, install_qt_translations

CHINESE = "zh"
ENGLISH = "en"
# Each language's own name, as its readers look for it in the menu.
LANGUAGE_NAMES = {CHINESE: "中文", ENGLISH: "English"}
SETTING = "ui/language"
APP_CATALOGUE = "station_app"
I18N_DIR = Path(__file__).resolve().parent / "i18n"
LOCALES = {
    CHINESE: UI_LOCALE,
    ENGLISH: QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


def normalise(value: str | None) -> str | None:
    """``en``, ``en_US.UTF-8``, ``English`` → ``en``; ``zh_CN`` → ``zh``; others → ``None``."""
    tag = (value or "").strip().lower()
    if tag.startswith("en"):
        return ENGLISH
    if tag.startswith(("zh", "中")):
        return CHINESE
    return None


def from_environment(environ: Mapping[str, str] | None = None) -> str | None:
    """The language the system's locale variables ask for (POSIX order), if one we have."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if env.get(name):
            return normalise(env[name])
    return None


def saved(settings: QSettings) -> str | None:
    return normalise(str(settings.value(SETTING, "") or ""))


def save(settings: QSettings, language: str) -> None:
    settings.setValue(SETTING, language)
    settings.sync()


def choose(
    settings: QSettings, requested: str | None = None, environ: Mapping[str, str] | None = None
) -> str:
    """``--lang`` first, then the saved choice, then the system's locale; Chinese otherwise."""
    return normalise(requested) or saved(settings) or from_environment(environ) or CHINESE


def catalogue_source(language: str) -> Path:
    return I18N_DIR / f"{APP_CATALOGUE}_{language}.ts"


def catalogue(language: str) -> Path | None:
    """The compiled catalogue of ``language``: the shipped one in a build; from a checkout,
    built from the ``.ts`` when missing or older (beside it, or in the temporary folder when
    the checkout is read-only). ``None`` when there is none."""
    name = f"{APP_CATALOGUE}_{language}.qm"
    bundle = bundle_dir()
    if bundle is not None:
        shipped = bundle / "i18n" / name
        return shipped if shipped.is_file() else None
    source = catalogue_source(language)
    if not source.is_file():
        return None
    for folder in (I18N_DIR, Path(tempfile.gettempdir()) / "station-app-i18n"):
        target = folder / name
        if target.is_file() and target.stat().st_mtime >= source.stat().st_mtime:
            return target
        try:
            folder.mkdir(parents=True, exist_ok=True)
            release(source, target)
        except (OSError, subprocess.CalledProcessError):
            continue
        return target
    return None


def lrelease() -> Path:
    """Qt's ``lrelease``, shipped inside PySide6."""
    import PySide6

    return Path(PySide6.__file__).parent / (
        "lrelease.exe" if sys.platform == "win32" else "lrelease"
    )


def release(source: Path, target: Path) -> None:
    """Compile ``source`` (.ts) into ``target`` (.qm)."""
    subprocess.run(
        [str(lrelease()), "-silent", str(source), "-qm", str(target)],
        check=True,
        capture_output=True,
    )


def current(app: QCoreApplication | None = None) -> str:
    """The language the window was started in."""
    app = app or QCoreApplication.instance()
    if app is not None and app.findChild(QTranslator, APP_CATALOGUE) is not None:
        return ENGLISH
    return CHINESE


def ui_locale() -> QLocale:
    """The locale of the window's language (calendars, date fields)."""
    return LOCALES[current()]


def install(app: QCoreApplication, language: str) -> bool:
    """Load the window's catalogue for ``language`` and Qt's own; whether all of it is in use.
    Chinese needs no catalogue of ours (the texts are written in it)."""
    locale = LOCALES.get(language, UI_LOCALE)
    if language != CHINESE:  # the Chinese window keeps the system's number and date formats
        QLocale.setDefault(locale)
    qt_ok = install_qt_translations(app, locale)
    _remove(app, APP_CATALOGUE)  # another language's, or this one's loaded before
    if language == CHINESE:
        return qt_ok
    path = catalogue(language)
    translator = QTranslator(app)
    translator.setObjectName(APP_CATALOGUE)
    if path is None or not translator.load(str(path)):
        translator.deleteLater()
        return False
    return app.installTranslator(translator) and qt_ok


def uninstall(app: QCoreApplication) -> None:
    """Back to the Chinese texts (for tests that switch languages)."""
    from station_app.ui.qt_translations import QT_CATALOGUE

    for name in (APP_CATALOGUE, QT_CATALOGUE):
        _remove(app, name)
    QLocale.setDefault(QLocale.system())


def _remove(app: QCoreApplication, name: str) -> None:
    for translator in app.findChildren(QTranslator, name):
        app.removeTranslator(translator)
        translator.setParent(None)
        translator.deleteLater()
