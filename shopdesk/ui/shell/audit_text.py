"""An audit entry as a sentence an owner reads: who did what to which record, before → after.

Stored keys never show: scopes become the shop, a department or a person's
name, metric keys their names, money its yuan, categories and fields their
words, periods their month; kinds of record this module does not know yet
still read as a sentence with their translated name.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication

from shopdesk.domain.departments import Department
from shopdesk.domain.metrics import MetricRegistry, Unit
from shopdesk.domain.money import format_yuan
from shopdesk.domain.rules import KIND_NAMES, RuleKind
from shopdesk.domain.scope import Dialect, Scope
from shopdesk.domain.text import QT_TRANSLATE_NOOP
from shopdesk.services.common.audit import AuditRecord
from shopdesk.services.payroll.results import DEDUCTION_CATEGORIES
from shopdesk.ui.common.text import department_name, metric_name, metric_value
from shopdesk.ui.tasks.model import repeat_text

CONTEXT = "Audit"

VERBS = {
    "add": QT_TRANSLATE_NOOP("Audit", "{who} added {what}"),
    "delete": QT_TRANSLATE_NOOP("Audit", "{who} removed {what}"),
    "update": QT_TRANSLATE_NOOP("Audit", "{who} changed {what}"),
    "edit": QT_TRANSLATE_NOOP("Audit", "{who} changed {what}"),
    "set": QT_TRANSLATE_NOOP("Audit", "{who} set {what}"),
    "activate": QT_TRANSLATE_NOOP("Audit", "{who} took {what} back on the team"),
    "deactivate": QT_TRANSLATE_NOOP("Audit", "{who} deactivated {what}"),
    "approve": QT_TRANSLATE_NOOP("Audit", "{who} approved and locked {what}"),
    "reopen": QT_TRANSLATE_NOOP("Audit", "{who} re-opened {what}"),
    "stop": QT_TRANSLATE_NOOP("Audit", "{who} stopped {what}"),
    "open": QT_TRANSLATE_NOOP("Audit", "{who} opened {what}"),
    "review": QT_TRANSLATE_NOOP("Audit", "{who} reviewed {what}"),
    "finalise": QT_TRANSLATE_NOOP("Audit", "{who} finalised {what}"),
    "restore": QT_TRANSLATE_NOOP("Audit", "{who} restored {what}"),
    "set_pin": QT_TRANSLATE_NOOP("Audit", "{who} set the PIN of {what}"),
    "set_password": QT_TRANSLATE_NOOP("Audit", "{who} set {what}"),
    "import": QT_TRANSLATE_NOOP("Audit", "{who} imported {what}"),
    "replace": QT_TRANSLATE_NOOP("Audit", "{who} replaced {what}"),
}
OTHER_VERB = QT_TRANSLATE_NOOP("Audit", "{who} changed {what}")

SUBJECTS = {
    "staff": QT_TRANSLATE_NOOP("Audit", "person {name}"),
    "target": QT_TRANSLATE_NOOP("Audit", "the {metric} target of {scope} for {period}"),
    "pay_deduction": QT_TRANSLATE_NOOP("Audit", "{category} of {person} for {month}"),
    "pay_grade": QT_TRANSLATE_NOOP("Audit", "the appraisal grade of {person} for {month}"),
    "pay_rule": QT_TRANSLATE_NOOP("Audit", "pay rule “{name}”"),
    "pay_adjustment": QT_TRANSLATE_NOOP("Audit", "a pay adjustment of {person} for {month}"),
    "payroll": QT_TRANSLATE_NOOP("Audit", "the payroll of {month}"),
    "task": QT_TRANSLATE_NOOP("Audit", "task “{name}”"),
    "appraisal": QT_TRANSLATE_NOOP("Audit", "the appraisal of {person} for {month}"),
    "appraisal_round": QT_TRANSLATE_NOOP("Audit", "the appraisal round {month}"),
    "appraisal_scheme": QT_TRANSLATE_NOOP("Audit", "the appraisal scheme of {department}"),
    "credential": QT_TRANSLATE_NOOP("Audit", "{name}"),
    "attendance": QT_TRANSLATE_NOOP("Audit", "the attendance of {person} for {month}"),
    "payroll_setup": QT_TRANSLATE_NOOP("Audit", "the social insurance and tax settings"),
    "figures": QT_TRANSLATE_NOOP("Audit", "the daily figures of {day}"),
    "product": QT_TRANSLATE_NOOP("Audit", "product {name}"),
    "figure": QT_TRANSLATE_NOOP("Audit", "{metric} of {scope} on {day}"),
    "platform": QT_TRANSLATE_NOOP("Audit", "platform files"),
}
# The audit window's filters: each kind of record and each action as a word.
KINDS = {
    "staff": QT_TRANSLATE_NOOP("Audit", "person"), "target": QT_TRANSLATE_NOOP("Audit", "target"),
    "pay_rule": QT_TRANSLATE_NOOP("Audit", "pay rule"), "payroll": QT_TRANSLATE_NOOP("Audit", "payroll"),
    "pay_adjustment": QT_TRANSLATE_NOOP("Audit", "pay adjustment"),
    "pay_deduction": QT_TRANSLATE_NOOP("Audit", "deduction"), "pay_grade": QT_TRANSLATE_NOOP("Audit", "appraisal grade"),
    "payroll_setup": QT_TRANSLATE_NOOP("Audit", "pay settings"), "attendance": QT_TRANSLATE_NOOP("Audit", "attendance"),
    "figures": QT_TRANSLATE_NOOP("Audit", "daily figures"), "product": QT_TRANSLATE_NOOP("Audit", "product"),
    "task": QT_TRANSLATE_NOOP("Audit", "task"), "credential": QT_TRANSLATE_NOOP("Audit", "PIN or password"),
    "appraisal": QT_TRANSLATE_NOOP("Audit", "appraisal"),
    "appraisal_round": QT_TRANSLATE_NOOP("Audit", "appraisal round"),
    "appraisal_scheme": QT_TRANSLATE_NOOP("Audit", "appraisal scheme"),
    "figure": QT_TRANSLATE_NOOP("Audit", "daily figure"), "platform": QT_TRANSLATE_NOOP("Audit", "platform import"),
}
ACTIONS = {
    "add": QT_TRANSLATE_NOOP("Audit", "add"), "update": QT_TRANSLATE_NOOP("Audit", "update"),
    "delete": QT_TRANSLATE_NOOP("Audit", "delete"), "activate": QT_TRANSLATE_NOOP("Audit", "activate"),
    "deactivate": QT_TRANSLATE_NOOP("Audit", "deactivate"), "approve": QT_TRANSLATE_NOOP("Audit", "approve"),
    "reopen": QT_TRANSLATE_NOOP("Audit", "reopen"), "restore": QT_TRANSLATE_NOOP("Audit", "restore"),
    "set": QT_TRANSLATE_NOOP("Audit", "set"), "edit": QT_TRANSLATE_NOOP("Audit", "edit"),
    "copy": QT_TRANSLATE_NOOP("Audit", "copy"), "stop": QT_TRANSLATE_NOOP("Audit", "stop"),
    "open": QT_TRANSLATE_NOOP("Audit", "open"), "review": QT_TRANSLATE_NOOP("Audit", "review"),
    "finalise": QT_TRANSLATE_NOOP("Audit", "finalise"), "import": QT_TRANSLATE_NOOP("Audit", "import"),
    "set_pin": QT_TRANSLATE_NOOP("Audit", "set a PIN"), "set_password": QT_TRANSLATE_NOOP("Audit", "set a password"),
    "replace": QT_TRANSLATE_NOOP("Audit", "replace"),
}
OWNER_PASSWORD = QT_TRANSLATE_NOOP("Audit", "the owner's password")
OTHER_SUBJECT = QT_TRANSLATE_NOOP("Audit", "a record ({kind})")
SOME_APPRAISAL = QT_TRANSLATE_NOOP("Audit", "an appraisal")
COPIED = QT_TRANSLATE_NOOP("Audit", "{who} copied {n} deductions from {source} into {month}")

CHANGE = QT_TRANSLATE_NOOP("Audit", "{field} from {old} to {new}")
FROM_TO = QT_TRANSLATE_NOOP("Audit", "from {old} to {new}")
TO = QT_TRANSLATE_NOOP("Audit", "to {new}")
FIGURE = QT_TRANSLATE_NOOP("Audit", "{metric} of {scope}")
LIST_SEPARATOR = QT_TRANSLATE_NOOP("Audit", ", ")
WITH = QT_TRANSLATE_NOOP("Audit", "{sentence}: {changes}")
MONTH = QT_TRANSLATE_NOOP("Audit", "{year}-{month}")
THE_SHOP = QT_TRANSLATE_NOOP("Audit", "the shop")
THE_OWNER = QT_TRANSLATE_NOOP("Audit", "The owner")
YES, NO, NOTHING = (QT_TRANSLATE_NOOP("Audit", "yes"), QT_TRANSLATE_NOOP("Audit", "no"),
                    QT_TRANSLATE_NOOP("Audit", "nothing"))

FIELDS = {
    "name": QT_TRANSLATE_NOOP("Audit", "name"), "department": QT_TRANSLATE_NOOP("Audit", "department"),
    "position": QT_TRANSLATE_NOOP("Audit", "position"), "base_salary_fen": QT_TRANSLATE_NOOP("Audit", "base salary"),
    "hire_date": QT_TRANSLATE_NOOP("Audit", "hire date"), "active": QT_TRANSLATE_NOOP("Audit", "on the team"),
    "role": QT_TRANSLATE_NOOP("Audit", "role"), "value": QT_TRANSLATE_NOOP("Audit", "value"),
    "split": QT_TRANSLATE_NOOP("Audit", "breakdown"), "amount_fen": QT_TRANSLATE_NOOP("Audit", "amount"),
    "reason": QT_TRANSLATE_NOOP("Audit", "reason"), "grade": QT_TRANSLATE_NOOP("Audit", "grade"),
    "title": QT_TRANSLATE_NOOP("Audit", "title"), "notes": QT_TRANSLATE_NOOP("Audit", "notes"),
    "assignees": QT_TRANSLATE_NOOP("Audit", "people"), "due": QT_TRANSLATE_NOOP("Audit", "due"),
    "repeat": QT_TRANSLATE_NOOP("Audit", "repeats"), "points": QT_TRANSLATE_NOOP("Audit", "points"),
    "priority": QT_TRANSLATE_NOOP("Audit", "priority"), "label": QT_TRANSLATE_NOOP("Audit", "label"),
    "rate": QT_TRANSLATE_NOOP("Audit", "rate"), "cap_fen": QT_TRANSLATE_NOOP("Audit", "cap"),
    "threshold": QT_TRANSLATE_NOOP("Audit", "threshold"), "tiers": QT_TRANSLATE_NOOP("Audit", "tiers"),
    "comment": QT_TRANSLATE_NOOP("Audit", "comment"), "score": QT_TRANSLATE_NOOP("Audit", "score"),
    "people": QT_TRANSLATE_NOOP("Audit", "people"), "rows": QT_TRANSLATE_NOOP("Audit", "rows"),
    "net_total_fen": QT_TRANSLATE_NOOP("Audit", "net pay"), "reopen_reason": QT_TRANSLATE_NOOP("Audit", "reason"),
    "period": QT_TRANSLATE_NOOP("Audit", "period"),
    "gross_fen": QT_TRANSLATE_NOOP("Audit", "gross pay"), "net_fen": QT_TRANSLATE_NOOP("Audit", "net pay"),
    "kind": QT_TRANSLATE_NOOP("Audit", "kind"), "applies_to": QT_TRANSLATE_NOOP("Audit", "for"),
    "metric": QT_TRANSLATE_NOOP("Audit", "metric"), "basis": QT_TRANSLATE_NOOP("Audit", "basis"),
    "tier_mode": QT_TRANSLATE_NOOP("Audit", "tier mode"), "weights": QT_TRANSLATE_NOOP("Audit", "weights"),
    "effective_from": QT_TRANSLATE_NOOP("Audit", "from"),
    "si_rate": QT_TRANSLATE_NOOP("Audit", "social insurance rate"),
    "hf_rate": QT_TRANSLATE_NOOP("Audit", "housing fund rate"), "income_tax": QT_TRANSLATE_NOOP("Audit", "income tax"),
    "min_wage": QT_TRANSLATE_NOOP("Audit", "minimum wage"), "unpaid_halves": QT_TRANSLATE_NOOP("Audit", "unpaid days"),
    "late": QT_TRANSLATE_NOOP("Audit", "late arrivals"), "designer_id": QT_TRANSLATE_NOOP("Audit", "designer"),
    "designed_from": QT_TRANSLATE_NOOP("Audit", "credited from"),
    "platform_accounts": QT_TRANSLATE_NOOP("Audit", "platform accounts"),
    "leave_date": QT_TRANSLATE_NOOP("Audit", "leave date"),
    "si_base_fen": QT_TRANSLATE_NOOP("Audit", "social insurance base"),
    "hf_base_fen": QT_TRANSLATE_NOOP("Audit", "housing fund base"),
    "special_deduction_fen": QT_TRANSLATE_NOOP("Audit", "special deduction"),
    "ratings": QT_TRANSLATE_NOOP("Audit", "ratings"), "source": QT_TRANSLATE_NOOP("Audit", "source"), "files": QT_TRANSLATE_NOOP("Audit", "files"),
    "parts": QT_TRANSLATE_NOOP("Audit", "figure parts"), "figures": QT_TRANSLATE_NOOP("Audit", "daily figures"),
    "products_added": QT_TRANSLATE_NOOP("Audit", "new products"),
    "replaced": QT_TRANSLATE_NOOP("Audit", "typed figures replaced"),
}
# Where a daily figure came from.
SOURCES = {"typed": QT_TRANSLATE_NOOP("Audit", "typed"), "workbook": QT_TRANSLATE_NOOP("Audit", "the shop workbook"),
           "platform": QT_TRANSLATE_NOOP("Audit", "a platform file")}
BASES = {"own": QT_TRANSLATE_NOOP("Audit", "own figures"), "department": QT_TRANSLATE_NOOP("Audit", "department's"),
         "shop": QT_TRANSLATE_NOOP("Audit", "whole shop's")}
TIER_MODES = {"retroactive": QT_TRANSLATE_NOOP("Audit", "retroactive"),
              "marginal": QT_TRANSLATE_NOOP("Audit", "marginal")}
PRIORITIES = (QT_TRANSLATE_NOOP("Audit", "low"), QT_TRANSLATE_NOOP("Audit", "normal"),
              QT_TRANSLATE_NOOP("Audit", "high"))
EVERYONE = QT_TRANSLATE_NOOP("Audit", "everyone")
ROLES = {"owner": QT_TRANSLATE_NOOP("Audit", "owner"), "manager": QT_TRANSLATE_NOOP("Audit", "manager"),
         "staff": QT_TRANSLATE_NOOP("Audit", "staff")}
SPLITS = {"even": QT_TRANSLATE_NOOP("Audit", "evenly"), "workdays": QT_TRANSLATE_NOOP("Audit", "by working days")}
# Fields that say which record, not what changed in it.
_IDENTIFYING = {"staff_id", "month", "person"}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class AuditNames:
    """What turns stored ids and keys into names."""

    people: Mapping[int, str] = field(default_factory=dict)
    registry: MetricRegistry | None = None
    owner: str = "Owner"  # the stored name of the owner's log-in


def kind_name(kind: str) -> str:
    """A kind of record as a word of the reader's language."""
    return tr(KINDS[kind]) if kind in KINDS else kind.replace("_", " ")


