"""In Chinese, the window speaks Chinese."""

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from shopdesk.domain.departments import Department
from shopdesk.i18n import install_translators
from shopdesk.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def chinese(qapp):
    translators = install_translators(qapp, "zh_CN")
    yield
    for t in translators:
        QCoreApplication.removeTranslator(t)
    install_translators(qapp, "en")


def test_tabs_in_chinese(qtbot, ctx, chinese):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    titles = [window.tabs.tabText(i) for i in range(5)]
    assert titles == ["总览", "运营", "设计", "客服", "物流"]
    panel = window.department_tab(Department.DESIGN).people
    assert panel.model.headerData(0, Qt.Orientation.Horizontal) == "姓名"
