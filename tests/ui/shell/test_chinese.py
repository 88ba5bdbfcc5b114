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


def test_qt_own_dialogs_speak_chinese_too(qtbot, chinese):
    """The file dialog and standard buttons: Qt's catalogue, with its gaps filled by ours."""
    import re

    from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel

    dialog = QFileDialog(None, "打开")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    assert labels and all(not re.search("[A-Za-z]{2,}", text) for text in labels), labels
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert [b.text() for b in buttons.buttons()] == ["保存", "取消"]
