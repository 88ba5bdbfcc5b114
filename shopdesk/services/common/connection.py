"""Which database this computer opens: its own file, or the shop's PostgreSQL server.

The choice is kept per computer (beside the language), never the password:
that comes from PGPASSWORD, ~/.pgpass, or a prompt at start.
"""

from __future__ import annotations

from dataclasses import dataclass

from shopdesk.domain.errors import ValidationError
from shopdesk.domain.text import QT_TRANSLATE_NOOP

SETTING = "database"  # "" (this computer's default file), a file path, or a postgresql URL


@dataclass(frozen=True)
class ServerAddress:
    host: str
    port: str
    database: str
    user: str

    def url(self, password: str | None = None) -> str:
        """postgresql+psycopg://user[:password]@host:port/database, validated."""
        from sqlalchemy.engine import URL

        host, database, user = self.host.strip(), self.database.strip(), self.user.strip()
        if not host:
            raise ValidationError("host", QT_TRANSLATE_NOOP("Errors", "enter the shop server's name or address"))
        try:
            port = int(self.port.strip() or "5432")
        except ValueError:
            port = 0
        if not 0 < port < 65536:
            raise ValidationError("port", QT_TRANSLATE_NOOP("Errors", "a port is a number from 1 to 65535"))
        if not database:
            raise ValidationError("database", QT_TRANSLATE_NOOP("Errors", "enter the shop's database name"))
        if not user:
            raise ValidationError("user", QT_TRANSLATE_NOOP("Errors", "enter the database user name"))
        return URL.create("postgresql+psycopg", username=user, password=password or None, host=host,
                          port=port, database=database).render_as_string(hide_password=False)

    @staticmethod
    def parse(url: str) -> ServerAddress:
        from sqlalchemy.engine import make_url

        u = make_url(url)
        return ServerAddress(u.host or "", str(u.port or 5432), u.database or "", u.username or "")


def is_server(target: str) -> bool:
    return target.startswith("postgresql")


def without_password(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).set(password=None).render_as_string(hide_password=False)


def needs_password(error: Exception) -> bool:
    return "password" in str(error).lower()


def try_connect(url: str, timeout_s: int = 5) -> str | None:
    """None when the server answers and we may log in; otherwise the reason, in the server's words."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import SQLAlchemyError

    engine = create_engine(url, connect_args={"connect_timeout": timeout_s})
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        return None
    except SQLAlchemyError as exc:
        orig = getattr(exc, "orig", None) or exc
        return str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
    finally:
        engine.dispose()


def saved_target() -> str:
    """The database chosen in Settings on this computer ("" for the default file)."""
    from shopdesk.i18n import user_settings

    return str(user_settings().value(SETTING, "") or "")


def save_target(target: str) -> None:
    from shopdesk.i18n import user_settings

    if is_server(target):
        target = without_password(target)  # never stored
    user_settings().setValue(SETTING, target)
