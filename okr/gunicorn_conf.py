"""gunicorn's settings for Flagpost: `gunicorn -c python:okr.gunicorn_conf 'app:create_app()'`.

Without it gunicorn logs its own lines (start, workers booting and dying, timeouts) in
its own format beside ours, and an operator's log search needs two patterns. Its error
log goes through the one format of `okr.logs` instead (OKR_LOG_FORMAT, OKR_LOG_LEVEL);
its access log stays off, since the app writes one line per request with the route
pattern (never the path, which can carry a token) and the request id.
"""

from __future__ import annotations

import logging
import os
from typing import Any

from gunicorn.glogging import Logger

from . import logs


class OneFormatLogger(Logger):
    """gunicorn's logger, writing through the root handler that `okr.logs` installs."""

    def setup(self, cfg: Any) -> None:
        super().setup(cfg)
        level = (os.environ.get("OKR_LOG_LEVEL") or "INFO").upper()
        if not isinstance(logging.getLevelName(level), int):
            level = "INFO"  # the app refuses the setting itself, in one line, when it loads
        logs.configure(os.environ.get("OKR_LOG_FORMAT") or "text", level)
        for logger in (self.error_log, self.access_log):
            for handler in list(logger.handlers):
                logger.removeHandler(handler)
            logger.propagate = True
        self.error_log.setLevel(logging.INFO)


logger_class = OneFormatLogger
accesslog = None
