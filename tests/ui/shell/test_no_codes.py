"""In Chinese, no screen shows a stored key: every tab, page and dialog is walked and read.

What counts as a code: snake_case keys, scope keys (dept:…, staff:…), the
stored words of rest days, splits, repetitions, rule kinds, bases and tier
modes, and any other run of Latin letters outside a short allow-list of what
Chinese shops write in Latin letters themselves (¥, %, ROI, PIN, Excel …).
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from shopdesk.domain.departments import DEPARTMENTS
from shopdesk.i18n import install_translators
from shopdesk.services.common.context import OWNER
from shopdesk.store.db import Database
from shopdesk.store.schema import ensure_schema
from shopdesk.ui.common.context import AppContext
from shopdesk.ui.common.lazy import LazyPage

pytestmark = pytest.mark.gui

TODAY = date(2026, 11, 24)
ALLOWED = {"ROI", "PIN", "AOV", "Excel", "ShopDesk", "PDF", "CSV", "PNG", "GMV", "ID", "SKU", "KPI", "UV",
           "PV", "PostgreSQL", "SQLite", "Ctrl", "Shift", "Alt", "F1", "F5", "Esc", "QQ", "WPS", "Tab"}
# Fields where the owner types a key of their own (a custom metric's key): a code by design.
TYPED_KEYS = {"metric_key"}
LATIN = re.compile(r"[A-Za-z][A-Za-z_:]*[A-Za-z]")


def codes_in(text: str) -> list[str]:
    text = re.sub(r"https?://\S+|\S+@\S+|[/\\][\w./\\-]+", "", text)  # addresses and file paths are not codes
    return [w for w in LATIN.findall(text) if w not in ALLOWED]


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root) and w is not root:
            continue
        name = f"{type(w).__name__}:{w.objectName()}"
        if w.objectName() in TYPED_KEYS:
            continue
        if isinstance(w, (QLabel, QAbstractButton)):
            out.append((name, w.text()))
        if isinstance(w, QGroupBox):
            out.append((name, w.title()))
        if isinstance(w, QLineEdit):
            out += [(name, w.placeholderText()), (name, w.text())]
        if isinstance(w, (QTextEdit, QPlainTextEdit)):
            out.append((name, w.toPlainText()))
        if isinstance(w, QComboBox):
            out += [(name, w.itemText(i)) for i in range(w.count())]
        if isinstance(w, QTabWidget):
            out += [(name, w.tabText(i)) for i in range(w.count())]
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            m = w.model()
            root_index = QModelIndex()
            try:
                count = m.columnCount(root_index)
            except TypeError:  # Qt's private helper models (a combo box's popup list)
                continue
            columns = [c for c in range(count)
                       if not (hasattr(w, "isColumnHidden") and w.isColumnHidden(c))]
            out += [(name + " header", str(m.headerData(c, Qt.Orientation.Horizontal) or "")) for c in columns]
            for r in range(min(m.rowCount(root_index), 40)):
                out += [(name, str(m.index(r, c).data() or "")) for c in columns]
    return out


@pytest.fixture
def chinese_shop(qapp, tmp_path: Path):  # type: ignore[no-untyped-def]
    from shopdesk.services.demo.shop import write_demo

    translators = install_translators(qapp, "zh_CN")
    db = Database(tmp_path / "zh.db")
    ensure_schema(db)
    write_demo(db, staff=12, months=13, today=TODAY, translate=QCoreApplication.translate)
    yield AppContext(db, OWNER, "zh_CN", today=lambda: TODAY)
    db.dispose()
    for t in translators:
        QCoreApplication.removeTranslator(t)
    install_translators(qapp, "en")


def _walk_window(qtbot, ctx):  # type: ignore[no-untyped-def]
    from shopdesk.ui.shell.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    seen: list[tuple[str, str, str]] = []
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        page = window.tabs.widget(i)
        if isinstance(page, LazyPage):
            page.ensure_built()
        inner = getattr(page.content if isinstance(page, LazyPage) else page, "pages", None)
        subpages = range(inner.count()) if isinstance(inner, QTabWidget) else [None]
        for j in subpages:
            if j is not None:
                inner.setCurrentIndex(j)
                sub = inner.widget(j)
                if isinstance(sub, LazyPage):
                    sub.ensure_built()
            qtbot.wait(10)
            where = window.tabs.tabText(i) + ("" if j is None else " / " + inner.tabText(j))
            seen += [(where, name, text) for name, text in visible_texts(window)]
    return window, seen


def _walk_dialogs(qtbot, ctx):  # type: ignore[no-untyped-def]
    from shopdesk.ui.department.staff_dialog import StaffDialog
    from shopdesk.ui.payroll.rules_dialog import RulesDialog
    from shopdesk.ui.shell.audit_view import AuditLogDialog
    from shopdesk.ui.targets.page import TargetsDialog
    from shopdesk.ui.tasks.dialog import TaskDialog

    seen: list[tuple[str, str, str]] = []
    from shopdesk.ui.appraisal.scheme import SchemeDialog
    from shopdesk.ui.department.metric_dialog import MetricDialog
    from shopdesk.ui.payroll.attendance import AttendanceDialog
    from shopdesk.ui.payroll.settings import PayrollSettingsDialog
    from shopdesk.ui.platform.import_dialog import PlatformImportDialog
    from shopdesk.ui.shell.account_dialogs import SecretDialog
    from shopdesk.ui.shell.quick_start import QuickStartDialog

    for title, make in (("rules", lambda: RulesDialog(ctx)), ("targets", lambda: TargetsDialog(ctx)),
                        ("payroll settings", lambda: PayrollSettingsDialog(ctx)),
                        ("attendance", lambda: AttendanceDialog(ctx, "2026-10")),
                        ("scheme", lambda: SchemeDialog(ctx, DEPARTMENTS[2])),
                        ("metric", lambda: MetricDialog(ctx)), ("pins", lambda: SecretDialog(ctx)),
                        ("quick start", lambda: QuickStartDialog(lambda _key: True, True)),
                        ("platform import", lambda: PlatformImportDialog(ctx)),
                        ("audit", lambda: AuditLogDialog(ctx)),
                        ("staff", lambda: StaffDialog(ctx, DEPARTMENTS[0])),
                        ("task", lambda: TaskDialog(ctx, DEPARTMENTS[0]))):
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        if title == "rules":
            dialog.table.selectRow(0)
            dialog.load_selected()
        seen += [(title, name, text) for name, text in visible_texts(dialog)]
        dialog.close()
    return seen


def test_no_chinese_screen_shows_a_code(qtbot, chinese_shop):
    _window, seen = _walk_window(qtbot, chinese_shop)
    seen += _walk_dialogs(qtbot, chinese_shop)
    assert len(seen) > 500, "the walk reached the pages"
    found = sorted({(where, name, text) for where, name, text in seen if codes_in(text)})
    assert not found, "\n".join(f"{w} · {n} · {t!r}" for w, n, t in found[:200]) + f"\n({len(found)} in all)"
