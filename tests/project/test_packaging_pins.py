"""The builds install exactly the pinned versions (packaging/lock.py keeps the lock files)."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
import lock


@pytest.mark.parametrize("target", lock.TARGETS, ids=lambda t: t.name)
def test_lock_files_match_the_pins(target: lock.Target) -> None:
    assert lock.stale(target) == [], "run `python3 packaging/lock.py` after changing a pin"


def test_every_locked_file_has_a_hash() -> None:
    for target in lock.TARGETS:
        entries = lock.read_lock(target.lock_file)
        assert entries
        assert all(len(h) == 64 for _, hashes in entries.values() for h in hashes)
        assert all(hashes for _, hashes in entries.values())


def test_windows_gets_the_windows_only_build_packages() -> None:
    windows = lock.read_lock(lock.TARGETS[1].lock_file)
    linux = lock.read_lock(lock.TARGETS[0].lock_file)
    assert {"pefile", "pywin32-ctypes"} <= windows.keys()
    assert not {"pefile", "pywin32-ctypes"} & linux.keys()


def _constraints_with(tmp_path: Path, extra: str, raised: str = "") -> Path:
    text = lock.CONSTRAINTS.read_text(encoding="utf-8")
    if raised:
        name, version = raised.split("==")
        text = "\n".join(
            f"{name}=={version}" if line.lower().startswith(f"{name.lower()}==") else line
            for line in text.splitlines()
        )
    path = tmp_path / "constraints.txt"
    path.write_text(text + "\n" + extra, encoding="utf-8")
    return path


def test_a_raised_pin_makes_the_lock_stale(tmp_path: Path) -> None:
    target = lock.TARGETS[1]
    pins = (_constraints_with(tmp_path, "", raised="pillow==99.0"), *target.pin_files[1:])
    problems = lock.stale(replace(target, pin_files=pins))
    assert problems == ["pillow: pinned 99.0, locked 13.0.0"]


def test_a_new_dependency_makes_the_lock_stale(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lock, "app_requirements", lambda: ["peewee", "jieba"])
    assert lock.stale(lock.TARGETS[0]) == ["jieba: wanted, not in requirements-linux.txt"]
