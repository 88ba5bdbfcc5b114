#!/usr/bin/env python3
"""Cold start to the first painted main window: ShopDesk vs a bare PySide6 window.

    python benchmarks/startup.py [--runs 7] [--db DEMO.db]

Both are started as fresh processes the same way; each prints the wall-clock
time of its first painted frame, so process teardown is not counted. Prints
both medians and the ratio (goal ≤ 3.0).
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


def timed(cmd: list[str], env: dict[str, str]) -> float:
    """Seconds from spawning the process to its first painted frame."""
    start = time.time()
    out = subprocess.run(cmd, check=True, env=env, capture_output=True, text=True).stdout
    painted = next(line for line in out.splitlines() if line.startswith("painted "))
    return float(painted.split()[1]) - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    db = args.db
    if db is None:
        db = Path(tempfile.mkdtemp()) / "demo.db"
        subprocess.run([sys.executable, "-m", "shopdesk", "demo", "--db", str(db)], check=True,
                       env=env, stdout=subprocess.DEVNULL)
    app = [sys.executable, "-m", "shopdesk", "--db", str(db), "--lang", "en", "--quit-after-show"]
    bare = [sys.executable, "-c", BARE]
    timed(app, env), timed(bare, env)  # warm the OS file cache for both
    ours, base = [], []
    for _ in range(args.runs):
        ours.append(timed(app, env))
        base.append(timed(bare, env))
    m_ours, m_base = statistics.median(ours), statistics.median(base)
    print(f"bare PySide6 window : {m_base * 1000:7.1f} ms (median of {args.runs})")
    print(f"ShopDesk main window: {m_ours * 1000:7.1f} ms (median of {args.runs})")
    print(f"ratio               : {m_ours / m_base:7.2f}  (goal <= 3.0)")


if __name__ == "__main__":
    main()
