"""One department: its people, and the pages later features add beside them."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from shopdesk.domain.departments import Department
from shopdesk.ui.common.context import AppContext
from shopdesk.ui.common.lazy import LazyPage
from shopdesk.ui.common.ops import Change
from shopdesk.ui.common.refresh import keep_fresh
from shopdesk.ui.department.people_panel import PeoplePanel


class DepartmentTab(QWidget):
    def __init__(self, ctx: AppContext, department: Department,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.department = department
        self.people = PeoplePanel(ctx, department)
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.pages.addTab(self.people, self.tr("People"))
        for title, factory in self.extra_pages():
            self.pages.addTab(LazyPage(factory), title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.pages)
        keep_fresh(self.people, ctx, Change.STAFF | Change.FIGURES, self.people.refresh)

    def extra_pages(self) -> list:
        """(title, factory) for each further page; features add theirs here."""
        from shopdesk.ui.department.figures_page import FiguresPage
        from shopdesk.ui.targets.page import TargetsPage
        from shopdesk.ui.tasks.page import TasksPage

        pages = [(self.tr("Daily figures"), lambda: FiguresPage(self.ctx, self.department)),
                 (self.tr("Tasks"), lambda: TasksPage(self.ctx, self.department))]
        if self.ctx.actor.can_manage(self.department.value):
            pages.append((self.tr("Targets"), lambda: TargetsPage(self.ctx, self.department)))
            pages.append((self.tr("Appraisal"), self._appraisal_page))
        pages += self._performance_page()
        return pages

    def _performance_page(self) -> list:
        """Department charts for the owner and its manager; a member's own charts for staff."""
        actor, dept = self.ctx.actor, self.department

        def department_page() -> QWidget:
            from shopdesk.ui.charts.department_page import (
                DepartmentPerformancePage,  # matplotlib loads now
            )

            return DepartmentPerformancePage(self.ctx, dept)

        def own_page() -> QWidget:
            from shopdesk.ui.charts.person_window import PersonCharts

            assert actor.staff_id is not None  # offered to a member only
            return PersonCharts(self.ctx, actor.staff_id)

        if actor.can_manage(dept.value):
            return [(self.tr("Performance"), department_page)]
        if actor.staff_id is not None and actor.department == dept.value:
            return [(self.tr("My performance"), own_page)]
        return []

    def _appraisal_page(self) -> QWidget:
        from shopdesk.ui.appraisal.page import AppraisalPage  # loaded when the page is first opened

        return AppraisalPage(self.ctx, self.department)
