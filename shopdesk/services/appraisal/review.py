"""The owner's side of an appraisal round: review, rate, finalise, re-open; and history.

The owner sees everyone; a department's manager sees and rates the others
in their department (never their own appraisal, which the owner reviews);
only the owner finalises and re-opens. A final appraisal keeps the scheme,
figures and ratings it was scored with, so later edits change nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from shopdesk.domain.appraisal import Result, Scheme, result_to_dict, scheme_to_dict, score
from shopdesk.domain.errors import Conflict, NotFound, PermissionDenied
from shopdesk.domain.metrics import MetricRegistry
from shopdesk.domain.periods import Period
from shopdesk.domain.text import QT_TRANSLATE_NOOP
from shopdesk.services.appraisal.figures import Figures, people_figures, ratings_of
from shopdesk.services.appraisal.rounds import (
    _STALE,
    _clean_ratings,
    _clean_text,
    _final,
    _load,
    _scheme,
    _used_scheme,
)
from shopdesk.services.common import audit
from shopdesk.services.common.context import Actor, Role
from shopdesk.services.figures.registry import load_registry
from shopdesk.store.db import Database
from shopdesk.store.models.appraisal import Appraisal, AppraisalRound
from shopdesk.store.models.core import Staff


@dataclass(frozen=True)
class ReviewRow:
    id: int
    staff_id: int
    name: str
    department: str
    period: str
    scheme: Scheme
    figures: Figures  # metric → (target, actual); for a final one, as it was scored
    self_ratings: dict[str, int]
    self_summary: str
    submitted: bool
    owner_ratings: dict[str, int]
    owner_comment: str
    result: Result  # the final result, or a preview from the ratings so far
    final: bool
    version: int


def _no_own_review(actor: Actor, staff_id: int) -> None:
    if not actor.is_owner and actor.staff_id == staff_id:
        raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "the owner reviews your own appraisal"))


def review_rows(db: Database, actor: Actor, round_id: int, today: date,
                department: str | None = None) -> list[ReviewRow]:
    """Everyone in the round the actor may review, with figures so far and a preview score."""
    if actor.role is Role.STAFF:
        raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "only the owner may do this: {what}"), what="review appraisals")
    if department is not None:
        actor.require_manage(department, "review appraisals")
    registry = load_registry(db)
    with db.read() as s:
        rnd = s.get(AppraisalRound, round_id)
        if rnd is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "appraisal round #{id} not found"), id=round_id)
        stmt = (select(Appraisal, Staff).join(Staff, Staff.id == Appraisal.staff_id)
                .where(Appraisal.round_id == round_id).order_by(Staff.department, Staff.name))
        if department is not None:
            stmt = stmt.where(Staff.department == department)
        pairs = [(a, p) for a, p in s.execute(stmt).all()
                 if actor.can_manage(p.department) and (actor.is_owner or actor.staff_id != p.id)]
        period = Period.parse(rnd.period)
        cache: dict[str, Scheme] = {}  # one scheme per department, read once
        schemes = {p.id: _used_scheme(s, a, p, cache) for a, p in pairs}
        live = people_figures(s, registry, {p.id: schemes[p.id] for a, p in pairs if a.finalised_at is None},
                              period, upto=today)
        out = []
        for a, p in pairs:
            owner = ratings_of(a.owner_ratings)
            final = _final(a)
            if final is not None:
                figures: Figures = {q.metric: (q.target, q.actual) for q in final.quant_lines}
                result = final
            else:
                figures = live.get(p.id, {})
                result = score(schemes[p.id], figures, owner)
            out.append(ReviewRow(a.id, p.id, p.name, p.department, rnd.period, schemes[p.id], figures,
                                 ratings_of(a.self_ratings), a.self_summary, a.self_submitted_at is not None,
                                 owner, a.owner_comment, result, final is not None, a.version))
    return out


def _apply_review(s: Session, actor: Actor, appraisal_id: int, ratings: Mapping[str, object],
                  comment: str) -> None:
    row, rnd, person = _load(s, appraisal_id)
    actor.require_manage(person.department, "review appraisals")
    _no_own_review(actor, person.id)
    if row.finalised_at is not None:
        raise Conflict(QT_TRANSLATE_NOOP("Errors", "this appraisal is final and locked"))
    clean = _clean_ratings(_scheme(s, person.department), ratings, complete=False)
    text = _clean_text(comment, "comment", required=False)
    old = ratings_of(row.owner_ratings)
    if (old, row.owner_comment) == (clean, text):
        return
    # The history names the person and the items as the scheme calls them.
    labels = {q.key: q.label for q in _scheme(s, person.department).qualitative}
    which = {"person": person.name, "period": rnd.period}
    before = {**which, "ratings": {labels.get(k, k): v for k, v in old.items()}, "comment": row.owner_comment}
    after = {**which, "ratings": {labels.get(k, k): v for k, v in clean.items()}, "comment": text}
    row.owner_ratings = json.dumps(clean, sort_keys=True)
    row.owner_comment = text
    row.reviewed_by = actor.name[:80]
    audit.record(s, actor, "review", "appraisal", appraisal_id, before, after)


def save_review(db: Database, actor: Actor, appraisal_id: int, ratings: Mapping[str, object],
                comment: str) -> None:
    """The reviewer's ratings (some may still be blank) and comment; until final."""
    try:
        with db.write() as s:
            _apply_review(s, actor, appraisal_id, ratings, comment)
    except StaleDataError:
        raise Conflict(_STALE) from None


