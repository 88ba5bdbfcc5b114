#!/usr/bin/env python3
"""The packaged program: its size, and its start-to-window time against running from source.

    python benchmarks/bundle.py [--bundle dist/shopdesk] [--runs 7]

Without --bundle it builds one into a temporary folder first (a few minutes).
Both programs open the same demo shop as fresh processes, alternately; each
prints the wall-clock time of its first painted window (`--quit-after-show`),
so teardown is not counted. Prints the folder and .tar.gz sizes against the
budget, both start-up medians and the ratio (goal: frozen ≤ 1.2 × source;
a one-folder bundle imports from its own folder, a one-file one would unpack
itself on every start).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from startup import timed  # noqa: E402


def _load_build_script():  # type: ignore[no-untyped-def]
    """scripts/bundle.py, loaded by path: this file shares its module name."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("shopdesk_build", HERE.parent / "scripts" / "bundle.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


bundle = _load_build_script()

GOAL = 1.2


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bundle", type=Path, help="an existing bundle folder (default: build one)")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="shopdesk-bench-"))
    folder = args.bundle or bundle.build(scratch / "dist", scratch / "work")
    archive = bundle.make_archive(folder, scratch / bundle.archive_name())
    within = bundle.report(folder, archive)

    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               # From source with compiled modules, as an installed copy has them (the bundle
               # carries its own); kept out of the checkout, written by the warm-up runs.
               PYTHONPYCACHEPREFIX=str(scratch / "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    db = scratch / "demo.db"
    subprocess.run([sys.executable, "-m", "shopdesk", "demo", "--db", str(db)], check=True,
                   env=env, stdout=subprocess.DEVNULL)
    common = ["--db", str(db), "--lang", "en", "--quit-after-show"]
    frozen = [str(bundle.executable(folder)), *common]
    source = [sys.executable, "-m", "shopdesk", *common]
    timed(frozen, env), timed(source, env)  # warm the OS file cache for both
    f_times, s_times = [], []
    for _ in range(args.runs):
        f_times.append(timed(frozen, env))
        s_times.append(timed(source, env))
    m_frozen, m_source = statistics.median(f_times), statistics.median(s_times)
    ratio = m_frozen / m_source
    print(f"from source : {m_source * 1000:7.1f} ms to the first painted window (median of {args.runs})")
    print(f"bundle      : {m_frozen * 1000:7.1f} ms to the first painted window (median of {args.runs})")
    print(f"ratio       : {ratio:7.2f}  (goal <= {GOAL})")
    if not within or ratio > GOAL:
        sys.exit(1)


if __name__ == "__main__":
    main()
