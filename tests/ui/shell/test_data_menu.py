"""File menu: the owner backs up, restores a backup after seeing what it holds, and reads the audit log."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from shopdesk.services.common.context import Actor, Role
from shopdesk.services.safety import backup
from shopdesk.services.staff.people import StaffInput, add_staff, list_staff, update_staff
from shopdesk.ui.shell.audit_view import AuditLogDialog
from shopdesk.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def window(ctx, qtbot):  # type: ignore[no-untyped-def]
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    return w


def test_backup_now_then_restore_brings_the_shop_back(qtbot, window, ctx, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    window.data_actions.backup_action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)  # the backup runs on a worker
    copy = backup.list_backups(backup.backup_folder(ctx.db))[0][2]
    assert str(copy) in shown[0]
    add_staff(ctx.db, ctx.actor, StaffInput("临时工", "Logistics"))

    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    # The demo shop has an owner password ("demo"), so a restore asks for it.
    monkeypatch.setattr(QInputDialog, "getText", lambda *a: ("demo", True))
    assert window.data_actions.restore_file(copy)
    assert "12 people" in asked[0]
    assert "临时工" not in {p.name for p in list_staff(ctx.db, ctx.actor, include_inactive=True)}


def test_a_damaged_backup_is_refused(window, tmp_path, monkeypatch):
    bad = tmp_path / "x.shopdesk-backup"
    bad.write_bytes(b"nope" * 500)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    assert not window.data_actions.restore_file(bad)
    assert "cannot be restored" in shown[0]


def test_the_audit_log_filters_and_is_for_the_owner_only(window, ctx, qtbot):
    sid = list_staff(ctx.db, ctx.actor)[0].id
    person = list_staff(ctx.db, ctx.actor)[0]
    update_staff(ctx.db, ctx.actor, sid, StaffInput(person.name, person.department.value, "组长", "9000"))
    dialog = AuditLogDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() >= 1
    assert "to ¥9,000.00" in dialog.model.index(0, dialog.model.WHAT).data()
    dialog.table.selectRow(0)
    dialog.show_details.setChecked(True)
    assert "base_salary_fen" in dialog.details.toPlainText()  # the stored record, only on request
    dialog.search.setText("不存在的内容")
    assert dialog.model.rowCount() == 0
    ctx.set_actor(Actor(Role.MANAGER, "主管", department="design"))
    assert not window.data_actions.audit_action.isVisible()
    assert not window.data_actions.restore_action.isEnabled()


def test_audit_model_passes_the_model_tester(ctx, qtmodeltester):
    from shopdesk.services.common.audit import list_entries
    from shopdesk.ui.shell.audit_model import AuditModel

    sid = add_staff(ctx.db, ctx.actor, StaffInput("新人", "Design"))
    assert sid
    model = AuditModel()
    model.reset(list_entries(ctx.db, ctx.actor))
    qtmodeltester.check(model)
