"""Another PC's change shows up when the page comes back into view, without restarting."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from shopdesk.domain.departments import Department
from shopdesk.services.common.context import Actor, Role
from shopdesk.services.staff.people import StaffInput, add_staff
from shopdesk.store.db import Database
from shopdesk.ui.common.refresh import page_in_view
from shopdesk.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui

ELSEWHERE = Actor(Role.OWNER, "王芳")  # the owner at the warehouse PC


def _names(window: MainWindow) -> list[str]:
    return [r.person.name for r in window.department_tab(Department.LOGISTICS).people.model.rows]


def test_a_person_added_on_another_pc_appears_when_the_tab_is_chosen_again(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    logistics = window.tabs.indexOf(window._department_pages[Department.LOGISTICS])
    window.tabs.setCurrentIndex(logistics)
    assert "新仓管" not in _names(window)

    other = Database(ctx.db.url)  # the second PC: its own connection, no shared signals
    add_staff(other, ELSEWHERE, StaffInput("新仓管", "物流", "仓管", "3600"))
    other.dispose()
    window.refresher.quiet_s = 0
    window.tabs.setCurrentIndex(0)
    window.tabs.setCurrentIndex(logistics)

    assert "新仓管" in _names(window)


def test_coming_back_to_the_window_re_reads_the_page_in_view_once(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    logistics = window.tabs.indexOf(window._department_pages[Department.LOGISTICS])
    window.tabs.setCurrentIndex(logistics)
    page = page_in_view(window.tabs.currentWidget())
    assert page is window.department_tab(Department.LOGISTICS).people
    window.refresher.forget()
    window.refresher.quiet_s = 60
    refreshed: list[object] = []
    window.refresher.refreshed.connect(refreshed.append)
    for _ in range(3):  # a burst of focus changes
        QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))
    assert refreshed == [page]


def test_the_page_in_view_is_not_read_twice_when_the_window_first_opens(qtbot, ctx, monkeypatch):
    from shopdesk.ui.overview import page as overview_page

    calls: list[object] = []
    real = overview_page.morning_check
    monkeypatch.setattr(overview_page, "morning_check", lambda *a, **k: calls.append(1) or real(*a, **k))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))
    assert len(calls) == 1  # built and shown: one read
    window.refresher.quiet_s = 0
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))
    assert len(calls) == 2  # coming back later still re-reads it
