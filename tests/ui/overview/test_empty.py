"""A brand-new shop: the morning check shows dashes and no alerts, not errors."""

import pytest

from shopdesk.ui.overview.page import OverviewTab

pytestmark = pytest.mark.gui


def test_an_empty_shop_opens_quietly(qtbot, empty_ctx):
    w = OverviewTab(empty_ctx)
    qtbot.addWidget(w)
    assert w.cards["sales"].value.text() == "—"
    assert w.cards["sales"].detail.text() == "No target set"
    assert w.alerts.text() == "Nothing unusual this morning."
    assert w.proxy.rowCount() == 0
