"""Every table model, filled by its real page from the demo shop, passes Qt's model tester.

The tester checks rows, columns, indexes, headers, roles and the signals a view
relies on; the editable grids (targets, daily figures) are checked with their
edit roles too, and then edited through setData as a view would.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QWidget

from shopdesk.domain.departments import Department
from shopdesk.services.staff.people import list_staff
from shopdesk.ui.common.context import AppContext

pytestmark = pytest.mark.gui


def _overview(ctx: AppContext) -> tuple[QWidget, QAbstractItemModel]:
    from shopdesk.ui.overview.page import OverviewTab

    page = OverviewTab(ctx)
    return page, page.model


def _review(ctx: AppContext) -> tuple[QWidget, QAbstractItemModel]:
    from shopdesk.ui.appraisal.page import AppraisalPage

    page = AppraisalPage(ctx, Department.CUSTOMER_SERVICE)
    return page, page.model


def _history(ctx: AppContext) -> tuple[QWidget, QAbstractItemModel]:
    from shopdesk.ui.appraisal.self_review import AppraisalHistoryView

    person = list_staff(ctx.db, ctx.actor, "customer_service")[0]
    view = AppraisalHistoryView(ctx, person.id)
    return view, view.model


def _tasks(ctx: AppContext) -> tuple[QWidget, QAbstractItemModel]:
    from shopdesk.ui.tasks.page import TasksPage

    page = TasksPage(ctx, Department.LOGISTICS)
    return page, page.model


def _payroll(ctx: AppContext) -> tuple[QWidget, QAbstractItemModel]:
    from shopdesk.ui.payroll.page import PayrollPage

    page = PayrollPage(ctx)
    return page, page.model


def _rules(ctx: AppContext) -> tuple[QWidget, QAbstractItemModel]:
    from shopdesk.ui.payroll.rules_dialog import RulesDialog

    dialog = RulesDialog(ctx)
    return dialog, dialog.model


def _rule_preview(ctx: AppContext) -> tuple[QWidget, QAbstractItemModel]:
    from shopdesk.ui.payroll.rules_dialog import RulesDialog

    dialog = RulesDialog(ctx)
    dialog.table.selectRow(0)
    dialog.load_selected()
    dialog.update_preview()
    return dialog, dialog.preview_model


def _targets(ctx: AppContext) -> tuple[QWidget, QAbstractItemModel]:
    from shopdesk.ui.targets.page import TargetsPage

    page = TargetsPage(ctx, Department.OPERATIONS)
    return page, page.model


def _audit(ctx: AppContext) -> tuple[QWidget, QAbstractItemModel]:
    from shopdesk.ui.shell.audit_view import AuditLogDialog

    dialog = AuditLogDialog(ctx)
    return dialog, dialog.model


def _people(ctx: AppContext) -> tuple[QWidget, QAbstractItemModel]:
    from shopdesk.ui.department.people_panel import PeoplePanel

    panel = PeoplePanel(ctx, Department.DESIGN)
    return panel, panel.model


def _figures(ctx: AppContext) -> tuple[QWidget, QAbstractItemModel]:
    from shopdesk.ui.department.figures_page import FiguresPage

    page = FiguresPage(ctx, Department.CUSTOMER_SERVICE)
    return page, page.model


def _feed(ctx: AppContext) -> tuple[QWidget, QAbstractItemModel]:
    from shopdesk.ui.reports.feed_page import FeedPage

    page = FeedPage(ctx)
    return page, page.model


PAGES: dict[str, Callable[[AppContext], tuple[QWidget, QAbstractItemModel]]] = {
    "morning check": _overview, "appraisal review": _review, "appraisal history": _history,
    "tasks": _tasks, "payroll run": _payroll, "rules": _rules, "rule preview": _rule_preview,
    "targets grid": _targets, "audit log": _audit, "people": _people, "daily figures": _figures,
    "feed": _feed,
}


@pytest.mark.parametrize("name", list(PAGES))
def test_the_model_behind_each_table_passes_the_model_tester(request, qtbot, qtmodeltester, ctx, name: str) -> None:
    widget, model = PAGES[name](ctx)
    qtbot.addWidget(widget)
    request.node.widget = widget  # alive until the tester has let go of its model
    assert model.rowCount() > 0 and model.columnCount() > 0, f"{name}: the demo shop fills it"
    qtmodeltester.check(model, force_py=True)


def test_an_edited_targets_grid_still_passes(request, qtbot, qtmodeltester, ctx) -> None:
    widget, model = _targets(ctx)
    qtbot.addWidget(widget)
    request.node.widget = widget
    editable = next(model.index(r, c) for r in range(model.rowCount()) for c in range(model.columnCount())
                    if model.flags(model.index(r, c)) & Qt.ItemFlag.ItemIsEditable and model.index(r, c).data())
    before = editable.data(Qt.ItemDataRole.EditRole)
    assert model.setData(editable, "not a number", Qt.ItemDataRole.EditRole) is False
    assert editable.data(Qt.ItemDataRole.EditRole) == before  # refused, nothing changed
    qtmodeltester.check(model, force_py=True)


def test_an_edited_figures_grid_still_passes(request, qtbot, qtmodeltester, ctx) -> None:
    widget, model = _figures(ctx)
    qtbot.addWidget(widget)
    request.node.widget = widget
    cell = model.index(0, 0)
    assert model.flags(cell) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(cell, "12", Qt.ItemDataRole.EditRole)
    assert cell.data(Qt.ItemDataRole.EditRole) == "12"
    qtmodeltester.check(model, force_py=True)
