"""The owner's audit log viewer: filter by kind of record, action, person and text."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shopdesk.services.common.audit import AuditFilter, distinct_values, list_entries
from shopdesk.ui.common.context import AppContext
from shopdesk.ui.shell.audit_model import AuditModel, word


class AuditLogDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Audit log"))
        self.resize(980, 560)
        self.model = AuditModel(self)
        self.entity, self.action, self.actor = QComboBox(), QComboBox(), QComboBox()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find a name or value…"))
        self.search.setClearButtonEnabled(True)
        bar = QHBoxLayout()
        for label, box in ((self.tr("Record:"), self.entity), (self.tr("Action:"), self.action),
                           (self.tr("By:"), self.actor)):
            bar.addWidget(QLabel(label))
            bar.addWidget(box)
            box.currentIndexChanged.connect(self.refresh)
        bar.addWidget(self.search, 1)
        self.search.textChanged.connect(self.refresh)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.count = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self._fill_choices()
        self.refresh()

    def _fill_choices(self) -> None:
        choices = distinct_values(self.ctx.db, self.ctx.actor)
        for box, key in ((self.entity, "entity"), (self.action, "action"), (self.actor, "actor")):
            box.blockSignals(True)
            box.clear()
            box.addItem(self.tr("All"), None)
            for value in choices[key]:
                box.addItem(word(value) if key != "actor" else value, value)
            box.blockSignals(False)

    def current_filter(self) -> AuditFilter:
        return AuditFilter(entity=self.entity.currentData(), action=self.action.currentData(),
                           actor=self.actor.currentData(), text=self.search.text().strip() or None)

    def refresh(self) -> None:
        rows = list_entries(self.ctx.db, self.ctx.actor, self.current_filter())
        self.model.reset(rows)
        self.count.setText(self.tr("{n} changes shown").format(n=len(rows)))
