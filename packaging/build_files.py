"""Small files packaging/build.sh makes for a build (standard library only).

python3 packaging/build_files.py version                 # prints 0.1.0
python3 packaging/build_files.py build-info OUT TARGET   # the bundle's BUILD line
python3 packaging/build_files.py version-resource OUT    # the exes' Windows version resource
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PRODUCT = "街道工会服务站工作台"


def version() -> str:
    text = (ROOT / "station_app" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if match is None:
        raise SystemExit("station_app/__init__.py has no __version__")
    return match.group(1)


def _git(*args: str) -> str:
    try:
        done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return ""
    return done.stdout.strip()


def build_info(target: str) -> str:
    """``build 2026-11-29 1a2b3c4 (windows)``: the commit's date and id; ``+changes`` when the
    working tree differs from the commit."""
    commit = _git("rev-parse", "--short=10", "HEAD") or "unknown-commit"
    date = _git("log", "-1", "--format=%cd", "--date=short") or "unknown-date"
    changed = "+changes" if _git("status", "--porcelain", "--untracked-files=no") else ""
    return f"build {date} {commit}{changed} ({target})"


def version_numbers(text: str) -> tuple[int, int, int, int]:
    numbers = [int(part) for part in re.findall(r"\d+", text)[:4]]
    return (*numbers, 0, 0, 0, 0)[:4]  # type: ignore[return-value]


def version_resource() -> str:
    """PyInstaller's VSVersionInfo text (Simplified Chinese, Unicode)."""
    numbers = version_numbers(version())
    strings = {
        "CompanyName": PRODUCT,
        "FileDescription": PRODUCT,
        "FileVersion": version(),
        "InternalName": "station-app",
        "LegalCopyright": "MIT License",
        "ProductName": PRODUCT,
        "ProductVersion": version(),
    }
    table = ",\n".join(f"          StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0,
                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([
      StringTable('080404b0', [
{table}
      ])
    ]),
    VarFileInfo([VarStruct('Translation', [2052, 1200])])
  ]
)
"""


def main(argv: list[str]) -> int:
    if argv[:1] == ["version"]:
        print(version())
    elif argv[:1] == ["build-info"] and len(argv) == 3:
        Path(argv[1]).write_text(build_info(argv[2]) + "\n", encoding="utf-8")
    elif argv[:1] == ["version-resource"] and len(argv) == 2:
        Path(argv[1]).write_text(version_resource(), encoding="utf-8")
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
