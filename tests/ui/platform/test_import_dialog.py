"""Import platform files… and the Products page, driven through their real buttons."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from sqlalchemy import select

from shopdesk.services.figures.entry import FigureInput, save_figures
from shopdesk.services.platform.run import ImportSummary
from shopdesk.services.staff.people import StaffInput, add_staff
from shopdesk.store.models.core import Figure
from shopdesk.ui.platform.import_dialog import PlatformImportDialog
from shopdesk.ui.platform.products_page import ProductsPage
from tests import platform_files as pf
from tests.conftest import TODAY, file_bytes

pytestmark = pytest.mark.gui


def _sales(db) -> dict:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return {(d, src): v for d, v, src in s.execute(
            select(Figure.day, Figure.value, Figure.source).where(Figure.scope == "shop", Figure.metric == "sales"))}


def test_preview_names_kinds_and_days_then_import_writes(qtbot, empty_ctx, tmp_path):
    files = [pf.taobao_orders(tmp_path), pf.jd_orders(tmp_path)]
    changed: list[str] = []
    empty_ctx.bus.changed.connect(changed.append)
    dialog = PlatformImportDialog(empty_ctx, files)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20000)
    text = dialog.preview_text.toPlainText()
    assert "ExportOrderList202611.csv: Taobao/Tmall orders (订单报表) — 4 rows read, 3 used, skipped: 1 not paid; " \
           "2026-11-03 to 2026-11-04 (2 days)" in text
    assert "jd_orders.csv: JD orders — 4 rows read, 3 used, skipped: 1 cancelled or deleted" in text
    from shopdesk.ui.common.text import money

    assert f"2026-11-03: Orders 4; Refunds {money(3400)}; Sales {money(155240)}" in text  # grouping by locale
    before = file_bytes(empty_ctx.db)  # the preview wrote nothing
    assert _sales(empty_ctx.db) == {}
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(dialog.last_result, ImportSummary), timeout=20000)
    assert _sales(empty_ctx.db) == {(pf.D3, "platform"): 155240, (pf.D4, "platform"): 6660}
    assert file_bytes(empty_ctx.db) != before
    assert "figures" in changed and "Imported:" in dialog.status.text()
    assert not dialog.import_button.isEnabled()  # imported: preview again before importing twice


def test_a_conflict_blocks_import_until_replace_is_ticked(qtbot, empty_ctx, tmp_path):
    save_figures(empty_ctx.db, empty_ctx.actor, pf.D4, [FigureInput("shop", "sales", "10")], TODAY)
    dialog = PlatformImportDialog(empty_ctx, [pf.taobao_orders(tmp_path)])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20000)
    assert "conflict: 2026-11-04 shop Sales: stored ¥10.00 (typed), file ¥66.60" in dialog.preview_text.toPlainText()
    assert not dialog.import_button.isEnabled()
    before = file_bytes(empty_ctx.db)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert file_bytes(empty_ctx.db) == before
    dialog.replace_box.click()
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(dialog.last_result, ImportSummary), timeout=20000)
    assert dialog.last_result.replaced == 1
    assert _sales(empty_ctx.db)[(pf.D4, "platform")] == 6660


def test_bad_files_show_every_problem_and_nothing_can_be_imported(qtbot, empty_ctx, tmp_path):
    bad = pf.write_csv(tmp_path / "bad.csv", pf.taobao_rows([[
        '="1005"', "x", "", "", "", "", "十元", "交易成功", "", "", "", "2026-11-03 09:00:00",
        "2026-11-03 09:00:00", "", "1", "", ""]]), "gbk")
    unknown = pf.write_csv(tmp_path / "unknown.csv", [["名称"], ["a"]])
    dialog = PlatformImportDialog(empty_ctx, [bad, unknown])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=20000)
    text = dialog.preview_text.toPlainText()
    assert "bad.csv:row 6: 买家实际支付金额: '十元' is not a number" in text
    assert "unknown.csv:row 1: not a known platform export" in text
    assert "2 problems" in dialog.status.text()
    assert not dialog.import_button.isEnabled()


def test_files_dropped_on_the_main_window_open_the_dialog(qtbot, empty_ctx, tmp_path):
    from shopdesk.ui.shell.main_window import MainWindow

    window = MainWindow(empty_ctx)
    qtbot.addWidget(window)
    assert window.acceptDrops()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(pf.pdd_orders(tmp_path))), QUrl.fromLocalFile(str(tmp_path / "a.txt"))])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    dialog = window.platform_actions.dialog
    assert dialog is not None and [p.name for p in dialog.paths] == ["pdd_orders.csv"]
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20000)
    assert "Pinduoduo orders" in dialog.preview_text.toPlainText()
    dialog.close()


def test_products_page_lists_unassigned_first_and_assigns_a_designer(qtbot, empty_ctx, tmp_path):
    from shopdesk.services.platform.run import import_platform

    chen = add_staff(empty_ctx.db, empty_ctx.actor, StaffInput("陈设计", "Design"))
    import_platform(empty_ctx.db, empty_ctx.actor, [pf.tmall_lines(tmp_path)])
    page = ProductsPage(empty_ctx)
    qtbot.addWidget(page)
    assert [r.product_id for r in page.model.rows] == ["P100", "P200"]  # both without designer: by title
    assert page.model.index(0, 3).data() == "— none —"
    page.view.selectRow(0)
    page.designer.setCurrentIndex(page.designer.findData(chen))
    page.since_box.setChecked(True)
    page.since.setDate(date(2026, 11, 1))
    qtbot.mouseClick(page.assign_button, Qt.MouseButton.LeftButton)
    assert [(r.product_id, r.designer) for r in page.model.rows] == [("P200", None), ("P100", "陈设计")]
    with empty_ctx.db.read() as s:
        got = s.execute(select(Figure.value).where(Figure.scope == f"staff:{chen}",
                                                   Figure.metric == "units_sold_designed")).scalars().all()
    assert got == [5]


def test_the_daily_figures_grid_says_where_a_figure_came_from(qtbot, empty_ctx, tmp_path):
    from PySide6.QtCore import QDate

    from shopdesk.domain.departments import Department
    from shopdesk.services.platform.run import import_platform
    from shopdesk.ui.department.figures_page import FiguresPage

    import_platform(empty_ctx.db, empty_ctx.actor, [pf.taobao_orders(tmp_path), pf.jd_orders(tmp_path)])
    save_figures(empty_ctx.db, empty_ctx.actor, pf.D3, [FigureInput("shop", "visitors", "500")], TODAY)
    page = FiguresPage(empty_ctx, Department.OPERATIONS)
    qtbot.addWidget(page)
    page.day.setDate(QDate(2026, 11, 3))
    page.load()
    cols = {m.key: i for i, m in enumerate(page.model.metrics)}
    sales = page.model.index(0, cols["sales"]).data(Qt.ItemDataRole.ToolTipRole)
    lines = sales.splitlines()
    assert lines[0] == "From platform files:"
    assert len(lines) == 3
    assert lines[1].startswith("199.9 from jd_orders.csv, imported ")
    assert lines[2].startswith("1352.5 from ExportOrderList202611.csv, imported ")
    assert page.model.index(0, cols["visitors"]).data(Qt.ItemDataRole.ToolTipRole) == "Typed"
    assert page.model.index(0, cols["ad_spend"]).data(Qt.ItemDataRole.ToolTipRole) is None
