"""Appraisal (绩效考核): schemes, rounds, self-assessment first, then the owner's review.

- The owner keeps one scheme per department (ready-made ones until edited)
  and opens a round for a month or a quarter: everyone active gets an
  appraisal to fill in.
- Each person fills in only their own self-assessment (ratings 1–5 and a
  written summary) and never sees anyone else's.
- The owner (or a department's manager, for others in it) reviews: sees the
  self-ratings beside the figures, rates and comments. Only the owner
  finalises: the score, grade and breakdown are then fixed and locked, like
  an approved payroll; re-opening is an explicit, audited action.
- Staff see their own result once it is final; history lists final results.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from shopdesk.domain.appraisal import (
    Result,
    Scheme,
    default_scheme,
    result_from_dict,
    scheme_from_dict,
    scheme_to_dict,
    validate_rating,
    validate_scheme,
)
from shopdesk.domain.departments import Department
from shopdesk.domain.errors import Conflict, NotFound, PermissionDenied, ValidationError
from shopdesk.domain.periods import Grain, Period
from shopdesk.domain.text import QT_TRANSLATE_NOOP
from shopdesk.services.appraisal.figures import ratings_of
from shopdesk.services.common import audit
from shopdesk.services.common.context import Actor, Role
from shopdesk.services.figures.registry import load_registry
from shopdesk.store.db import Database
from shopdesk.store.models.appraisal import Appraisal, AppraisalRound, AppraisalScheme
from shopdesk.store.models.core import Staff

MAX_TEXT = 2000
_STALE = QT_TRANSLATE_NOOP("Errors", "this appraisal was changed by someone else; reload and try again")


# ---------------------------------------------------------------- schemes

def _scheme(session: Session, department: str, cache: dict[str, Scheme] | None = None) -> Scheme:
    if cache is not None and department in cache:
        return cache[department]
    row = session.get(AppraisalScheme, department)
    scheme = scheme_from_dict(json.loads(row.body)) if row else default_scheme(Department(department))
    if cache is not None:
        cache[department] = scheme
    return scheme


def get_scheme(db: Database, actor: Actor, department: Department) -> Scheme:
    """What a department is judged on: its manager, its people and the owner may read it."""
    if not (actor.can_manage(department.value) or actor.department == department.value):
        raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "you may not see this department's appraisal scheme"))
    with db.read() as s:
        return _scheme(s, department.value)


def save_scheme(db: Database, actor: Actor, department: Department, scheme: Scheme) -> None:
    """Replace a department's scheme (owner only). Final appraisals keep the one they used."""
    actor.require_owner("edit appraisal schemes")
    registry = load_registry(db)
    clean = validate_scheme(scheme, {m.key: m.higher_is_better for m in registry})
    body = json.dumps(scheme_to_dict(clean), ensure_ascii=False, sort_keys=True)
    with db.write() as s:
        row = s.get(AppraisalScheme, department.value)
        before = None if row is None else json.loads(row.body)
        if row is None:
            s.add(AppraisalScheme(department=department.value, body=body, updated_at=datetime.now()))
        else:
            row.body, row.updated_at = body, datetime.now()
        audit.record(s, actor, "update", "appraisal_scheme", department.value, before, json.loads(body))


# ---------------------------------------------------------------- rounds

@dataclass(frozen=True)
class RoundInfo:
    id: int
    period: str
    people: int
    self_done: int
    final: int


def _round_period(text: str, today: date) -> Period:
    try:
        period = Period.parse(text)
    except ValueError:
        raise ValidationError("period", QT_TRANSLATE_NOOP("Errors", "'{text}' is not a period (use 2026-Q4 or 2026-11)"),
                              text=text) from None
    if period.grain not in (Grain.MONTH, Grain.QUARTER):
        raise ValidationError("period", QT_TRANSLATE_NOOP("Errors", "appraisals are for a month or a quarter"))
    if period.start > today:
        raise ValidationError("period", QT_TRANSLATE_NOOP("Errors", "{period} has not started yet"), period=period.key)
    return period


def open_round(db: Database, actor: Actor, period_text: str, today: date) -> int:
    """Open a round: an empty appraisal for everyone active and hired by the period's end."""
    actor.require_owner("open appraisal rounds")
    period = _round_period(period_text, today)
    with db.write() as s:
        if s.execute(select(AppraisalRound.id).where(AppraisalRound.period == period.key)).first():
            raise ValidationError("period", QT_TRANSLATE_NOOP("Errors", "a round for {period} is already open"),
                                  period=period.key)
        people = s.scalars(select(Staff.id).where(Staff.active.is_(True))
                           .where((Staff.hire_date.is_(None)) | (Staff.hire_date <= period.end))).all()
        row = AppraisalRound(period=period.key, opened_at=datetime.now(), opened_by=actor.name[:80])
        s.add(row)
        s.flush()
        s.add_all([Appraisal(round_id=row.id, staff_id=sid) for sid in people])
        audit.record(s, actor, "open", "appraisal_round", period.key, None, {"people": len(people)})
        return row.id


def delete_round(db: Database, actor: Actor, round_id: int) -> None:
    """Take back a round opened by mistake; refused once anyone's result is final."""
    actor.require_owner("delete appraisal rounds")
    with db.write() as s:
        row = s.get(AppraisalRound, round_id)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "appraisal round #{id} not found"), id=round_id)
        if s.execute(select(Appraisal.id).where(Appraisal.round_id == round_id,
                                                Appraisal.finalised_at.is_not(None))).first():
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "{period} has final results; re-open them first"),
                           period=row.period)
        s.execute(delete(Appraisal).where(Appraisal.round_id == round_id))
        s.delete(row)
        audit.record(s, actor, "delete", "appraisal_round", row.period, {"period": row.period}, None)


