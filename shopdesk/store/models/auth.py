"""Log-in credentials: slow salted hashes only, with a failed-try counter for throttling."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base

OWNER_ACCOUNT = "owner"


def staff_account(staff_id: int) -> str:
    return f"staff:{staff_id}"


class Credential(Base):
    """One account's secret: the owner's password or a staff member's PIN.

    Only the scrypt hash and its salt are stored (hex), never the secret.
    """

    __tablename__ = "credential"

    id: Mapped[int] = mapped_column(primary_key=True)
    account: Mapped[str] = mapped_column(String(40), unique=True)  # 'owner' | 'staff:<id>'
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"))
    secret_hash: Mapped[str] = mapped_column(String(128))
    salt: Mapped[str] = mapped_column(String(64))
    cost: Mapped[int]  # scrypt's n, kept per row so it can be raised later
    failed_tries: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[datetime | None]
    changed_at: Mapped[datetime]
