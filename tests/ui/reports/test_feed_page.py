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


def test_the_owner_replies_in_the_feed_and_the_writer_sees_it_bold_on_my_day(qtbot, ctx):
    from PySide6.QtCore import Qt

    from shopdesk.services.common.context import Actor, Role
    from shopdesk.services.staff.people import list_staff
    from shopdesk.ui.common.context import AppContext
    from shopdesk.ui.overview.my_day import MyDayPage

    page = FeedPage(ctx)
    qtbot.addWidget(page)
    page.show()
    row = next(i for i, it in enumerate(page.model.items) if it.kind == "report")
    item = page.model.items[row]
    page.table.selectRow(row)
    assert page.reply_button.isEnabled()
    page.reply_text.setText("收到，明天一起看退款流程")
    qtbot.mouseClick(page.reply_button, Qt.MouseButton.LeftButton)
    assert "Sent" in page.reply_note.text(), page.reply_note.text()
    assert "收到，明天一起看退款流程" in page.detail.toPlainText()  # the thread under the report

    writer = next(p for p in list_staff(ctx.db, ctx.actor) if p.id == item.staff_id)
    staff_ctx = AppContext(ctx.db, Actor(Role.STAFF, writer.name, writer.id, writer.department.value), "en",
                           today=ctx.today)
    my_day = MyDayPage(staff_ctx)
    qtbot.addWidget(my_day)
    assert my_day.reply_box.title() == "Replies to me (1 new)"
    first = my_day.reply_model.index(0, my_day.reply_model.TEXT)
    assert first.data() == "收到，明天一起看退款流程" and first.data(Qt.ItemDataRole.FontRole).bold()
    my_day.reply_table.clicked.emit(first)  # as a click on the row does
    assert my_day.reply_box.title() == "Replies to me"
    assert my_day.reply_model.index(0, 0).data(Qt.ItemDataRole.FontRole) is None
