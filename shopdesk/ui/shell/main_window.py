"""The main window: Overview and one tab per department."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget, QWidget

from shopdesk import __version__
from shopdesk.domain.departments import DEPARTMENTS, Department
from shopdesk.services.common.context import Role
from shopdesk.services.common.settings import shop_name
from shopdesk.ui.common.context import AppContext
from shopdesk.ui.common.lazy import LazyPage
from shopdesk.ui.common.text import department_name
from shopdesk.ui.overview.page import OverviewTab

if TYPE_CHECKING:
    from shopdesk.ui.department.tab import DepartmentTab


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("main_window")
        self.setWindowTitle(self.tr("ShopDesk — {shop}").format(shop=shop_name(ctx.db)))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("main_tabs")
        actor = ctx.actor
        # What a person sees depends on who logged in: staff start on My day and see
        # their own department; the owner and managers get the Overview and the Feed.
        if actor.staff_id is not None:
            self.tabs.addTab(LazyPage(self._make_my_day), self.tr("My day"))
        self.overview: OverviewTab | None = None
        if actor.is_owner or actor.role is Role.MANAGER:
            self.overview = OverviewTab(ctx)
            self.tabs.addTab(self.overview, self.tr("Overview"))
        # Department tabs are built when first opened: the window paints sooner.
        self._department_pages: dict[Department, LazyPage] = {}
        for dept in DEPARTMENTS:
            if not (actor.can_manage(dept.value) or actor.department == dept.value):
                continue
            page = LazyPage(partial(self._make_department, dept))
            self._department_pages[dept] = page
            self.tabs.addTab(page, department_name(dept))
        if actor.is_owner or actor.role is Role.MANAGER:
            self.tabs.addTab(LazyPage(self._make_feed), self.tr("Feed"))
        if actor.staff_id is not None:  # one's own payslips, approved months only
            self.tabs.addTab(LazyPage(self._make_my_pay), self.tr("My pay"))
        if ctx.actor.is_owner:  # pay is the owner's alone (staff read their own in My pay)
            self.payroll_page = LazyPage(self._make_payroll)
            self.tabs.addTab(self.payroll_page, self.tr("Payroll"))
        self.setCentralWidget(self.tabs)
        from shopdesk.ui.common.refresh import RefreshOnView

        # Other PCs' changes show when a page comes back into view.
        self.refresher = RefreshOnView(self, self.tabs)
        self._build_menus()
        self.where = QLabel()
        self.statusBar().addPermanentWidget(self.where)
        self._update_status()
        ctx.actor_changed.connect(self._update_status)
        self._fit_screen(QSettings().value("main_window/geometry"))
        self._tab_shortcuts()

    def _make_department(self, dept: Department) -> QWidget:
        # Loaded on first use, not at start-up.
        from shopdesk.ui.department import tab as department_tab

        return department_tab.DepartmentTab(self.ctx, dept)

    def _make_my_day(self) -> QWidget:
        from shopdesk.ui.overview.my_day import MyDayPage

        return MyDayPage(self.ctx)

    def _make_feed(self) -> QWidget:
        from shopdesk.ui.reports.feed_page import FeedPage

        return FeedPage(self.ctx)

    def _make_my_pay(self) -> QWidget:
        from shopdesk.ui.payroll.my_pay import MyPayPage

        return MyPayPage(self.ctx)

    def _make_payroll(self) -> QWidget:
        from shopdesk.ui.payroll.page import PayrollPage  # loaded on first use

        return PayrollPage(self.ctx)

    def department_tab(self, dept: Department) -> DepartmentTab:
        """The department's tab, built now if it has not been shown yet."""
        return self._department_pages[dept].ensure_built()  # type: ignore[return-value]

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.file_menu = file_menu
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        from shopdesk.ui.shell.data_menu import DataActions

        self.data_actions = DataActions(self, self.ctx, file_menu, before=quit_action)
        from shopdesk.ui.shell.workbook_actions import ExchangeActions

        self.exchange_actions = ExchangeActions(self, self.ctx, file_menu, before=quit_action)
        from shopdesk.ui.platform.actions import PlatformActions

        self.platform_actions = PlatformActions(self, self.ctx, file_menu, before=quit_action)
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.show_settings)
        file_menu.insertAction(quit_action, self.settings_action)
        file_menu.insertSeparator(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        from shopdesk.ui.shell.edit_menu import EditActions

        # Undo/Redo of the page in view, naming the step; Find, Export and Print of the page in view.
        self.edit_actions = EditActions(self, self.tabs, help_menu.menuAction())
        self.edit_actions.add_to_file_menu(file_menu, self.settings_action)
        self.quick_start_action = QAction(self.tr("&Quick start"), self)
        self.quick_start_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.quick_start_action.triggered.connect(self.show_quick_start)
        help_menu.addAction(self.quick_start_action)
        about = QAction(self.tr("&About ShopDesk"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _update_status(self) -> None:
        where = (self.tr("this computer: {db}") if self.ctx.db.is_sqlite
                 else self.tr("shop server: {db}")).format(db=self.ctx.db.display_name)
        # The built-in owner account is named in the window's language.
        user = self.tr("Owner") if self.ctx.actor.is_owner and self.ctx.actor.name == "Owner" else self.ctx.actor.name
        self.where.setText(self.tr("{user} · {db}").format(user=user, db=where))

    def show_settings(self) -> None:
        from shopdesk.ui.shell.settings_dialog import SettingsDialog  # loaded on first use

        in_use = self.ctx.db.display_name if self.ctx.actor.is_owner else None
        SettingsDialog(self.ctx.lang, self, database_in_use=in_use).exec()

    # A common shop laptop has 1366×768 with a taskbar: the window never starts taller or wider.
    DEFAULT_SIZE = (1280, 720)
    MINIMUM_SIZE = (960, 560)

    def _fit_screen(self, geometry: object) -> None:
        self.setMinimumSize(*self.MINIMUM_SIZE)
        screen = self.screen().availableGeometry()
        width = min(self.DEFAULT_SIZE[0], screen.width())
        # Leave room for the title bar the frame adds above the window.
        height = min(self.DEFAULT_SIZE[1], screen.height() - 32)
        self.resize(max(width, self.minimumWidth()), max(height, self.minimumHeight()))
        if geometry is not None:
            self.restoreGeometry(geometry)  # type: ignore[arg-type]  # a QByteArray from QSettings
            # A window remembered on a bigger screen (or partly off it) is brought back onto this one.
            frame = self.frameGeometry()
            if not screen.contains(frame):
                self.resize(min(self.width(), screen.width()), min(self.height(), screen.height() - 32))
                self.move(max(screen.left(), min(frame.left(), screen.right() - self.frameGeometry().width())),
                          max(screen.top(), min(frame.top(), screen.bottom() - self.frameGeometry().height())))

    def _tab_shortcuts(self) -> None:
        """Ctrl+1…Ctrl+9 choose a tab; F5 re-reads the page in view."""
        for i in range(min(self.tabs.count(), 9)):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{i + 1}"), self)
            shortcut.activated.connect(partial(self.tabs.setCurrentIndex, i))
        refresh = QShortcut(QKeySequence.StandardKey.Refresh, self)
        refresh.activated.connect(self.refresh_page)

    def refresh_page(self) -> None:
        self.refresher.forget()  # asked for: re-read now, however recently
        self.refresher.refresh_in_view()

    def open_tab(self, key: str) -> bool:
        """Show the tab a guide's link names; False when this log-in has no such tab."""
        pages = {"overview": self.overview, "payroll": getattr(self, "payroll_page", None)}
        titles = {"my_day": self.tr("My day"), "feed": self.tr("Feed")}
        target = pages.get(key)
        for i in range(self.tabs.count()):
            if (target is not None and self.tabs.widget(i) is target) or self.tabs.tabText(i) == titles.get(key):
                self.tabs.setCurrentIndex(i)
                return True
        return False

    def show_quick_start(self) -> None:
        from shopdesk.ui.shell.quick_start import QuickStartDialog

        self.quick_start = QuickStartDialog(self.open_tab, self.ctx.actor.is_owner or self.ctx.actor.role is Role.MANAGER,
                                            self)
        self.quick_start.show()

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About ShopDesk"), self.tr(
            "ShopDesk {version}\nTargets, tasks and payroll for a small online shop's team.\n"
            "Works offline; your data stays in {db}.").format(
                version=__version__, db=self.ctx.db.display_name))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt override)
        self.platform_actions.drag_enter(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt override)
        self.platform_actions.drop(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        QSettings().setValue("main_window/geometry", self.saveGeometry())
        super().closeEvent(event)
