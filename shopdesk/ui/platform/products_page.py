"""Design → Products: the products the order files named, those without a designer first;
the owner (or the Design manager) assigns each one's designer and the day they are credited from."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
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
from shopdesk.domain.errors import ShopDeskError
from shopdesk.services.platform.products import ProductRow, list_products, set_designer
from shopdesk.services.staff.people import list_staff
from shopdesk.ui.common.context import AppContext
from shopdesk.ui.common.rows_model import RowsModel
from shopdesk.ui.common.text import day, error_text

Index = QModelIndex | QPersistentModelIndex


class ProductsModel(RowsModel):
    ID, CODE, NAME, DESIGNER, SINCE, UNITS = range(6)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Product ID"), self.tr("Merchant code"), self.tr("Title"), self.tr("Designer"),
                self.tr("Credited from"), self.tr("Units sold"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: ProductRow = self.rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return row
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        col = index.column()
        if col == self.ID:
            return row.product_id
        if col == self.CODE:
            return row.sku_code or ""
        if col == self.NAME:
            return row.name
        if col == self.DESIGNER:
            return row.designer or self.tr("— none —")
        if col == self.SINCE:
            return day(row.designed_from) if row.designed_from else self.tr("always")
        return str(row.units)


class ProductsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = ProductsModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setSectionResizeMode(ProductsModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().currentRowChanged.connect(self._selected)
        self.intro = QLabel(self.tr("Products come in with the order files. Those without a designer are "
                                    "listed first: assign them so their units count for the designer."))
        self.intro.setWordWrap(True)
        self.designer = QComboBox()
        self.since_box = QCheckBox(self.tr("Credited from"))
        self.since = QDateEdit()
        self.since.setCalendarPopup(True)
        self.since.setEnabled(False)
        self.since_box.toggled.connect(self.since.setEnabled)
        self.assign_button = QPushButton(self.tr("Assign"))
        self.assign_button.clicked.connect(self.assign)
        edit = QHBoxLayout()
        edit.addWidget(QLabel(self.tr("Designer:")))
        edit.addWidget(self.designer, 1)
        edit.addWidget(self.since_box)
        edit.addWidget(self.since)
        edit.addWidget(self.assign_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.view, 1)
        layout.addLayout(edit)
        ctx.bus.changed.connect(self._changed)
        self.refresh()

    def _changed(self, area: str) -> None:
        if area in ("figures", "staff", "products"):
            self.refresh()

    def refresh(self) -> None:
        self.model.reset(list_products(self.ctx.db, self.ctx.actor))
        current = self.designer.currentData()
        self.designer.clear()
        self.designer.addItem(self.tr("— none —"), None)
        for person in list_staff(self.ctx.db, self.ctx.actor, Department.DESIGN.value):
            self.designer.addItem(person.name, person.id)
        found = self.designer.findData(current)
        self.designer.setCurrentIndex(max(found, 0))
        self.assign_button.setEnabled(bool(self.model.rows))

    def _selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        row: ProductRow = self.model.rows[current.row()]
        self.designer.setCurrentIndex(max(self.designer.findData(row.designer_id), 0))
        self.since_box.setChecked(row.designed_from is not None)
        when = row.designed_from or self.ctx.today()
        self.since.setDate(QDate(when.year, when.month, when.day))

    def selected(self) -> ProductRow | None:
        index = self.view.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def assign(self) -> None:
        row = self.selected()
        if row is None:
            return
        since: date | None = self.since.date().toPython() if self.since_box.isChecked() else None  # type: ignore[assignment]
        try:
            set_designer(self.ctx.db, self.ctx.actor, row.product_id, self.designer.currentData(), since)
        except ShopDeskError as exc:
            QMessageBox.warning(self, self.tr("Products"), error_text(exc))
            return
        self.ctx.bus.changed.emit("figures")
        self.refresh()
