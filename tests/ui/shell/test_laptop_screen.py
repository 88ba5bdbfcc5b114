"""On a 1366×768 laptop (a common shop laptop) the window fits, in both languages, and the main tables
need no sideways scrolling and show every figure whole.

Run in a fresh interpreter whose offscreen screen is 1366×768.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui


def _show_every_tab(db_path: Path, home: Path, lang: str) -> dict:  # type: ignore[type-arg]
    config = home / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                                               "logicalDpi": 96, "dpr": 1}]}))
    script = textwrap.dedent(f"""
        import json, os
        os.environ["HOME"] = os.environ["XDG_CONFIG_HOME"] = {str(home)!r}
        from datetime import date
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication, QTableView, QTabWidget
        from shopdesk.i18n import install_translators
        from shopdesk.services.common.context import OWNER
        from shopdesk.store.db import Database
        from shopdesk.ui.common.context import AppContext
        from shopdesk.ui.common.lazy import LazyPage
        from shopdesk.ui.shell.main_window import MainWindow
        app = QApplication([])
        keep = install_translators(app, {lang!r})
        w = MainWindow(AppContext(Database({str(db_path)!r}), OWNER, {lang!r}, today=lambda: date(2026, 11, 24)))
        w.show()
        app.processEvents()
        screen = w.screen().availableGeometry()
        frame = w.frameGeometry()
        out = {{"screen": [screen.width(), screen.height()], "frame": [frame.width(), frame.height()],
                "inside": screen.contains(frame), "scrolling": [], "cut": []}}
        def tables_in_view(page):
            inner = getattr(page, "pages", None)
            if isinstance(inner, QTabWidget):
                for j in range(inner.count()):
                    inner.setCurrentIndex(j)
                    sub = inner.widget(j)
                    if isinstance(sub, LazyPage):
                        sub.ensure_built()
                    for _ in range(3):  # shown, resized, then its columns fitted
                        app.processEvents()
                    yield inner.tabText(j), sub
            else:
                yield "", page
        for i in range(w.tabs.count()):
            w.tabs.setCurrentIndex(i)
            page = w.tabs.widget(i)
            if isinstance(page, LazyPage):
                page = page.ensure_built()
            app.processEvents()
            for name, sub in tables_in_view(page):
                for t in sub.findChildren(QTableView):
                    if t.isVisible() and t.horizontalScrollBar().isVisible():
                        widths = sum(t.columnWidth(c) for c in range(t.model().columnCount()))
                        out["scrolling"].append(f"{{w.tabs.tabText(i)}} / {{name}} / {{t.objectName()}} "
                                                f"{{widths}} > {{t.viewport().width()}}")
                    if t.isVisible() and "_fit_columns" in t.__dict__:  # a fitted table: figures stay whole
                        figures = [c for c in range(t.model().columnCount()) if t.model().rowCount()
                                   and t.model().index(0, c).data(Qt.ItemDataRole.TextAlignmentRole) is not None
                                   and Qt.AlignmentFlag(int(t.model().index(0, c).data(Qt.ItemDataRole.TextAlignmentRole)))
                                   & Qt.AlignmentFlag.AlignRight]
                        for c in figures:
                            if not t.isColumnHidden(c) and t.columnWidth(c) < t.sizeHintForColumn(c):
                                title = t.model().headerData(c, Qt.Orientation.Horizontal)
                                out["cut"].append(f"{{w.tabs.tabText(i)}} / {{name}} / {{title}}")
        print(json.dumps(out))
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300, env=env)
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_window_fits_a_laptop_and_tables_need_no_sideways_scrolling(demo_db, tmp_path, lang):
    seen = _show_every_tab(demo_db.path, tmp_path, lang)
    assert seen["screen"] == [1366, 768]
    assert seen["inside"], seen["frame"]
    assert seen["scrolling"] == []
    # Headers and words may shorten ("Projected mo…", the whole text on hover); money and counts never do.
    assert seen["cut"] == [], seen
