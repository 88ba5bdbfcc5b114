"""The Payroll tab (owner only): a month's run, each person's explained lines, edits, approval."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from shopdesk.domain.errors import ShopDeskError
from shopdesk.domain.payroll import before_gross
from shopdesk.domain.periods import Period
from shopdesk.domain.rules import GRADES
from shopdesk.services.common.context import OWNER
from shopdesk.services.payroll import edits as payroll_edits
from shopdesk.services.payroll import run as payroll
from shopdesk.services.payroll.presets import PRESETS, apply_preset
from shopdesk.services.payroll.results import DEDUCTION_CATEGORIES, PayrollRun, PersonPay
from shopdesk.ui.common.context import AppContext
from shopdesk.ui.common.fit import fit_columns
from shopdesk.ui.common.ops import Change, Op
from shopdesk.ui.common.refresh import keep_fresh
from shopdesk.ui.common.text import error_text, moment, money, translate
from shopdesk.ui.payroll.attendance import AttendanceDialog
from shopdesk.ui.payroll.model import ID_ROLE, PayrollModel

MONTHS_SHOWN = 24


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class PayrollPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.run: PayrollRun | None = None
        self.month_box = QComboBox()
        month = Period.of_month(ctx.today())
        for _ in range(MONTHS_SHOWN):
            self.month_box.addItem(month.key, month.key)
            month = month.previous()
        self.month_box.setCurrentIndex(1)  # last month: the one usually being paid
        self.month_box.currentIndexChanged.connect(self.refresh)
        self.status = QLabel()
        self.status.setWordWrap(True)  # beside the nine buttons on a laptop, the state takes two lines
        self.rules_button = QPushButton(self.tr("Rules…"))
        self.rules_button.clicked.connect(self.edit_rules)
        self.presets_button = QToolButton()
        self.presets_button.setText(self.tr("Ready-made rules"))
        self.presets_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.presets_button)
        for preset in PRESETS:
            menu.addAction(translate("Presets", preset.name), partial(self.apply_preset, preset.key))
        self.presets_button.setMenu(menu)
        self.approve_button = QPushButton(self.tr("Approve and lock"))
        self.approve_button.clicked.connect(self.approve)
        self.reopen_button = QPushButton(self.tr("Re-open"))
        self.reopen_button.clicked.connect(self.reopen)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Month")))
        top.addWidget(self.month_box)
        top.addWidget(self.status, 1)
        from shopdesk.ui.shell.workbook_actions import payroll_export_button, payslips_button

        self.export_button = payroll_export_button(self, ctx, lambda: self.month)
        self.attendance_button = QPushButton(self.tr("Attendance…"))
        self.attendance_button.clicked.connect(self.edit_attendance)
        self.setup_button = QPushButton(self.tr("Payroll settings…"))
        self.setup_button.clicked.connect(self.edit_setup)
        self.payslips_button = payslips_button(self, ctx, lambda: self.month)
        from shopdesk.ui.payroll.printing import PrintButton

        self.print_button = PrintButton(self)
        for w in (self.rules_button, self.presets_button, self.attendance_button, self.setup_button,
                  self.approve_button, self.reopen_button, self.export_button, self.payslips_button,
                  self.print_button):
            top.addWidget(w)

        self.model = PayrollModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        fit_columns(self.table, keep=0)  # a group's long name gives way before its money
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_person())

        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        self.edit_box = self._build_edits()
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.detail, 1)
        side_layout.addWidget(self.edit_box)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([1000, 400])  # the run's nine columns fit without scrolling

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b02a2a")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        keep_fresh(self, ctx, Change.PAYROLL | Change.RULES | Change.FIGURES | Change.TARGETS | Change.STAFF
                   | Change.APPRAISAL | Change.SETTINGS, self.refresh)
        self.refresh()

    def _build_edits(self) -> QGroupBox:
        box = QGroupBox(self.tr("Adjust this person's month"))
        form = QFormLayout(box)
        self.grade_box = QComboBox()
        self.grade_box.addItem(self.tr("— none —"), "")
        for g in GRADES:
            self.grade_box.addItem(g, g)
        self.grade_box.activated.connect(self.save_grade)
        form.addRow(self.tr("Grade"), self.grade_box)
        self.adj_amount = QLineEdit()
        self.adj_amount.setPlaceholderText(self.tr("¥, e.g. 200 or -50"))
        self.adj_amount.setMaximumWidth(120)
        self.adj_reason = QLineEdit()
        self.adj_reason.setPlaceholderText(self.tr("Reason (required)"))
        self.adj_add = QPushButton(self.tr("Add"))
        self.adj_add.clicked.connect(self.add_adjustment)
        row = QHBoxLayout()
        row.addWidget(self.adj_amount)
        row.addWidget(self.adj_reason, 1)
        row.addWidget(self.adj_add)
        form.addRow(self.tr("Adjustment"), row)
        self.adj_list = QComboBox()
        self.adj_remove = QPushButton(self.tr("Remove"))
        self.adj_remove.clicked.connect(self.remove_adjustment)
        row = QHBoxLayout()
        row.addWidget(self.adj_list, 1)
        row.addWidget(self.adj_remove)
        form.addRow(self.tr("Adjustments"), row)
        grid = QGridLayout()
        self.deduction_edits: dict[str, QLineEdit] = {}
        for i, (key, (name, _zh)) in enumerate(DEDUCTION_CATEGORIES.items()):
            edit = QLineEdit()
            edit.setPlaceholderText("0.00")
            self.deduction_edits[key] = edit
            grid.addWidget(QLabel(translate("Deductions", name)), i // 2, (i % 2) * 2)
            grid.addWidget(edit, i // 2, (i % 2) * 2 + 1)
        self.deductions_save = QPushButton(self.tr("Save deductions"))
        self.deductions_save.clicked.connect(self.save_deductions)
        self.deductions_copy = QPushButton(self.tr("Copy last month's for everyone"))
        self.deductions_copy.clicked.connect(self.copy_deductions)
        # Everyone's month in one grid (paste a column from Excel; one save, one transaction).
        self.deductions_grid = QPushButton(self.tr("Everyone…"))
        self.deductions_grid.setObjectName("deductions_grid")
        self.deductions_grid.clicked.connect(self.edit_all_deductions)
        buttons = QHBoxLayout()
        buttons.addWidget(self.deductions_save)
        buttons.addWidget(self.deductions_copy)
        buttons.addWidget(self.deductions_grid)
        buttons.addStretch(1)
        grid.addLayout(buttons, 2, 0, 1, 4)
        form.addRow(self.tr("Deductions"), grid)
        return box

    @property
    def month(self) -> str:
        return self.month_box.currentData()

    def _fail(self, exc: ShopDeskError) -> None:
        self.message.setText(error_text(exc))

    def refresh(self) -> None:
        selected = self.selected_id()
        self.run = None

        def computed(run: PayrollRun) -> None:
            self.run = run

        Op(self, self.ctx, lambda: payroll.compute_run(self.ctx.db, self.ctx.actor, self.month, self.ctx.today())
           ).success(computed).failure(self._fail).run()
        self.model.reset(self.run)
        self._mark_approved_months()
        run = self.run
        approved = bool(run and run.approved)
        if run is None:
            self.status.setText("")
        elif approved:
            who = self.tr("Owner") if run.approved_by in (None, "", OWNER.name) else run.approved_by
            self.status.setText(self.tr("Approved and locked by {who} on {when}").format(
                who=who, when=moment(run.approved_at) if run.approved_at else ""))
        else:
            self.status.setText(self.tr("Not approved yet: {n} people, net pay {net}").format(
                n=run.shop.headcount, net=money(run.shop.net_fen)))
        self.approve_button.setEnabled(run is not None and not approved)
        self.reopen_button.setEnabled(approved)
        self.edit_box.setEnabled(run is not None and not approved)
        if run and run.people:
            row = self.model.row_of(selected) if selected is not None else -1
            self.table.selectRow(row if row >= 0 else 0)
        self.show_person()

    def _mark_approved_months(self) -> None:
        """Approved (locked) months read "2026-10 ✓ approved" in the month list."""
        try:
            locked = set(payroll.approved_months(self.ctx.db, self.ctx.actor))
        except ShopDeskError:
            return
        for i in range(self.month_box.count()):
            key = self.month_box.itemData(i)
            self.month_box.setItemText(i, self.tr("{month} ✓ approved").format(month=key) if key in locked else key)

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.data(index, ID_ROLE) if index.isValid() else None

    def selected_person(self) -> PersonPay | None:
        sid = self.selected_id()
        return self.run.person(sid) if (self.run and sid is not None) else None

    def show_person(self) -> None:
        p = self.selected_person()
        self.edit_box.setTitle(self.tr("Adjust {name}'s month").format(name=p.name) if p else
                               self.tr("Adjust this person's month"))
        self.edit_box.setEnabled(p is not None and self.run is not None and not self.run.approved)
        if p is None:
            self.detail.setHtml(self._run_warnings())
            return
        base, gross, deductions, net, adjustment = (
            self.tr("Base salary"), self.tr("Gross pay"), self.tr("Deductions"), self.tr("Net pay"), self.tr("Adjustment"))
        html = [f"<h3>{_html(p.name)} · {_html(p.position)}</h3>",
                f"<p>{_html(base)}: <b>{money(p.base_fen)}</b>{self._note(p, 'base')}</p>", "<table cellpadding='3'>"]
        for line in p.lines:
            sign = "−" if line.deduction and line.amount_fen else ""  # never "−¥0.00"
            # A rule's line bears the owner's name for it; a refund clawback is ShopDesk's own, in words.
            label = self.tr("Refund clawback") if before_gross(line) else line.label
            html.append(f"<tr><td><b>{_html(label)}</b></td><td align='right'>{sign}{money(line.amount_fen)}</td>"
                        f"<td><small>{_html(line.note.render(translate))}</small></td></tr>")
        for a in p.adjustments:
            html.append(f"<tr><td><i>{_html(adjustment)}</i></td><td align='right'>{money(a.amount_fen)}"
                        f"</td><td><small>{_html(a.reason)}</small></td></tr>")
        if p.absence_fen:
            absence = self.tr("Absence")
            html.append(f"<tr><td><i>{_html(absence)}</i></td><td align='right'>−{money(p.absence_fen)}"
                        f"</td><td>{self._note(p, 'absence')}</td></tr>")
        for key in dict.fromkeys([*p.deductions, *p.computed]):
            if not p.deductions.get(key, 0):  # nothing deducted: no −¥0.00 line
                continue
            name = translate("Deductions", DEDUCTION_CATEGORIES[key][0])
            note = (self.tr("typed (computed {amount})").format(amount=money(p.computed[key]))
                    if key in p.typed else "")
            html.append(f"<tr><td><i>{_html(name)}</i></td><td align='right'>−{money(p.deductions.get(key, 0))}"
                        f"</td><td><small>{_html(note)}</small>{'' if note else self._note(p, key)}</td></tr>")
        html.append("</table>")
        html.append(f"<p>{_html(gross)} <b>{money(p.gross_fen)}</b> − {_html(deductions)} "
                    f"<b>{money(p.deductions_fen)}</b> = {_html(net)} <b>{money(p.net_fen)}</b></p>")
        for w in p.warnings:
            html.append(f"<p style='color:#a05a00'>⚠ {_html(w.render(translate))}</p>")
        html.append(self._run_warnings())
        self.detail.setHtml("".join(html))
        self.grade_box.setCurrentIndex(max(0, self.grade_box.findData(p.grade or "")))
        self.adj_list.clear()
        for a in p.adjustments:
            self.adj_list.addItem(f"{money(a.amount_fen)} · {a.reason}", a.id)
        self.adj_remove.setEnabled(bool(p.adjustments))
        for key, edit in self.deduction_edits.items():  # what was typed; a computed value shows greyed
            fen = p.entered.get(key, 0)
            edit.setText("" if not fen else f"{fen // 100}.{fen % 100:02d}")
            computed = p.computed.get(key)
            edit.setPlaceholderText("0.00" if computed is None else f"{computed // 100}.{computed % 100:02d}")

    @staticmethod
    def _note(p: PersonPay, key: str) -> str:
        note = p.notes.get(key)
        return "" if note is None else f" <small>{_html(note.render(translate))}</small>"

    def _run_warnings(self) -> str:
        if not self.run:
            return ""
        return "".join(f"<p style='color:#a05a00'>⚠ {_html(w.render(translate))}</p>" for w in self.run.warnings)

    def _do(self, action: Callable[[], object], changes: Change = Change.PAYROLL) -> bool:
        """Run one service call; its problem shows under the run, its change refreshes every page."""
        self.message.setText("")
        return Op(self, self.ctx, action, changes=changes).failure(self._fail).run()

    def save_grade(self) -> None:
        p = self.selected_person()
        if p is not None:
            self._do(lambda: payroll_edits.set_grade(self.ctx.db, self.ctx.actor, self.month, p.staff_id,
                                                     self.grade_box.currentData()))

    def add_adjustment(self) -> None:
        p = self.selected_person()
        if p is not None and self._do(lambda: payroll_edits.add_adjustment(
                self.ctx.db, self.ctx.actor, self.month, p.staff_id, self.adj_amount.text(), self.adj_reason.text())):
            self.adj_amount.clear()
            self.adj_reason.clear()

    def remove_adjustment(self) -> None:
        adj_id = self.adj_list.currentData()
        if adj_id is not None:
            self._do(lambda: payroll_edits.delete_adjustment(self.ctx.db, self.ctx.actor, adj_id))

    def save_deductions(self) -> None:
        p = self.selected_person()
        if p is None:
            return

        amounts = {key: edit.text().strip() or "0" for key, edit in self.deduction_edits.items()}
        self._do(lambda: payroll_edits.set_deductions(self.ctx.db, self.ctx.actor, self.month, p.staff_id, amounts))

    def copy_deductions(self) -> None:
        self._do(lambda: payroll_edits.copy_last_months_deductions(self.ctx.db, self.ctx.actor, self.month))

    def apply_preset(self, key: str) -> None:
        self._do(lambda: apply_preset(self.ctx.db, self.ctx.actor, key, translate), Change.RULES | Change.PAYROLL)

    def edit_rules(self) -> None:
        from shopdesk.ui.payroll.rules_dialog import RulesDialog

        RulesDialog(self.ctx, self).exec()
        self.refresh()

    def attendance_dialog(self) -> AttendanceDialog:
        return AttendanceDialog(self.ctx, self.month, self)

    def edit_all_deductions(self) -> None:
        from shopdesk.ui.payroll.deductions import DeductionsDialog

        self.deductions_dialog = DeductionsDialog(self.ctx, self.month, self)
        self.deductions_dialog.open()

    def edit_attendance(self) -> None:
        self.attendance_dialog().exec()

    def edit_setup(self) -> None:
        from shopdesk.ui.payroll.settings import PayrollSettingsDialog

        PayrollSettingsDialog(self.ctx, self).exec()

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def approve(self) -> None:
        if self.run is None or not self.confirm(self.tr("Approve payroll"), self.tr(
                "Approve {month} and lock it? Net pay {net} for {n} people. Later changes to rules or figures "
                "will not change it.").format(month=self.month, net=money(self.run.shop.net_fen),
                                              n=self.run.shop.headcount)):
            return
        # Backup, compute and write take a moment on a big shop: on a worker, the window stays live.
        month, today = self.month, self.ctx.today()
        self.message.setText("")
        self.approve_button.setEnabled(False)
        Op(self, self.ctx, lambda: payroll.approve(self.ctx.db, self.ctx.actor, month, today),
           changes=Change.PAYROLL).failure(self._approval_failed).run_in_background(
            self.tr("Approving {month}…").format(month=month))

    def _approval_failed(self, error: ShopDeskError) -> None:
        self._fail(error)
        self.approve_button.setEnabled(self.run is not None and not self.run.approved)

    def reopen(self) -> None:
        if self.confirm(self.tr("Re-open payroll"), self.tr(
                "Re-open {month}? It will be computed again from today's rules and figures, "
                "and the re-opening is recorded in the audit log.").format(month=self.month)):
            self._do(lambda: payroll.reopen(self.ctx.db, self.ctx.actor, self.month))
