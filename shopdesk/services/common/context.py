"""Who is acting. Every service takes an Actor and checks it itself."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from shopdesk.domain.errors import PermissionDenied
from shopdesk.domain.text import QT_TRANSLATE_NOOP


class Role(StrEnum):
    OWNER = "owner"
    MANAGER = "manager"
    STAFF = "staff"


@dataclass(frozen=True)
class Actor:
    role: Role
    name: str
    staff_id: int | None = None
    department: str | None = None  # a manager's or staff member's department

    @property
    def is_owner(self) -> bool:
        return self.role is Role.OWNER

    def require_owner(self, what: str) -> None:
        if not self.is_owner:
            raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "only the owner may do this: {what}"), what=what)

    def can_manage(self, department: str) -> bool:
        """Owner everywhere; a manager within their own department."""
        return self.is_owner or (self.role is Role.MANAGER and self.department == department)

    def require_manage(self, department: str, what: str) -> None:
        if not self.can_manage(department):
            raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "you may not do this in this department: {what}"), what=what)

    def can_see_person(self, staff_id: int, department: str) -> bool:
        return self.can_manage(department) or self.staff_id == staff_id


OWNER = Actor(Role.OWNER, "Owner")
