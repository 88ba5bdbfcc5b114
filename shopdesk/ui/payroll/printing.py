"""Print from the Payroll tab: the month's run laid out as the Payroll sheet, or one person's payslip.

Both go through a print preview (QPrintPreviewDialog); `paint` draws on any
QPrinter, so the same drawing prints, previews and can be saved as PDF.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from shopdesk.domain.departments import DEPARTMENTS
from shopdesk.domain.money import format_yuan
from shopdesk.exchange.payroll.bonus_sheet import layout_of, money_keys, person_values
from shopdesk.exchange.payroll.labels import dept_name, h, owner_name
from shopdesk.services.payroll.results import PayrollRun


def run_html(run: PayrollRun, shop: str, lang: str, made: str) -> str:
    """The month's run as the Payroll sheet prints: title block, a row per person, subtotals, total, signatures."""
    layout = layout_of(run)
    keys, money = layout.headers, set(money_keys(layout))
    year, month = run.month.split("-")
    status = (h("approved", lang).format(at=f"{run.approved_at:%Y-%m-%d}", who=owner_name(run.approved_by, lang))
              if run.approved_at else h("draft", lang))
    head = "".join(f"<th>{escape(t)}</th>" for t in layout.names(lang))

    def cells(values: dict[str, int | None], texts: tuple[str, str, str], bold: bool = False) -> str:
        out = []
        for k in keys:
            if k in money:
                fen = values.get(k)
                text = "" if fen is None else format_yuan(fen)
                out.append(f"<td align='right' style='white-space:nowrap'>{'<b>' if bold else ''}{text}"
                           f"{'</b>' if bold else ''}</td>")
            elif k in ("name", "department", "position"):
                text = texts[("name", "department", "position").index(k)]
                out.append(f"<td style='white-space:nowrap'>{'<b>' if bold else ''}{escape(text)}"
                           f"{'</b>' if bold else ''}</td>")
            else:
                out.append("<td width='8%'>&nbsp;</td>")  # room to sign
        return "<tr>" + "".join(out) + "</tr>"

    rows = []
    grand: dict[str, int] = {}
    for dept in DEPARTMENTS:
        people = [p for p in run.people if p.department == dept.value]
        if not people:
            continue
        sub: dict[str, int] = {}
        for p in people:
            values = person_values(p, layout)
            rows.append(cells(values, (p.name, dept_name(p.department, lang), p.position)))
            for k in money:
                sub[k] = sub.get(k, 0) + (values.get(k) or 0)
        rows.append(cells(dict(sub), (h("subtotal", lang).format(dept=dept_name(dept.value, lang)), "", ""), True))
        for k, v in sub.items():
            grand[k] = grand.get(k, 0) + v
    rows.append(cells(dict(grand), (h("grand", lang), "", ""), True))
    signatures = " &nbsp; &nbsp; &nbsp; &nbsp; ".join(
        f"<b>{escape(h(k, lang))}</b> ____________" for k in ("prepared", "checked", "approved_by"))
    return (f"<h2 align='center'>{escape(h('title', lang).format(shop=shop, month=run.month, year=year, m=int(month)))}"
            f"</h2><p>{escape(h('shop', lang))}: {escape(shop)} &nbsp; {escape(h('month', lang))}: {run.month}"
            f" &nbsp; {escape(h('made', lang))}: {made}<br/><i>{escape(status)}</i></p>"
            f"<table border='1' cellspacing='0' cellpadding='2' width='100%'><tr style='background:#ddebf7'>"
            f"{head}</tr>{''.join(rows)}</table><p><br/>{signatures}</p>")


COLUMN_PT = 84  # what a column needs at 9 pt (¥123,456.78 or a two-word header, and padding)


def paint_html(printer, html: str, *, landscape: bool, min_width: float = 0) -> None:
    """Lay rich text out on the printer's pages in the bundled Chinese font, `min_width` pt wide at least
    (a wider layout is scaled onto the paper, as "fit to width" does)."""
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QTextDocument

    from shopdesk.exchange.payroll.payslips_pdf import BODY_PT, slip_family

    printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait)
    doc = QTextDocument()
    doc.setDefaultFont(QFont(slip_family(), BODY_PT))
    doc.setHtml(html)
    # As wide as the table wants (never narrower than the paper), scaled onto the page like "fit to width".
    paper = printer.pageLayout().paintRect(QPageLayout.Unit.Point).size()
    if paper.isEmpty():
        paper = QPageSize(QPageSize.PageSizeId.A4).size(QPageSize.Unit.Point)
    width = max(paper.width(), min_width)
    doc.setTextWidth(width)
    doc.setPageSize(QSizeF(width, width * paper.height() / paper.width()))
    doc.print_(printer)


class PrintButton(QToolButton):
    """Print…: this month's payroll, or the selected person's payslip, each through a print preview."""

    def __init__(self, page) -> None:  # a PayrollPage
        super().__init__(page)
        self.page = page
        self.setText(QCoreApplication.translate("PayrollPrinting", "Print…"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        self.run_action = menu.addAction(QCoreApplication.translate("PayrollPrinting", "This month's payroll…"),
                                         lambda: self.preview("run"))
        self.slip_action = menu.addAction(QCoreApplication.translate("PayrollPrinting", "Selected person's payslip…"),
                                          lambda: self.preview("slip"))
        self.setMenu(menu)
        self.dialog: QWidget | None = None

    def html(self, kind: str) -> str | None:
        from shopdesk.exchange.common.translate import translator
        from shopdesk.exchange.payroll.payslips_pdf import slip_html
        from shopdesk.services.common.settings import shop_name
        from shopdesk.services.payroll.payslips import payslip

        page, ctx = self.page, self.page.ctx
        if page.run is None:
            return None
        if kind == "run":
            return run_html(page.run, shop_name(ctx.db), ctx.lang, ctx.today().isoformat())
        person = page.selected_person()
        if person is None:
            return None
        slips = payslip(ctx.db, ctx.actor, page.month, person.staff_id, ctx.today())
        return slip_html(slips, slips.people[0], ctx.lang, translator(ctx.lang))

    def paint(self, printer, kind: str) -> None:
        html = self.html(kind)
        if html is not None:
            columns = len(layout_of(self.page.run).headers) if kind == "run" and self.page.run else 0
            paint_html(printer, html, landscape=kind == "run", min_width=columns * COLUMN_PT)

    def preview(self, kind: str) -> None:
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintPreviewDialog(printer, self.page)
        dialog.paintRequested.connect(lambda p: self.paint(p, kind))
        self.dialog = dialog
        dialog.open()
