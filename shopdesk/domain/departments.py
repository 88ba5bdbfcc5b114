"""The four departments of a small online shop (DESIGN §1)."""

from __future__ import annotations

from enum import StrEnum

from .text import QT_TRANSLATE_NOOP


class Department(StrEnum):
    OPERATIONS = "operations"
    DESIGN = "design"
    CUSTOMER_SERVICE = "customer_service"
    LOGISTICS = "logistics"

    @property
    def english(self) -> str:
        return _ENGLISH[self]

    @property
    def chinese(self) -> str:
        return _CHINESE[self]


_ENGLISH = {
    Department.OPERATIONS: QT_TRANSLATE_NOOP("Departments", "Operations"),
    Department.DESIGN: QT_TRANSLATE_NOOP("Departments", "Design"),
    Department.CUSTOMER_SERVICE: QT_TRANSLATE_NOOP("Departments", "Customer Service"),
    Department.LOGISTICS: QT_TRANSLATE_NOOP("Departments", "Logistics"),
}
_CHINESE = {
    Department.OPERATIONS: "运营",
    Department.DESIGN: "设计",
    Department.CUSTOMER_SERVICE: "客服",
    Department.LOGISTICS: "物流",
}

DEPARTMENTS: tuple[Department, ...] = tuple(Department)


def parse_department(text: object) -> Department:
    """Accept the key, the English name or the Chinese name (DESIGN §4.2)."""
    raw = str(text or "").strip()
    folded = raw.casefold().replace("-", " ").replace("_", " ")
    for dept in Department:
        names = {dept.value.replace("_", " "), dept.english.casefold(), dept.chinese}
        if folded in names or raw in names:
            return dept
    if folded in {"美工"}:
        return Department.DESIGN
    raise ValueError(f"unknown department '{raw}'")
