"""PySide's check of every imported module, made cheaper.

Once PySide6 is imported, every import statement passes through its ``__feature__`` switch, which
asks once per module whether the module's source names "PySide6" (the modules that may switch on
PySide's optional features). It asks through ``inspect.getsource``, which walks all of
``sys.modules`` on every call: about 35 ms over the ~180 modules a start of the window imports.
:func:`quicken` answers the same question from the module's file itself (about 8 ms): a module
without a ``.py`` file is left to PySide's own check, and the standard library's modules (none of
which names PySide6) are not read at all. Nothing changes when PySide has no such check.
"""

from __future__ import annotations

import os
import sys
import sysconfig
from types import ModuleType

import PySide6  # noqa: F401  (installs the switch being quickened)

SWITCH = "shibokensupport.feature"
CHECK = "_mod_uses_pyside"
NEEDLE = b"PySide6"
STDLIB = os.path.join(os.path.normcase(sysconfig.get_paths()["stdlib"]), "")
SITE_PACKAGES = "site-packages"


def names_pyside(module: ModuleType, fallback: object = None) -> bool:
    """Whether the source file of ``module`` contains "PySide6" (PySide's own question)."""
    spec = getattr(module, "__spec__", None)
    origin = getattr(spec, "origin", None)
    if isinstance(origin, str) and origin.endswith(".py"):
        where = os.path.normcase(origin)
        if where.startswith(STDLIB) and SITE_PACKAGES not in where:
            return False
        try:
            with open(origin, "rb") as source:
                return NEEDLE in source.read()
        except OSError:
            pass
    return bool(callable(fallback) and fallback(module))


def quicken() -> bool:
    """Put :func:`names_pyside` in place of PySide's check; True when it is in place."""
    switch = sys.modules.get(SWITCH)
    original = getattr(switch, CHECK, None)
    if switch is None or not callable(original):
        return False
    if getattr(original, "__name__", "") == "_quick_check":
        return True

    def _quick_check(module: ModuleType) -> bool:
        return names_pyside(module, original)

    setattr(switch, CHECK, _quick_check)
    return True
