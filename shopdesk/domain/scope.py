"""Who a target, a figure or a pay rule is about: the shop, a department, or a person.

One value type with one parser and one writer. Two stored dialects exist and
stay as they are, so no data migrates: targets and figures store `shop`,
`dept:<key>`, `staff:<id>`; pay rules store `all`, `department:<key>`,
`staff:<id>` (`all` reads "everyone", which for a rule is the shop).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from functools import lru_cache


class Level(enum.Enum):
    SHOP = "shop"
    DEPARTMENT = "department"
    PERSON = "person"


class Dialect(enum.Enum):
    FIGURES = "figures"  # targets and daily figures: shop / dept:x / staff:n
    RULES = "rules"      # pay rules: all / department:x / staff:n


_DEPT_PREFIX = {Dialect.FIGURES: "dept:", Dialect.RULES: "department:"}
_SHOP = {Dialect.FIGURES: "shop", Dialect.RULES: "all"}
_MAX_ID = 10**12  # far beyond any shop; bounds int() on hostile text


class ScopeError(ValueError):
    """Text that is not a stored scope."""


@dataclass(frozen=True, order=True)
class Scope:
    level: Level
    department: str | None = None  # a Department value, for DEPARTMENT
    staff_id: int | None = None    # for PERSON

    @staticmethod
    def shop() -> Scope:
        return Scope(Level.SHOP)

    @staticmethod
    def of_department(department: str) -> Scope:
        return Scope(Level.DEPARTMENT, department=department)

    @staticmethod
    def of_person(staff_id: int) -> Scope:
        return Scope(Level.PERSON, staff_id=staff_id)

    @property
    def is_shop(self) -> bool:
        return self.level is Level.SHOP

    def key(self, dialect: Dialect = Dialect.FIGURES) -> str:
        """The stored form in `dialect`."""
        if self.level is Level.SHOP:
            return _SHOP[dialect]
        if self.level is Level.DEPARTMENT:
            return f"{_DEPT_PREFIX[dialect]}{self.department}"
        return f"staff:{self.staff_id}"

    @staticmethod
    def parse(text: str, dialect: Dialect = Dialect.FIGURES) -> Scope:
        """The scope a stored key names; `ScopeError` for anything else."""
        return _parse(text, dialect)

    @staticmethod
    def try_parse(text: str, dialect: Dialect = Dialect.FIGURES) -> Scope | None:
        try:
            return _parse(text, dialect)
        except ScopeError:
            return None


# Payroll asks "does this rule address this person" for every rule and person:
# the few distinct keys of a shop are parsed once.
@lru_cache(maxsize=4096)
def _parse(text: str, dialect: Dialect) -> Scope:
    if text == _SHOP[dialect]:
        return Scope.shop()
    prefix = _DEPT_PREFIX[dialect]
    if text.startswith(prefix) and len(text) > len(prefix):
        return Scope.of_department(text[len(prefix):])
    if text.startswith("staff:"):
        digits = text[len("staff:"):]
        # isascii: '²' and other Unicode digits pass isdigit() but not int().
        # No leading zero: "staff:007" is not what the writer writes for person 7.
        if digits.isascii() and digits.isdigit() and len(digits) <= 12 and digits[0] != "0" and int(digits) < _MAX_ID:
            return Scope.of_person(int(digits))
    raise ScopeError(f"not a scope: {text!r}")


def dept_key(department: str) -> str:
    """`dept:<key>`: a department's stored scope for targets and figures."""
    return Scope.of_department(department).key()


def person_key(staff_id: int) -> str:
    """`staff:<id>`: a person's stored scope (the same in both dialects)."""
    return Scope.of_person(staff_id).key()


SHOP_KEY = Scope.shop().key()