def _finalise_row(s: Session, actor: Actor, registry: MetricRegistry, appraisal_id: int, today: date) -> Result:
    row, rnd, person = _load(s, appraisal_id)
    if row.finalised_at is not None:
        raise Conflict(QT_TRANSLATE_NOOP("Errors", "{name}'s appraisal is already final"), name=person.name)
    scheme = _scheme(s, person.department)
    keys = {q.key for q in scheme.qualitative}  # items dropped from the scheme since the review no longer count
    owner = _clean_ratings(scheme, {k: v for k, v in ratings_of(row.owner_ratings).items() if k in keys},
                           complete=True)
    figures = people_figures(s, registry, {person.id: scheme}, Period.parse(rnd.period), upto=today)[person.id]
    result = score(scheme, figures, owner)
    row.breakdown = json.dumps({"scheme": scheme_to_dict(scheme), "result": result_to_dict(result)},
                               ensure_ascii=False, sort_keys=True)
    row.score_centi = int(result.score * 100)
    row.grade = result.grade
    row.finalised_at = datetime.now().replace(microsecond=0)
    row.finalised_by = actor.name[:80]
    audit.record(s, actor, "finalise", "appraisal", appraisal_id, None,
                 {"person": person.name, "period": rnd.period, "score": result.score, "grade": result.grade})
    return result


def finalise(db: Database, actor: Actor, appraisal_ids: Iterable[int], today: date) -> list[Result]:
    """Fix the score and grade of one or more appraisals in one step (owner only)."""
    actor.require_owner("finalise appraisals")
    registry = load_registry(db)
    try:
        with db.write() as s:
            return [_finalise_row(s, actor, registry, i, today) for i in appraisal_ids]
    except StaleDataError:
        raise Conflict(_STALE) from None


def review_and_finalise(db: Database, actor: Actor, appraisal_id: int, ratings: Mapping[str, object],
                        comment: str, today: date) -> Result:
    """Save the ratings and comment on screen and finalise them, as one action."""
    actor.require_owner("finalise appraisals")
    registry = load_registry(db)
    try:
        with db.write() as s:
            _apply_review(s, actor, appraisal_id, ratings, comment)
            s.flush()
            return _finalise_row(s, actor, registry, appraisal_id, today)
    except StaleDataError:
        raise Conflict(_STALE) from None


def reopen(db: Database, actor: Actor, appraisal_id: int) -> None:
    """Unlock a final appraisal for changes (owner only, audited). Approved payrolls keep their grade."""
    actor.require_owner("re-open appraisals")
    with db.write() as s:
        row, rnd, person = _load(s, appraisal_id)
        if row.finalised_at is None:
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "{name}'s appraisal is not final"), name=person.name)
        before = {"person": person.name, "period": rnd.period,
                  "score": Decimal(row.score_centi or 0).scaleb(-2), "grade": row.grade}
        row.score_centi = row.grade = row.breakdown = row.finalised_at = row.finalised_by = None
        audit.record(s, actor, "reopen", "appraisal", appraisal_id, before, None)


@dataclass(frozen=True)
class HistoryRow:
    period: str
    score: Decimal
    grade: str
    comment: str


def person_history(db: Database, actor: Actor, staff_id: int) -> list[HistoryRow]:
    """A person's final results over time, oldest first (themselves, their manager, the owner)."""
    with db.read() as s:
        person = s.get(Staff, staff_id)
        if person is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "person #{id} not found"), id=staff_id)
        if not actor.can_see_person(staff_id, person.department):
            raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "you may not see this person"))
        rows = s.execute(select(AppraisalRound.period, Appraisal.score_centi, Appraisal.grade,
                                Appraisal.owner_comment)
                         .join(AppraisalRound, AppraisalRound.id == Appraisal.round_id)
                         .where(Appraisal.staff_id == staff_id, Appraisal.finalised_at.is_not(None))).all()
    # Final appraisals always carry a score and a grade (finalising sets both).
    out = [HistoryRow(key, Decimal(centi or 0).scaleb(-2), grade or "", comment)
           for key, centi, grade, comment in rows]
    return sorted(out, key=lambda h: (Period.parse(h.period).end, h.period))
