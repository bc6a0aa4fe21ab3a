#!/usr/bin/env bash
# Makes a fresh 64-bit Wine prefix for building or testing the Windows program under Wine 8, with
# the workarounds Wine needs and real Windows does not. Nothing here is ever copied into the bundle
# or the installer (.ci/package checks that they hold no icuuc.dll).
#   - icuuc.dll: Qt6Core.dll imports Windows 10's system ICU, which Wine lacks; a stub whose
#     converters never open makes Qt use its own codecs (icuuc-stub.c, compiled with mingw).
#   - the prefix's sRGB colour profile is removed: Qt's colour-space code fails on Wine's copy.
# Usage: packaging/wine/prefix.sh DIR   (then: source packaging/wine/env.sh DIR)
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
DIR="$1"
rm -rf "$DIR"
mkdir -p "$DIR"
# shellcheck source=env.sh
source "$HERE/env.sh" "$DIR"
wineboot --init </dev/null 2>&1 | cat >/dev/null
wineserver --wait
SYSTEM32="$WINEPREFIX/drive_c/windows/system32"
[ -d "$SYSTEM32" ] || { echo "wineboot made no prefix in $WINEPREFIX" >&2; exit 1; }
x86_64-w64-mingw32-gcc -shared -O2 -s -o "$SYSTEM32/icuuc.dll" "$HERE/icuuc-stub.c"
find "$WINEPREFIX/drive_c/windows" -iname '*.icm' -path '*color*' -delete
