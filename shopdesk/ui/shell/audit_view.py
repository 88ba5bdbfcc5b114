"""The owner's audit log viewer: filter by kind of record, action, person and text."""

from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shopdesk.services.common.audit import AuditFilter, distinct_values, list_entries
from shopdesk.services.common.context import OWNER
from shopdesk.ui.common.context import AppContext
from shopdesk.ui.shell.audit_model import AuditModel
from shopdesk.ui.shell.audit_text import AuditNames, action_name, kind_name


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
        # The stored record, for whoever needs the exact keys: only on request.
        self.show_details = QCheckBox(self.tr("Show the stored record"))
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(140)
        self.details.hide()
        self.show_details.toggled.connect(self.details.setVisible)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._show_record(cur.row()))
        footer = QHBoxLayout()
        footer.addWidget(self.count, 1)
        footer.addWidget(self.show_details)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addLayout(footer)
        self.names = self._names()
        self._fill_choices()
        self.refresh()

    def _names(self) -> AuditNames:
        from shopdesk.services.figures.registry import load_registry
        from shopdesk.services.staff.people import list_staff

        people = {p.id: p.name for p in list_staff(self.ctx.db, self.ctx.actor, include_inactive=True)}
        return AuditNames(people, load_registry(self.ctx.db), OWNER.name)

    def _show_record(self, row: int) -> None:
        if not 0 <= row < len(self.model.rows):
            self.details.clear()
            return
        entry = self.model.rows[row]
        self.details.setPlainText(json.dumps({"action": entry.action, "record": entry.entity, "key": entry.entity_id,
                                              "before": entry.before, "after": entry.after},
                                             ensure_ascii=False, indent=1))

    def _fill_choices(self) -> None:
        choices = distinct_values(self.ctx.db, self.ctx.actor)
        owner = self.tr("The owner")
        named: tuple[tuple[QComboBox, str, Callable[[str], str]], ...] = (
            (self.entity, "entity", kind_name), (self.action, "action", action_name),
            (self.actor, "actor", lambda value: owner if value == OWNER.name else value))
        for box, key, name in named:
            box.blockSignals(True)
            box.clear()
            box.addItem(self.tr("All"), None)
            for value in choices[key]:
                box.addItem(name(value), value)
            box.blockSignals(False)

    def current_filter(self) -> AuditFilter:
        return AuditFilter(entity=self.entity.currentData(), action=self.action.currentData(),
                           actor=self.actor.currentData(), text=self.search.text().strip() or None)

    def refresh(self) -> None:
        rows = list_entries(self.ctx.db, self.ctx.actor, self.current_filter())
        self.model.reset(rows, self.names)
        self.count.setText(self.tr("{n} changes shown").format(n=len(rows)))