def list_rounds(db: Database, actor: Actor, department: str | None = None) -> list[RoundInfo]:
    """Rounds newest first, with how far along they are (owner and managers; counts for `department`)."""
    if actor.role is Role.STAFF:
        raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "only the owner may do this: {what}"), what="review appraisals")
    with db.read() as s:
        rounds = s.execute(select(AppraisalRound.id, AppraisalRound.period)).all()
        rows = s.execute(select(Appraisal.round_id, Appraisal.self_submitted_at, Appraisal.finalised_at,
                                Staff.department).join(Staff, Staff.id == Appraisal.staff_id)).all()
    out = []
    for rid, key in rounds:
        mine = [r for r in rows if r[0] == rid and actor.can_manage(r[3]) and department in (None, r[3])]
        out.append(RoundInfo(rid, key, len(mine), sum(1 for r in mine if r[1]), sum(1 for r in mine if r[2])))
    return sorted(out, key=lambda r: (Period.parse(r.period).end, r.period), reverse=True)


# ---------------------------------------------------------------- self-assessment

@dataclass(frozen=True)
class MyAppraisal:
    """What a person sees of their own appraisal: never the owner's draft ratings."""

    id: int
    period: str
    scheme: Scheme
    self_ratings: dict[str, int]
    self_summary: str
    submitted: bool
    final: Result | None
    owner_comment: str  # only once final


def _load(session: Session, appraisal_id: int) -> tuple[Appraisal, AppraisalRound, Staff]:
    row = session.get(Appraisal, appraisal_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "appraisal #{id} not found"), id=appraisal_id)
    return row, session.get(AppraisalRound, row.round_id), session.get(Staff, row.staff_id)  # type: ignore[return-value]


def _final(row: Appraisal) -> Result | None:
    return result_from_dict(json.loads(row.breakdown)["result"]) if row.finalised_at and row.breakdown else None


def _used_scheme(session: Session, row: Appraisal, person: Staff, cache: dict[str, Scheme] | None = None) -> Scheme:
    if row.finalised_at and row.breakdown:
        return scheme_from_dict(json.loads(row.breakdown)["scheme"])
    return _scheme(session, person.department, cache)


def my_appraisals(db: Database, actor: Actor) -> list[MyAppraisal]:
    """The acting person's own appraisals, newest first."""
    if actor.staff_id is None:
        return []
    with db.read() as s:
        person = s.get(Staff, actor.staff_id)
        if person is None:
            return []
        rows = s.execute(select(Appraisal, AppraisalRound.period)
                         .join(AppraisalRound, AppraisalRound.id == Appraisal.round_id)
                         .where(Appraisal.staff_id == actor.staff_id)).all()
        out = [MyAppraisal(row.id, key, _used_scheme(s, row, person), ratings_of(row.self_ratings),
                           row.self_summary, row.self_submitted_at is not None, _final(row),
                           row.owner_comment if row.finalised_at else "")
               for row, key in rows]
    return sorted(out, key=lambda a: (Period.parse(a.period).end, a.period), reverse=True)


def _clean_ratings(scheme: Scheme, ratings: Mapping[str, object], *, complete: bool) -> dict[str, int]:
    keys = {q.key for q in scheme.qualitative}
    for key in ratings:
        if key not in keys:
            raise ValidationError(key, QT_TRANSLATE_NOOP("Errors", "'{metric}' is not in this appraisal"), metric=key)
    out: dict[str, int] = {}
    for q in scheme.qualitative:
        value = ratings.get(q.key)
        if value is None or str(value).strip() == "":
            if complete:
                raise ValidationError(q.key, QT_TRANSLATE_NOOP("Errors", "rate '{item}' first"), item=q.label)
            continue
        out[q.key] = validate_rating(value, q.key)
    return out


def _clean_text(text: str, fld: str, *, required: bool) -> str:
    clean = str(text).strip()
    if required and not clean:
        raise ValidationError(fld, QT_TRANSLATE_NOOP("Errors", "write a few words first"))
    if len(clean) > MAX_TEXT:
        raise ValidationError(fld, QT_TRANSLATE_NOOP("Errors", "keep it under {n} characters"), n=MAX_TEXT)
    return clean


def save_self_assessment(db: Database, actor: Actor, appraisal_id: int,
                         ratings: Mapping[str, object], summary: str) -> None:
    """A person's own ratings and written summary; until the result is final."""
    try:
        with db.write() as s:
            row, _round, person = _load(s, appraisal_id)
            if actor.staff_id is None or row.staff_id != actor.staff_id:
                raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "you may fill in only your own self-assessment"))
            if row.finalised_at is not None:
                raise Conflict(QT_TRANSLATE_NOOP("Errors", "this appraisal is final and locked"))
            clean = _clean_ratings(_scheme(s, person.department), ratings, complete=True)
            row.self_ratings = json.dumps(clean, sort_keys=True)
            row.self_summary = _clean_text(summary, "summary", required=True)
            row.self_submitted_at = datetime.now().replace(microsecond=0)
    except StaleDataError:
        raise Conflict(_STALE) from None
