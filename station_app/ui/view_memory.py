"""Splitter positions and table column widths the clerk set, kept in ui.ini between starts.

Every QSplitter and QTableView with an object name is remembered under that name. A table whose
widths were restored, or dragged by the clerk, is no longer fitted to its contents on refresh.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QSplitter, QTableView, QWidget

GROUP = "views"
KEPT = "widths_kept"


def _key(kind: str, name: str) -> str:
    return f"{GROUP}/{name}.{kind}"


def _keep_dragged_widths(view: QTableView) -> None:
    def on_resized(_index: int, _old: int, _new: int) -> None:
        if QApplication.mouseButtons() & Qt.MouseButton.LeftButton:
            view.setProperty(KEPT, True)

    view.horizontalHeader().sectionResized.connect(on_resized)


def restore_views(root: QWidget, settings: QSettings) -> None:
    for splitter in root.findChildren(QSplitter):
        name = splitter.objectName()
        state = settings.value(_key("splitter", name)) if name else None
        if state is not None:
            splitter.restoreState(state)
    for view in root.findChildren(QTableView):
        name = view.objectName()
        if not name:
            continue
        _keep_dragged_widths(view)
        state = settings.value(_key("columns", name))
        if state is not None and view.horizontalHeader().restoreState(state):
            view.setProperty(KEPT, True)


def save_views(root: QWidget, settings: QSettings) -> None:
    for splitter in root.findChildren(QSplitter):
        if splitter.objectName():
            settings.setValue(_key("splitter", splitter.objectName()), splitter.saveState())
    for view in root.findChildren(QTableView):
        if view.objectName():
            settings.setValue(
                _key("columns", view.objectName()), view.horizontalHeader().saveState()
            )


# Rows measured when columns are fitted: those in view and a few beyond. Qt's own default of
# 1,000 measures every row of a long list's first pages: with thousands of rows a second.
FIT_ROWS = 20


def fit_to_contents(view: QTableView) -> None:
    """Fit the columns to what they show, unless the clerk's own widths are in place."""
    if not view.property(KEPT):
        view.horizontalHeader().setResizeContentsPrecision(FIT_ROWS)
        view.resizeColumnsToContents()
