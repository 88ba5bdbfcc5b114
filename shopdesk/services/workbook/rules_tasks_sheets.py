"""The Rules and Tasks sheets of the shop workbook export, read from the database (the same columns the import reads)."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select

from shopdesk.domain.scope import Dialect, Scope
from shopdesk.exchange.common.style import DATE_FORMAT, YUAN_FORMAT
from shopdesk.exchange.workbook.layout import RULES, TASKS
from shopdesk.exchange.workbook.values import (
    BASIS,
    KINDS,
    TIER_MODE,
    applies_to_word,
    map_weight_keys,
    metric_words,
    repeat_word,
)
from shopdesk.services.figures.registry import load_registry as registry_in_db
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
            return applies_to_word(Scope.of_department(department_label(scope.department, lang)).key(Dialect.RULES),
                                   lang)
        return applies_to_word(applies_to, lang)

    metric = metric_words(registry_in_db(db), lang)

    def weights(spec) -> str | None:
        if not spec.weights:
            return None
        if spec.kind != "points" or lang != "zh_CN":
            return spec.weights
        return map_weight_keys(spec.weights, metric.get)

    rule_rows: list[list[object]] = []
    for r in rules:
        spec = r.spec
        rule_rows.append([
            addressee(spec.applies_to), spec.label, KINDS.word(spec.kind, lang),
            metric.get(spec.metric, spec.metric) if spec.metric else None, BASIS.word(spec.basis, lang),
            None if spec.rate is None else f"{spec.rate.normalize():f}%", _yuan(spec.amount_fen),
            spec.threshold, spec.tiers or None, TIER_MODE.word(spec.tier_mode, lang), _yuan(spec.cap_fen),
            weights(spec),
            spec.effective_from or None])
    task_rows: list[list[object]] = [
        [t.title, ",".join(sorted(names[i] for i in assignees.get(t.id, []) if i in names)), t.due,
         repeat_word(t.repeat, lang), t.points,
         t.start if t.repeat != "none" else None]
        for t in tasks]
    return [(RULES, rule_rows, {6: YUAN_FORMAT, 10: YUAN_FORMAT}), (TASKS, task_rows, {2: DATE_FORMAT, 5: DATE_FORMAT})]
