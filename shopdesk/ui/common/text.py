"""Showing values the way a Chinese or English-speaking owner reads them."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from shopdesk.domain.departments import Department
from shopdesk.domain.errors import ShopDeskError
from shopdesk.domain.metrics import MetricDef, Unit
from shopdesk.domain.text import QT_TRANSLATE_NOOP, Phrase


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def department_name(dept: Department) -> str:
    return translate("Departments", dept.english)


def metric_name(metric: MetricDef) -> str:
    return metric.name_en if metric.custom else translate("Metrics", metric.name_en)


def money(fen: int) -> str:
    """¥ with the locale's grouping and decimal point, from exact fen (no float on the way)."""
    locale = QLocale()
    sign = locale.negativeSign() if fen < 0 else ""
    yuan, cents = divmod(abs(fen), 100)
    return f"{sign}¥{locale.toString(yuan)}{locale.decimalPoint()}{cents:02d}"


def _date_format(locale: QLocale) -> str:
    """The locale's short date, with a four-digit year (en_US's short form has two)."""
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def day(d: date) -> str:
    """A date as the locale writes it: 11/24/2026 in English, 2026/11/24 in Chinese."""
    locale = QLocale()
    return locale.toString(QDate(d.year, d.month, d.day), _date_format(locale))


def moment(dt: datetime) -> str:
    """A date and time (minutes) in the locale's format."""
    locale = QLocale()
    stamp = QDateTime(QDate(dt.year, dt.month, dt.day), QTime(dt.hour, dt.minute))
    return locale.toString(stamp, f"{_date_format(locale)} {locale.timeFormat(QLocale.FormatType.ShortFormat)}")


def _q(value: Decimal, places: str) -> Decimal:
    q = value.quantize(Decimal(places), rounding=ROUND_HALF_UP)
    return abs(q) if q == 0 else q  # never "−0": a gap that rounds to nothing is nothing


def percent(value: Decimal | None, *, signed: bool = False) -> str:
    """A percentage as every screen shows one: one decimal, half up; "—" when there is none."""
    if value is None:
        return "—"
    q = _q(value, "0.1")
    return f"{q:+}%" if signed and q != 0 else f"{q}%"


def metric_value(metric: MetricDef, value: Decimal | None) -> str:
    """A metric value in its unit; an em dash when there is none."""
    if value is None:
        return "—"
    locale = QLocale()
    if metric.unit is Unit.YUAN:
        return money(int(_q(value, "0.01") * 100))
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


def phrase_text(text: str) -> str:
    """A service's sentence (a Phrase) in the window's language; plain text as it is."""
    return text.render(translate) if isinstance(text, Phrase) else text


WEEKDAY_NAMES = (QT_TRANSLATE_NOOP("Weekdays", "Mon"), QT_TRANSLATE_NOOP("Weekdays", "Tue"),
                 QT_TRANSLATE_NOOP("Weekdays", "Wed"), QT_TRANSLATE_NOOP("Weekdays", "Thu"),
                 QT_TRANSLATE_NOOP("Weekdays", "Fri"), QT_TRANSLATE_NOOP("Weekdays", "Sat"),
                 QT_TRANSLATE_NOOP("Weekdays", "Sun"))


def weekday_name(day: int) -> str:
    """Monday = 0 → "Mon" / "周一"."""
    return translate("Weekdays", WEEKDAY_NAMES[day])


def weekdays_text(days: Iterable[int]) -> str:
    """Rest days or a weekly task's days as the reader says them: "Sat, Sun" / "周六、周日"."""
    return translate("Weekdays", ", ").join(weekday_name(d) for d in sorted(set(days)))


def money_short(fen: int) -> str:
    """Money where columns are narrow (the targets grid): ¥65.3万 / ¥653k; the cell's tooltip has it whole."""
    yuan = Decimal(fen) / 100
    if QLocale().language() == QLocale.Language.Chinese:
        if abs(yuan) >= 10_000:
            return f"¥{_q(yuan / 10_000, '0.1').normalize():f}" + translate("Money", "万")
    elif abs(yuan) >= 1_000_000:
        return f"¥{_q(yuan / 1_000_000, '0.01').normalize():f}M"
    elif abs(yuan) >= 10_000:
        return f"¥{_q(yuan / 1_000, '0.1').normalize():f}k"
    return money(fen)
