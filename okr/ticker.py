"""The embedded mode's background work: the same tick RQ would run, in a thread of `okr serve`.

Only used without REDIS_URL; with Redis, `okr scheduler` and `okr worker` do this job.
"""

from __future__ import annotations

import logging
import threading

from flask import Flask

from .jobs import tick

log = logging.getLogger(__name__)


class Ticker(threading.Thread):
    def __init__(self, app: Flask) -> None:
        super().__init__(name="flagpost-ticker", daemon=True)
        self.app = app
        self.interval = app.config["TICK_SECONDS"]
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.is_set():
            try:
                with self.app.app_context():
                    result = tick()
                if any(result.values()):
                    log.info("tick: %s", result)
            except Exception:  # keep ticking: one bad tick must not stop the weekly rhythm
                log.exception("tick failed; trying again in %s seconds", self.interval)
            self.stopped.wait(self.interval)

    def stop(self) -> None:
        self.stopped.set()


def start_in_process(app: Flask) -> Ticker | None:
    """Start ticking in this process unless Redis workers do it."""
    if app.config.get("REDIS_URL"):
        return None
    ticker = Ticker(app)
    ticker.start()
    return ticker
