"""The main window's first size, taken from the screen it opens on, and the sizes it must work at.

A fixed first size opened taller than a 150 % laptop screen; the window now takes most of the
screen's available area (the taskbar excluded), and never more.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QWidget

# The size the window is comfortable at; smaller screens get their whole available area.
COMFORTABLE = QSize(1280, 800)
# A share of a large screen: the window need not cover a desk monitor.
SHARE_OF_LARGE_SCREEN = 0.85
# Room left for the window's frame and title bar, which the available area still has to hold.
FRAME_ALLOWANCE = QSize(16, 40)


def first_geometry(available: QRect) -> QRect:
    """Where the window opens the first time: centred in ``available``, inside it."""
    room = QSize(
        max(available.width() - FRAME_ALLOWANCE.width(), 1),
        max(available.height() - FRAME_ALLOWANCE.height(), 1),
    )
    width = max(min(room.width(), COMFORTABLE.width()), int(room.width() * SHARE_OF_LARGE_SCREEN))
    height = max(
        min(room.height(), COMFORTABLE.height()), int(room.height() * SHARE_OF_LARGE_SCREEN)
    )
    size = QSize(min(width, room.width()), min(height, room.height()))
    rect = QRect(0, 0, size.width(), size.height())
    rect.moveCenter(available.center())
    rect.moveTop(max(rect.top(), available.top() + FRAME_ALLOWANCE.height() - 8))
    return rect


def fit_size(wanted: QSize, available: QRect) -> QSize:
    """``wanted``, made smaller where the screen's available area (less a frame) is."""
    return QSize(
        min(wanted.width(), available.width() - FRAME_ALLOWANCE.width()),
        min(wanted.height(), available.height() - FRAME_ALLOWANCE.height()),
    )


def resize_within_screen(widget: QWidget, width: int, height: int) -> None:
    """Give a dialog the size it is comfortable at, or the screen's available area when that
    is smaller (a 1366×768 laptop at 125 %, say): its buttons never open below the taskbar."""
    widget.resize(fit_size(QSize(width, height), widget.screen().availableGeometry()))
