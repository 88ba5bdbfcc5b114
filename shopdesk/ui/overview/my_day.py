"""My day: what a staff member sees after log-in.

Today's tasks (overdue on top) with done/undo, today's targets and pace for
their own metrics, the day's figure entry, the daily report and market
feedback. Everything goes through services with the logged-in actor.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shopdesk.domain.departments import Department
from shopdesk.domain.errors import ShopDeskError
from shopdesk.services.figures.entry import FigureInput, bad_row, day_figures, save_figures
from shopdesk.services.figures.registry import load_registry
from shopdesk.services.morning.check import morning_check
from shopdesk.services.reports import daily as reports
from shopdesk.services.reports import replies
from shopdesk.services.reports.daily import TAGS, FeedFilter, ReportInput
from shopdesk.services.tasks import assignments as tasks
from shopdesk.store.models.core import staff_scope
from shopdesk.ui.common.context import AppContext
from shopdesk.ui.common.ops import Change, Op
from shopdesk.ui.common.refresh import keep_fresh
from shopdesk.ui.common.text import day as show_day
from shopdesk.ui.common.text import error_text, metric_name
from shopdesk.ui.overview.morning_model import MorningModel
from shopdesk.ui.reports.feed_model import FeedModel, tag_name
from shopdesk.ui.reports.reply_model import ReplyModel
from shopdesk.ui.tasks.model import TaskModel


def _table(model, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return view


class MyDayPage(QWidget):
    def __init__(self, ctx: AppContext, now=datetime.now, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("my_day")
        self.ctx = ctx
        self.now = now
        actor = ctx.actor
        assert actor.staff_id is not None and actor.department is not None
        self.scope = staff_scope(actor.staff_id)
        self.registry = load_registry(ctx.db)
        self.department = Department(actor.department)

        self.task_model = TaskModel(show_person=False, parent=self)
        self.task_table = _table(self.task_model, "my_tasks")
        self.task_table.hideColumn(TaskModel.PERSON)
        self.task_table.doubleClicked.connect(lambda _i: self.toggle_selected())
        self.done_button = QPushButton(self.tr("Mark done"))
        self.done_button.setObjectName("task_done")
        self.done_button.clicked.connect(self.toggle_selected)
        self.task_table.selectionModel().selectionChanged.connect(self._update_done_button)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        task_box = QGroupBox(self.tr("Today's tasks"))
        tb = QVBoxLayout(task_box)
        tb.addWidget(self.task_table)
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        row.addWidget(self.done_button)
        tb.addLayout(row)

        self.pace_model = MorningModel(self.registry, self)
        self.pace_table = _table(self.pace_model, "my_pace")
        for col in (MorningModel.WHO, MorningModel.TEAM, MorningModel.MOM, MorningModel.YOY,
                    MorningModel.PROJECTED, MorningModel.PACE, MorningModel.GAP):
            self.pace_table.hideColumn(col)
        pace_box = QGroupBox(self.tr("My targets and pace"))
        QVBoxLayout(pace_box).addWidget(self.pace_table)

        # What the owner or the manager answered to my reports and feedback.
        self.reply_model = ReplyModel(self)
        self.reply_table = _table(self.reply_model, "my_replies")
        self.reply_table.clicked.connect(lambda index: self.open_reply(index.row()))
        self.reply_box = QGroupBox(self.tr("Replies to me"))
        QVBoxLayout(self.reply_box).addWidget(self.reply_table)

        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(task_box)
        left.addWidget(pace_box)
        left.addWidget(self.reply_box)
        left.setSizes([340, 200, 140])

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self._figures_box())
        rl.addWidget(self._report_box(), 1)
        rl.addWidget(self._feedback_box(), 1)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([640, 460])
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15px; font-weight: 600;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        from shopdesk.ui.appraisal.self_review import (
            AppraisalNotice,  # the self-assessment, when one is waiting
        )

        self.appraisal = AppraisalNotice(ctx)
        layout.addWidget(self.appraisal)
        layout.addWidget(split, 1)
        keep_fresh(self, ctx, Change.TASKS | Change.FIGURES | Change.TARGETS, self.refresh)
        self.refresh()

    # --- building the right-hand column -------------------------------------------------
    def _figures_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Today's figures"))
        grid = QGridLayout(box)
        self.figure_edits: dict[str, QLineEdit] = {}
        # Every figure the department enters (the department page's grid has the same), two to a row.
        entered = [m for m in self.registry if m.entered and m.department is self.department]
        for i, metric in enumerate(entered):
            edit = QLineEdit()
            edit.setObjectName(f"figure_{metric.key}")
            self.figure_edits[metric.key] = edit
            row, col = divmod(i, 2)
            grid.addWidget(QLabel(metric_name(metric)), row, col * 2)
            grid.addWidget(edit, row, col * 2 + 1)
        self.save_figures_button = QPushButton(self.tr("Save figures"))
        self.save_figures_button.clicked.connect(self.save_figures)
        self.figures_note = QLabel()
        self.figures_note.setWordWrap(True)
        last = (len(entered) + 1) // 2
        grid.addWidget(self.figures_note, last, 0, 1, 3)
        grid.addWidget(self.save_figures_button, last, 3)
        return box

    def _report_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Daily report"))
        form = QFormLayout(box)
        self.report_done = QPlainTextEdit()
        self.report_done.setObjectName("report_done")
        self.report_problems = QPlainTextEdit()
        self.report_plan = QPlainTextEdit()
        for edit in (self.report_done, self.report_problems, self.report_plan):
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(48)
        form.addRow(self.tr("What I did"), self.report_done)
        form.addRow(self.tr("Problems"), self.report_problems)
        form.addRow(self.tr("Tomorrow's plan"), self.report_plan)
        self.save_report_button = QPushButton(self.tr("Save report"))
        self.save_report_button.setObjectName("save_report")
        self.save_report_button.clicked.connect(self.save_report)
        self.report_note = QLabel()
        self.report_note.setWordWrap(True)
        form.addRow(self.report_note, self.save_report_button)
        return box

    def _feedback_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Market feedback"))
        v = QVBoxLayout(box)
        row = QHBoxLayout()
        self.feedback_tag = QComboBox()
        for key in TAGS:
            self.feedback_tag.addItem(tag_name(key), key)
        self.feedback_text = QLineEdit()
        self.feedback_text.setObjectName("feedback_text")
        self.feedback_text.setPlaceholderText(self.tr("What did you hear or see?"))
        self.feedback_text.returnPressed.connect(self.add_feedback)
        add = QPushButton(self.tr("Add"))
        add.clicked.connect(self.add_feedback)
        row.addWidget(self.feedback_tag)
        row.addWidget(self.feedback_text, 1)
        row.addWidget(add)
        v.addLayout(row)
        self.feedback_model = FeedModel(self)
        self.feedback_table = _table(self.feedback_model, "my_feedback")
        for col in (FeedModel.PERSON, FeedModel.DEPARTMENT):
            self.feedback_table.hideColumn(col)
        # At least a few rows are always in sight; the box takes whatever height is spare.
        self.feedback_table.setMinimumHeight(self.feedback_table.verticalHeader().defaultSectionSize() * 4 + 28)
        v.addWidget(self.feedback_table, 1)
        return box

    # --- data ----------------------------------------------------------------------------
    def refresh(self) -> None:
        today = self.ctx.today()
        actor = self.ctx.actor
        self.heading.setText(self.tr("{name} — {day}").format(name=actor.name, day=show_day(today)))
        self.task_model.reset(tasks.my_day(self.ctx.db, actor, today))
        morning = morning_check(self.ctx.db, actor, today, registry=self.registry)
        mine = [c for c in morning.people if c.scope == self.scope]
        self.pace_model.reset(replace(morning, shop=None, departments=[], people=mine), "")
        values = day_figures(self.ctx.db, actor, today, [self.scope]).get(self.scope, {})
        for key, edit in self.figure_edits.items():
            edit.setText(str(values[key]) if key in values else "")
        own = reports.own_report(self.ctx.db, actor, today)
        self.report_done.setPlainText(own.done if own else "")
        self.report_problems.setPlainText(own.problems if own else "")
        self.report_plan.setPlainText(own.plan if own else "")
        self.report_note.setText(self.tr("Saved.") if own else self.tr("Not written yet."))
        self.feedback_model.reset(reports.feed(self.ctx.db, actor, FeedFilter(kind="feedback", first=today)))
        notices = replies.my_replies(self.ctx.db, actor)
        self.reply_model.reset(notices)
        unseen = sum(1 for n in notices if not n.seen)
        self.reply_box.setTitle(self.tr("Replies to me ({n} new)").format(n=unseen) if unseen
                                else self.tr("Replies to me"))
        self._update_done_button()

    def open_reply(self, row: int) -> None:
        """Reading a reply marks it seen (it stays bold if that fails)."""
        if not 0 <= row < len(self.reply_model.rows) or self.reply_model.rows[row].seen:
            return
        notice = self.reply_model.rows[row]
        if Op(self, self.ctx, lambda: replies.mark_seen(self.ctx.db, self.ctx.actor, [notice.id], self.now())
              ).failure(lambda _e: None).run():
            self.reply_model.mark_seen(row)
            unseen = sum(1 for n in self.reply_model.rows if not n.seen)
            self.reply_box.setTitle(self.tr("Replies to me ({n} new)").format(n=unseen) if unseen
                                    else self.tr("Replies to me"))

    def selected(self) -> tasks.OccurrenceRow | None:
        rows = self.task_table.selectionModel().selectedRows()
        return self.task_model.row_at(rows[0].row()) if rows else None

    def _update_done_button(self) -> None:
        row = self.selected()
        self.done_button.setEnabled(row is not None)
        self.done_button.setText(self.tr("Undo") if row is not None and row.done else self.tr("Mark done"))

    def toggle_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        action = tasks.undo if row.done else tasks.complete
        if self._run(lambda: action(self.ctx.db, self.ctx.actor, row.id, self.now()), self.message, Change.TASKS):
            self._reselect(row.id)

    def _reselect(self, occurrence_id: int) -> None:
        for i, r in enumerate(self.task_model.rows):
            if r.id == occurrence_id:
                self.task_table.selectRow(i)

    def save_figures(self) -> None:
        keys = list(self.figure_edits)
        rows = [FigureInput(self.scope, key, self.figure_edits[key].text().strip()) for key in keys]
        today = self.ctx.today()

        def refused(error: ShopDeskError) -> None:
            # "row 3, value: …" from the service: say which figure, and put the cursor in it.
            row = bad_row(error)
            if row is not None and 0 < row <= len(keys):
                key = keys[row - 1]
                self.figure_edits[key].setFocus()
                self.figures_note.setText(self.tr("{metric}: {error}").format(
                    metric=metric_name(self.registry[key]), error=error_text(error)))
            else:
                self.figures_note.setText(error_text(error))

        if Op(self, self.ctx, lambda: save_figures(self.ctx.db, self.ctx.actor, today, rows, today),
              changes=Change.FIGURES).failure(refused).run():
            self.message.clear()
            self.figures_note.setText(self.tr("Saved."))

    def save_report(self) -> None:
        data = ReportInput(self.report_done.toPlainText(), self.report_problems.toPlainText(),
                           self.report_plan.toPlainText())
        today = self.ctx.today()
        if self._run(lambda: reports.save_report(self.ctx.db, self.ctx.actor, today, data, self.now(), today),
                     self.report_note, Change.REPORTS):
            self.report_note.setText(self.tr("Saved."))

    def add_feedback(self) -> None:
        today = self.ctx.today()
        tag, text = self.feedback_tag.currentData(), self.feedback_text.text()
        if self._run(lambda: reports.add_feedback(self.ctx.db, self.ctx.actor, today, tag, text,
                                                  self.now(), today), self.message, Change.REPORTS):
            self.feedback_text.clear()

    def _run(self, action: Callable[[], object], note: QLabel, changes: Change) -> bool:
        # The problem shows beside what was typed; the page itself re-reads through keep_fresh.
        if not Op(self, self.ctx, action, changes=changes).failure(lambda e: note.setText(error_text(e))).run():
            return False
        self.message.clear()
        if not changes & (Change.TASKS | Change.FIGURES | Change.TARGETS):
            self.refresh()
        return True
