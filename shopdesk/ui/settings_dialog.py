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

from ..i18n import save_language, saved_language

# Each language is named in itself, so it can be found whatever the current one.
LANGUAGE_NAMES = {"en": "English", "zh_CN": "简体中文"}


class SettingsDialog(QDialog):
    def __init__(self, current_lang: str, parent: QWidget | None = None) -> None:
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
        layout.addWidget(buttons)
        self.setMinimumWidth(380)

    def chosen(self) -> str | None:
        return self.language.currentData() or None

    def accept(self) -> None:
        before = saved_language()
        save_language(self.chosen())
        if self.chosen() != before:
            QMessageBox.information(self, self.tr("Settings"), self.tr(
                "The language will change when ShopDesk is started again."))
        super().accept()
