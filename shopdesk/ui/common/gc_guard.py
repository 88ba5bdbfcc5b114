"""Garbage collection on the UI thread only.

Python's cyclic collector runs in whichever thread happens to allocate when a
threshold is crossed. If that is a worker (an export, an approval) and the
garbage holds a Qt object (a closed dialog caught in a reference cycle), Qt
destroys a widget from the wrong thread and the program crashes. So the
automatic collector is switched off and a timer on the UI thread collects
instead, generation by generation, as the thresholds would have.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class GarbageOnUiThread(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(INTERVAL_MS)

    def check(self) -> None:
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self.thresholds[generation]:
                gc.collect(generation)
                return


def install(app: QObject) -> GarbageOnUiThread:
    """Collect garbage only on the thread that owns `app` (the UI thread) from now on."""
    return GarbageOnUiThread(app)