def action_name(action: str) -> str:
    return tr(ACTIONS[action]) if action in ACTIONS else action.replace("_", " ")


def _month(text: object) -> str:
    year, _, month = str(text).partition("-")
    if year.isdigit() and month.isdigit() and len(month) <= 2:
        return tr(MONTH).format(year=int(year), month=f"{int(month):02d}")
    return str(text)


def _scope(key: str, names: AuditNames) -> str:
    scope = Scope.try_parse(key) or Scope.try_parse(key, Dialect.RULES)
    if scope is None:
        return key
    if scope.is_shop:
        return tr(THE_SHOP)
    if scope.department is not None:
        try:
            return department_name(Department(scope.department))
        except ValueError:
            return scope.department
    assert scope.staff_id is not None
    return names.people.get(scope.staff_id, f"#{scope.staff_id}")


def _person(value: object, names: AuditNames) -> str:
    try:
        return names.people.get(int(str(value)), f"#{value}")
    except ValueError:
        return str(value)


def _metric(key: str, names: AuditNames) -> str:
    if names.registry is not None and key in names.registry:
        return metric_name(names.registry[key])
    return key


def who(entry: AuditRecord, names: AuditNames) -> str:
    # The owner's log-in is stored under one fixed name; it reads in the user's language.
    return tr(THE_OWNER) if entry.role == "owner" and entry.actor == names.owner else entry.actor


