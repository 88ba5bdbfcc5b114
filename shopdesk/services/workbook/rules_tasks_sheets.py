"""The Rules and Tasks sheets of the shop workbook export, read from the database (the same columns the import reads)."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select

from shopdesk.domain.scope import Dialect, Scope
from shopdesk.exchange.common.style import DATE_FORMAT, YUAN_FORMAT
from shopdesk.exchange.workbook.layout import RULES, TASKS
from shopdesk.store.db import Database
from shopdesk.store.models.core import Staff
from shopdesk.store.models.tasks import Task, TaskAssignee


def _yuan(fen: int | None) -> Decimal | None:
    return None if fen is None else Decimal(fen) / 100


def extra_sheets(db: Database, lang: str, scope) -> list:
    from shopdesk.exchange.common.labels import department_label
    from shopdesk.services.payroll.rules import rules_in

    with db.read() as s:
        names = dict(s.execute(select(Staff.id, Staff.name)).all())
        rules = rules_in(s)
        tasks = list(s.scalars(select(Task).where(Task.active.is_(True)).order_by(Task.id)))
        assignees: dict[int, list[int]] = {}
        for task_id, sid in s.execute(select(TaskAssignee.task_id, TaskAssignee.staff_id)
                                      .order_by(TaskAssignee.task_id, TaskAssignee.staff_id)):
            assignees.setdefault(task_id, []).append(sid)

    def addressee(applies_to: str) -> str:
        scope = Scope.try_parse(applies_to, Dialect.RULES)
        if scope is not None and scope.staff_id is not None:
            return names.get(scope.staff_id, applies_to)
        if scope is not None and scope.department is not None:
            return Scope.of_department(department_label(scope.department, lang)).key(Dialect.RULES)
        return applies_to

    rule_rows: list[list[object]] = []
    for r in rules:
        spec = r.spec
        rule_rows.append([
            addressee(spec.applies_to), spec.label, spec.kind, spec.metric or None, spec.basis,
            None if spec.rate is None else f"{spec.rate.normalize():f}%", _yuan(spec.amount_fen),
            spec.threshold, spec.tiers or None, spec.tier_mode, _yuan(spec.cap_fen), spec.weights or None,
            spec.effective_from or None])
    task_rows: list[list[object]] = [
        [t.title, ",".join(sorted(names[i] for i in assignees.get(t.id, []) if i in names)), t.due, t.repeat, t.points,
         t.start if t.repeat != "none" else None]
        for t in tasks]
    return [(RULES, rule_rows, {6: YUAN_FORMAT, 10: YUAN_FORMAT}), (TASKS, task_rows, {2: DATE_FORMAT, 5: DATE_FORMAT})]
