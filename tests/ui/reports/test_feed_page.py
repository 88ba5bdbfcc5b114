"""The owner's feed: typing in the search box narrows the list once typing pauses."""

from __future__ import annotations

import pytest

from shopdesk.ui.reports.feed_page import FeedPage

pytestmark = pytest.mark.gui


def test_searching_the_feed_keeps_only_what_matches(qtbot, ctx):
    page = FeedPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.period.setCurrentIndex(page.period.findData(-1))  # all dates
    everything = len(page.model.items)
    word = next(it.text for it in page.model.items if it.kind == "feedback").split()[0][:4]

    qtbot.keyClicks(page.search, "xyz")  # nothing in the demo says this
    qtbot.waitUntil(lambda: page.model.items == [], timeout=3000)
    page.search.setText(word)
    qtbot.waitUntil(lambda: 0 < len(page.model.items) < everything, timeout=3000)
    assert all(word.casefold() in (it.text + it.problems + it.plan + it.person).casefold()
               for it in page.model.items)
    page.search.clear()
    qtbot.waitUntil(lambda: len(page.model.items) == everything, timeout=3000)