def subject(entry: AuditRecord, names: AuditNames) -> str:
    data = entry.after or entry.before or {}
    kind, key = entry.entity, entry.entity_id
    template = SUBJECTS.get(kind)
    if template is None:
        return tr(OTHER_SUBJECT).format(kind=kind_name(kind))
    parts = key.split("/")
    if kind == "target" and len(parts) == 3:
        return tr(template).format(metric=_metric(parts[1], names), scope=_scope(parts[0], names),
                                   period=_month(parts[2]))
    if kind == "pay_deduction" and len(parts) == 3:
        category = DEDUCTION_CATEGORIES.get(parts[2], (parts[2], ""))[0]
        return tr(template).format(category=QCoreApplication.translate("Deductions", category),
                                   person=_person(parts[1], names), month=_month(parts[0]))
    if kind == "pay_grade" and len(parts) == 2:
        return tr(template).format(person=_person(parts[1], names), month=_month(parts[0]))
    if kind == "pay_adjustment":
        return tr(template).format(person=_person(data.get("staff_id", ""), names), month=_month(data.get("month", "")))
    if kind == "attendance" and len(parts) == 2:
        return tr(template).format(person=_person(parts[1], names), month=_month(parts[0]))
    if kind == "figures":
        return tr(template).format(day=key)
    if kind == "product":
        return tr(template).format(name=key)
    if kind == "figure" and key.count(" ") == 2:  # "<day> <scope> <metric>"
        day, scope, metric = key.split(" ")
        return tr(template).format(metric=_metric(metric, names), scope=_scope(scope, names), day=day)
    if kind == "appraisal":
        if "person" not in data:  # recorded before reviews named the person
            return tr(SOME_APPRAISAL)
        return tr(template).format(person=data["person"], month=_month(data.get("period", "")))
    if kind in ("payroll", "appraisal_round"):
        return tr(template).format(month=_month(key))
    if kind == "appraisal_scheme":
        try:
            return tr(template).format(department=department_name(Department(key)))
        except ValueError:
            return tr(template).format(department=key)
    if kind == "credential":
        return tr(OWNER_PASSWORD) if key == "owner" or "person" not in data else str(data["person"])
    if kind in ("staff", "task", "pay_rule"):
        name = data.get("name") or data.get("title") or data.get("label")
        if name is None and kind == "staff":
            name = _person(key, names)
        return tr(template).format(name=name if name is not None else f"#{key}")
    if "{" in template:  # a key of a shape this module does not know: never a bare placeholder
        return tr(OTHER_SUBJECT).format(kind=kind_name(kind))
    return tr(template)


