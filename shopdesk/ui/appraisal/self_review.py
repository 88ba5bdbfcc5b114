"""A person's own appraisal: the self-assessment form, then the final result and history."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from shopdesk.domain.errors import ShopDeskError
from shopdesk.services.appraisal import review as rv
from shopdesk.services.appraisal import rounds as ap
from shopdesk.services.figures.registry import load_registry
from shopdesk.ui.appraisal.breakdown import breakdown_html
from shopdesk.ui.appraisal.model import HistoryModel, item_label
from shopdesk.ui.common.context import AppContext
from shopdesk.ui.common.ops import Change, Op
from shopdesk.ui.common.refresh import keep_fresh
from shopdesk.ui.common.text import error_text


class SelfAssessmentPanel(QWidget):
    """For the logged-in person only: the services never hand over anyone else's."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("self_assessment")
        self.rounds = QComboBox()
        self.rounds.setMinimumWidth(200)
        self.rounds.currentIndexChanged.connect(self.show_current)
        self.status = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Appraisal")))
        top.addWidget(self.rounds)
        top.addWidget(self.status, 1)

        self.form_box = QGroupBox(self.tr("Your self-assessment"))
        self.form = QFormLayout()
        self.spins: dict[str, QSpinBox] = {}
        self.summary = QPlainTextEdit()
        self.summary.setPlaceholderText(self.tr(
            "What you did this period, what went well, what you will do better (the owner reads this first)"))
        self.summary.setMinimumHeight(90)
        self.submit = QPushButton(self.tr("Submit self-assessment"))
        self.submit.clicked.connect(self.save)
        self.message = QLabel()
        self.message.setWordWrap(True)
        form_layout = QVBoxLayout(self.form_box)
        form_layout.addWidget(QLabel(self.tr("Rate yourself from 1 (poor) to 5 (excellent):")))
        form_layout.addLayout(self.form)
        form_layout.addWidget(self.summary)
        form_layout.addWidget(self.submit)
        form_layout.addWidget(self.message)

        self.result_box = QGroupBox(self.tr("Your result"))
        self.result = QTextBrowser()
        self.comment = QLabel()
        self.comment.setWordWrap(True)
        result_layout = QVBoxLayout(self.result_box)
        result_layout.addWidget(self.result)
        result_layout.addWidget(self.comment)

        self.history_model = HistoryModel(self)
        self.history = QTableView()
        self.history.setModel(self.history_model)
        self.history.verticalHeader().hide()
        self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.history.setMaximumHeight(160)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.form_box)
        layout.addWidget(self.result_box, 1)
        layout.addWidget(QLabel(self.tr("Your results over time")))
        layout.addWidget(self.history)
        keep_fresh(self, ctx, Change.APPRAISAL, self.refresh)
        ctx.actor_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        keep = self.rounds.currentData()
        self.items = {a.id: a for a in ap.my_appraisals(self.ctx.db, self.ctx.actor)}
        self.registry = load_registry(self.ctx.db)
        self.rounds.blockSignals(True)
        self.rounds.clear()
        for a in self.items.values():
            self.rounds.addItem(a.period, a.id)
        self.rounds.setCurrentIndex(max(0, self.rounds.findData(keep)) if keep is not None else 0)
        self.rounds.blockSignals(False)
        sid = self.ctx.actor.staff_id
        self.history_model.reset([] if sid is None else rv.person_history(self.ctx.db, self.ctx.actor, sid))
        self.show_current()

    def current(self) -> ap.MyAppraisal | None:
        return self.items.get(self.rounds.currentData())

    def show_current(self) -> None:
        mine = self.current()
        while self.form.rowCount():
            self.form.removeRow(0)
        self.spins = {}
        self.message.clear()
        if mine is None:
            self.status.setText(self.tr("No appraisal is open for you."))
            self.form_box.hide()
            self.result_box.hide()
            return
        final = mine.final is not None
        self.form_box.setVisible(not final)  # once final, the result takes its place
        self.result_box.setVisible(final)
        if final:
            self.status.setText(self.tr("Final: score {score}, grade {grade}").format(
                score=f"{mine.final.score:.2f}", grade=mine.final.grade))  # type: ignore[union-attr]
            self.result.setHtml(breakdown_html(mine.final, self.registry, final=True))  # type: ignore[arg-type]
            self.comment.setText(self.tr("Comments: {text}").format(text=mine.owner_comment or "—"))
        elif mine.submitted:
            self.status.setText(self.tr("Submitted; you can change it until the owner finalises."))
        else:
            self.status.setText(self.tr("Waiting for your self-assessment."))
        for item in mine.scheme.qualitative:
            spin = QSpinBox()
            spin.setRange(0, 5)
            spin.setSpecialValueText("—")
            spin.setValue(mine.self_ratings.get(item.key, 0))
            self.spins[item.key] = spin
            self.form.addRow(item_label(item), spin)
        self.summary.setPlainText(mine.self_summary)

    def save(self) -> bool:
        mine = self.current()
        if mine is None:
            return False
        ratings = {k: (str(s.value()) if s.value() else "") for k, s in self.spins.items()}
        def refused(error: ShopDeskError) -> None:
            self.message.setStyleSheet("color: #b00020")
            self.message.setText(error_text(error))

        if not Op(self, self.ctx, lambda: ap.save_self_assessment(
                self.ctx.db, self.ctx.actor, mine.id, ratings, self.summary.toPlainText()),
                changes=Change.APPRAISAL).failure(refused).run():
            return False
        self.message.setStyleSheet("color: #1b5e20")
        self.message.setText(self.tr("Saved. The owner will review it."))
        return True


