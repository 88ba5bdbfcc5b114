"""Keeping pages true: the one refresh mechanism.

A page names the changes it shows (`keep_fresh(page, ctx, Change.TASKS |
Change.STAFF, page.refresh)`). When an operation announces a change set that
meets them, a visible page re-reads now and a hidden one when it is next shown,
so a save stays quick however many pages exist.

Other people's changes: when a page comes back into view, it re-reads the database.

With the shop server, another PC may have changed what this window shows
(and two windows may share one file). Re-reading the page in view when the
window is activated again, or when its tab is chosen, keeps the screen true
without polling. A short quiet period stops a burst of focus changes from
re-reading the same page twice.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from shopdesk.ui.common.lazy import LazyPage
from shopdesk.ui.common.ops import Change

if TYPE_CHECKING:
    from shopdesk.ui.common.context import AppContext

QUIET_S = 5.0


class _KeepFresh(QObject):
    def __init__(self, page: QWidget, ctx: AppContext, watches: Change, refresh: Callable[[], None],
                 every_show: bool) -> None:
        super().__init__(page)
        self.page = page
        self.watches = watches
        self.refresh = refresh
        self.stale = False
        self.every_show = every_show
        self.shown_once = False
        page.installEventFilter(self)
        ctx.bus.changed.connect(self._changed)

    def _changed(self, changes: Change) -> None:
        if not changes & self.watches:
            return
        # A page on screen (or not yet shown, or in no window on screen) re-reads
        # now; one hidden behind another tab of a shown window waits until it is
        # shown again, so saves elsewhere stay quick.
        if self.page.isVisible() or not self.shown_once or not self.page.window().isVisible():
            self.stale = False
            self.refresh()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        # The event's type first: a widget closing at the end of its life (its Python side already
        # collected) still sends its last events here, and this object's attributes may be gone with it.
        if event.type() == QEvent.Type.Show and watched is getattr(self, "page", None):
            if self.stale or (self.every_show and self.shown_once):
                self.stale = False
                self.refresh()
            self.shown_once = True
        return False


def keep_fresh(page: QWidget, ctx: AppContext, watches: Change, refresh: Callable[[], None], *,
               every_show: bool = False) -> None:
    """Re-read `page` (by `refresh`) whenever a change set meeting `watches` is announced.

    `every_show`: also whenever the page is shown again, for what other
    log-ins write (a self-assessment typed at the staff's own PC).
    """
    keeper = _KeepFresh(page, ctx, watches, refresh, every_show)
    # Held from Python too: a Qt-parented object whose Python side is collected loses its attributes.
    keepers: list[_KeepFresh] = page.__dict__.setdefault("_keep_fresh", [])
    keepers.append(keeper)


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

    refreshed = Signal(QWidget)  # the page that was just re-read

    def __init__(self, window: QWidget, tabs: QTabWidget, quiet_s: float = QUIET_S) -> None:
        super().__init__(window)
        self.tabs = tabs
        self.quiet_s = quiet_s
        self._last: dict[int, float] = {}
        window.installEventFilter(self)
        tabs.currentChanged.connect(lambda _i: self.refresh_in_view())
        built = page_in_view(tabs.currentWidget())
        if built is not None:  # it read its data as it was built: the window's first activation
            self._last[id(built)] = time.monotonic()  # does not read it again

    def forget(self) -> None:
        """Treat every page as not re-read recently."""
        self._last.clear()

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
        self.refreshed.emit(page)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.WindowActivate:
            self.refresh_in_view()
        return False
