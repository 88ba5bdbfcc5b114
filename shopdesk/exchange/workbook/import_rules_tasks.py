"""Import stages for the Rules and Tasks sheets, through the rules and tasks services.

A rule already stored with the same addressee, label and start month is
left alone when it is identical, refused when it differs, and replaced
with `replace`. A task already there (same title, people, due date and
repetition) is left as it is, so importing a workbook twice adds nothing.
"""

from __future__ import annotations

import re
from dataclasses import asdict

from sqlalchemy import select

from shopdesk.domain.errors import ValidationError, ValidationErrors
from shopdesk.domain.rules import RuleSpec, validate_rule
from shopdesk.domain.text import QT_TRANSLATE_NOOP
from shopdesk.exchange.workbook import cells
from shopdesk.exchange.workbook.cells import CellError
from shopdesk.exchange.workbook.import_setup import Stage
from shopdesk.exchange.workbook.layout import fold
from shopdesk.exchange.workbook.reader import Row
from shopdesk.exchange.workbook.resolve import Names
from shopdesk.exchange.workbook.values import (
    BASIS,
    KINDS,
    TIER_MODE,
    Words,
    applies_to_text,
    map_weight_keys,
    read_repeat,
)
from shopdesk.services.common import audit
from shopdesk.services.payroll.rules import insert_rule, resolve_applies_to, spec_of
from shopdesk.services.tasks.assignments import TaskInput, insert_task
from shopdesk.store.models.payroll import PayRule
from shopdesk.store.models.tasks import Task, TaskAssignee

_RULE_COLUMNS = {"applies_to", "label", "kind", "metric", "basis", "rate", "amount", "threshold", "tiers",
                 "tier_mode", "cap", "weights", "effective_from"}


def _fail_all(stage: Stage, row: Row, exc: ValidationError | ValidationErrors, columns: set[str],
              default: str) -> None:
    errors = exc.errors if isinstance(exc, ValidationErrors) else [exc]
    for e in errors:
        stage.fail(row, e.field if e.field in columns else default, e)


def _rule_spec(stage: Stage, row: Row, names: Names) -> RuleSpec | None:
    """The row as a RuleSpec (cells read per §4.2); None after recording a problem."""
    try:
        applies_to = resolve_applies_to(stage.session, applies_to_text(row.value("applies_to")))
    except ValidationError as exc:
        stage.fail(row, "applies_to", exc)
        return None
    raw_metric = row.value("metric")
    metric = ""
    if not cells.is_blank(raw_metric):
        try:
            metric = names.metric(raw_metric).key
        except CellError as exc:
            stage.fail(row, "metric", exc)
            return None
    values: dict[str, object] = {}
    readers = {"kind": lambda: KINDS.read(row.value("kind")),
               "basis": lambda: _word(BASIS, row.value("basis"), "own"),
               "tier_mode": lambda: _word(TIER_MODE, row.value("tier_mode"), "retroactive"),
               "rate": lambda: cells.percent(row.value("rate"), row.fmt("rate")),
               "amount": lambda: cells.money_fen(row.value("amount")),
               "cap": lambda: cells.money_fen(row.value("cap")),
               "threshold": lambda: cells.decimal(row.value("threshold"))}
    for key, read in readers.items():
        try:
            values[key] = read()
        except CellError as exc:
            stage.fail(row, key, exc)
            return None
    effective = cells.period_text(row.value("effective_from"))
    weights = cells.text(row.value("weights"))
    if values["kind"] == "points" and weights:  # metric names (销售额:0.01) as their keys
        weights = map_weight_keys(weights, lambda key: _metric_key(names, key))
    return RuleSpec(
        applies_to=applies_to, label=cells.text(row.value("label")), kind=values["kind"],  # type: ignore[arg-type]
        metric=metric, basis=values["basis"], rate=values["rate"],  # type: ignore[arg-type]
        amount_fen=values["amount"], threshold=values["threshold"],  # type: ignore[arg-type]
        tiers=cells.text(row.value("tiers")), tier_mode=values["tier_mode"],  # type: ignore[arg-type]
        cap_fen=values["cap"], weights=weights, effective_from=effective)  # type: ignore[arg-type]


