"""The owner's feed: every daily report and feedback item, newest first, with filters.

Selecting an item shows it in full and marks it read. Above the table: who
has not written today's report yet.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from shopdesk.domain.departments import DEPARTMENTS, Department
from shopdesk.services.reports import daily as reports
from shopdesk.services.reports import replies
from shopdesk.services.reports.daily import TAGS, FeedFilter, FeedItem
from shopdesk.services.staff.people import list_staff
from shopdesk.ui.common.context import AppContext
from shopdesk.ui.common.ops import Change, Op, fetch
from shopdesk.ui.common.refresh import keep_fresh
from shopdesk.ui.common.text import day as show_day
from shopdesk.ui.common.text import department_name, error_text, moment
from shopdesk.ui.reports.feed_model import FeedModel, tag_name


class FeedPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("feed_page")
        self.model = FeedModel(self)
        self.department = QComboBox()
        self.department.addItem(self.tr("All departments"), None)
        for dept in DEPARTMENTS:
            if ctx.actor.can_manage(dept.value):
                self.department.addItem(department_name(dept), dept.value)
        self.person = QComboBox()
        self.tag = QComboBox()
        self.tag.addItem(self.tr("Reports and feedback"), "")
        self.tag.addItem(self.tr("Daily reports only"), "report")
        self.tag.addItem(self.tr("All feedback"), "feedback")
        for key in TAGS:
            self.tag.addItem(tag_name(key), key)
        self.period = QComboBox()
        for label, days in ((self.tr("Today"), 0), (self.tr("Last 7 days"), 6),
                            (self.tr("Last 30 days"), 29), (self.tr("All dates"), -1)):
            self.period.addItem(label, days)
        self.period.setCurrentIndex(1)
        self.unread = QCheckBox(self.tr("Unread only"))
        self.search = QLineEdit()
        self.search.setObjectName("feed_search")
        self.search.setPlaceholderText(self.tr("Search reports and feedback…"))
        self.search.setClearButtonEnabled(True)
        # Re-read once typing pauses, not on every key.
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.read_all = QPushButton(self.tr("Mark all read"))
        self.read_all.clicked.connect(self.mark_all_read)
        filters = QHBoxLayout()
        for widget in (self.department, self.person, self.tag, self.period, self.unread):
            filters.addWidget(widget)
        filters.addWidget(self.search, 1)
        filters.addStretch(1)
        filters.addWidget(self.read_all)
        self.missing = QLabel()
        self.missing.setObjectName("feed_missing")
        self.missing.setWordWrap(True)
        self.table = QTableView()
        self.table.setObjectName("feed_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self.show_item(cur.row()))
        self.detail = QTextBrowser()
        self.detail.setObjectName("feed_detail")
        # The owner's (or manager's) answer to the item shown; its writer reads it on My day.
        self.current_item: FeedItem | None = None
        self.reply_text = QLineEdit()
        self.reply_text.setObjectName("feed_reply_text")
        self.reply_text.setPlaceholderText(self.tr("Reply to this…"))
        self.reply_text.returnPressed.connect(self.send_reply)
        self.reply_button = QPushButton(self.tr("Reply"))
        self.reply_button.setObjectName("feed_reply")
        self.reply_button.clicked.connect(self.send_reply)
        self.reply_note = QLabel()
        reply_row = QHBoxLayout()
        reply_row.addWidget(self.reply_text, 1)
        reply_row.addWidget(self.reply_button)
        detail_box = QWidget()
        dl = QVBoxLayout(detail_box)
        dl.setContentsMargins(0, 0, 0, 0)
        dl.addWidget(self.detail, 1)
        dl.addLayout(reply_row)
        dl.addWidget(self.reply_note)
        self._set_reply_enabled(False)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(detail_box)
        split.setSizes([420, 200])
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.missing)
        layout.addWidget(split, 1)
        self._fill_people()
        self.department.currentIndexChanged.connect(self._fill_people)
        for combo in (self.person, self.tag, self.period):
            combo.currentIndexChanged.connect(self.refresh)
        self.unread.toggled.connect(self.refresh)
        keep_fresh(self, ctx, Change.REPORTS | Change.STAFF, self.refresh)
        self.refresh()

    def _fill_people(self) -> None:
        self.person.blockSignals(True)
        self.person.clear()
        self.person.addItem(self.tr("Everyone"), None)
        for p in list_staff(self.ctx.db, self.ctx.actor, self.department.currentData()):
            self.person.addItem(p.name, p.id)
        self.person.blockSignals(False)
        self.refresh()

    def current_filter(self) -> FeedFilter:
        today = self.ctx.today()
        days = self.period.currentData()
        first = None if days is None or days < 0 else today - timedelta(days=days)
        choice = self.tag.currentData() or ""
        kind = choice if choice in ("report", "feedback") else ("feedback" if choice else None)
        tag = choice if choice in TAGS else None
        return FeedFilter(department=self.department.currentData(), staff_id=self.person.currentData(),
                          tag=tag, first=first, last=None, kind=kind, unread_only=self.unread.isChecked(),
                          text=self.search.text())

    def find_text(self) -> None:
        """Edit → Find (Ctrl+F): to the search box."""
        self.search.setFocus()
        self.search.selectAll()

    def refresh(self) -> None:
        ok, found = fetch(self, self.ctx, lambda: (
            reports.feed(self.ctx.db, self.ctx.actor, self.current_filter()),
            reports.not_reported(self.ctx.db, self.ctx.actor, self.ctx.today())),
            lambda e: self.missing.setText(error_text(e)))
        if not ok or found is None:
            return
        items, missing = found
        self.model.reset(items)
        unread = sum(1 for it in self.model.items if it.unread)
        names = "、".join(m.name for m in missing)
        self.missing.setText(
            (self.tr("Not reported today: {names}").format(names=names) if missing
             else self.tr("Everyone has reported today.")) + "  " +
            self.tr("{n} unread").format(n=unread))
        self.detail.clear()
        self._set_reply_enabled(False)

    def show_item(self, row: int) -> None:
        if row < 0 or row >= len(self.model.items):
            return
        item = self.model.items[row]
        ok, thread = fetch(self, self.ctx, lambda: replies.thread(self.ctx.db, self.ctx.actor, item.kind, item.id),
                           lambda _e: None)
        self.detail.setHtml(self._html(item) + self._thread_html(thread or []))
        self.current_item = item
        self._set_reply_enabled(self.ctx.actor.can_manage(item.department))
        self.reply_note.clear()
        if not item.unread:
            return
        # Reading an item marks it read; should that fail, it simply stays bold.
        if Op(self, self.ctx, lambda: reports.mark_read(self.ctx.db, self.ctx.actor, [(item.kind, item.id)])
              ).failure(lambda _e: None).run():
            self.model.mark_read(row)

    def _html(self, item: FeedItem) -> str:
        from html import escape

        head = f"<b>{escape(item.person)}</b> · {department_name(Department(item.department))} · " \
               f"{show_day(item.day)} · {escape(self.model.kind_text(item))}"
        if item.kind == "feedback":
            return f"<p>{head}</p><p>{escape(item.text)}</p>"
        parts = [(self.tr("Done"), item.text), (self.tr("Problems"), item.problems),
                 (self.tr("Tomorrow's plan"), item.plan)]
        body = "".join(f"<h4>{escape(t)}</h4><p>{escape(v).replace(chr(10), '<br>')}</p>"
                       for t, v in parts if v)
        return f"<p>{head}</p>{body}"

    def _thread_html(self, thread: list[replies.ReplyRow]) -> str:
        from html import escape

        if not thread:
            return ""
        rows = "".join(f"<p><b>{escape(r.author)}</b> · {moment(r.written_at)}<br>{escape(r.text)}</p>"
                       for r in thread)
        title = self.tr("Replies")
        return f"<h4>{escape(title)}</h4>{rows}"

    def _set_reply_enabled(self, enabled: bool) -> None:
        self.reply_text.setEnabled(enabled)
        self.reply_button.setEnabled(enabled)
        if not enabled:
            self.current_item = None

    def send_reply(self) -> None:
        item, text = self.current_item, self.reply_text.text()
        if item is None:
            return

        def sent(_reply_id: int) -> None:
            # The feed re-read itself (Change.REPORTS): find the item again and show its thread.
            row = next((i for i, it in enumerate(self.model.items) if (it.kind, it.id) == (item.kind, item.id)), -1)
            if row >= 0:
                self.table.selectRow(row)
                self.show_item(row)
            self.reply_text.clear()
            self.reply_note.setText(self.tr("Sent: {name} sees it on My day.").format(name=item.person))

        Op(self, self.ctx, lambda: replies.reply(self.ctx.db, self.ctx.actor, item.kind, item.id, text,
                                                 datetime.now()), changes=Change.REPORTS).success(sent).failure(
            lambda e: self.reply_note.setText(error_text(e))).run()

    def mark_all_read(self) -> None:
        items = [(it.kind, it.id) for it in self.model.items if it.unread]
        if Op(self, self.ctx, lambda: reports.mark_read(self.ctx.db, self.ctx.actor, items)).failure(
                lambda e: self.missing.setText(error_text(e))).run():
            self.refresh()


