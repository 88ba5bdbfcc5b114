"""A department's people: sortable table, add / edit / deactivate."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shopdesk.domain.departments import Department
from shopdesk.domain.metrics import KEY_METRICS
from shopdesk.services.figures.registry import load_registry
from shopdesk.services.figures.rollup import department_people
from shopdesk.services.staff import people as staff_service
from shopdesk.ui.common.context import AppContext
from shopdesk.ui.common.ops import Change, Op
from shopdesk.ui.common.text import day
from shopdesk.ui.department.people_model import ID_ROLE, SORT_ROLE, PeopleModel
from shopdesk.ui.department.staff_dialog import StaffDialog


class PeoplePanel(QWidget):
    def __init__(self, ctx: AppContext, department: Department,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.department = department
        registry = load_registry(ctx.db)
        self.model = PeopleModel([registry[k] for k in KEY_METRICS[department]], self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)

        self.table = QTableView()
        self.table.setObjectName("people_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(PeopleModel.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        # The columns share the page's width (a department has a handful of people, not a ledger).
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.open_charts)  # a person's performance; Edit… edits
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.caption = QLabel()
        self.add_button = QPushButton(self.tr("Add person…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.charts_button = QPushButton(self.tr("Charts…"))
        self.charts_button.clicked.connect(self.open_charts)
        self.active_button = QPushButton(self.tr("Deactivate"))
        self.show_inactive = QCheckBox(self.tr("Show inactive"))
        self.add_button.clicked.connect(self.add_person)
        self.edit_button.clicked.connect(self.edit_selected)
        self.active_button.clicked.connect(self.toggle_active)
        self.show_inactive.toggled.connect(self.refresh)

        bar = QHBoxLayout()
        bar.addWidget(self.caption, 1)
        bar.addWidget(self.show_inactive)
        for button in (self.charts_button, self.add_button, self.edit_button, self.active_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        can_manage = ctx.actor.can_manage(department.value)
        self.add_button.setVisible(can_manage)
        self.edit_button.setVisible(can_manage)
        self.active_button.setVisible(can_manage)
        self.refresh()

    def refresh(self) -> None:
        today = self.ctx.today()
        start = today.replace(day=1)
        rows = department_people(self.ctx.db, self.ctx.actor, self.department, start, today,
                                 include_inactive=self.show_inactive.isChecked())
        self.model.reset(rows)
        self.caption.setText(self.tr("{n} people · month to date {start} – {end}").format(
            n=len(rows), start=day(start), end=day(today)))
        self._update_buttons()

    def selected_person(self):
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        staff_id = self.proxy.data(indexes[0], ID_ROLE)
        return next((r.person for r in self.model.rows if r.person.id == staff_id), None)

    def _update_buttons(self) -> None:
        person = self.selected_person()
        self.edit_button.setEnabled(person is not None)
        self.charts_button.setEnabled(person is not None)
        self.active_button.setEnabled(person is not None)
        if person is not None and not person.active:
            self.active_button.setText(self.tr("Reactivate"))
        else:
            self.active_button.setText(self.tr("Deactivate"))

    def add_person(self) -> None:
        dialog = StaffDialog(self.ctx, self.department, parent=self)
        if dialog.exec():
            self.refresh()

    def open_charts(self, _index: QModelIndex | None = None):
        """The selected person's performance charts in their own window (matplotlib loads now)."""
        person = self.selected_person()
        if person is None:
            return None
        from shopdesk.ui.charts.person_window import PersonChartsDialog

        dialog = PersonChartsDialog(self.ctx, person.id, parent=self)
        dialog.show()
        return dialog

    def edit_selected(self, _index: QModelIndex | None = None) -> None:
        person = self.selected_person()
        if person is None or not self.ctx.actor.can_manage(self.department.value):
            return
        dialog = StaffDialog(self.ctx, self.department, person, parent=self)
        if dialog.exec():
            self.refresh()

    def toggle_active(self) -> None:
        person = self.selected_person()
        if person is None:
            return
        if person.active:
            answer = QMessageBox.question(
                self, self.tr("Deactivate"),
                self.tr("Deactivate {name}? Their history and pay records are kept.").format(
                    name=person.name))
            if answer != QMessageBox.StandardButton.Yes:
                return
        Op(self, self.ctx, lambda: staff_service.set_active(self.ctx.db, self.ctx.actor, person.id, not person.active),
           changes=Change.STAFF).run()