def _word(words: Words, value: object, default: str) -> str:
    return default if cells.is_blank(value) else words.read(value)


def _metric_key(names: Names, spelled: str) -> str | None:
    m = names.metrics.get(fold(spelled))
    return None if m is None else m.key


def import_rules(stage: Stage, rows: list[Row], names: Names) -> None:
    s = stage.session
    for row in rows:
        spec = _rule_spec(stage, row, names)
        if spec is None:
            continue
        problems = validate_rule(spec, names.registry)
        if problems:  # the cells' own problems first, before any comparison with stored rules
            for e in problems:
                stage.fail(row, e.field if e.field in _RULE_COLUMNS else "label", e)
            continue
        same = s.scalars(select(PayRule).where(
            PayRule.applies_to == spec.applies_to, PayRule.label == spec.label.strip(),
            PayRule.effective_from == (spec.effective_from or ""))).first()
        if same is not None:
            held = spec_of(same)
            if held == _as_stored(spec):
                continue  # already there, as it is
            if not stage.replace:
                stage.fail(row, "label", CellError(QT_TRANSLATE_NOOP(
                    "Errors", "a different rule called '{value}' already applies to them; "
                              "import with --replace to overwrite it"), value=spec.label.strip()))
                continue
            audit.record(s, stage.actor, "delete", "pay_rule", same.id, asdict(held), None)
            s.delete(same)
            s.flush()
        try:
            with s.begin_nested():  # a refused rule leaves nothing behind
                insert_rule(s, stage.actor, spec)
        except (ValidationError, ValidationErrors) as exc:
            _fail_all(stage, row, exc, _RULE_COLUMNS, "label")
            continue
        stage.add("rules")


def _as_stored(spec: RuleSpec) -> RuleSpec:
    """What the rules service keeps of a spec (trimmed text, normalised decimals)."""
    from dataclasses import replace

    def norm(d):
        return None if d is None else type(d)(format(d.normalize(), "f"))

    return replace(spec, label=spec.label.strip(), tiers=(spec.tiers or "").strip(),
                   weights=(spec.weights or "").strip(), rate=norm(spec.rate), threshold=norm(spec.threshold),
                   metric=spec.metric or "", effective_from=spec.effective_from or "")


_TASK_COLUMNS = {"title": "title", "assignees": "assignee", "due": "due", "repeat": "repeat",
                 "points": "points", "start": "start"}


def import_tasks(stage: Stage, rows: list[Row], names: Names) -> None:
    s = stage.session
    for row in rows:
        try:
            ids = [names.person(n) for n in re.split(r"[,，、;；]", cells.text(row.value("assignee"))) if n.strip()]
        except CellError as exc:
            stage.fail(row, "assignee", exc)
            continue
        read: dict[str, object] = {}
        for key, reader in (("due", cells.optional_day), ("start", cells.optional_day), ("points", cells.whole)):
            try:
                read[key] = reader(row.value(key))
            except CellError as exc:
                stage.fail(row, key, exc)
        if len(read) < 3:
            continue
        due, start, points = read["due"], read["start"], read["points"]
        if -1 in ids:
            continue  # the person's own row on the Staff sheet has a problem, reported there
        title = cells.text(row.value("title"))
        try:
            repeat = read_repeat(row.value("repeat")).spell()
        except CellError as exc:
            stage.fail(row, "repeat", exc)
            continue
        if _task_exists(stage, title, ids, due):
            continue
        data = TaskInput(title=title, assignees=ids, due=due, repeat=repeat,  # type: ignore[arg-type]
                         points=1 if points is None else points, start=start)  # type: ignore[arg-type]
        try:
            with s.begin_nested():
                insert_task(s, stage.actor, data, today=stage.today)
        except ValidationError as exc:
            stage.fail(row, _TASK_COLUMNS.get(exc.field, "title"), exc)
            continue
        stage.add("tasks")


def _task_exists(stage: Stage, title: str, ids: list[int], due) -> bool:
    s = stage.session
    for task in s.scalars(select(Task).where(Task.title == title.strip(), Task.active.is_(True), Task.due == due)):
        held = set(s.scalars(select(TaskAssignee.staff_id).where(TaskAssignee.task_id == task.id)))
        if held == set(ids):
            return True
    return False
