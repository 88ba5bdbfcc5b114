"""A tab page that builds its contents the first time it is shown.

Keeps start-up fast: heavy pages (payroll, charts) cost nothing until opened.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyPage(QWidget):
    def __init__(self, factory: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factory: Callable[[], QWidget] | None = factory
        self.content: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def ensure_built(self) -> QWidget:
        if self.content is None and self._factory is not None:
            factory, self._factory = self._factory, None
            self.content = factory()
            layout = self.layout()
            assert layout is not None  # made in __init__
            layout.addWidget(self.content)
        assert self.content is not None
        return self.content

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        self.ensure_built()
        super().showEvent(event)
