"""A frozen build finds its files in its bundle and says which build it is."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from station_app import __version__
from station_app.build_info import version_line
from station_app.cli import main
from station_app.resources import bundle_dir, font_path, fonts_dir, resources_dir


@pytest.fixture
def frozen(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Pretend to run from a PyInstaller bundle unpacked in ``tmp_path``."""
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.delenv("STATION_APP_RESOURCES", raising=False)
    return tmp_path


def test_from_source_the_resources_are_the_checkouts() -> None:
    assert bundle_dir() is None
    assert resources_dir() == Path(__file__).resolve().parents[2] / "resources"
    assert "from source" in version_line()


def test_frozen_resources_and_fonts_come_from_the_bundle(frozen: Path) -> None:
    assert bundle_dir() == frozen
    assert resources_dir() == frozen / "resources"
    assert fonts_dir() == frozen / "resources" / "fonts"
    assert font_path() == frozen / "resources" / "fonts" / "DroidSansFallbackFull.ttf"


def test_version_names_the_build(frozen: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (frozen / "BUILD").write_text("build 2026-11-29 abc1234 (windows)\n", encoding="utf-8")
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(f"station-app {__version__} (build 2026-11-29 abc1234 (windows);")


def test_a_bundle_without_its_build_file_says_so(frozen: Path) -> None:
    assert "unknown origin" in version_line()


def test_frozen_data_stays_in_the_user_folder(
    frozen: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Uninstalling or updating replaces the bundle; the clerks' data must live elsewhere."""
    from station_app import paths

    monkeypatch.delenv("STATION_APP_DATA", raising=False)
    monkeypatch.delenv("STATION_APP_DB", raising=False)
    assert not paths.default_db_path().is_relative_to(frozen)
    assert paths.data_dir().name == paths.APP_NAME
