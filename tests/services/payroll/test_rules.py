"""Rules service: owner only, validated, audited, inside the caller's transaction."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from sqlalchemy import select

from shopdesk.domain.errors import PermissionDenied, ValidationError, ValidationErrors
from shopdesk.domain.rules import RuleSpec
from shopdesk.services.common.context import Actor, Role
from shopdesk.services.payroll.rules import (
    add_rule,
    delete_rule,
    insert_rule,
    list_rules,
    resolve_applies_to,
    update_rule,
)
from shopdesk.store.models.audit import AuditEntry

OPS = RuleSpec("department:operations", "Shop sales", "percent", "sales", "shop", rate=D(1))


def test_add_edit_delete_are_audited(db, owner):
    rid = add_rule(db, owner, OPS)
    assert [r.spec for r in list_rules(db, owner)] == [OPS]
    update_rule(db, owner, rid, RuleSpec(**{**OPS.__dict__, "rate": D("1.5")}))
    assert list_rules(db, owner)[0].spec.rate == D("1.5")
    delete_rule(db, owner, rid)
    assert list_rules(db, owner) == []
    with db.read() as s:
        rows = s.execute(select(AuditEntry.action).where(AuditEntry.entity == "pay_rule")
                         .order_by(AuditEntry.id)).scalars().all()
    assert rows == ["add", "update", "delete"]


def test_same_label_for_the_same_people_and_month_is_refused(db, owner):
    add_rule(db, owner, OPS)
    with pytest.raises(ValidationError) as caught:
        add_rule(db, owner, OPS)
    assert caught.value.field == "label"
    add_rule(db, owner, RuleSpec(**{**OPS.__dict__, "effective_from": "2026-05"}))


def test_several_problems_are_listed_together(db, owner):
    with pytest.raises(ValidationErrors) as caught:
        add_rule(db, owner, RuleSpec("all", "", "percent", "nope", rate=D(200)))
    assert {e.field for e in caught.value.errors} == {"label", "metric", "rate"}


def test_only_the_owner_edits_rules(db):
    for role in (Role.MANAGER, Role.STAFF):
        with pytest.raises(PermissionDenied):
            add_rule(db, Actor(role, "x", 1, "operations"), OPS)
        with pytest.raises(PermissionDenied):
            list_rules(db, Actor(role, "x", 1, "operations"))


def test_insert_rule_rolls_back_with_the_callers_transaction(db, owner):
    with pytest.raises(RuntimeError), db.write() as s:
        insert_rule(s, owner, OPS)
        raise RuntimeError("a later row of the import was bad")
    assert list_rules(db, owner) == []


def test_applies_to_accepts_names_in_either_language(demo_db):
    with demo_db.read() as s:
        assert resolve_applies_to(s, "department:客服") == "department:customer_service"
        assert resolve_applies_to(s, "All") == "all"
        with pytest.raises(ValidationError):
            resolve_applies_to(s, "department:Marketing")
        with pytest.raises(ValidationError):
            resolve_applies_to(s, "Nobody Here")
