#!/usr/bin/env python3
"""Cold start of ShopDesk against a bare PySide6 window, twice:

1. to the first painted window (the log-in), and
2. to the painted main window after a log-in: the benchmark types the owner's
   password into the painted log-in as key presses and the scrypt check runs as
   for a person. Measured twice: typed at a person's pace (`--key-ms`, 150 ms a
   key), counting the person's waiting time — to the painted log-in, then from
   Enter to the painted main window — and typed all at once, when every import
   the log-in defers is on the path too (the worst case).

    python benchmarks/startup.py [--runs 7] [--db DEMO.db] [--password demo]

Every process is started fresh the same way and prints the wall-clock time of
its first painted frame, so process teardown is not counted. Runs alternate
(bare, log-in, main window) so a busy machine slows all three alike; medians
and ratios are printed (goals: <= 3.0 to the first window, <= 4.0 to the main
window after log-in).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabWidget
app = QApplication(sys.argv[:1])
w = QMainWindow()
tabs = QTabWidget()
for name in ("Overview", "Operations", "Design", "Customer Service", "Logistics"):
    tabs.addTab(QLabel(name), name)
w.setCentralWidget(tabs)
w.resize(1200, 760)
w.show()
w.repaint()
import time
print(f"painted {time.time():.6f}", flush=True)
QTimer.singleShot(0, app.quit)
app.exec()
"""

SCRYPT = """
import hashlib, os, time
from shopdesk.services.staff.auth import COST
start = time.perf_counter()
for _ in range(5):
    hashlib.scrypt(b"demo", salt=os.urandom(16), n=COST, r=8, p=1, maxmem=256 * 1024 * 1024, dklen=32)
print(COST, (time.perf_counter() - start) / 5)
"""


def run(cmd: list[str], env: dict[str, str], stdin: str | None = None) -> dict[str, float]:
    """Seconds from spawning the process to each mark it prints ("painted", "login", "enter")."""
    start = time.time()
    out = subprocess.run(cmd, check=True, env=env, capture_output=True, text=True, input=stdin).stdout
    marks = {}
    for line in out.splitlines():
        word, _, stamp = line.partition(" ")
        if word in ("painted", "login", "enter"):
            marks[word] = float(stamp) - start
    return marks


def timed(cmd: list[str], env: dict[str, str], stdin: str | None = None) -> float:
    """Seconds from spawning the process to its first painted frame."""
    return run(cmd, env, stdin)["painted"]


def waited(cmd: list[str], env: dict[str, str], stdin: str) -> float:
    """The person's waiting time: to the painted log-in, then from Enter to the painted main
    window (the time spent typing is theirs, not the program's)."""
    marks = run(cmd, env, stdin)
    return marks["login"] + marks["painted"] - marks["enter"]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--password", default="demo", help="the owner's password (the demo shop's: demo)")
    parser.add_argument("--key-ms", type=int, default=150,
                        help="the pace of the typed password, ms per key (a quick typist: 150)")
    parser.add_argument("--lang", choices=("en", "zh_CN"), default="en",
                        help="the window's language (zh_CN also loads Qt's own catalogue)")
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               # Compiled modules as an installed copy has them (pip and the bundle ship .pyc),
               # kept out of the checkout; the warm-up runs below write them.
               PYTHONPYCACHEPREFIX=str(Path(tempfile.gettempdir()) / "shopdesk-bench" / "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    db = args.db
    if db is None:
        db = Path(tempfile.mkdtemp()) / "demo.db"
        subprocess.run([sys.executable, "-m", "shopdesk", "demo", "--db", str(db)], check=True,
                       env=env, stdout=subprocess.DEVNULL)
    app = [sys.executable, "-m", "shopdesk", "--db", str(db), "--lang", args.lang]
    first = app + ["--quit-after-show"]
    logged_in = app + ["--quit-after-login"]
    bare = [sys.executable, "-c", BARE]
    instant = args.password + "\n0\n"
    paced = f"{args.password}\n{args.key_ms}\n"
    timed(first, env), timed(logged_in, env, instant), timed(bare, env)  # warm the caches
    ours, main_window, waiting, base = [], [], [], []
    for _ in range(args.runs):
        base.append(timed(bare, env))
        ours.append(timed(first, env))
        main_window.append(timed(logged_in, env, instant))
        waiting.append(waited(logged_in, env, paced))
    cost, scrypt_s = subprocess.run([sys.executable, "-c", SCRYPT], check=True, env=env,
                                    capture_output=True, text=True).stdout.split()
    m_base, m_ours, m_main, m_wait = (statistics.median(x) for x in (base, ours, main_window, waiting))
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"medians of {args.runs} alternating runs, load average {load:.1f} "
          f"(other jobs share this machine: compare ratios, not times)")
    print(f"bare PySide6 window                : {m_base * 1000:7.1f} ms")
    print(f"ShopDesk first window (the log-in) : {m_ours * 1000:7.1f} ms   ratio {m_ours / m_base:5.2f}"
          "  (goal <= 3.0)")
    print(f"main window after log-in, waited   : {m_wait * 1000:7.1f} ms   ratio {m_wait / m_base:5.2f}"
          f"  (goal <= 4.0; a key every {args.key_ms} ms, typing time not counted)")
    print(f"main window, password typed at once: {m_main * 1000:7.1f} ms   ratio {m_main / m_base:5.2f}"
          "  (every deferred import on the path)")
    print(f"  the log-in's scrypt check (n={cost}, r=8, p=1): {float(scrypt_s) * 1000:.1f} ms of each")


if __name__ == "__main__":
    main()
