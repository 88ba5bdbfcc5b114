"""Excel in and out from the window: File-menu import/export and the Payroll tab's export button.

Reading and writing workbooks runs off the UI thread (`worker.run_in_background`)
with a progress dialog; the window never freezes. An import's problems are
shown as a copyable list of `Sheet!Cell: message`; figures already stored
for the same days are only replaced after the user says so.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from shopdesk.domain.errors import ShopDeskError, ValidationErrors
from shopdesk.ui.common.context import AppContext
from shopdesk.ui.common.ops import Change
from shopdesk.ui.common.text import error_text
from shopdesk.ui.common.worker import run_in_background


class ProblemsDialog(QDialog):
    """Every problem of a refused import, one per line, to read or copy."""

    def __init__(self, lines: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The workbook was not imported"))
        self.resize(720, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Nothing was changed. Correct these cells and import the workbook again "
                               "({n} problems):").format(n=len(lines)))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.text = QPlainTextEdit("\n".join(lines))
        self.text.setReadOnly(True)
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(self.tr("Copy"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.text.toPlainText()))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


MAX_SHOWN = 200  # problems listed one by one; the rest are counted


def problem_lines(exc: ValidationErrors) -> list[str]:
    lines = [f"{e.field}: {error_text(e)}" for e in exc.errors[:MAX_SHOWN]]
    if len(exc.errors) > MAX_SHOWN:
        lines.append(QCoreApplication.translate("Import", "… and {n} more problems").format(
            n=len(exc.errors) - MAX_SHOWN))
    return lines


def run_with_progress(parent: QWidget, label: str, work: Callable[[Callable[[int, int], None]], Any],
                      on_done: Callable[[Any], None], on_error: Callable[[BaseException], None]) -> QProgressDialog:
    """Run `work(report)` in the background behind a progress dialog (no cancel: imports are all or nothing)."""
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)

    def progress(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 0))  # 0: a busy bar while the total is not known
        if total:
            dialog.setValue(min(done, total))

    def finish(callback: Callable[[Any], None]) -> Callable[[Any], None]:
        def handler(value: Any) -> None:
            dialog.close()
            callback(value)
        return handler

    run_in_background(work, finish(on_done), finish(on_error), progress)
    return dialog


def documents_folder() -> Path:
    """Where save dialogs start: the user's Documents folder (or home when there is none)."""
    from PySide6.QtCore import QStandardPaths

    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def save_file_name(parent: QWidget, title: str, start: str, filter_: str) -> str:
    """Ask where to save, proposing the path `start`; "" when the user cancels."""
    name, _ = QFileDialog.getSaveFileName(parent, title, start, filter_)
    return name


