"""File → Settings: the language is stored for the next start and honoured by choose_language."""

import pytest
from PySide6.QtWidgets import QMessageBox

from shopdesk.i18n import SETTING, choose_language, saved_language, user_settings
from shopdesk.ui.shell.main_window import MainWindow
from shopdesk.ui.shell.settings_dialog import SettingsDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def clean_language():
    user_settings().remove(SETTING)
    yield
    user_settings().remove(SETTING)


@pytest.fixture
def told(monkeypatch):
    messages = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: messages.append(text))
    return messages


def test_choosing_chinese_is_kept_for_the_next_start(qtbot, clean_language, told):
    dialog = SettingsDialog("en")
    qtbot.addWidget(dialog)
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert names == ["System language", "English", "简体中文"]
    assert dialog.chosen() is None  # follows the system until chosen
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    dialog.accept()
    assert saved_language() == "zh_CN"
    assert choose_language(None) == "zh_CN"
    assert choose_language("en") == "en"  # --lang still wins for one start
    assert len(told) == 1  # the owner is told it applies after a restart


def test_back_to_the_system_language(qtbot, clean_language, told):
    user_settings().setValue(SETTING, "en")
    dialog = SettingsDialog("en")
    qtbot.addWidget(dialog)
    assert dialog.chosen() == "en"
    dialog.language.setCurrentIndex(0)
    dialog.accept()
    assert saved_language() is None


def test_a_damaged_setting_falls_back_to_the_system(clean_language):
    user_settings().setValue(SETTING, "klingon")
    assert saved_language() is None
    assert choose_language(None) in ("en", "zh_CN")


def test_the_file_menu_opens_settings(qtbot, ctx, clean_language, monkeypatch):
    opened = []
    monkeypatch.setattr(SettingsDialog, "exec", lambda self: opened.append(self.current_lang))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.settings_action in window.file_menu.actions()
    window.settings_action.trigger()
    assert opened == ["en"]


def test_headless_commands_follow_the_same_choice(tmp_path):
    """`shopdesk payroll … --export` without --lang speaks the language chosen in the window."""
    import os
    import subprocess
    import sys

    env = dict(os.environ, HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"))

    def python(code: str) -> str:
        return subprocess.run([sys.executable, "-c", code], env=env, check=True,
                              capture_output=True, text=True).stdout.strip()

    python("from shopdesk.app import create_application; create_application()\n"  # as the window
           "from shopdesk.i18n import save_language; save_language('zh_CN')")
    assert python("from shopdesk.i18n import choose_language; print(choose_language(None))") == "zh_CN"
