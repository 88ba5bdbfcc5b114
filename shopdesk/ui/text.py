"""Showing values the way a Chinese or English-speaking owner reads them."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QCoreApplication, QLocale

from ..domain.departments import Department
from ..domain.errors import ShopDeskError
from ..domain.metrics import MetricDef, Unit
from ..domain.money import format_yuan


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def department_name(dept: Department) -> str:
    return translate("Departments", dept.english)


def metric_name(metric: MetricDef) -> str:
    return metric.name_en if metric.custom else translate("Metrics", metric.name_en)


def money(fen: int) -> str:
    return format_yuan(fen)


def _q(value: Decimal, places: str) -> Decimal:
    return value.quantize(Decimal(places), rounding=ROUND_HALF_UP)


def metric_value(metric: MetricDef, value: Decimal | None) -> str:
    """A metric value in its unit; an em dash when there is none."""
    if value is None:
        return "—"
    locale = QLocale()
    if metric.unit is Unit.YUAN:
        return format_yuan(int(_q(value, "0.01") * 100))
    if metric.unit is Unit.PERCENT:
        return f"{_q(value, '0.01')}%"
    if metric.unit is Unit.COUNT:
        return locale.toString(int(_q(value, "1")))
    if metric.unit is Unit.TIMES:
        return f"{_q(value, '0.01')}×"
    return str(_q(value, "0.01"))


def error_text(error: ShopDeskError) -> str:
    """A service error's message, translated."""
    return error.render(translate)
