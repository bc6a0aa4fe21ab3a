"""PySide's check of each imported module, answered from the module's file: the same answers as
PySide's own (``inspect.getsource``) for every module loaded, without walking ``sys.modules``."""

from __future__ import annotations

import importlib.util
import inspect
import sys
from pathlib import Path
from types import ModuleType

from station_app.ui import main_window, pyside_import_scan


def pyside_answer(module: ModuleType) -> bool:
    """PySide's own question, as it asks it."""
    try:
        return "PySide6" in inspect.getsource(module)
    except (TypeError, OSError, SyntaxError):
        return False


def test_it_is_in_place_once_the_window_is_imported() -> None:
    switch = sys.modules[pyside_import_scan.SWITCH]
    assert pyside_import_scan.quicken()
    assert getattr(switch, pyside_import_scan.CHECK).__name__ == "_quick_check"
    assert pyside_import_scan.quicken()  # once is enough: a second call changes nothing


def test_every_loaded_module_gets_pyside_s_own_answer() -> None:
    modules = [m for m in list(sys.modules.values()) if isinstance(m, ModuleType)]
    assert len(modules) > 300
    wrong = [
        m.__name__
        for m in modules
        if pyside_import_scan.names_pyside(m, pyside_answer) != pyside_answer(m)
    ]
    assert wrong == []
    assert pyside_import_scan.names_pyside(main_window)
    assert not pyside_import_scan.names_pyside(inspect)  # the standard library: not read


def _module(path: Path, text: str) -> ModuleType:
    path.write_text(text, encoding="utf-8")
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_module_naming_pyside_and_one_not(tmp_path: Path) -> None:
    uses = _module(tmp_path / "uses_qt.py", "# 窗口\nNAME = 'PySide6.QtWidgets'\n")
    plain = _module(tmp_path / "plain.py", "VALUE = 1\n")
    assert pyside_import_scan.names_pyside(uses) and pyside_answer(uses)
    assert not pyside_import_scan.names_pyside(plain) and not pyside_answer(plain)
    (tmp_path / "uses_qt.py").unlink()  # a file gone since: PySide's own check decides
    assert pyside_import_scan.names_pyside(uses, pyside_answer) is False
    assert pyside_import_scan.names_pyside(sys, pyside_answer) is False  # built in: no file
