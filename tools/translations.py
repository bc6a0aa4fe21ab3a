"""The window's translations through Qt's own tools (run from the repository's root):

    python tools/translations.py update           # pyside6-lupdate: station_app/ui → the .ts files
    python tools/translations.py release DIR      # pyside6-lrelease: the .ts files → DIR/*.qm

``update`` keeps the translations already made, marks new texts unfinished and drops texts no
longer used; the .ts files are then translated with Qt Linguist (``pyside6-linguist``) or by hand.
The build ships the .qm files made by ``release``; a checkout builds them on first use.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from station_app.ui import language  # noqa: E402

UI_DIR = ROOT / "station_app" / "ui"
TARGET_LANGUAGES = {language.ENGLISH: "en_GB"}


def lupdate() -> Path:
    return language.lrelease().with_name(language.lrelease().name.replace("lrelease", "lupdate"))


def ui_sources(ui_dir: Path = UI_DIR) -> list[Path]:
    return sorted(p for p in ui_dir.rglob("*.py") if "__pycache__" not in p.parts)


def update(ts: Path, ui_dir: Path = UI_DIR, target: str = "en_GB") -> str:
    """Extract every ``tr()``/``translate()`` text of ``ui_dir`` into ``ts``; lupdate's summary."""
    files = [str(p) for p in ui_sources(ui_dir)]
    done = subprocess.run(
        [
            str(lupdate()),
            *files,
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "zh_CN",
            "-target-language",
            target,
            "-ts",
            str(ts),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    return done.stdout + done.stderr


def main(argv: list[str]) -> int:
    if argv[:1] == ["update"]:
        for lang, target in TARGET_LANGUAGES.items():
            print(update(language.catalogue_source(lang), target=target))
        return 0
    if len(argv) == 2 and argv[0] == "release":
        out = Path(argv[1])
        out.mkdir(parents=True, exist_ok=True)
        for lang in TARGET_LANGUAGES:
            source = language.catalogue_source(lang)
            language.release(source, out / source.with_suffix(".qm").name)
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