def saved_message(parent: QWidget, title: str, path: Path) -> QMessageBox:
    """"Saved as …" with Open file and Open folder buttons (shown without blocking; returned for tests)."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    box = QMessageBox(QMessageBox.Icon.Information, title,
                      QCoreApplication.translate("ExcelJobs", "Saved as\n{path}").format(path=path),
                      QMessageBox.StandardButton.Close, parent)
    open_file = box.addButton(QCoreApplication.translate("ExcelJobs", "Open file"),
                              QMessageBox.ButtonRole.ActionRole)
    open_folder = box.addButton(QCoreApplication.translate("ExcelJobs", "Open folder"),
                                QMessageBox.ButtonRole.ActionRole)
    open_file.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
    open_folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent))))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


class ExcelJobs(QObject):
    """Workbook jobs for a window or page: import, export, bonus sheet, salary register."""

    def __init__(self, window: QWidget, ctx: AppContext) -> None:
        super().__init__(window)
        self.window, self.ctx = window, ctx
        self.last_result: Any = None  # what the last finished job gave (tests read it)

    def _failed(self, title: str) -> Callable[[BaseException], None]:
        def show(exc: BaseException) -> None:
            self.last_result = exc
            if isinstance(exc, ValidationErrors):
                ProblemsDialog(problem_lines(exc), self.window).exec()
            elif isinstance(exc, ShopDeskError):
                QMessageBox.warning(self.window, title, error_text(exc))
            elif isinstance(exc, OSError):
                QMessageBox.warning(self.window, title, self.tr("The file could not be written: {error}").format(
                    error=exc.strerror or str(exc)))
            else:
                raise exc
        return show

    def import_workbook(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import shop workbook"), "",
                                              self.tr("Excel workbooks (*.xlsx)"))
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path, replace: bool = False) -> None:
        from shopdesk.exchange.workbook.import_actuals import ActualsExist
        from shopdesk.services.workbook.importer import import_workbook

        db, actor, today = self.ctx.db, self.ctx.actor, self.ctx.today()
        title = self.tr("Import shop workbook")

        def done(summary: Any) -> None:
            self.last_result = summary
            self.ctx.bus.changed.emit(Change.ALL)
            QMessageBox.information(self.window, title, self.tr(
                "Imported: {staff} people added or changed, {targets} targets, {figures} daily figures "
                "({replaced} replaced), {rules} rules, {tasks} tasks.").format(
                staff=summary.staff, targets=summary.targets, figures=summary.figures,
                replaced=summary.figures_replaced, rules=summary.rules, tasks=summary.tasks))

        def failed(exc: BaseException) -> None:
            if (isinstance(exc, ValidationErrors) and not replace and exc.errors
                    and all(isinstance(e, ActualsExist) for e in exc.errors)):
                count = sum(e.count for e in exc.errors if isinstance(e, ActualsExist))
                answer = QMessageBox.question(self.window, title, self.tr(
                    "{count} daily figures in this workbook are already in the shop. Replace them with the "
                    "workbook's values? (They are never added twice.)").format(count=count))
                if answer == QMessageBox.StandardButton.Yes:
                    self.import_file(path, replace=True)
                    return
                self.last_result = exc
                return
            self._failed(title)(exc)

        run_with_progress(self.window, self.tr("Importing {file}…").format(file=path.name),
                          lambda report: import_workbook(db, actor, path, today, replace=replace, progress=report),
                          done, failed)

    def export_workbook(self) -> None:
        suggested = self.tr("shop-{day}.xlsx").format(day=self.ctx.today().isoformat())
        name = save_file_name(self.window, self.tr("Export shop workbook"), str(documents_folder() / suggested),
                              self.tr("Excel workbooks (*.xlsx)"))
        if name:
            self.export_file(Path(name))

    def export_file(self, path: Path) -> None:
        from shopdesk.services.workbook.export import export_workbook

        db, actor, lang = self.ctx.db, self.ctx.actor, self.ctx.lang
        run_with_progress(self.window, self.tr("Writing {file}…").format(file=path.name),
                          lambda report: export_workbook(db, actor, path, lang, progress=report),
                          self._saved(path), self._failed(self.tr("Export shop workbook")))

    def _saved(self, path: Path) -> Callable[[Any], None]:
        def done(result: Any) -> None:
            self.last_result = result
            self.saved_box = saved_message(self.window, self.tr("Export"), path)
        return done

    def ask_bonus_sheet(self) -> None:
        from shopdesk.domain.periods import Period

        month = Period.of_month(self.ctx.today()).previous()
        months = []
        for _ in range(24):
            months.append(month.key)
            month = month.previous()
        chosen, ok = QInputDialog.getItem(self.window, self.tr("Export bonus sheet"), self.tr("Month:"),
                                          months, 0, False)
        if ok and chosen:
            self.ask_path_and_export(chosen)

    def ask_path_and_export(self, period: str) -> None:
        """A month (YYYY-MM) writes its bonus sheet; a year (YYYY) its salary register."""
        suggested = (self.tr("payroll-{month}.xlsx").format(month=period) if len(period) == 7
                     else self.tr("salary-register-{year}.xlsx").format(year=period))
        name = save_file_name(self.window, self.tr("Export bonus sheet"), str(documents_folder() / suggested),
                              self.tr("Excel workbooks (*.xlsx)"))
        if name:
            self.export_pay(period, Path(name))

    def export_pay(self, period: str, path: Path) -> None:
        db, actor, today, lang = self.ctx.db, self.ctx.actor, self.ctx.today(), self.ctx.lang
        if len(period) == 4:
            from shopdesk.services.payroll.export import export_year_register

            def work(report: Callable[[int, int], None]) -> Any:
                return export_year_register(db, actor, int(period), path, today, lang)
        else:
            from shopdesk.services.payroll.export import export_bonus_sheet

            def work(report: Callable[[int, int], None]) -> Any:
                return export_bonus_sheet(db, actor, period, path, today, lang)
        run_with_progress(self.window, self.tr("Writing {file}…").format(file=path.name), work,
                          self._saved(path), self._failed(self.tr("Export bonus sheet")))


    def ask_payslips(self, month: str) -> None:
        """Payroll → Payslips…: the month's slips as a PDF (or the 工资条 workbook)."""
        suggested = self.tr("payslips-{month}.pdf").format(month=month)
        name = save_file_name(self.window, self.tr("Payslips"), str(documents_folder() / suggested),
                              self.tr("PDF (*.pdf);;Excel workbooks (*.xlsx)"))
        if name:
            self.export_payslips(month, Path(name))

    def export_payslips(self, month: str, path: Path) -> None:
        from shopdesk.services.payroll.payslips import month_payslips

        if path.suffix.lower() not in (".pdf", ".xlsx"):
            path = path.with_name(path.name + ".pdf")
        from shopdesk.ui.common.ops import fetch

        title = self.tr("Payslips")
        ok, slips = fetch(self.window, self.ctx, lambda: month_payslips(self.ctx.db, self.ctx.actor, month,
                                                                        self.ctx.today()))
        if not ok or slips is None:
            return
        lang = self.ctx.lang
        if path.suffix.lower() == ".xlsx":
            from shopdesk.exchange.payroll.payslips_xlsx import write_payslips_xlsx

            run_with_progress(self.window, self.tr("Writing {file}…").format(file=path.name),
                              lambda report: write_payslips_xlsx(path, slips, lang), self._saved(path),
                              self._failed(title))
            return
        from shopdesk.exchange.payroll.payslips_pdf import write_payslips_pdf

        # Qt draws the PDF on this thread (text layout is not for worker threads); 100 slips take under a second.
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pages = write_payslips_pdf(path, slips, lang)
        except OSError as exc:
            QGuiApplication.restoreOverrideCursor()
            self._failed(title)(exc)
            return
        QGuiApplication.restoreOverrideCursor()
        self._saved(path)(pages)


