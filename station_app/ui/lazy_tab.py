"""A tab page whose real widget is built the first time it is needed (shown or asked for)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtWidgets import QVBoxLayout, QWidget

W = TypeVar("W", bound=QWidget)


class LazyTab(QWidget, Generic[W]):
    """Holds ``factory()``'s widget once built; ``refresh()`` builds it and refreshes it."""

    def __init__(self, factory: Callable[[], W], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factory = factory
        self._page: W | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        return self._page is not None

    def page(self) -> W:
        if self._page is None:
            self._page = self._factory()
            self.layout().addWidget(self._page)
            self._page.show()  # a child added to a shown widget is not shown by itself
        return self._page

    def refresh(self) -> None:
        refresh = getattr(self.page(), "refresh", None)
        if callable(refresh):
            refresh()

    def refreshes_itself(self, topics: frozenset[str]) -> bool:
        """Whether the page has just re-read the records behind ``topics`` itself (its own save
        changed them), so a change notice needs no second refresh."""
        if self._page is None:
            return False
        own = getattr(self._page, "refreshes_itself", None)
        return bool(callable(own) and own(topics))
