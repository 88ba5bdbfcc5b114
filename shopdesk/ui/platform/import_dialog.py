"""Data → Import platform files…: name each file's kind, preview what will be written, then import.

Reading and planning run off the UI thread (the preview), and so does the
import, with a progress bar; nothing is written until Import is clicked, and
then all or nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shopdesk.domain.errors import ShopDeskError, ValidationErrors
from shopdesk.domain.text import QT_TRANSLATE_NOOP
from shopdesk.ui.common.context import AppContext
from shopdesk.ui.common.text import error_text, metric_name, phrase_text
from shopdesk.ui.common.worker import run_in_background

KIND_NAMES = {
    "taobao-orders": QT_TRANSLATE_NOOP("Platform", "Taobao/Tmall orders (订单报表)"),
    "tmall-lines": QT_TRANSLATE_NOOP("Platform", "Taobao/Tmall order lines"),
    "jd-orders": QT_TRANSLATE_NOOP("Platform", "JD orders"),
    "pdd-orders": QT_TRANSLATE_NOOP("Platform", "Pinduoduo orders"),
    "douyin-orders": QT_TRANSLATE_NOOP("Platform", "Douyin shop orders (抖店)"),
    "sycm-shop": QT_TRANSLATE_NOOP("Platform", "生意参谋 shop figures"),
    "cs-agents": QT_TRANSLATE_NOOP("Platform", "Customer service per agent"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Platform", text)


class PlatformImportDialog(QDialog):
    """Pick or drop files; the preview shows per file the kind, rows used and skipped, the days,
    and per day and metric the values, with conflicts; Import writes them."""

    imported = Signal(object)

    def __init__(self, ctx: AppContext, paths: list[Path] | None = None, parent: QWidget | None = None,
                 run: Callable[..., Any] = run_in_background) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._run = run
        self.paths: list[Path] = []
        self.plan: Any = None
        self.last_result: Any = None
        self.setWindowTitle(self.tr("Import platform files"))
        self.resize(820, 560)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.files_label = QLabel()
        self.files_label.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add files…"))
        self.add_button.clicked.connect(self.choose_files)
        top.addWidget(self.files_label, 1)
        top.addWidget(self.add_button)
        layout.addLayout(top)
        self.replace_box = QCheckBox(self.tr("Replace typed figures for the same day and metric (audited)"))
        self.replace_box.toggled.connect(self._update_buttons)
        layout.addWidget(self.replace_box)
        self.preview_text = QPlainTextEdit()
        self.preview_text.setReadOnly(True)
        self.preview_text.setObjectName("platform_preview")
        layout.addWidget(self.preview_text, 1)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.clicked.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._busy = False
        self.set_files(paths or [])

    # --- files and preview -------------------------------------------------------------------------
    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Import platform files"), "", self.tr(
            "Platform exports (*.csv *.xls *.xlsx);;All files (*)"))
        if names:
            self.set_files(self.paths + [Path(n) for n in names if Path(n) not in self.paths])

    def set_files(self, paths: list[Path]) -> None:
        self.paths = list(dict.fromkeys(paths))
        self.files_label.setText(", ".join(p.name for p in self.paths) or self.tr("No files chosen yet."))
        self.plan = None
        self._update_buttons()
        if self.paths:
            self.refresh_preview()

    def refresh_preview(self) -> None:
        from shopdesk.services.platform.run import preview

        db, actor, paths = self.ctx.db, self.ctx.actor, list(self.paths)
        self._set_busy(True, self.tr("Reading {n} files…").format(n=len(paths)))
        self._run(lambda: preview(db, actor, paths), self._previewed, self._failed)

    def _previewed(self, plan: Any) -> None:
        self._set_busy(False, "")
        self.plan = plan
        self.preview_text.setPlainText("\n".join(self.preview_lines(plan)))
        if plan.conflicts and not self.replace_box.isChecked():
            self.status.setText(self.tr(
                "{n} figures typed by hand (or from the shop workbook) would be overwritten. Tick "
                "\"Replace typed figures\" to import anyway.").format(n=len(plan.conflicts)))
        else:
            self.status.setText(self.tr("Nothing is written until you click Import."))
        self._update_buttons()

    def preview_lines(self, plan: Any) -> list[str]:
        from shopdesk.domain.metrics import DEFAULT_REGISTRY
        from shopdesk.ui.common.text import metric_value

        lines: list[str] = []
        for f in plan.files:
            days = (self.tr("{first} to {last} ({n} days)").format(
                first=f.days[0].isoformat(), last=f.days[-1].isoformat(), n=len(f.days))
                if f.days else self.tr("no days"))
            skipped = ", ".join(self.tr("{n} {reason}").format(n=n, reason=_tr(reason))
                                for reason, n in sorted(f.skipped.items())) or self.tr("none")
            lines.append(self.tr("{file}: {kind} — {read} rows read, {used} used, skipped: {skipped}; {days}").format(
                file=f.name, kind=_tr(KIND_NAMES.get(f.kind, f.kind_title)), read=f.rows_read, used=f.rows_used, skipped=skipped, days=days))
            lines.extend("    " + self.tr("warning: {text}").format(text=phrase_text(w)) for w in f.warnings)
        lines.extend(self.tr("warning: {text}").format(text=phrase_text(w)) for w in plan.warnings)
        if plan.new_products:
            lines.append(self.tr("{n} new products, without a designer yet (Design → Products)").format(
                n=len(plan.new_products)))
        if plan.unassigned_units:
            lines.append(self.tr("{n} units sold of products without a designer").format(n=plan.unassigned_units))
        lines.append("")
        for day, values in plan.by_day().items():
            cells = []
            for (scope, metric), value in sorted(values.items()):
                m = DEFAULT_REGISTRY.defs.get(metric)
                shown = metric_value(m, m.to_natural(value)) if m else str(value)
                name = metric_name(m) if m else metric
                who = "" if scope == "shop" else plan.scope_names.get(scope, scope) + " "
                cells.append(f"{who}{name} {shown}")
            lines.append(f"{day.isoformat()}: " + "; ".join(cells))
        for c in plan.conflicts:
            m = DEFAULT_REGISTRY.defs.get(c.metric)
            lines.append(self.tr("conflict: {day} {scope} {metric}: stored {old} ({source}), file {new}").format(
                day=c.day.isoformat(), scope=plan.scope_names.get(c.scope, self.tr("shop")),
                metric=metric_name(m) if m else c.metric,
                old=metric_value(m, m.to_natural(c.existing)) if m else c.existing,
                source=self.tr("typed") if c.source == "typed" else self.tr("workbook"),
                new=metric_value(m, m.to_natural(c.incoming)) if m else c.incoming))
        return lines

    # --- import --------------------------------------------------------------------------------------
    def start_import(self) -> None:
        from shopdesk.services.platform.run import import_platform

        if self.plan is None or self._busy:
            return
        db, actor, paths, replace = self.ctx.db, self.ctx.actor, list(self.paths), self.replace_box.isChecked()
        self._set_busy(True, self.tr("Importing…"))
        self.progress.setRange(0, 0)

        def work(report: Callable[[int, int], None]) -> Any:
            return import_platform(db, actor, paths, replace=replace,
                                   progress=lambda done, total, _what: report(done, total))

        self._run(work, self._imported, self._failed, self._progress)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 0))
        if total:
            self.progress.setValue(min(done, total))

    def _imported(self, summary: Any) -> None:
        self._set_busy(False, "")
        self.last_result = summary
        self.ctx.bus.changed.emit("figures")
        self.imported.emit(summary)
        if summary.written:
            self.status.setText(self.tr(
                "Imported: {figures} daily figures changed, {products} products added, {replaced} typed "
                "figures replaced.").format(figures=summary.figures_changed, products=summary.products_added,
                                            replaced=summary.replaced))
        else:
            self.status.setText(self.tr("Nothing changed: these files were imported before."))
        self.plan = None
        self._update_buttons()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False, "")
        self.last_result = exc
        self.plan = None
        if isinstance(exc, ValidationErrors):
            lines = [f"{e.field}: {error_text(e)}" for e in exc.errors]
            self.preview_text.setPlainText("\n".join(lines))
            self.status.setText(self.tr("Nothing was imported: {n} problems. Correct the files and try again.")
                                .format(n=len(lines)))
        elif isinstance(exc, ShopDeskError):
            self.status.setText(error_text(exc))
        else:
            raise exc
        self._update_buttons()

    def _set_busy(self, busy: bool, text: str) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)
            self.status.setText(text)
        self.add_button.setEnabled(not busy)
        self._update_buttons()

    def _update_buttons(self) -> None:
        plan = self.plan
        ok = plan is not None and not self._busy and (not plan.conflicts or self.replace_box.isChecked())
        self.import_button.setEnabled(ok)
