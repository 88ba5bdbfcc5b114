"""`shopdesk --self-test`: prove an installed copy works on this machine.

Runs on a temporary demo shop (never the user's database) and prints one
line per step; exit code 0 when every step passed, 1 otherwise. It is what
the packaging test runs inside the frozen bundle, so it touches everything a
bundle can miss: bundled resources (translation, fonts, icon), Alembic's
migration files, the Qt platform plugins, matplotlib's Qt backend and
openpyxl.
"""

from __future__ import annotations

import os
import shutil
import socket
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from shopdesk.store.db import Database

Step = Callable[["SelfTest"], str]


class NetworkUsed(RuntimeError):
    """Something tried to open a connection to another machine."""


@contextmanager
def no_network() -> Iterator[None]:
    """Fail any Python-level connection to another machine while the steps run."""
    original = socket.socket.connect

    def guarded(sock: socket.socket, address: Any, *args: Any) -> None:
        if sock.family in (socket.AF_INET, socket.AF_INET6):
            host = str(address[0])
            if host not in ("127.0.0.1", "::1", "localhost"):
                raise NetworkUsed(f"connection to {address!r}")
        return original(sock, address, *args)

    socket.socket.connect = guarded  # type: ignore[method-assign,assignment]  # patched for the steps only
    try:
        yield
    finally:
        socket.socket.connect = original  # type: ignore[method-assign]


class SelfTest:
    def __init__(self, lang: str, out=None) -> None:
        self.lang = lang
        self.out = out
        self.folder = Path(tempfile.mkdtemp(prefix="shopdesk-selftest-"))
        self.db_path = self.folder / "selftest.db"
        self.today = date.today()
        self._db: Database | None = None
        self._app: QApplication | None = None
        self.failures: list[str] = []

    @property
    def db(self) -> Database:
        """The demo shop, once step_demo_shop has made it."""
        assert self._db is not None, "the demo shop step runs first"
        return self._db

    @db.setter
    def db(self, value: Database) -> None:
        self._db = value

    @property
    def app(self) -> QApplication:
        assert self._app is not None, "the window step runs first"
        return self._app

    @app.setter
    def app(self, value: QApplication) -> None:
        self._app = value

    def say(self, line: str) -> None:
        if self.out is not None:
            print(line, file=self.out, flush=True)

    def run(self, steps: list[tuple[str, Step]]) -> int:
        started = time.perf_counter()
        self.say(f"ShopDesk self-test ({'bundle' if getattr(sys, 'frozen', False) else 'source'}, "
                 f"language {self.lang}, in {self.folder})")
        with no_network():
            for name, step in steps:
                t0 = time.perf_counter()
                try:
                    detail = step(self)
                except Exception as exc:  # noqa: BLE001 (every failure is reported, then the next step runs)
                    self.failures.append(name)
                    self.say(f"FAIL {name}: {type(exc).__name__}: {exc}")
                    self.say(traceback.format_exc().rstrip())
                    continue
                self.say(f"ok   {name}: {detail} ({(time.perf_counter() - t0) * 1000:.0f} ms)")
        self.close()
        total = time.perf_counter() - started
        if self.failures:
            self.say(f"self-test FAILED: {', '.join(self.failures)} ({total:.1f} s)")
            return 1
        self.say(f"self-test passed: {len(steps)} steps ({total:.1f} s)")
        return 0

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()
        shutil.rmtree(self.folder, ignore_errors=True)


# --- the steps -------------------------------------------------------------

def step_user_data(t: SelfTest) -> str:
    """The shop's database lives in the user's data folder, never inside the program."""
    from .paths import default_db_path

    db = default_db_path().resolve()
    program = Path(sys.executable).resolve().parent
    if getattr(sys, "frozen", False) and program in db.parents:
        raise AssertionError(f"default database {db} is inside the program folder {program}")
    return f"default database {db}"


def step_resources(t: SelfTest) -> str:
    from .paths import resource

    wanted = [resource("fonts", "wqy-microhei.ttc"), resource("icons", "shopdesk.png")]
    missing = [str(p) for p in wanted if not p.is_file()]
    if missing:
        raise FileNotFoundError(", ".join(missing))
    return f"fonts and icon in {resource()}"


