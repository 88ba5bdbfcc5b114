"""A score's breakdown as a small rich-text table, for the owner's review and a person's result."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from shopdesk.domain.appraisal import Result
from shopdesk.domain.metrics import MetricRegistry
from shopdesk.domain.text import QT_TRANSLATE_NOOP
from shopdesk.ui.appraisal.model import score_text
from shopdesk.ui.common.text import metric_name, metric_value

CTX = "AppraisalBreakdown"
HEAD_QUANT = (
    QT_TRANSLATE_NOOP("AppraisalBreakdown", "Measured"), QT_TRANSLATE_NOOP("AppraisalBreakdown", "Target"),
    QT_TRANSLATE_NOOP("AppraisalBreakdown", "Actual"), QT_TRANSLATE_NOOP("AppraisalBreakdown", "Achievement"),
    QT_TRANSLATE_NOOP("AppraisalBreakdown", "Points"), QT_TRANSLATE_NOOP("AppraisalBreakdown", "Weight"))
HEAD_QUAL = (QT_TRANSLATE_NOOP("AppraisalBreakdown", "Rated"), "", QT_TRANSLATE_NOOP("AppraisalBreakdown", "Rating"), "",
             QT_TRANSLATE_NOOP("AppraisalBreakdown", "Points"), QT_TRANSLATE_NOOP("AppraisalBreakdown", "Weight"))
SUMMARY = QT_TRANSLATE_NOOP(
    "AppraisalBreakdown", "Figures {quant} × {qs}% + ratings {qual} × {rs}% = <b>{score}</b> → grade <b>{grade}</b> (bonus × {mult})")
PREVIEW = QT_TRANSLATE_NOOP("AppraisalBreakdown", "Preview: {text}")
UNRATED_TOTAL = QT_TRANSLATE_NOOP("AppraisalBreakdown", "Figures score {quant} so far; the total needs the ratings.")
LEFT_OUT = QT_TRANSLATE_NOOP("AppraisalBreakdown", "No target or figures, left out: {names}")
UNRATED = QT_TRANSLATE_NOOP("AppraisalBreakdown", "Not rated yet: {names}")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text) if text else ""


def _head(cells: tuple[str, ...]) -> str:
    inner = "".join(f"<th align={'left' if i == 0 else 'right'}>{_tr(c)}</th>" for i, c in enumerate(cells))
    return f"<tr>{inner}</tr>"


def _row(cells: list[str]) -> str:
    inner = "".join(f"<td align={'left' if i == 0 else 'right'}>{c}</td>" for i, c in enumerate(cells))
    return f"<tr>{inner}</tr>"


def breakdown_html(result: Result, registry: MetricRegistry, *, final: bool) -> str:
    rows = [_head(HEAD_QUANT)]
    for q in result.quant_lines:
        m = registry.defs.get(q.metric)
        rows.append(_row([
            escape(metric_name(m) if m else q.metric),
            metric_value(m, q.target) if m else str(q.target),
            metric_value(m, q.actual) if m else str(q.actual),
            "—" if q.achievement is None else f"{q.achievement:.2f}%",
            score_text(q.points), str(q.weight)]))
    rows.append(_head(HEAD_QUAL))
    for r in result.qual_lines:
        label = QCoreApplication.translate("Appraisal", r.label)
        rows.append(_row([escape(label), "", str(r.rating or "—"), "", score_text(r.points), str(r.weight)]))
    share = result.quant_share
    summary = _tr(SUMMARY).format(
        quant=score_text(result.quant_part), qs=f"{share:.0f}", qual=score_text(result.qual_part),
        rs=f"{100 - share:.0f}", score=score_text(result.score), grade=result.grade, mult=result.multiplier)
    if not final and result.qual_part is None and result.qual_lines:
        summary = _tr(UNRATED_TOTAL).format(quant=score_text(result.quant_part))
    elif not final:
        summary = _tr(PREVIEW).format(text=summary)
    notes = []
    left_out = [metric_name(registry[q.metric]) if q.metric in registry else q.metric
                for q in result.quant_lines if q.points is None]
    unrated = [QCoreApplication.translate("Appraisal", r.label) for r in result.qual_lines if r.rating is None]
    if left_out:
        notes.append(_tr(LEFT_OUT).format(names=", ".join(left_out)))
    if unrated:
        notes.append(_tr(UNRATED).format(names=", ".join(unrated)))
    missing = f"<p style='color:#a15c00'>{escape('; '.join(notes))}</p>" if notes else ""
    return f"<table cellspacing=0 cellpadding=3>{''.join(rows)}</table><p>{summary}</p>{missing}"
