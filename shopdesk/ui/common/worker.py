"""Running blocking work off the UI thread; results come back by signal.

The work function never touches widgets; callbacks run on the UI thread.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class _Job(QRunnable):
    def __init__(self, fn: Callable[..., Any], with_progress: bool) -> None:
        super().__init__()
        self.fn = fn
        self.with_progress = with_progress
        self.signals = _Signals()

    @Slot()
    def run(self) -> None:
        try:
            if self.with_progress:
                result = self.fn(lambda done, total: self.signals.progress.emit(done, total))
            else:
                result = self.fn()
        except Exception as exc:  # handed to the UI thread to show
            log.debug("background job failed: %s", traceback.format_exc())
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


_running: set[_Job] = set()


def run_in_background(
    fn: Callable[..., Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    on_progress: Callable[[int, int], None] | None = None,
) -> QRunnable:
    """Run `fn` on the thread pool. With `on_progress`, `fn(report)` gets a
    `report(done, total)` callback to call as it goes."""
    job = _Job(fn, with_progress=on_progress is not None)
    job.setAutoDelete(False)
    _running.add(job)

    def finish(callback: Callable[[Any], None]) -> Callable[[Any], None]:
        def handler(value: Any) -> None:
            _running.discard(job)
            callback(value)
        return handler

    job.signals.done.connect(finish(on_done))
    job.signals.failed.connect(finish(on_error))
    if on_progress is not None:
        job.signals.progress.connect(on_progress)
    QThreadPool.globalInstance().start(job)
    return job
