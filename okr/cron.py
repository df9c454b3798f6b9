"""RQ cron configuration: `rq cron okr.cron` (or `okr scheduler`) enqueues the tick.

The cron runs in UTC and only drives the tick; who is due is decided per person, in
their own timezone, by the tick itself. RQ loads this file without an app: the settings
are read by `okr.config`, as the app reads them.
"""

import os

from rq import cron

from okr import config
from okr.jobs import fetch_mail, tick
from okr.queue import JOB_TIMEOUT, QUEUE_NAME

INTERVAL = config.tick_seconds(os.environ)

cron.register(tick, queue_name=QUEUE_NAME, interval=INTERVAL, job_timeout=JOB_TIMEOUT)
if config.imap_host(os.environ):  # poll the mailbox as often as the tick runs
    cron.register(fetch_mail, queue_name=QUEUE_NAME, interval=INTERVAL, job_timeout=JOB_TIMEOUT)
