"""The targets editor: type a target, break it down in one click, rebalance what no longer adds up."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from shopdesk.domain.departments import Department
from shopdesk.domain.targets import EVEN, WORKDAYS, parse_rest_days
from shopdesk.services.figures.registry import load_registry
from shopdesk.services.targets.grid import rebalance, target_grid
from shopdesk.services.targets.plan import (
    break_down,
    replaced_by_break_down,
    rest_days,
    set_rest_days,
)
from shopdesk.ui.common.context import AppContext
from shopdesk.ui.common.fit import fit_columns
from shopdesk.ui.common.grid import PasteTable
from shopdesk.ui.common.ops import Change, Op, fetch
from shopdesk.ui.common.text import error_text, metric_name, weekdays_text
from shopdesk.ui.common.undo import edit_menu, tool_buttons, undo_actions
from shopdesk.ui.targets.model import PERIOD_ROLE, SCOPE_ROLE, TargetsModel


class TargetsPage(QWidget):
    """For the whole shop (the owner) or one department (its page in the department tab)."""

    def __init__(self, ctx: AppContext, department: Department | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.department = department
        self.metric_box = QComboBox()
        self._fill_metrics()
        self.new_metric = QPushButton(self.tr("New metric…"))
        self.new_metric.setVisible(ctx.actor.is_owner)
        self.new_metric.clicked.connect(self.add_metric)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(ctx.today().year)
        self.metric_box.currentIndexChanged.connect(self.refresh)
        self.year.valueChanged.connect(self.refresh)
        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("Metric")))
        pick.addWidget(self.metric_box)
        pick.addWidget(self.new_metric)
        pick.addWidget(QLabel(self.tr("Year")))
        pick.addWidget(self.year)
        pick.addStretch(1)
        self.rest_days = QLineEdit(weekdays_text(rest_days(ctx.db)))
        self.rest_days.setPlaceholderText(self.tr("e.g. Sun, or Sat, Sun"))
        self.rest_days.setMaximumWidth(140)
        self.rest_days.setEnabled(ctx.actor.is_owner)
        self.rest_days.editingFinished.connect(self.save_rest_days)
        pick.addWidget(QLabel(self.tr("Shop rest days")))
        pick.addWidget(self.rest_days)

        self.model = TargetsModel(ctx.db, ctx.actor, self)
        self.model.saved.connect(self._saved)
        # Each step one service call; the grid re-reads after each. Ctrl+Z / Ctrl+Shift+Z come from
        # the window's Edit menu (the main window's, or the targets dialog's own).
        self.undo_stack = self.model.undo_stack
        self.undo_stack.indexChanged.connect(self._stack_moved)
        self.undo_action, self.redo_action = undo_actions(self, self.undo_stack)
        self.model.failed.connect(self._failed)
        self.model.refused.connect(self._refused)
        # Ctrl+V pastes a block from Excel (one step), Delete clears the selected targets.
        self.table = PasteTable()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        # Size columns from the first rows only: measuring every row costs a frame per hundred.
        self.table.horizontalHeader().setResizeContentsPrecision(40)
        fit_columns(self.table, keep=1)

        self.weights = QLineEdit()
        self.weights.setPlaceholderText(self.tr("empty for an even split, or 12 month weights e.g. 1,1,1,1,1,1.5,1,1,1,1,2,1"))
        self.weights.setToolTip(self.tr("How the selected row's year or quarter splits into months"))
        self.day_split = QComboBox()
        self.day_split.addItem(self.tr("Days: working days only"), WORKDAYS)
        self.day_split.addItem(self.tr("Days: every day evenly"), EVEN)
        self.break_button = QPushButton(self.tr("Break down"))
        self.break_button.setToolTip(self.tr(
            "Split the selected target into quarters and months, then to departments and people by their shares"))
        self.break_button.clicked.connect(self.break_down_selected)
        tools = QHBoxLayout()
        tools.addWidget(QLabel(self.tr("Split")))
        tools.addWidget(self.weights, 1)
        tools.addWidget(self.day_split)
        tools.addWidget(self.break_button)
        tool_buttons(tools, (self.undo_action, self.redo_action))

        self.off_label = QLabel()
        self.rebalance_button = QPushButton(self.tr("Rebalance"))
        self.rebalance_button.setToolTip(self.tr("Break each highlighted parent down again so its parts add up"))
        self.rebalance_button.clicked.connect(self.rebalance)
        self.message = QLabel()
        self.message.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.off_label)
        bottom.addWidget(self.rebalance_button)
        bottom.addWidget(self.message, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(pick)
        layout.addWidget(self.table, 1)
        layout.addLayout(tools)
        layout.addLayout(bottom)
        self.refresh()

    def _fill_metrics(self, select: str | None = None) -> None:
        self.metric_box.blockSignals(True)
        self.metric_box.clear()
        for m in load_registry(self.ctx.db):
            if self.department is None or m.department in (None, self.department):
                self.metric_box.addItem(metric_name(m), m.key)
        if select is not None:
            self.metric_box.setCurrentIndex(max(0, self.metric_box.findData(select)))
        self.metric_box.blockSignals(False)

    def add_metric(self) -> None:
        from shopdesk.ui.department.metric_dialog import MetricDialog

        dialog = MetricDialog(self.ctx, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._fill_metrics(dialog.key.text().strip())
            self.refresh()

    @property
    def metric_key(self) -> str:
        return str(self.metric_box.currentData())

    def refresh(self) -> None:
        grid = target_grid(self.ctx.db, self.ctx.actor, self.metric_key, self.year.value(), self.department)
        self.model.reset(grid)
        n = len(grid.mismatches)
        self.off_label.setText(self.tr("{n} targets no longer add up").format(n=n) if n else self.tr("Everything adds up"))
        self.rebalance_button.setEnabled(n > 0)

    def selected(self) -> tuple[str, str] | None:
        index = self.table.currentIndex()
        scope, period = index.data(SCOPE_ROLE), index.data(PERIOD_ROLE)
        if not index.isValid() or scope is None:
            return None
        return scope, period or str(self.year.value())

    def break_down_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            self.message.setText(self.tr("Select the target to break down first"))
            return
        scope, period = chosen
        grid = self.model.grid
        assert grid is not None
        weights = self.weights.text().strip()
        ok, replaced = fetch(self, self.ctx, lambda: replaced_by_break_down(
            self.ctx.db, self.ctx.actor, scope, self.metric_key, period), lambda e: self._failed(error_text(e)))
        if not ok:
            return
        # Breaking down writes over what is below: say how much and ask first (it cannot be undone).
        if replaced and not self.confirm(self.tr("Break down"), self.tr(
                "Break down {period}? It replaces {n} targets already set below it, for the months, quarters, "
                "departments and people it covers.").format(period=period, n=replaced)):
            return
        self._write(lambda: break_down(self.ctx.db, self.ctx.actor, scope, self.metric_key, period,
                                       day_split=str(self.day_split.currentData()), weights=weights))

    def rebalance(self) -> None:
        grid = self.model.grid
        if grid is None or not grid.mismatches:
            return
        if not self.confirm(self.tr("Rebalance"), self.tr(
                "Break down again the {n} targets that no longer add up? What is set below them is replaced.").format(
                n=len(grid.mismatches))):
            return
        self._write(lambda: rebalance(self.ctx.db, self.ctx.actor, grid))

    def confirm(self, title: str, text: str) -> bool:
        return QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes

    def _write(self, action: Callable[[], int]) -> None:
        def written(n: int) -> None:
            self.message.setStyleSheet("")
            self.message.setText(self.tr("{n} targets written").format(n=n))
            self.refresh()

        Op(self, self.ctx, action, changes=Change.TARGETS).success(written).failure(
            lambda e: self._failed(error_text(e))).run()

    def save_rest_days(self) -> None:
        if not self.rest_days.isModified():
            return
        self.rest_days.setModified(False)
        def saved(stored: str) -> None:
            self.rest_days.setText(weekdays_text(parse_rest_days(stored)))
            self.message.setText(self.tr("Rest days saved: months split by working days skip them"))
            self.message.setStyleSheet("")

        Op(self, self.ctx, lambda: set_rest_days(self.ctx.db, self.ctx.actor, self.rest_days.text()),
           changes=Change.SETTINGS).success(saved).failure(lambda e: self._failed(error_text(e))).run()

    def _stack_moved(self, _index: int) -> None:
        # The stack also moves while the page is being destroyed (it clears itself): nothing to show then.
        if isValid(self):
            QTimer.singleShot(0, self, self._changed)

    def _saved(self) -> None:
        # The grid re-reads when the undo stack moves (not inside setData: the view is still closing its editor).
        self.message.setText(self.tr("Saved"))

    def _failed(self, text: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #d23c3c;")

    def _refused(self, row: int, column: int, text: str) -> None:
        """A pasted cell was refused: select it and say where and why (nothing was written)."""
        index = self.model.index(row, column)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        self._failed(self.tr("{cell}: {error}").format(cell=self.model.cell_words(row, column), error=text))

    def _changed(self) -> None:
        self.message.setStyleSheet("")
        self.ctx.bus.changed.emit(Change.TARGETS)  # the grid saved a cell itself (its model's setData)
        self.refresh()


class TargetsDialog(QDialog):
    def __init__(self, ctx: AppContext, department: Department | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Targets"))
        self.page = TargetsPage(ctx, department, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page)
        layout.addWidget(buttons)
        self.edit_menu, self.undo_action, self.redo_action = edit_menu(self, self.page.undo_stack)
        self.resize(1300, 700)
