"""The rules editor: who earns what on top of base salary, with a live preview of last month's pay."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shopdesk.domain.departments import DEPARTMENTS, Department
from shopdesk.domain.errors import ShopDeskError, ValidationError, ValidationErrors
from shopdesk.domain.periods import Period
from shopdesk.domain.rules import (
    KIND_NAMES,
    NEEDS_AMOUNT,
    NEEDS_METRIC,
    NEEDS_RATE,
    NEEDS_TIERS,
    RuleKind,
    validate_rule,
)
from shopdesk.domain.scope import Dialect, Scope
from shopdesk.services.figures.registry import load_registry
from shopdesk.services.payroll.rules import (
    RuleInput,
    add_rule,
    delete_rule,
    input_of,
    list_rules,
    parse_rule_input,
    update_rule,
)
from shopdesk.services.payroll.run import preview_rule
from shopdesk.services.staff.people import list_staff
from shopdesk.ui.common.context import AppContext
from shopdesk.ui.common.ops import Change, Op, fetch
from shopdesk.ui.common.text import department_name, error_text, metric_name, translate
from shopdesk.ui.payroll.rules_model import PreviewModel, RulesModel

THRESHOLD_KINDS = frozenset({RuleKind.PERCENT, RuleKind.TIERED, RuleKind.PER_UNIT, RuleKind.TARGET_BONUS,
                             RuleKind.PENALTY})
WEIGHT_KINDS = frozenset({RuleKind.POINTS, RuleKind.TEAM_POOL, RuleKind.GRADE_BONUS})


class RulesDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Pay rules"))
        self.editing: int | None = None
        self.preview_month = Period.of_month(ctx.today()).previous().key
        self.people = {Scope.of_person(p.id).key(Dialect.RULES): p.name for p in list_staff(ctx.db, ctx.actor)}
        self.registry = load_registry(ctx.db)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(250)  # preview once typing pauses
        self.timer.timeout.connect(self.update_preview)

        self.model = RulesModel(self.describe_applies, self.describe_metric, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.load_selected())
        self.new_button = QPushButton(self.tr("New rule"))
        self.new_button.clicked.connect(self.new_rule)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete_selected)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        left_layout.addLayout(row)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(self._build_form())
        self.save_button = QPushButton(self.tr("Save rule"))
        self.save_button.clicked.connect(self.save)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b02a2a")
        right_layout.addWidget(self.save_button)
        right_layout.addWidget(self.error)
        self.preview_title = QLabel(self.tr("What this rule would have paid in {month}").format(
            month=self.preview_month))
        self.preview_model = PreviewModel(self)
        self.preview = QTableView()
        self.preview.setModel(self.preview_model)
        self.preview.verticalHeader().hide()
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.preview.horizontalHeader().setStretchLastSection(True)
        right_layout.addWidget(self.preview_title)
        right_layout.addWidget(self.preview, 1)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(1180, 680)
        self.reload()
        self.new_rule()

    def _build_form(self) -> QFormLayout:
        self.form = QFormLayout()
        self.applies = QComboBox()
        self.applies.addItem(self.tr("Everyone"), "all")
        for dept in DEPARTMENTS:
            self.applies.addItem(department_name(dept), Scope.of_department(dept.value).key(Dialect.RULES))
        for key, name in self.people.items():
            self.applies.addItem(name, key)
        self.label = QLineEdit()
        self.kind = QComboBox()
        for kind, name in KIND_NAMES.items():
            self.kind.addItem(translate("RuleKinds", name), kind.value)
        self.metric_box = QComboBox()
        for m in self.registry:
            self.metric_box.addItem(metric_name(m), m.key)
        self.basis = QComboBox()
        for key, name in (("own", self.tr("Own figures")), ("department", self.tr("Department's figures")),
                          ("shop", self.tr("Whole shop's figures"))):
            self.basis.addItem(name, key)
        self.rate = QLineEdit()
        self.rate.setPlaceholderText(self.tr("%, e.g. 1 or 1.5%"))
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("¥"))
        self.threshold = QLineEdit()
        self.tiers = QLineEdit()
        self.tier_mode = QComboBox()
        self.tier_mode.addItem(self.tr("Retroactive: the reached rate on everything"), "retroactive")
        self.tier_mode.addItem(self.tr("Marginal: each rate on its own bracket"), "marginal")
        self.cap = QLineEdit()
        self.cap.setPlaceholderText(self.tr("¥, blank for no cap"))
        self.weights = QLineEdit()
        self.effective = QLineEdit()
        self.effective.setPlaceholderText(self.tr("e.g. 2026-11; blank for every month"))
        rows = ((self.tr("Applies to"), self.applies), (self.tr("Name"), self.label), (self.tr("Type"), self.kind),
                (self.tr("Metric"), self.metric_box), (self.tr("Basis"), self.basis), (self.tr("Rate"), self.rate),
                (self.tr("Amount"), self.amount), (self.tr("Threshold"), self.threshold), (self.tr("Tiers"), self.tiers),
                (self.tr("Tier mode"), self.tier_mode), (self.tr("Cap"), self.cap), (self.tr("Weights"), self.weights),
                (self.tr("Effective from"), self.effective))
        for text, widget in rows:
            self.form.addRow(text, widget)
            if isinstance(widget, QLineEdit):
                widget.textChanged.connect(lambda *_: self.timer.start())
        for combo in (self.applies, self.kind, self.metric_box, self.basis, self.tier_mode):
            combo.currentIndexChanged.connect(lambda *_: self._kind_changed())
        return self.form

    def describe_metric(self, key: str) -> str:
        return metric_name(self.registry[key]) if key in self.registry else key

    def describe_applies(self, key: str) -> str:
        if key == "all":
            return self.tr("Everyone")
        scope = Scope.try_parse(key, Dialect.RULES)
        if scope is not None and scope.department is not None:
            return department_name(Department(scope.department))
        return self.people.get(key, key)

    def _kind_changed(self) -> None:
        kind = RuleKind(self.kind.currentData())
        shown = {self.metric_box: kind in NEEDS_METRIC, self.basis: kind in NEEDS_METRIC or kind is RuleKind.POINTS,
                 self.rate: kind in NEEDS_RATE, self.amount: kind in NEEDS_AMOUNT,
                 self.threshold: kind in THRESHOLD_KINDS, self.tiers: kind in NEEDS_TIERS,
                 self.tier_mode: kind is RuleKind.TIERED, self.weights: kind in WEIGHT_KINDS}
        for widget, visible in shown.items():
            self.form.setRowVisible(widget, visible)
        hints = {RuleKind.TIERED: "0-80:0%;80-100:1%;100-:1.5%", RuleKind.STEP_BONUS: "0-80:0;80-100:500;100-:1000"}
        self.tiers.setPlaceholderText(hints.get(kind, ""))
        self.weights.setPlaceholderText({RuleKind.POINTS: "sales:0.01,inquiries:1,task_points:5",
                                         RuleKind.TEAM_POOL: self.tr("blank for equal shares, or 张伟:2,刘洋:1"),
                                         RuleKind.GRADE_BONUS: self.tr("blank for S 1.5, A 1.2, B 1, C 0.5, D 0")
                                         }.get(kind, ""))
        self.threshold.setPlaceholderText(self.tr("achievement %, gate") if kind in (RuleKind.PERCENT, RuleKind.TIERED)
                                          else self.tr("achievement %, default 100")
                                          if kind is RuleKind.TARGET_BONUS else self.tr("free units"))
        self.timer.start()

    def reload(self) -> None:
        self.model.reset(list_rules(self.ctx.db, self.ctx.actor))

    def form_input(self) -> RuleInput:
        kind = RuleKind(self.kind.currentData())

        def text(edit: QLineEdit) -> str:
            return edit.text() if self.form.isRowVisible(edit) else ""
        return RuleInput(
            applies_to=self.applies.currentData(), label=self.label.text(), kind=kind.value,
            metric=self.metric_box.currentData() if kind in NEEDS_METRIC else "",
            basis=self.basis.currentData(), rate=text(self.rate), amount=text(self.amount),
            threshold=text(self.threshold), tiers=text(self.tiers),
            tier_mode=self.tier_mode.currentData(), cap=self.cap.text(), weights=text(self.weights),
            effective_from=self.effective.text())

    def set_form(self, data: RuleInput) -> None:
        for combo, value in ((self.applies, data.applies_to), (self.kind, data.kind), (self.metric_box, data.metric),
                             (self.basis, data.basis), (self.tier_mode, data.tier_mode)):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        for edit, value in ((self.label, data.label), (self.rate, data.rate), (self.amount, data.amount),
                            (self.threshold, data.threshold), (self.tiers, data.tiers), (self.cap, data.cap),
                            (self.weights, data.weights), (self.effective, data.effective_from)):
            edit.setText(value)
        self._kind_changed()

    def new_rule(self) -> None:
        self.editing = None
        self.table.clearSelection()
        self.set_form(RuleInput("all", "", RuleKind.FIXED.value))
        self.error.setText("")

    def load_selected(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        rec = self.model.rows[index.row()]
        self.editing = rec.id
        self.set_form(input_of(rec.spec))
        self.error.setText("")

    def save(self) -> bool:
        def write() -> int:
            spec = parse_rule_input(self.form_input())
            if self.editing is None:
                return add_rule(self.ctx.db, self.ctx.actor, spec)
            update_rule(self.ctx.db, self.ctx.actor, self.editing, spec)
            return self.editing

        def saved(rule_id: int) -> None:
            self.editing = rule_id
            self.error.setText("")
            self.reload()

        return Op(self, self.ctx, write, changes=Change.RULES).success(saved).failure(
            lambda e: self.error.setText(self._errors(e))).run()

    def delete_selected(self) -> None:
        if self.editing is None:
            return
        editing = self.editing

        def deleted(_: None) -> None:
            self.reload()
            self.new_rule()

        Op(self, self.ctx, lambda: delete_rule(self.ctx.db, self.ctx.actor, editing), changes=Change.RULES).success(
            deleted).failure(lambda e: self.error.setText(error_text(e))).run()

    def _errors(self, exc: ShopDeskError) -> str:
        errors = exc.errors if isinstance(exc, ValidationErrors) else [exc]
        names = {f: _label_text(self.form.labelForField(w)) for f, w in (
            ("applies_to", self.applies), ("label", self.label), ("kind", self.kind), ("metric", self.metric_box),
            ("basis", self.basis), ("rate", self.rate), ("amount", self.amount), ("threshold", self.threshold),
            ("tiers", self.tiers), ("tier_mode", self.tier_mode), ("cap", self.cap), ("weights", self.weights),
            ("effective_from", self.effective))}
        return "\n".join(f"{names.get(e.field, e.field)}: {error_text(e)}" if isinstance(e, ValidationError)
                         else error_text(e) for e in errors)

    def update_preview(self) -> None:
        # Half-typed rules are normal while editing: no preview, and no message yet.
        ok, spec = fetch(self, self.ctx, lambda: parse_rule_input(self.form_input()), lambda _e: None)
        if not ok or spec is None:
            self.preview_model.reset([])
            return
        problems = validate_rule(replace(spec, label=spec.label or "?"), self.registry)
        if problems:
            self.preview_model.reset([])
            return
        Op(self, self.ctx, lambda: preview_rule(self.ctx.db, self.ctx.actor, replace(spec, label=spec.label or "?"),
                                                self.preview_month, self.ctx.today())).success(
            self.preview_model.reset).failure(lambda e: self.error.setText(error_text(e))).run()


def _label_text(label: QWidget | None) -> str:
    """The text of a form row's label (a QLabel for every row of this form)."""
    return label.text() if isinstance(label, QLabel) else ""
