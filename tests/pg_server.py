"""A throw-away PostgreSQL server for the tests, on 127.0.0.1 only.

`SHOPDESK_TEST_PG` (an admin URL such as
`postgresql+psycopg://postgres@127.0.0.1:5432/postgres`) points at an
existing server. Without it, the tests start their own cluster with
Debian's PostgreSQL binaries in a temporary folder, as an unprivileged
user, and stop it when the run ends.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from pathlib import Path

ENV = "SHOPDESK_TEST_PG"


def _bindir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PgServer:
    """Either an existing server (from the environment) or one we started."""

    def __init__(self) -> None:
        self.url = os.environ.get(ENV)
        self.folder: Path | None = None
        self.user: str | None = None
        self.skip_reason: str | None = None
        if self.url is None:
            self._start()

    def _as_user(self, args: list[str]) -> list[str]:
        # PostgreSQL refuses to run as root; CI machines run us as root.
        if os.geteuid() == 0:
            return ["runuser", "-u", "postgres", "--", *args]
        return args

    def _start(self) -> None:
        bindir = _bindir()
        if bindir is None:
            self.skip_reason = "PostgreSQL is not installed (apt-get install postgresql)"
            return
        self.folder = Path(tempfile.mkdtemp(prefix="shopdesk-pg-"))
        data = self.folder / "data"
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres", "postgres")
        port = _free_port()
        subprocess.run(self._as_user([str(bindir / "initdb"), "-D", str(data), "-U", "postgres",
                                      "-A", "trust", "-E", "UTF8", "--no-locale"]),
                       check=True, capture_output=True)
        subprocess.run(self._as_user([
            str(bindir / "pg_ctl"), "-D", str(data), "-l", str(self.folder / "log"), "-w",
            "-o", f"-h 127.0.0.1 -p {port} -k {self.folder} -c fsync=off -c max_connections=200",
            "start"]), check=True, capture_output=True)
        self._bindir = bindir
        self._data = data
        self.url = f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"

    def stop(self) -> None:
        if self.folder is None:
            return
        subprocess.run(self._as_user([str(self._bindir / "pg_ctl"), "-D", str(self._data),
                                      "-m", "immediate", "stop"]), capture_output=True)
        shutil.rmtree(self.folder, ignore_errors=True)

    def _admin(self):  # type: ignore[no-untyped-def]
        import psycopg

        assert self.url is not None
        plain = self.url.replace("postgresql+psycopg://", "postgresql://")
        return psycopg.connect(plain, autocommit=True)

    def create_database(self, template: str | None = None) -> str:
        """A new empty database (or a copy of `template`); returns its URL."""
        name = "t_" + uuid.uuid4().hex[:16]
        with self._admin() as conn:
            suffix = f" TEMPLATE {template}" if template else ""
            for attempt in range(20):
                try:
                    conn.execute(f"CREATE DATABASE {name}{suffix}")
                    break
                except Exception:  # the template is briefly in use by its last user
                    if attempt == 19:
                        raise
                    time.sleep(0.1)
        return self.url_for(name)

    def url_for(self, name: str) -> str:
        assert self.url is not None
        return self.url.rsplit("/", 1)[0] + "/" + name

    def drop_database(self, url: str) -> None:
        name = url.rsplit("/", 1)[1]
        with self._admin() as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