class ExchangeActions(QObject):
    """File menu: Import shop workbook…, Export shop workbook…, Export bonus sheet… (owner only)."""

    def __init__(self, window: QWidget, ctx: AppContext, menu: QMenu, before: QAction | None = None) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.jobs = ExcelJobs(window, ctx)  # its own object, so its tr() context stays "ExcelJobs"
        self.import_action = QAction(self.tr("&Import shop workbook…"), window)
        self.export_action = QAction(self.tr("&Export shop workbook…"), window)
        self.bonus_action = QAction(self.tr("Export &bonus sheet…"), window)
        self.import_action.triggered.connect(self.jobs.import_workbook)
        self.export_action.triggered.connect(self.jobs.export_workbook)
        self.bonus_action.triggered.connect(self.jobs.ask_bonus_sheet)
        for action in (self.import_action, self.export_action, self.bonus_action):
            menu.insertAction(before, action) if before else menu.addAction(action)
        if before:
            menu.insertSeparator(before)
        ctx.actor_changed.connect(self._update)
        self._update()

    def _update(self) -> None:
        for action in (self.import_action, self.export_action, self.bonus_action):
            action.setVisible(self.ctx.actor.is_owner)


def payroll_export_button(page: QWidget, ctx: AppContext, month: Callable[[], str]) -> QToolButton:
    """The Payroll tab's Export button: this month's bonus sheet or this year's salary register."""
    button = QToolButton(page)
    button.setText(QCoreApplication.translate("ExcelJobs", "Export to Excel"))
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    menu = QMenu(button)
    actions = ExcelJobs(page, ctx)
    menu.addAction(QCoreApplication.translate("ExcelJobs", "Bonus sheet for this month…"),
                   lambda: actions.ask_path_and_export(month()))
    menu.addAction(QCoreApplication.translate("ExcelJobs", "Salary register for the year…"),
                   lambda: actions.ask_path_and_export(month()[:4]))
    button.setMenu(menu)
    button.actions_ = actions  # type: ignore[attr-defined]  # kept alive with the button
    button.setVisible(ctx.actor.is_owner)
    return button


def payslips_button(page: QWidget, ctx: AppContext, month: Callable[[], str]) -> QToolButton:
    """The Payroll tab's Payslips… button: the month's slips as PDF or workbook."""
    button = QToolButton(page)
    button.setText(QCoreApplication.translate("ExcelJobs", "Payslips…"))
    jobs = ExcelJobs(page, ctx)
    button.clicked.connect(lambda: jobs.ask_payslips(month()))
    button.jobs_ = jobs  # type: ignore[attr-defined]  # kept alive with the button
    button.setVisible(ctx.actor.is_owner)
    return button