def value_text(entry: AuditRecord, fld: str, value: Any, names: AuditNames) -> str:
    """A stored value as the owner reads it: yuan, names, words, months."""
    if value is None or value == "":
        return tr(NOTHING)
    if isinstance(value, bool):
        return tr(YES) if value else tr(NO)
    if fld.endswith("_fen") and isinstance(value, int):
        return format_yuan(value)
    if names.registry is not None and entry.entity in ("target", "figures", "figure"):
        # A target's metric is in its key; a day's figures are stored as "<scope> <metric>",
        # one replaced figure as "<day> <scope> <metric>".
        if entry.entity == "target":
            metric = entry.entity_id.split("/")[1] if fld == "value" and entry.entity_id.count("/") == 2 else ""
        elif entry.entity == "figure":
            metric = entry.entity_id.split(" ")[-1] if fld == "value" else ""
        else:
            metric = fld.partition(" ")[2]
        if metric in names.registry and isinstance(value, int):
            m = names.registry[metric]
            # Money in the one format of the exports (¥193,236.00), whatever the machine's locale.
            return format_yuan(value) if m.unit is Unit.YUAN else metric_value(m, m.to_natural(value))
    if fld == "kind" and isinstance(value, str):
        try:
            return QCoreApplication.translate("RuleKinds", KIND_NAMES[RuleKind(value)])
        except ValueError:
            return value
    if fld == "applies_to" and isinstance(value, str):
        return tr(EVERYONE) if value == "all" else _scope(value, names)
    if fld == "income_tax" and value in ("on", "off"):
        return tr(YES) if value == "on" else tr(NO)
    if fld == "unpaid_halves" and isinstance(value, int):
        return f"{Decimal(value) / 2:f}".removesuffix(".0")
    if fld == "source" and isinstance(value, str) and value in SOURCES:
        return tr(SOURCES[value])
    if fld == "designer_id":
        return _person(value, names)
    if fld == "min_wage" and isinstance(value, str):
        try:
            return format_yuan(int(Decimal(value) * 100))
        except (InvalidOperation, ValueError):
            return value
    if fld == "metric" and isinstance(value, str):
        return _metric(value, names)
    if fld == "basis" and isinstance(value, str) and value in BASES:
        return tr(BASES[value])
    if fld == "tier_mode" and isinstance(value, str) and value in TIER_MODES:
        return tr(TIER_MODES[value])
    if fld == "priority" and isinstance(value, int) and 0 <= value <= 2:
        return tr(PRIORITIES[value])
    if fld == "repeat" and isinstance(value, str):
        return repeat_text(value)
    if fld == "period" and isinstance(value, str):
        return _month(value)
    if fld == "split" and isinstance(value, str):
        return tr(SPLITS[value]) if value in SPLITS else value
    if fld == "department" and isinstance(value, str):
        try:
            return department_name(Department(value))
        except ValueError:
            return value
    if fld == "role" and isinstance(value, str) and value in ROLES:
        return tr(ROLES[value])
    if isinstance(value, list):
        return tr(LIST_SEPARATOR).join(str(v) for v in value)
    if isinstance(value, dict):  # a review's ratings: item → 1-5
        if not value:
            return tr(NOTHING)
        return tr(LIST_SEPARATOR).join(f"{QCoreApplication.translate('Appraisal', str(k))} {v}" for k, v in value.items())
    if isinstance(value, str) and fld in ("rate", "threshold", "si_rate", "hf_rate"):
        try:
            return f"{Decimal(value).normalize():f}%"
        except InvalidOperation:
            return value
    return str(value)


