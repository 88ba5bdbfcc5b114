"""A score's breakdown as a small rich-text table, for the owner's review and a person's result."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from ..domain.appraisal import Result
from ..domain.metrics import MetricRegistry
from .appraisal_model import score_text
from .text import metric_name, metric_value


def _tr(text: str) -> str:
    return QCoreApplication.translate("AppraisalBreakdown", text)


def breakdown_html(result: Result, registry: MetricRegistry, *, final: bool) -> str:
    rows = []
    head = (f"<tr><th align=left>{_tr('Measured')}</th><th>{_tr('Target')}</th><th>{_tr('Actual')}</th>"
            f"<th>{_tr('Achievement')}</th><th>{_tr('Points')}</th><th>{_tr('Weight')}</th></tr>")
    for q in result.quant_lines:
        m = registry.defs.get(q.metric)
        name = metric_name(m) if m else q.metric
        target = metric_value(m, q.target) if m else str(q.target)
        actual = metric_value(m, q.actual) if m else str(q.actual)
        ach = "—" if q.achievement is None else f"{q.achievement:.2f}%"
        rows.append(f"<tr><td>{escape(name)}</td><td align=right>{target}</td><td align=right>{actual}</td>"
                    f"<td align=right>{ach}</td><td align=right>{score_text(q.points)}</td>"
                    f"<td align=right>{q.weight}</td></tr>")
    rows.append(f"<tr><th align=left>{_tr('Rated')}</th><th></th><th>{_tr('Rating')}</th><th></th>"
                f"<th>{_tr('Points')}</th><th>{_tr('Weight')}</th></tr>")
    for r in result.qual_lines:
        label = QCoreApplication.translate("Appraisal", r.label)
        rows.append(f"<tr><td>{escape(label)}</td><td></td><td align=center>{r.rating or '—'}</td><td></td>"
                    f"<td align=right>{score_text(r.points)}</td><td align=right>{r.weight}</td></tr>")
    share = result.quant_share
    summary = _tr("Figures {quant} × {qs}% + ratings {qual} × {rs}% = <b>{score}</b> → grade <b>{grade}</b> "
                  "(bonus × {mult})").format(
        quant=score_text(result.quant_part), qs=f"{share:.0f}", qual=score_text(result.qual_part),
        rs=f"{100 - share:.0f}", score=score_text(result.score), grade=result.grade, mult=result.multiplier)
    if not final:
        summary = _tr("Preview: ") + summary
    missing = ""
    if result.missing:
        names = [metric_name(registry[k]) if k in registry else QCoreApplication.translate("Appraisal", k)
                 for k in result.missing if k in registry or k not in {r.key for r in result.qual_lines}]
        unrated = [QCoreApplication.translate("Appraisal", r.label) for r in result.qual_lines if r.rating is None]
        parts = []
        if names:
            parts.append(_tr("No target or figures, left out: {names}").format(names=", ".join(names)))
        if unrated:
            parts.append(_tr("Not rated yet: {names}").format(names=", ".join(unrated)))
        missing = "<p style='color:#a15c00'>" + escape("; ".join(parts)) + "</p>"
    return (f"<table cellspacing=0 cellpadding=3>{head}{''.join(rows)}</table>"
            f"<p>{summary}</p>{missing}")
