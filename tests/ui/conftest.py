"""Qt fixtures: an AppContext over a real demo database with a pinned date."""

from __future__ import annotations

import pytest

from shopdesk.services.common.context import OWNER
from shopdesk.ui.common.context import AppContext
from tests.conftest import TODAY


@pytest.fixture
def ctx(qapp, demo_db):  # type: ignore[no-untyped-def]
    return AppContext(demo_db, OWNER, "en", today=lambda: TODAY)


@pytest.fixture
def empty_ctx(qapp, db):  # type: ignore[no-untyped-def]
    return AppContext(db, OWNER, "en", today=lambda: TODAY)
