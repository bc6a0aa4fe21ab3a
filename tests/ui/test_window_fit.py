"""The window on a first start fits the screen, and every tab's key buttons are in sight: a
1366×768 laptop with a 40 px taskbar, a 1920×1080 desk screen, and 1920×1080 at 150 % scaling;
with the 「第一步」 panel shown, also that laptop at 125 %.

Each size runs in its own process (the offscreen screen's size and QT_SCALE_FACTOR are fixed when
Qt starts). Screenshots land in the pytest temporary folder for looking at.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect

from station_app.ui.window_fit import first_geometry

ROOT = Path(__file__).resolve().parents[2]


def run_probe(
    tmp_path: Path, width: int, height: int, scale: float, *, first_steps: bool = False
) -> dict[str, object]:
    screen = {"name": "probe", "x": 0, "y": 0, "width": width, "height": height,
              "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}  # fmt: skip
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [screen]}))
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM=f"offscreen:configfile={config}",
        QT_SCALE_FACTOR=str(scale),
        STATION_APP_DATA=str(tmp_path),
        PYTHONPATH=str(ROOT),
    )
    probe = [
        sys.executable,
        "-m",
        "tests.ui.window_fit_probe",
        str(tmp_path),
        str(tmp_path / "shots"),
    ]
    done = subprocess.run(
        probe, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stderr
    report: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return report


@pytest.mark.parametrize(
    ("width", "height", "scale", "first_steps"),
    [
        (1366, 728, 1.0, False),
        (1920, 1040, 1.0, False),
        (1920, 1020, 1.5, False),
        (1366, 728, 1.0, True),
        (1920, 1020, 1.5, True),
        (1366, 718, 1.25, True),
    ],
    ids=[
        "laptop-1366x768-taskbar",
        "desk-1920x1080",
        "1920x1080-at-150%",
        "laptop-with-first-steps",
        "150%-with-first-steps",
        "laptop-at-125%-with-first-steps",
    ],
)
def test_first_window_fits_and_key_buttons_are_in_sight(
    tmp_path: Path, width: int, height: int, scale: float, first_steps: bool
) -> None:
    report = run_probe(tmp_path, width, height, scale, first_steps=first_steps)
    sx, sy, sw, sh = report["screen"]  # type: ignore[misc]
    assert (sw, sh) == (round(width / scale), round(height / scale))
    screen = QRect(sx, sy, sw, sh)
    assert screen.contains(QRect(*report["window"]))  # type: ignore[misc]
    assert report["hidden"] == {"meetings": [], "registration": [], "enterprises": [], "stats": []}


def test_first_size_takes_the_screen_it_is_given() -> None:
    small = QRect(0, 0, 1366, 728)
    laptop = first_geometry(small)
    assert small.contains(laptop)
    assert laptop.height() >= 660 and laptop.width() >= 1200
    large = QRect(0, 0, 2560, 1400)
    desk = first_geometry(large)
    assert large.contains(desk) and desk.width() > 1800
    tiny = QRect(100, 50, 800, 560)
    assert tiny.contains(first_geometry(tiny))


def test_a_large_dialog_opens_within_the_screen(qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    from station_app.ui.dialogs.import_wizard import ImportWizard

    wizard = ImportWizard("enterprises", "李霞")
    qtbot.addWidget(wizard)
    available = wizard.screen().availableGeometry()  # the offscreen screen: 800 × 800
    assert wizard.width() <= available.width() - 16 and wizard.height() <= available.height() - 40
    assert wizard.width() >= 700  # as wide as the screen allows, not squeezed
