"""File menu: Backup now…, Restore… and (owner only) the audit log."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMainWindow, QMenu, QMessageBox

from shopdesk.ui.common.context import AppContext
from shopdesk.ui.common.ops import Change, Op


class DataActions(QObject):
    def __init__(self, window: QMainWindow, ctx: AppContext, menu: QMenu, before: QAction | None = None) -> None:
        super().__init__(window)
        self.window, self.ctx = window, ctx
        self.backup_action = QAction(self.tr("&Backup now…"), window)
        self.restore_action = QAction(self.tr("&Restore…"), window)
        self.audit_action = QAction(self.tr("&Audit log…"), window)
        self.backup_action.triggered.connect(self.backup_now)
        self.restore_action.triggered.connect(self.restore)
        self.audit_action.triggered.connect(self.show_audit_log)
        for action in (self.backup_action, self.restore_action, self.audit_action):
            menu.insertAction(before, action) if before else menu.addAction(action)
        if before:
            menu.insertSeparator(before)
        ctx.actor_changed.connect(self._update)
        self._update()

    def _update(self) -> None:
        owner, sqlite = self.ctx.actor.is_owner, self.ctx.db.path is not None
        self.backup_action.setEnabled(owner and sqlite)
        self.restore_action.setEnabled(owner and sqlite)
        self.audit_action.setVisible(owner)

    def backup_now(self) -> None:
        from shopdesk.services.safety.backup import backup_now

        def saved(path: Path) -> None:
            QMessageBox.information(self.window, self.tr("Backup"), self.tr(
                "A checked copy of the shop was saved as\n{path}").format(path=path))

        Op(self.window, self.ctx, lambda: backup_now(self.ctx.db, self.ctx.actor)).success(saved).run_in_background(
            self.tr("Backing up…"))

    def restore(self) -> None:
        from shopdesk.services.safety import backup

        db = self.ctx.db
        assert db.path is not None
        name, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Restore a backup"), str(backup.backup_folder(db)),
            self.tr("ShopDesk backups (*.shopdesk-backup *.db);;All files (*)"))
        if name:
            self.restore_file(Path(name))

    def restore_file(self, path: Path) -> bool:
        from shopdesk.services.safety import backup

        db = self.ctx.db
        assert db.path is not None
        summary = backup.summarize(path)
        if not summary.healthy:
            QMessageBox.warning(self.window, self.tr("Restore"), self.tr(
                "{file} cannot be restored: it is damaged or not a ShopDesk backup.").format(file=path.name))
            return False
        text = self.tr(
            "Backup of {when}\n{staff} people, {figures} daily figures (last day {last}), {targets} targets.\n\n"
            "Replace the current shop with it? The current shop is saved as a backup first.").format(
            when=f"{summary.made:%Y-%m-%d %H:%M}", staff=summary.staff, figures=summary.figures,
            last=summary.last_figure_day or "—", targets=summary.targets)
        if QMessageBox.question(self.window, self.tr("Restore"), text) != QMessageBox.StandardButton.Yes:
            return False
        verify = backup.owner_verifier(db.path)
        password = None
        if verify is not None:
            password, ok = QInputDialog.getText(self.window, self.tr("Restore"), self.tr("Owner's password:"),
                                                QLineEdit.EchoMode.Password)
            if not ok:
                return False
        shop = db.path
        assert shop is not None  # restore is offered for a shop file only

        def restore() -> Path | None:
            safety, _ = backup.restore(shop, path, self.ctx.actor, password, verify)
            db.engine.dispose()  # fresh connections read the restored file
            return safety

        def restored(safety: Path | None) -> None:
            QMessageBox.information(self.window, self.tr("Restore"), self.tr(
                "The shop was restored. The previous state was kept as\n{path}").format(path=safety))

        # Every page may show something else now: Change.ALL.
        return Op(self.window, self.ctx, restore, changes=Change.ALL).success(restored).run()

    def show_audit_log(self) -> None:
        from shopdesk.ui.shell.audit_view import AuditLogDialog

        dialog = AuditLogDialog(self.ctx, self.window)
        dialog.exec()