def step_demo_shop(t: SelfTest) -> str:
    from sqlalchemy import func, select

    from shopdesk.services.demo.shop import write_demo

    from .store.db import Database
    from .store.models.core import Figure, Staff
    from .store.schema import SCHEMA_HEAD, current_revision, ensure_schema

    t.db = Database(t.db_path)
    ensure_schema(t.db)  # runs every Alembic migration from the bundled files
    if current_revision(t.db) != SCHEMA_HEAD:
        raise AssertionError(f"schema is at {current_revision(t.db)}, expected {SCHEMA_HEAD}")
    write_demo(t.db, staff=8, months=3, today=t.today)
    with t.db.read() as s:
        staff = s.scalar(select(func.count()).select_from(Staff))
        figures = s.scalar(select(func.count()).select_from(Figure))
    if not staff or not figures:
        raise AssertionError("the demo shop is empty")
    return f"schema {SCHEMA_HEAD}, {staff} staff, {figures} figures"


def step_integrity(t: SelfTest) -> str:
    from shopdesk.services.safety.integrity import check_database

    report = check_database(str(t.db_path))
    if not report.healthy:
        raise AssertionError("; ".join(report.problems))
    return f"{len(report.lines)} checks healthy"


def step_qt(t: SelfTest) -> str:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QFontDatabase, QGuiApplication

    from .app import create_application
    from .i18n import install_translators

    # Window geometry and preferences go to the temporary folder, not the user's settings.
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(t.folder))
    t.app = create_application()
    t.app._translators = install_translators(t.app, t.lang)  # type: ignore[attr-defined]
    families = [f for f in QFontDatabase.families() if "WenQuanYi" in f or "文泉驿" in f]
    if not families:
        raise AssertionError("the bundled CJK font did not load")
    return f"platform {QGuiApplication.platformName()}, font {families[0]}"


def step_translation(t: SelfTest) -> str:
    from PySide6.QtCore import QCoreApplication, QTranslator

    from .i18n import compiled_catalog

    qm = compiled_catalog("zh_CN")
    translator = QTranslator()
    if qm is None or not translator.load(str(qm)):
        raise AssertionError(f"cannot load the Chinese catalogue {qm}")
    QCoreApplication.installTranslator(translator)
    try:
        overview = QCoreApplication.translate("MainWindow", "Overview")
    finally:
        QCoreApplication.removeTranslator(translator)
    if overview != "总览":
        raise AssertionError(f"'Overview' translated as {overview!r}")
    return f"{qm.name}: Overview → {overview}"


def step_main_window(t: SelfTest) -> str:
    from shopdesk.services.common.context import OWNER
    from shopdesk.ui.common.context import AppContext
    from shopdesk.ui.shell.main_window import MainWindow

    from .domain.departments import DEPARTMENTS

    ctx = AppContext(t.db, OWNER, t.lang, today=lambda: t.today)
    window = MainWindow(ctx)
    window.show()
    for dept in DEPARTMENTS:  # build every lazy page, as a user clicking through would
        window.department_tab(dept)
    t.app.processEvents()
    image = window.grab().toImage()
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    window.close()
    window.deleteLater()
    t.app.processEvents()
    if image.isNull() or image.width() < 400:
        raise AssertionError("the main window did not paint")
    shots = os.environ.get("SHOPDESK_SELF_TEST_SHOTS")  # a folder to keep the picture in
    if shots:
        image.save(str(Path(shots) / f"main-window-{t.lang}.png"))
    return f"{image.width()}×{image.height()}, tabs: {', '.join(tabs)}"


def step_chart(t: SelfTest) -> str:
    """matplotlib's Qt backend draws Chinese text with the bundled font (no missing glyphs)."""
    import warnings

    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

    from .charts.style import new_figure

    figure = new_figure(size=(4, 3))
    axes = figure.add_subplot()
    axes.bar(["运营", "设计"], [3, 5])
    axes.set_title("销售额 ¥")
    canvas = FigureCanvasQTAgg(figure)
    with warnings.catch_warnings():
        warnings.filterwarnings("error", message=".*missing from font")
        canvas.draw()
    width, height = canvas.get_width_height()
    out = t.folder / "chart.png"
    figure.savefig(out)
    if not out.stat().st_size or width < 100:
        raise AssertionError("the chart did not render")
    return f"QtAgg canvas {width}×{height}, PNG {out.stat().st_size} bytes"


