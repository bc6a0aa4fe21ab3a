# Sourced: the environment every Wine call of the build and of CI runs in.
#   source packaging/wine/env.sh DIR   (DIR holds the prefix and a scratch HOME)
# Wine programs' output must go through a pipe: Python under Wine 8 fails to start ("Invalid
# handle") when stdout or stderr is redirected to a file, so call them as `wine … 2>&1 | cat`.
WINE_DIR="$1"
export WINEPREFIX="$WINE_DIR/prefix"
export HOME="$WINE_DIR/home"            # Wine writes its configuration under $HOME
export WINEARCH=win64
export WINEDEBUG=-all
# No desktop menu entries on the build machine, no Mono or Gecko download prompts.
export WINEDLLOVERRIDES="winemenubuilder.exe=d;mscoree=;mshtml="
mkdir -p "$HOME"
