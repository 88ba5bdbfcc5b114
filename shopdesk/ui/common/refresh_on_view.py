"""Showing other people's changes: when a page comes back into view, it re-reads the database.

With the shop server, another PC may have changed what this window shows
(and two windows may share one file). Re-reading the page in view when the
window is activated again, or when its tab is chosen, keeps the screen true
without polling. A short quiet period stops a burst of focus changes from
re-reading the same page twice.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTabWidget, QWidget

from shopdesk.ui.common.lazy import LazyPage

QUIET_S = 5.0


def page_in_view(widget: QWidget | None) -> QWidget | None:
    """The innermost page the user is looking at: through lazy pages and nested tab widgets."""
    while widget is not None:
        if isinstance(widget, LazyPage):
            widget = widget.content  # None when never built: nothing to refresh
            continue
        inner = getattr(widget, "pages", None)
        if isinstance(inner, QTabWidget) and inner.currentWidget() is not None:
            widget = inner.currentWidget()
            continue
        return widget
    return None


class RefreshOnView(QObject):
    """Installed on the main window; refreshes the page in view on activation and tab change."""

    def __init__(self, window: QWidget, tabs: QTabWidget, quiet_s: float = QUIET_S) -> None:
        super().__init__(window)
        self.tabs = tabs
        self.quiet_s = quiet_s
        self._last: dict[int, float] = {}
        self.refreshed: list[QWidget] = []  # what was re-read, newest last (for the tests)
        window.installEventFilter(self)
        tabs.currentChanged.connect(lambda _i: self.refresh_in_view())

    def forget(self) -> None:
        """Treat every page as not re-read recently."""
        self._last.clear()
        self.refreshed.clear()

    def refresh_in_view(self) -> None:
        page = page_in_view(self.tabs.currentWidget())
        refresh = getattr(page, "refresh", None)
        if page is None or not callable(refresh):
            return
        now = time.monotonic()
        if now - self._last.get(id(page), -1e9) < self.quiet_s:
            return
        self._last[id(page)] = now
        refresh()
        self.refreshed.append(page)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.WindowActivate:
            self.refresh_in_view()
        return False