def step_payroll(t: SelfTest) -> str:
    from shopdesk.services.common.context import OWNER
    from shopdesk.services.payroll.run import compute_run

    from .domain.periods import Period

    key = Period.of_month(t.today).previous().key  # the last whole month
    run = compute_run(t.db, OWNER, key, t.today)
    if not run.people:
        raise AssertionError(f"no one was paid for {key}")
    for p in run.people:
        if p.net_fen != p.gross_fen - p.deductions_fen:
            raise AssertionError(f"{p.name}: net {p.net_fen} ≠ gross − deductions")
    if run.shop.net_fen != sum(p.net_fen for p in run.people):
        raise AssertionError("the shop total is not the sum of the people")
    t.payroll = run  # type: ignore[attr-defined]
    return f"{key}: {len(run.people)} people, net {run.shop.net_fen / 100:,.2f} yuan"


def step_bonus_sheet(t: SelfTest) -> str:
    """Write the month's bonus sheet and read it back: every person's row adds up to their pay."""
    from decimal import Decimal

    from openpyxl import load_workbook

    from shopdesk.exchange.payroll.bonus_sheet import HEADER_ROW, h
    from shopdesk.services.common.context import OWNER
    from shopdesk.services.payroll.export import export_bonus_sheet

    run = t.payroll  # type: ignore[attr-defined]
    path = t.folder / f"bonus-{run.month}.xlsx"
    export_bonus_sheet(t.db, OWNER, run.month, path, t.today, lang=t.lang)
    book = load_workbook(path)
    expected = [h(k, t.lang) for k in ("sheet_payroll", "sheet_details", "sheet_targets")]
    if book.sheetnames != expected:
        raise AssertionError(f"sheets {book.sheetnames}, expected {expected}")
    sheet = book[expected[0]]
    header = [c.value for c in sheet[HEADER_ROW]]
    col = {key: header.index(h(key, t.lang)) for key in ("name", "base", "adjustments", "gross",
                                                         "deductions", "total")}
    rows = {r[col["name"]]: r for r in sheet.iter_rows(min_row=HEADER_ROW + 1, values_only=True)}

    def fen(cells) -> int:
        return sum(int(Decimal(str(v)) * 100) for v in cells if isinstance(v, int | float | Decimal))

    for p in run.people:
        row = rows.get(p.name)
        if row is None:
            raise AssertionError(f"{p.name} is missing from the sheet")
        gross = fen(row[col["base"]:col["adjustments"] + 1])  # what the Gross pay formula sums
        deductions = fen(row[col["gross"] + 1:col["deductions"]])
        if (gross, deductions) != (p.gross_fen, p.deductions_fen):
            raise AssertionError(f"{p.name}: sheet {gross}/{deductions} fen, payroll "
                                 f"{p.gross_fen}/{p.deductions_fen}")
        if not str(row[col["total"]]).startswith("="):
            raise AssertionError(f"{p.name}: Total is not a formula")
    details = book[expected[1]].max_row - 1
    return f"{path.name}: {len(run.people)} people match, {details} detail lines"


STEPS: list[tuple[str, Step]] = [
    ("user data folder", step_user_data),
    ("bundled resources", step_resources),
    ("demo shop", step_demo_shop),
    ("integrity", step_integrity),
    ("Qt", step_qt),
    ("translation", step_translation),
    ("main window", step_main_window),
    ("chart", step_chart),
    ("payroll", step_payroll),
    ("bonus sheet", step_bonus_sheet),
]


def run(lang: str | None = None) -> int:
    """Run every step and return the exit code."""
    # Offscreen unless a display was asked for: the test also runs on machines without one.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from .i18n import choose_language

    out = sys.stdout
    if out is None:  # a windowed Windows build has no console: report into the log folder
        from .log import log_file

        path = log_file().with_name("self-test.txt")
        path.parent.mkdir(parents=True, exist_ok=True)
        out = path.open("w", encoding="utf-8")
    return SelfTest(choose_language(lang), out).run(STEPS)
