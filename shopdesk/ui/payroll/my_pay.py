"""My pay (staff and managers): their own payslip for each approved month, to read, save as PDF or print.

Everything comes from `services.payroll.payslips` with the logged-in actor,
so nobody else's slip can be reached from here: the service refuses.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from shopdesk.domain.errors import ShopDeskError
from shopdesk.services.payroll.payslips import Payslips, my_payslip_months, payslip
from shopdesk.ui.common.context import AppContext
from shopdesk.ui.common.ops import Change, fetch
from shopdesk.ui.common.refresh import keep_fresh
from shopdesk.ui.common.text import error_text, translate


class MyPayPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("my_pay")
        self.ctx = ctx
        self.slips: Payslips | None = None
        self.month_box = QComboBox()
        self.month_box.currentIndexChanged.connect(self.show_month)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_preview)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Month")))
        top.addWidget(self.month_box)
        top.addStretch(1)
        top.addWidget(self.save_button)
        top.addWidget(self.print_button)
        self.slip = QTextBrowser()
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.slip, 1)
        layout.addWidget(self.message)
        keep_fresh(self, ctx, Change.PAYROLL, self.refresh)
        self.refresh()

    def refresh(self) -> None:
        current = self.month_box.currentData()
        _, found = fetch(self, self.ctx, lambda: my_payslip_months(self.ctx.db, self.ctx.actor), self._fail)
        months = found or []
        self.month_box.blockSignals(True)
        self.month_box.clear()
        for m in months:
            self.month_box.addItem(m, m)
        if current in months:
            self.month_box.setCurrentIndex(months.index(current))
        self.month_box.blockSignals(False)
        self.show_month()

    def show_month(self) -> None:
        from shopdesk.exchange.payroll.payslips_pdf import slip_html

        month = self.month_box.currentData()
        self.slips = None
        staff_id = self.ctx.actor.staff_id
        if month is not None and staff_id is not None:
            _, self.slips = fetch(self, self.ctx, lambda: payslip(self.ctx.db, self.ctx.actor, month, staff_id,
                                                                  self.ctx.today()), self._fail)
        has = self.slips is not None and bool(self.slips.people)
        self.save_button.setEnabled(has)
        self.print_button.setEnabled(has)
        if self.slips is not None and self.slips.people:
            self.slip.setHtml(slip_html(self.slips, self.slips.people[0], self.ctx.lang, translate))
            self.message.setText("")
        else:
            self.slip.setHtml("")
            if month is None:
                self.message.setText(self.tr("No payslip yet: a month's slip appears here once the owner "
                                             "approves its payroll."))

    def _fail(self, error: ShopDeskError) -> None:
        self.message.setText(error_text(error))

    def save_pdf(self) -> None:
        from shopdesk.ui.shell import workbook_actions as files

        if self.slips is None:
            return
        suggested = self.tr("payslip-{month}.pdf").format(month=self.slips.month)
        name = files.save_file_name(self, self.tr("Save payslip"), str(files.documents_folder() / suggested),
                                    self.tr("PDF (*.pdf)"))
        if name:
            self.save_to(Path(name))

    def save_to(self, path: Path) -> None:
        from shopdesk.exchange.payroll.payslips_pdf import write_payslips_pdf
        from shopdesk.ui.shell.workbook_actions import saved_message

        assert self.slips is not None
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            write_payslips_pdf(path, self.slips, self.ctx.lang)
        except OSError as exc:
            self.message.setText(self.tr("The file could not be written: {error}").format(
                error=exc.strerror or str(exc)))
            return
        self.saved_box = saved_message(self, self.tr("Save payslip"), path)

    def print_to(self, printer) -> None:
        """Lay the slip out on the printer's page (what Print… and its preview draw)."""
        self.slip.document().print_(printer)

    def print_preview(self) -> None:
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        self.preview = QPrintPreviewDialog(self)
        self.preview.paintRequested.connect(self.print_to)
        self.preview.open()