def _field(fld: str, names: AuditNames) -> str:
    if fld in FIELDS:
        return tr(FIELDS[fld])
    scope, _, metric = fld.partition(" ")
    if metric:  # one of a day's figures: "<scope> <metric>"
        return tr(FIGURE).format(scope=_scope(scope, names), metric=_metric(metric, names))
    return fld.replace("_", " ")


def sentence(entry: AuditRecord, names: AuditNames) -> str:
    """The whole entry in the reader's language."""
    if entry.action == "copy" and entry.entity == "pay_deduction":
        return tr(COPIED).format(who=who(entry, names), n=(entry.after or {}).get("rows", 0),
                                 source=_month((entry.before or {}).get("from", "")), month=_month(entry.entity_id))
    what = subject(entry, names)
    head = tr(VERBS.get(entry.action, OTHER_VERB)).format(who=who(entry, names), what=what)
    if entry.entity == "appraisal_scheme":
        return head  # a whole scheme: its editor shows it, a sentence would not
    if entry.action in ("stop", "activate", "deactivate"):
        return head  # the verb says all: the record is stopped, or off or back on the team
    if entry.action == "reopen":
        # What is undone is the approval the entry before it recorded; what is new is the reason.
        reason = (entry.after or {}).get("reopen_reason")
        return tr(WITH).format(sentence=head, changes=f"{_field('reopen_reason', names)} {reason}") if reason else head
    if entry.before is not None and entry.after is not None:
        changes = {k: v for k, v in entry.changes().items() if k not in _IDENTIFYING}
        if set(changes) == {"value"} or (entry.entity == "pay_deduction" and set(changes) == {"amount_fen"}):
            # A single number: "set the sales target of the shop for 2027-01 from ¥1 to ¥2".
            fld, (old, new) = next(iter(changes.items()))
            return head + " " + tr(FROM_TO).format(old=value_text(entry, fld, old, names),
                                                    new=value_text(entry, fld, new, names))
        parts = [tr(CHANGE).format(field=_field(k, names), old=value_text(entry, k, old, names),
                                   new=value_text(entry, k, new, names)) for k, (old, new) in changes.items()]
        return tr(WITH).format(sentence=head, changes=tr(LIST_SEPARATOR).join(parts)) if parts else head
    data = {k: v for k, v in (entry.after or {}).items() if k not in _IDENTIFYING and k not in ("name", "title")}
    if entry.after is not None and entry.before is None and entry.action in ("set", "update", "edit"):
        only = list(data.items())
        if len(only) == 1:
            fld, new = only[0]
            return head + " " + tr(TO).format(new=value_text(entry, fld, new, names))
    if data and entry.action in ("add", "set", "update", "edit", "approve", "open", "copy", "review", "finalise",
                                 "import"):
        # What was set, leaving out what is empty and what the subject already names.
        listed = [f"{_field(k, names)} {value_text(entry, k, v, names)}" for k, v in data.items()
                  if k not in ("snapshot", "summary", "ratings", "label") and v not in (None, "", [])]
        if listed:
            return tr(WITH).format(sentence=head, changes=tr(LIST_SEPARATOR).join(listed))
    return head
