#!/usr/bin/env python3
"""Every dependency has a wheel for Windows and macOS (Python 3.11), or this fails.

    python scripts/check_wheels.py [--platform win_amd64 ...] [--keep DIR]

Starts from `[project] dependencies` in pyproject.toml and follows each wheel's
own `Requires-Dist` (markers evaluated for the target platform, extras such as
`psycopg[binary]` included), so the whole set a Windows or macOS installation
needs is checked, not only the names at the top. A package installed here is
checked at the installed version (the one the tests ran with); any other at the
newest version its requirement allows. Each one is fetched with

    pip download --only-binary=:all: --platform P --python-version 3.11
                 --implementation cp --no-deps -d TMP NAME==VERSION

into a temporary folder. Prints one line per package and platform and exits 1
when one has no wheel. Needs PyPI (or a mirror pip is configured for).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
import tomllib
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from email.parser import Parser
from importlib import metadata
from pathlib import Path

from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name, parse_wheel_filename

ROOT = Path(__file__).resolve().parent.parent
PYTHON = "3.11"
# The newest macOS of each kind that GitHub's runners and current Macs run; wheels for
# older macOS versions match it too.
PLATFORMS = {
    "win_amd64": {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt",
                  "platform_machine": "AMD64"},
    "macosx_14_0_x86_64": {"sys_platform": "darwin", "platform_system": "Darwin", "os_name": "posix",
                           "platform_machine": "x86_64"},
    "macosx_14_0_arm64": {"sys_platform": "darwin", "platform_system": "Darwin", "os_name": "posix",
                          "platform_machine": "arm64"},
}
Download = Callable[[str, str, Path], Path | None]


def project_requirements(pyproject: Path = ROOT / "pyproject.toml") -> list[Requirement]:
    data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    return [Requirement(text) for text in data["project"]["dependencies"]]


def marker_environment(platform: str) -> dict[str, str]:
    return {"python_version": PYTHON, "python_full_version": f"{PYTHON}.9",
            "implementation_name": "cpython", "platform_python_implementation": "CPython",
            "platform_release": "", "platform_version": "", "extra": "", **PLATFORMS[platform]}


def applies(marker: Marker | None, env: dict[str, str], extras: set[str]) -> bool:
    if marker is None:
        return True
    return any(marker.evaluate({**env, "extra": extra}) for extra in (extras or {""}) | {""})


def pinned(req: Requirement) -> str:
    """NAME==installed version when that satisfies the requirement, else NAME<specifier>."""
    try:
        installed = metadata.version(req.name)
    except metadata.PackageNotFoundError:
        installed = None
    if installed is not None and req.specifier.contains(installed, prereleases=True):
        return f"{canonicalize_name(req.name)}=={installed}"
    return f"{canonicalize_name(req.name)}{req.specifier}"


def pip_download(spec: str, platform: str, folder: Path) -> Path | None:
    """The wheel pip fetched for `spec` on `platform`, or None when there is none."""
    before = set(folder.iterdir())
    command = [sys.executable, "-m", "pip", "download", "--quiet", "--disable-pip-version-check",
               "--only-binary=:all:", "--platform", platform, "--python-version", PYTHON,
               "--implementation", "cp", "--no-deps", "-d", str(folder), spec]
    for attempt in range(3):  # a dropped connection is not a missing wheel: try again before saying so
        run = subprocess.run(command, capture_output=True, text=True)
        if run.returncode == 0 or "No matching distribution" in run.stderr:
            break
        time.sleep(2 * (attempt + 1))
    if run.returncode != 0:
        tail = run.stderr.strip().splitlines()[-1:] or [""]
        print(f"  pip: {tail[0]}", file=sys.stderr)
        return None
    name = canonicalize_name(Requirement(spec).name)
    fresh = [p for p in set(folder.iterdir()) - before if p.suffix == ".whl"] or \
            [p for p in folder.glob("*.whl") if parse_wheel_filename(p.name)[0] == name]
    return next((p for p in fresh if parse_wheel_filename(p.name)[0] == name), None)


def wheel_requirements(wheel: Path) -> list[Requirement]:
    with zipfile.ZipFile(wheel) as archive:
        meta = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        message = Parser().parsestr(archive.read(meta).decode("utf-8"))
    return [Requirement(text) for text in message.get_all("Requires-Dist") or []]


@dataclass
class Result:
    platform: str
    found: dict[str, str] = field(default_factory=dict)  # package -> wheel file name
    missing: dict[str, str] = field(default_factory=dict)  # package -> what was asked for


def check_platform(platform: str, roots: list[Requirement], folder: Path,
                   download: Download = pip_download) -> Result:
    env = marker_environment(platform)
    result = Result(platform)
    queue = [(req, set(req.extras)) for req in roots if applies(req.marker, env, set())]
    done: dict[str, set[str]] = {}
    while queue:
        req, extras = queue.pop(0)
        name = canonicalize_name(req.name)
        if name in done and extras <= done[name]:
            continue
        done[name] = done.get(name, set()) | extras
        spec = pinned(req)
        wheel = download(spec, platform, folder)
        if wheel is None:
            result.missing[name] = spec
            continue
        result.found[name] = wheel.name
        for sub in wheel_requirements(wheel):
            if applies(sub.marker, env, done[name]) and (sub.marker is None or
                                                         _needed(sub.marker, env, done[name])):
                queue.append((sub, set(sub.extras)))
    return result


def _needed(marker: Marker, env: dict[str, str], extras: set[str]) -> bool:
    """A requirement under `extra == "x"` counts only when extra x was asked for."""
    if "extra" not in str(marker):
        return marker.evaluate(env)
    return any(marker.evaluate({**env, "extra": extra}) for extra in extras)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--platform", action="append", choices=sorted(PLATFORMS),
                        help="check only this platform (repeatable; default: all)")
    parser.add_argument("--keep", type=Path, help="download into this folder and keep it")
    args = parser.parse_args(argv)
    roots = project_requirements()
    failed = False
    for platform in args.platform or list(PLATFORMS):
        with tempfile.TemporaryDirectory(prefix=f"wheels-{platform}-") as tmp:
            folder = args.keep / platform if args.keep else Path(tmp)
            folder.mkdir(parents=True, exist_ok=True)
            result = check_platform(platform, roots, folder)
        for name, wheel in sorted(result.found.items()):
            print(f"{platform:20} ok       {name:28} {wheel}")
        for name, spec in sorted(result.missing.items()):
            print(f"{platform:20} NO WHEEL {name:28} {spec}")
        failed |= bool(result.missing)
        print(f"{platform}: {len(result.found)} wheels, {len(result.missing)} missing", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
