"""Qt fixtures: an AppContext over a real demo database with a pinned date."""

from __future__ import annotations

import pytest

from shopdesk.services.common.context import OWNER
from shopdesk.ui.common.context import AppContext
from tests.conftest import TODAY


@pytest.fixture(autouse=True)
def _garbage_on_the_ui_thread(qapp):  # type: ignore[no-untyped-def]
    """As in the app: no collection on worker threads, where freeing a widget crashes Qt."""
    import gc

    from shopdesk.ui.common import gc_guard

    guard = gc_guard.install(qapp)
    yield
    guard.timer.stop()
    guard.deleteLater()
    gc.enable()
    gc.collect()  # on this (the UI) thread, before the next test starts its workers


@pytest.fixture
def ctx(qapp, demo_db):  # type: ignore[no-untyped-def]
    return AppContext(demo_db, OWNER, "en", today=lambda: TODAY)


@pytest.fixture
def empty_ctx(qapp, db):  # type: ignore[no-untyped-def]
    return AppContext(db, OWNER, "en", today=lambda: TODAY)
