"""Open the main window in a fresh interpreter and report which heavy libraries it loaded.

In the test process other tests load matplotlib and openpyxl on purpose, so
"not loaded at start-up" can only be seen from a clean start.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

HEAVY = ("matplotlib", "openpyxl", "alembic")


def heavy_modules_loaded(db_path: Path, home: Path) -> dict[str, list[str]]:
    """{"window": [...], "chart": [...]}: heavy modules loaded after the window opened (a
    department tab shown), and after a person's charts were then opened."""
    script = textwrap.dedent(f"""
        import json, os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        os.environ["HOME"] = os.environ["XDG_CONFIG_HOME"] = {str(home)!r}
        from datetime import date
        from PySide6.QtWidgets import QApplication
        from shopdesk.domain.departments import Department
        from shopdesk.services.common.context import OWNER
        from shopdesk.store.db import Database
        from shopdesk.ui.common.context import AppContext
        from shopdesk.ui.shell.main_window import MainWindow
        heavy = {HEAVY!r}
        seen = lambda: [h for h in heavy if h in sys.modules]
        app = QApplication([])
        w = MainWindow(AppContext(Database({str(db_path)!r}), OWNER, today=lambda: date(2026, 11, 24)))
        w.show()
        app.processEvents()
        panel = w.department_tab(Department.OPERATIONS).people
        app.processEvents()
        out = {{"window": seen()}}
        panel.table.selectRow(0)
        panel.open_charts()
        app.processEvents()
        out["chart"] = seen()
        print(json.dumps(out))
    """)
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=180)
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout.strip().splitlines()[-1])
