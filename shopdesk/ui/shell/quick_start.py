"""Help → Quick start (F1): the owner's and the staff's day in a few lines, with links to the right tab."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

# Links are "tab:<index key>"; the window knows which tab each key is.
TAB_KEYS = ("overview", "my_day", "department", "feed", "payroll")


class QuickStartDialog(QDialog):
    def __init__(self, open_tab: Callable[[str], bool], owner: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.open_tab = open_tab
        self.setWindowTitle(self.tr("Quick start"))
        self.resize(620, 560)
        self.text = QTextBrowser()
        self.text.setObjectName("quick_start")
        self.text.setOpenLinks(False)
        self.text.anchorClicked.connect(self._follow)
        self.text.setHtml(self.owner_guide() if owner else self.staff_guide())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)

    def _follow(self, url: QUrl) -> None:
        key = url.toString().removeprefix("tab:")
        if self.open_tab(key):
            self.accept()

    def owner_guide(self) -> str:
        return "".join((
            "<h3>", self.tr("The owner's day"), "</h3><ol>",
            "<li>", self.tr("Every morning, <a href='tab:overview'>Overview</a>: are we on target today, "
                            "and where is the gap? Red and amber rows need a look."), "</li>",
            "<li>", self.tr("Each department tab: people, <b>Daily figures</b> (type or paste from Excel), "
                            "<b>Tasks</b>, <b>Targets</b> and <b>Appraisal</b>."), "</li>",
            "<li>", self.tr("<a href='tab:feed'>Feed</a>: read the daily reports and market feedback, and reply."),
            "</li>",
            "<li>", self.tr("At month end, <a href='tab:payroll'>Payroll</a>: check each person's lines, adjust "
                            "with a reason, approve and lock, export the bonus sheet."), "</li></ol>",
            "<h3>", self.tr("Keyboard"), "</h3><p>",
            self.tr("Ctrl+1…Ctrl+9 choose a tab · F5 re-reads the page · Ctrl+Z / Ctrl+Shift+Z undo and redo an edit · "
                    "Ctrl+F finds in the feed · Ctrl+E exports and Ctrl+P prints what the page offers · "
                    "Ctrl+L switches user · F1 opens this guide."), "</p>"))

    def staff_guide(self) -> str:
        return "".join((
            "<h3>", self.tr("Your day"), "</h3><ol>",
            "<li>", self.tr("<a href='tab:my_day'>My day</a>: today's tasks (overdue ones on top) — mark them "
                            "done; your targets and pace."), "</li>",
            "<li>", self.tr("Enter today's figures and write the daily report: what you did, problems, "
                            "tomorrow's plan."), "</li>",
            "<li>", self.tr("Add market feedback whenever you hear something: competitors, customer needs, "
                            "problems. Replies from the owner appear on My day."), "</li></ol>",
            "<h3>", self.tr("Keyboard"), "</h3><p>",
            self.tr("Ctrl+1…Ctrl+9 choose a tab · F5 re-reads the page · Ctrl+L switches user · "
                    "F1 opens this guide."), "</p>"))
