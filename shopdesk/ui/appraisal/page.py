"""A department's Appraisal page: rounds, the review table, and one person's review beside their figures."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from shopdesk.domain.departments import Department
from shopdesk.domain.periods import Period
from shopdesk.services.appraisal import review as rv
from shopdesk.services.appraisal import rounds as ap
from shopdesk.services.figures.registry import load_registry
from shopdesk.ui.appraisal.breakdown import breakdown_html
from shopdesk.ui.appraisal.model import HistoryModel, ReviewModel, item_label
from shopdesk.ui.common.context import AppContext
from shopdesk.ui.common.ops import Change, Op
from shopdesk.ui.common.refresh import keep_fresh
from shopdesk.ui.common.text import day as show_day
from shopdesk.ui.common.text import department_name, error_text


class AppraisalPage(QWidget):
    def __init__(self, ctx: AppContext, department: Department, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.department = ctx, department
        owner = ctx.actor.is_owner
        self.rounds = QComboBox()
        self.rounds.setMinimumWidth(220)
        self.rounds.currentIndexChanged.connect(self.refresh_rows)
        self.new_period = QLineEdit(Period.of_month(ctx.today()).key)
        self.new_period.setPlaceholderText(self.tr("2026-11 or 2026-Q4"))
        self.new_period.setMaximumWidth(110)
        self.open_button = QPushButton(self.tr("Open round"))
        self.open_button.clicked.connect(self.open_round)
        self.scheme_button = QPushButton(self.tr("Scheme…"))
        self.scheme_button.setToolTip(self.tr("What {dept} is judged on, the split, grade bands and multipliers")
                                      .format(dept=department_name(department)))
        self.scheme_button.clicked.connect(self.edit_scheme)
        self.delete_button = QPushButton(self.tr("Delete round"))
        self.delete_button.setToolTip(self.tr("Take back a round opened by mistake (only while nothing in it is final)"))
        self.delete_button.clicked.connect(self.delete_round)
        self.finalise_all = QPushButton(self.tr("Finalise all reviewed"))
        self.finalise_all.clicked.connect(self.finalise_reviewed)
        for w in (self.new_period, self.open_button, self.scheme_button, self.finalise_all, self.delete_button):
            w.setVisible(owner)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Round")))
        top.addWidget(self.rounds)
        top.addWidget(self.finalise_all)
        top.addWidget(self.delete_button)
        top.addStretch(1)
        top.addWidget(self.new_period)
        top.addWidget(self.open_button)
        top.addWidget(self.scheme_button)

        self.model = ReviewModel(self)
        self.table = QTableView()
        self.table.setObjectName("appraisal_review_table")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_person())

        self.detail = QGroupBox(self.tr("Review"))
        self.breakdown = QTextBrowser()
        self.summary = QPlainTextEdit()
        self.summary.setReadOnly(True)
        self.summary.setPlaceholderText(self.tr("No self-assessment yet"))
        self.ratings_form = QFormLayout()
        self.spins: dict[str, QSpinBox] = {}
        self.comment = QPlainTextEdit()
        self.comment.setPlaceholderText(self.tr("Your comments (the person sees them once final)"))
        self.comment.setMaximumHeight(70)
        self.save_button = QPushButton(self.tr("Save review"))
        self.save_button.clicked.connect(self.save_review)
        self.finalise_button = QPushButton(self.tr("Finalise"))
        self.finalise_button.clicked.connect(self.finalise_one)
        self.reopen_button = QPushButton(self.tr("Re-open"))
        self.reopen_button.clicked.connect(self.reopen)
        self.finalise_button.setVisible(owner)
        self.reopen_button.setVisible(owner)
        self.history_model = HistoryModel(self)
        self.history = QTableView()
        self.history.setModel(self.history_model)
        self.history.verticalHeader().hide()
        self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        left = QVBoxLayout()
        self.figures_label = QLabel(self.tr("Figures and score"))
        left.addWidget(self.figures_label)
        left.addWidget(self.breakdown, 3)
        left.addWidget(QLabel(self.tr("Their self-assessment")))
        left.addWidget(self.summary, 1)
        middle = QVBoxLayout()
        middle.addWidget(QLabel(self.tr("Ratings: theirs → yours")))
        middle.addLayout(self.ratings_form)
        middle.addWidget(self.comment)
        buttons = QHBoxLayout()
        for b in (self.save_button, self.finalise_button, self.reopen_button):
            buttons.addWidget(b)
        middle.addLayout(buttons)
        middle.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("History")))
        right.addWidget(self.history)
        detail = QHBoxLayout(self.detail)
        detail.addLayout(left, 5)
        detail.addLayout(middle, 3)
        detail.addLayout(right, 2)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setSizes([260, 360])
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.message)
        # Self-assessments arrive from other log-ins and PCs: re-read whenever the page is shown.
        keep_fresh(self, ctx, Change.APPRAISAL | Change.FIGURES | Change.TARGETS | Change.STAFF, self.refresh,
                   every_show=True)
        self.refresh()

    # ------------------------------------------------------------ loading

    def refresh(self) -> None:
        keep = self.rounds.currentData()
        self.rounds.blockSignals(True)
        self.rounds.clear()
        rounds = ap.list_rounds(self.ctx.db, self.ctx.actor, self.department.value)
        self.periods = {info.id: info.period for info in rounds}
        for info in rounds:
            self.rounds.addItem(self.tr("{period} · {final} of {people} final").format(
                period=info.period, final=info.final, people=info.people), info.id)
        index = max(0, self.rounds.findData(keep)) if keep is not None else 0
        self.rounds.setCurrentIndex(index)
        self.rounds.blockSignals(False)
        self.refresh_rows()

    def refresh_rows(self) -> None:
        current = self.current_id()
        rid = self.rounds.currentData()
        self.registry = load_registry(self.ctx.db)
        self.scheme = ap.get_scheme(self.ctx.db, self.ctx.actor, self.department)
        rows = [] if rid is None else rv.review_rows(self.ctx.db, self.ctx.actor, rid, self.ctx.today(),
                                                      self.department.value)
        self.model.reset(rows, self.scheme, self.registry)
        self.finalise_all.setEnabled(any(not r.final and len(r.owner_ratings) == len(r.scheme.qualitative)
                                         for r in rows))
        self.table.resizeColumnsToContents()
        for i, row in enumerate(rows):
            if row.id == current:
                self.table.selectRow(i)
                break
        else:
            if rows:
                self.table.selectRow(0)
        self.show_person()

    def current_row(self) -> rv.ReviewRow | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() and index.row() < len(self.model.rows) else None

    def current_id(self) -> int | None:
        row = self.current_row()
        return None if row is None else row.id

    def show_person(self) -> None:
        row = self.current_row()
        self.detail.setEnabled(row is not None)
        while self.ratings_form.rowCount():
            self.ratings_form.removeRow(0)
        self.spins = {}
        if row is None:
            self.detail.setTitle(self.tr("Review"))
            self.breakdown.clear()
            self.summary.clear()
            self.comment.clear()
            self.history_model.reset([])
            return
        self.detail.setTitle(self.tr("{name} — {period}").format(name=row.name, period=row.period))
        self.breakdown.setHtml(breakdown_html(row.result, self.registry, final=row.final))
        self.figures_label.setText(self._figures_title(row))
        self.summary.setPlainText(row.self_summary)
        for item in row.scheme.qualitative:
            spin = QSpinBox()
            spin.setRange(0, 5)
            spin.setSpecialValueText("—")
            spin.setValue(row.owner_ratings.get(item.key, 0))
            spin.setEnabled(not row.final)
            self.spins[item.key] = spin
            mine = row.self_ratings.get(item.key)
            label = self.tr("{item} (self: {rating})").format(item=item_label(item), rating=mine or "—")
            self.ratings_form.addRow(label, spin)
        self.comment.setPlainText(row.owner_comment)
        self.comment.setReadOnly(row.final)
        self.save_button.setEnabled(not row.final)
        self.finalise_button.setEnabled(not row.final)
        self.reopen_button.setEnabled(row.final)
        self.history_model.reset(rv.person_history(self.ctx.db, self.ctx.actor, row.staff_id))

    def _figures_title(self, row: rv.ReviewRow) -> str:
        end = Period.parse(row.period).end
        if row.final or end <= self.ctx.today():
            return self.tr("Figures and score")
        return self.tr("Figures so far (to {today}; {period} ends {end})").format(
            today=show_day(self.ctx.today()), period=row.period, end=show_day(end))

    # ------------------------------------------------------------ actions

    def _run(self, action: Callable[[], object]) -> bool:
        self.message.clear()
        return Op(self, self.ctx, action, changes=Change.APPRAISAL).failure(
            lambda e: self.message.setText(error_text(e))).run()

    def open_round(self) -> None:
        def go() -> None:
            rid = ap.open_round(self.ctx.db, self.ctx.actor, self.new_period.text(), self.ctx.today())
            self._select_round = rid
        if self._run(go):
            self.rounds.setCurrentIndex(max(0, self.rounds.findData(self._select_round)))

    def ratings(self) -> dict[str, str]:
        return {k: (str(s.value()) if s.value() else "") for k, s in self.spins.items()}

    def save_review(self) -> bool:
        row = self.current_row()
        if row is None:
            return False
        return self._run(lambda: rv.save_review(self.ctx.db, self.ctx.actor, row.id, self.ratings(),
                                                self.comment.toPlainText()))

    def _confirm(self, count: int) -> bool:
        text = self.tr("Finalise {n} appraisal(s)? The score and grade are then locked and used by the payroll."
                       ).format(n=count)
        period = self.periods.get(self.rounds.currentData())
        if period and Period.parse(period).end > self.ctx.today():
            text += "\n\n" + self.tr("{period} is not over yet: the figures so far are what will be scored.").format(
                period=period)
        answer = QMessageBox.question(self, self.tr("Finalise"), text)
        return answer == QMessageBox.StandardButton.Yes

    def finalise_one(self) -> None:
        row = self.current_row()
        if row is None or not self._confirm(1):
            return
        # The ratings on screen are the ones scored: saved and finalised in one step.
        self._run(lambda: rv.review_and_finalise(self.ctx.db, self.ctx.actor, row.id, self.ratings(),
                                                 self.comment.toPlainText(), self.ctx.today()))

    def finalise_reviewed(self) -> None:
        ids = [r.id for r in self.model.rows if not r.final and len(r.owner_ratings) == len(r.scheme.qualitative)]
        if ids and self._confirm(len(ids)):
            self._run(lambda: rv.finalise(self.ctx.db, self.ctx.actor, ids, self.ctx.today()))

    def delete_round(self) -> None:
        rid = self.rounds.currentData()
        if rid is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete round"), self.tr(
            "Delete the round for {period} with everyone's self-assessment and review in it?").format(
                period=self.periods.get(rid, "")))
        if answer == QMessageBox.StandardButton.Yes:
            self._run(lambda: ap.delete_round(self.ctx.db, self.ctx.actor, rid))

    def reopen(self) -> None:
        row = self.current_row()
        if row is not None:
            self._run(lambda: rv.reopen(self.ctx.db, self.ctx.actor, row.id))

    def edit_scheme(self) -> None:
        from shopdesk.ui.appraisal.scheme import SchemeDialog

        dialog = SchemeDialog(self.ctx, self.department, self)
        dialog.exec()  # a saved scheme announces its own change

    def row_of(self, staff_id: int) -> int:
        """The table row of a person (for tests and links from elsewhere)."""
        return next(i for i in range(self.model.rowCount()) if self.model.rows[i].staff_id == staff_id)

    def select_person(self, staff_id: int) -> None:
        self.table.selectRow(self.row_of(staff_id))