class SelfAssessmentDialog(QDialog):
    """The self-assessment in its own window, opened from My day."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("My appraisal"))
        self.panel = SelfAssessmentPanel(ctx, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        layout.addWidget(buttons)
        self.resize(720, 760)


class AppraisalNotice(QWidget):
    """One line on My day: a self-assessment is waiting, or the latest result, and a button to open it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("appraisal_notice")
        self.text = QLabel()
        self.open_button = QPushButton(self.tr("My appraisal…"))
        self.open_button.clicked.connect(self.open_dialog)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.text, 1)
        row.addWidget(self.open_button)
        keep_fresh(self, ctx, Change.APPRAISAL, self.refresh)
        self.refresh()

    def refresh(self) -> None:
        mine = ap.my_appraisals(self.ctx.db, self.ctx.actor)
        waiting = [a for a in mine if a.final is None and not a.submitted]
        final = [a for a in mine if a.final is not None]
        if waiting:
            self.text.setText(self.tr("Your self-assessment for {period} is waiting.").format(period=waiting[0].period))
            self.text.setStyleSheet("color: #a15c00; font-weight: 600;")
        elif final:
            self.text.setText(self.tr("Appraisal {period}: score {score}, grade {grade}.").format(
                period=final[0].period, score=f"{final[0].final.score:.2f}",  # type: ignore[union-attr]
                grade=final[0].final.grade))  # type: ignore[union-attr]
            self.text.setStyleSheet("")
        else:
            self.text.setText(self.tr("No appraisal is open for you."))
            self.text.setStyleSheet("")
        self.setVisible(bool(mine))

    def open_dialog(self) -> SelfAssessmentDialog:
        dialog = SelfAssessmentDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.show()
        return dialog


class AppraisalHistoryView(QWidget):
    """A person's final scores and grades over time (a tab beside their performance charts)."""

    def __init__(self, ctx: AppContext, staff_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = HistoryModel(self)
        table = QTableView()
        table.setModel(self.model)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(table, 1)
        layout.addWidget(self.message)
        rows: list[rv.HistoryRow] = []
        Op(self, ctx, lambda: rv.person_history(ctx.db, ctx.actor, staff_id)).success(rows.extend).failure(
            lambda e: self.message.setText(error_text(e))).run()
        self.model.reset(rows)
        if not rows and not self.message.text():
            self.message.setText(self.tr("No final appraisal yet."))
