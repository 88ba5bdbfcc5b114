"""The owner's editor for a department's appraisal scheme."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from shopdesk.domain.appraisal import GRADES, QualItem, QuantItem, Scheme, default_scheme
from shopdesk.domain.departments import Department
from shopdesk.services.appraisal import rounds as ap
from shopdesk.services.figures.registry import load_registry
from shopdesk.ui.common.context import AppContext
from shopdesk.ui.common.ops import Change, Op
from shopdesk.ui.common.text import department_name, error_text, metric_name


class SchemeDialog(QDialog):
    def __init__(self, ctx: AppContext, department: Department, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.department = ctx, department
        self.setWindowTitle(self.tr("Appraisal scheme — {dept}").format(dept=department_name(department)))
        self.registry = load_registry(ctx.db)
        # Metrics of this department first, then the shop's and everyone's.
        self.metrics = sorted((m for m in self.registry if m.department in (department, None)),
                              key=lambda m: (m.department is None, m.key))
        self.quant_rows: list[tuple[QComboBox, QSpinBox, QWidget]] = []
        self.qual_rows: list[tuple[str, QLineEdit, QSpinBox, QWidget]] = []
        self.quant_grid = QGridLayout()
        self.qual_grid = QGridLayout()
        add_quant = QPushButton(self.tr("Add measured item"))
        add_quant.clicked.connect(lambda: self.add_quant(QuantItem(self.metrics[0].key, Decimal(10))))
        add_qual = QPushButton(self.tr("Add rated item"))
        add_qual.clicked.connect(lambda: self.add_qual(QualItem("", "", Decimal(1))))
        quant_box = QGroupBox(self.tr("Measured: achievement of the target"))
        qv = QVBoxLayout(quant_box)
        qv.addLayout(self.quant_grid)
        qv.addWidget(add_quant)
        qual_box = QGroupBox(self.tr("Rated 1–5 by the reviewer"))
        rv = QVBoxLayout(qual_box)
        rv.addLayout(self.qual_grid)
        rv.addWidget(add_qual)

        self.share = QSpinBox()
        self.share.setRange(0, 100)
        self.share.setSuffix(" %")
        self.cap = QSpinBox()
        self.cap.setRange(100, 300)
        self.cap.setSuffix(" %")
        self.cap.setToolTip(self.tr("Achievement that earns full marks; more counts no further"))
        split = QHBoxLayout()
        split.addWidget(QLabel(self.tr("Measured share")))
        split.addWidget(self.share)
        split.addWidget(QLabel(self.tr("Full marks at")))
        split.addWidget(self.cap)
        split.addStretch(1)
        grades = QGridLayout()
        grades.addWidget(QLabel(self.tr("Grade")), 0, 0)
        grades.addWidget(QLabel(self.tr("From score")), 1, 0)
        mult_label = QLabel(self.tr("Bonus multiplier"))
        mult_label.setToolTip(self.tr(
            "Shown with each result. A grade bonus pay rule pays by the multipliers written in the rule, "
            "or else by S 1.5, A 1.2, B 1.0, C 0.5, D 0."))
        grades.addWidget(mult_label, 2, 0)
        self.bands: dict[str, QSpinBox] = {}
        self.mults: dict[str, QLineEdit] = {}
        for col, grade in enumerate(GRADES, 1):
            grades.addWidget(QLabel(f"<b>{grade}</b>"), 0, col)
            self.bands[grade] = QSpinBox()
            self.bands[grade].setRange(0, 100)
            self.mults[grade] = QLineEdit()
            self.mults[grade].setMaximumWidth(70)
            grades.addWidget(self.bands[grade], 1, col)
            grades.addWidget(self.mults[grade], 2, col)
        grade_box = QGroupBox(self.tr("Grades and the grade bonus"))
        grade_box.setLayout(grades)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        ready = buttons.addButton(self.tr("Ready-made"), QDialogButtonBox.ButtonRole.ResetRole)
        ready.setToolTip(self.tr("Fill in the suggested scheme for this department"))
        ready.clicked.connect(lambda: self.load(default_scheme(department)))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(quant_box)
        layout.addWidget(qual_box)
        layout.addLayout(split)
        layout.addWidget(grade_box)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.load(ap.get_scheme(ctx.db, ctx.actor, department))

    # ------------------------------------------------------------ rows

    def _clear(self) -> None:
        for row in self.quant_rows + self.qual_rows:
            row[-1].deleteLater()
        self.quant_rows, self.qual_rows = [], []

    def _row_widget(self, rows: list, widgets: list[QWidget]) -> QWidget:
        holder = QWidget()
        line = QHBoxLayout(holder)
        line.setContentsMargins(0, 0, 0, 0)
        for w in widgets:
            line.addWidget(w)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(lambda: self._remove(rows, holder))
        line.addWidget(remove)
        return holder

    def add_quant(self, item: QuantItem) -> None:
        box = QComboBox()
        for m in self.metrics:
            suffix = self.tr(" (lower is better)") if not m.higher_is_better else ""
            box.addItem(metric_name(m) + suffix, m.key)
        box.setCurrentIndex(max(0, box.findData(item.metric)))
        weight = self._weight(item.weight)
        holder = self._row_widget(self.quant_rows, [box, QLabel(self.tr("weight")), weight])
        self.quant_rows.append((box, weight, holder))
        self.quant_grid.addWidget(holder, len(self.quant_rows), 0)

    def add_qual(self, item: QualItem) -> None:
        label = QLineEdit(QCoreApplication.translate("Appraisal", item.label))
        label.setPlaceholderText(self.tr("e.g. Service attitude"))
        label.setMinimumWidth(220)
        weight = self._weight(item.weight)
        holder = self._row_widget(self.qual_rows, [label, QLabel(self.tr("weight")), weight])
        self.qual_rows.append((item.key, label, weight, holder))
        self.qual_grid.addWidget(holder, len(self.qual_rows), 0)

    @staticmethod
    def _weight(value: Decimal) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(1, 1000)
        spin.setValue(int(value))
        return spin

    def _remove(self, rows: list, holder: QWidget) -> None:
        for row in rows:
            if row[-1] is holder:
                rows.remove(row)
                holder.deleteLater()
                return

    def load(self, scheme: Scheme) -> None:
        self._clear()
        for q in scheme.quantitative:
            self.add_quant(q)
        for r in scheme.qualitative:
            self.add_qual(r)
        self.share.setValue(int(scheme.quant_share))
        self.cap.setValue(int(scheme.cap))
        for grade, low in scheme.bands:
            self.bands[grade].setValue(int(low))
        for grade, mult in scheme.multipliers:
            self.mults[grade].setText(str(mult))
        self.adjustSize()

    # ------------------------------------------------------------ saving

    def scheme(self) -> Scheme:
        # The direction (lower is better) is taken from the metric when saved.
        quant = tuple(QuantItem(box.currentData(), Decimal(weight.value())) for box, weight, _ in self.quant_rows)
        qual = []
        used = {row[0] for row in self.qual_rows}
        for key, label, weight, _ in self.qual_rows:
            if not key:  # a new item: the first free "itemN"
                key = next(f"item{n}" for n in range(1, 1000) if f"item{n}" not in used)
                used.add(key)
            text = label.text().strip()
            # A ready-made item keeps its English source, so it shows in either language.
            source = next((r.label for r in default_scheme(self.department).qualitative
                           if r.key == key and QCoreApplication.translate("Appraisal", r.label) == text), text)
            qual.append(QualItem(key, source, Decimal(weight.value())))
        return Scheme(quant, tuple(qual), Decimal(self.share.value()), Decimal(self.cap.value()),
                      tuple((g, Decimal(self.bands[g].value())) for g in GRADES),
                      tuple((g, self.mults[g].text()) for g in GRADES))  # type: ignore[misc]

    def save(self) -> None:
        if Op(self, self.ctx, lambda: ap.save_scheme(self.ctx.db, self.ctx.actor, self.department, self.scheme()),
              changes=Change.APPRAISAL).failure(lambda e: self.message.setText(error_text(e))).run():
            self.accept()
