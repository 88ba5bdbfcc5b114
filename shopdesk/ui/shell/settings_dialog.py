"""File → Settings…: this computer's preferences (the language), kept in QSettings.

Business settings live in the database; what belongs to one computer's user
(language, window layout) lives in QSettings.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from shopdesk.i18n import save_language, saved_language

# Each language is named in itself, so it can be found whatever the current one.
LANGUAGE_NAMES = {"en": "English", "zh_CN": "简体中文"}


class SettingsDialog(QDialog):
    def __init__(self, current_lang: str, parent: QWidget | None = None, *,
                 database_in_use: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Settings"))
        self.current_lang = current_lang
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem(self.tr("System language"), "")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        index = self.language.findData(saved_language() or "")
        self.language.setCurrentIndex(max(index, 0))
        form = QFormLayout()
        form.addRow(self.tr("Language:"), self.language)
        note = QLabel(self.tr("A new language applies the next time ShopDesk starts."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        self.database = None
        if database_in_use is not None:  # the owner's choice: this computer's file or the shop server
            from shopdesk.ui.shell.database_settings import DatabaseSettings

            self.database = DatabaseSettings(database_in_use)
            layout.addWidget(self.database)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)

    def chosen(self) -> str | None:
        return self.language.currentData() or None

    def accept(self) -> None:
        if self.database is not None:
            from shopdesk.services.common.connection import saved_target

            old_target = saved_target()
            problem = self.database.save()
            if problem is not None:
                QMessageBox.warning(self, self.tr("Settings"), problem)
                return
            if saved_target() != old_target:
                QMessageBox.information(self, self.tr("Settings"), self.tr(
                    "ShopDesk will open the chosen database when it is started again."))
        before = saved_language()
        save_language(self.chosen())
        if self.chosen() != before:
            QMessageBox.information(self, self.tr("Settings"), self.tr(
                "The language will change when ShopDesk is started again."))
        super().accept()
