"""Payslips as a PDF drawn with Qt (QPdfWriter + QTextDocument; DESIGN §4.8).

A4 portrait, as many whole slips per page as fit, a dashed cut line between
slips. Each slip names the shop, the month and the person, lists every line
with its explanation, the deductions, gross and net pay. A month not
approved yet is marked 草稿 / Draft on every slip. The bundled Chinese font
is embedded, so the file prints the same everywhere.
"""

from __future__ import annotations

import os
import sys
from html import escape
from pathlib import Path

from shopdesk.domain.explain import Translate
from shopdesk.domain.money import format_yuan
from shopdesk.domain.payroll import before_gross
from shopdesk.exchange.common.translate import translator
from shopdesk.exchange.payroll.labels import dept_name, h
from shopdesk.exchange.payroll.payslips_xlsx import status_line, title
from shopdesk.services.payroll.results import DEDUCTION_CATEGORIES, Payslips, PersonPay

DPI = 300
MARGIN_MM = 12.0
GAP_MM = 10.0  # between two slips; the cut line runs through its middle
BODY_PT = 9


def _mm(mm: float) -> int:
    return round(mm * DPI / 25.4)


def ensure_gui() -> None:
    """Qt draws text only with a GUI application; a headless command line gets an offscreen one."""
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        ensure_gui.app = QApplication([sys.argv[0] if sys.argv else "shopdesk"])  # type: ignore[attr-defined]


def slip_family() -> str:
    """The bundled Chinese font's family (registered once)."""
    from PySide6.QtGui import QFontDatabase

    from shopdesk.paths import resource

    if not getattr(slip_family, "family", None):
        families: list[str] = []
        for font in sorted(resource("fonts").glob("*.tt[cf]")):
            font_id = QFontDatabase.addApplicationFont(str(font))
            families += QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        slip_family.family = families[0] if families else "Sans Serif"  # type: ignore[attr-defined]
    return slip_family.family  # type: ignore[attr-defined]


def slip_html(slips: Payslips, p: PersonPay, lang: str, tr: Translate | None) -> str:
    """One slip as rich text (also what the window shows and prints)."""
    def row(item: str, kind: str, fen: int | None, note: str = "", bold: bool = False) -> str:
        amount = "" if fen is None else format_yuan(fen)
        b, eb = ("<b>", "</b>") if bold else ("", "")
        return (f"<tr><td>{b}{escape(item)}{eb}</td><td>{escape(kind)}</td>"
                f"<td align='right'>{b}{amount}{eb}</td><td>{escape(note)}</td></tr>")

    draft = "" if slips.approved else (
        f"<td align='right'><span style='color:#c00000; font-size:14pt; font-weight:bold'>"
        f"{escape(h('draft_mark', lang))}</span></td>")
    earning, deduction = h("earning", lang), h("deduction", lang)
    rows = [row(h("base", lang), earning, p.base_fen, h("from_record", lang))]
    rows += [row(h("clawback", lang) if before_gross(line) else line.label, deduction if line.deduction else earning,
                 line.amount_fen, line.note.render(tr)) for line in p.lines]
    rows += [row(h("adjustments", lang), h("adjustment", lang), a.amount_fen, a.reason) for a in p.adjustments]
    rows += [row(DEDUCTION_CATEGORIES.get(c, (c, c))[1 if lang == "zh_CN" else 0], deduction, fen, h("entered", lang))
             for c, fen in p.deductions.items() if fen]
    rows += [row(h("gross", lang), "", p.gross_fen, bold=True), row(h("deductions", lang), "", p.deductions_fen,
                                                                       bold=True),
             row(h("net", lang), "", p.net_fen, bold=True)]
    colon = "：" if lang == "zh_CN" else ": "
    who = " &nbsp; ".join(f"{escape(h(k, lang))}{colon}{v}" for k, v in (
        ("name", f"<b>{escape(p.name)}</b>"), ("department", escape(dept_name(p.department, lang))),
        ("position", escape(p.position)), ("month", slips.month)))
    head = "".join(f"<th align='{a}' width='{w}'>{escape(h(k, lang))}</th>" for k, a, w in
                   (("item", "left", "20%"), ("type", "left", "8%"), ("amount", "right", "14%"),
                    ("explanation", "left", "58%")))
    return (f"<table width='100%'><tr><td><b style='font-size:12pt'>{escape(title(slips, lang))}</b><br/>"
            f"<span style='color:#666666'>{escape(status_line(slips, lang))}</span></td>{draft}</tr></table>"
            f"<p>{who}</p>"
            f"<table width='100%' border='1' cellspacing='0' cellpadding='3' style='border-color:#888888'>"
            f"<tr style='background:#ddebf7'>{head}</tr>{''.join(rows)}</table>")


def write_payslips_pdf(path: Path, slips: Payslips, lang: str = "en") -> int:
    """Write the slips; returns the number of pages."""
    ensure_gui()
    from PySide6.QtCore import QMarginsF, QPointF, Qt
    from PySide6.QtGui import (
        QFont,
        QPageLayout,
        QPageSize,
        QPainter,
        QPdfWriter,
        QPen,
        QTextDocument,
    )

    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(0, 0, 0, 0)))
    writer.setTitle(title(slips, lang))
    writer.setCreator("ShopDesk")
    page_w, page_h = _mm(210), _mm(297)
    left, top, width = _mm(MARGIN_MM), _mm(MARGIN_MM), _mm(210 - 2 * MARGIN_MM)
    bottom = page_h - _mm(MARGIN_MM + 6)  # room for the page number
    font = QFont(slip_family(), BODY_PT)
    tr = translator(lang)
    docs = []
    for p in slips.people:
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(writer)
        doc.setDefaultFont(font)
        doc.setHtml(slip_html(slips, p, lang, tr))
        doc.setTextWidth(width)
        docs.append(doc)
    # Lay the slips out first, so every page can say how many pages there are.
    pages: list[list[tuple[int, QTextDocument]]] = [[]]
    y = top
    for doc in docs:
        height = int(doc.size().height())
        if pages[-1] and y + height > bottom:
            pages.append([])
            y = top
        pages[-1].append((y, doc))
        y += height + _mm(GAP_MM)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write {path}")
    try:
        cut = QPen(Qt.GlobalColor.gray)
        cut.setStyle(Qt.PenStyle.DashLine)
        cut.setWidth(max(1, DPI // 150))
        small = QFont(slip_family(), 7)
        for n, placed in enumerate(pages, start=1):
            if n > 1:
                writer.newPage()
            for k, (y, doc) in enumerate(placed):
                painter.save()
                painter.translate(QPointF(left, y))
                doc.drawContents(painter)
                painter.restore()
                if k + 1 < len(placed) or len(pages) > 1:  # a cut line under every slip but a lone one
                    line_y = y + int(doc.size().height()) + _mm(GAP_MM) // 2
                    painter.setPen(cut)
                    painter.drawLine(_mm(4), line_y, page_w - _mm(4), line_y)
                    painter.setFont(small)
                    painter.drawText(left, line_y - _mm(1), h("cut", lang))
            painter.setPen(QPen(Qt.GlobalColor.black))
            painter.setFont(QFont(slip_family(), 8))
            footer = (f"第 {n} 页 / 共 {len(pages)} 页" if lang == "zh_CN" else f"Page {n} of {len(pages)}")
            painter.drawText(0, page_h - _mm(MARGIN_MM + 4), page_w, _mm(6), Qt.AlignmentFlag.AlignHCenter, footer)
    finally:
        painter.end()
    return len(pages)
