"""Emitting our own Qt signals from Python, safely.

PySide6 6.12.0's ``SignalInstance.emit`` returns ``True`` without taking a reference to it, so
every emit from Python code drops one reference to ``True``. On Python 3.11 (where bools are not
immortal) a few hundred emits — a batch of printed forms reporting progress — abort the
interpreter with "bool_dealloc". :func:`emit` gives back the lost reference when, and only when,
a probe at first use shows the installed PySide6 has the fault.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

_PROBE_EMITS = 16
_leaks: bool | None = None
_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None


class _Probe(QObject):
    ping = Signal()


def _give_back(value: object, times: int = 1) -> None:
    for _ in range(times):
        _incref(value)


def emit_leaks_references() -> bool:
    """Whether ``SignalInstance.emit`` loses a reference to the bool it returns (probed once)."""
    global _leaks
    if _leaks is None:
        probe = _Probe()
        before = sys.getrefcount(True)
        for _ in range(_PROBE_EMITS):
            probe.ping.emit()
        lost = before - sys.getrefcount(True)
        _leaks = lost >= _PROBE_EMITS
        if _leaks:
            _give_back(True, lost)
    return _leaks


def emit(signal: SignalInstance, *args: Any) -> None:
    """``signal.emit(*args)``, without PySide6 6.12.0's reference leak."""
    result = signal.emit(*args)
    if isinstance(result, bool) and emit_leaks_references():
        _give_back(result)
