"""RQ cron configuration: `rq cron okr.cron` (or `okr scheduler`) enqueues the tick.

The cron runs in UTC and only drives the tick; who is due is decided per person, in
their own timezone, by the tick itself.
"""

import os

from rq import cron

from okr.jobs import fetch_mail, tick
from okr.queue import JOB_TIMEOUT, QUEUE_NAME

cron.register(
    tick,
    queue_name=QUEUE_NAME,
    interval=int(os.environ.get("OKR_TICK_SECONDS", "120")),
    job_timeout=JOB_TIMEOUT,
)
if os.environ.get("OKR_IMAP_HOST", "").strip():  # poll the mailbox as often as the tick runs
    cron.register(
        fetch_mail,
        queue_name=QUEUE_NAME,
        interval=int(os.environ.get("OKR_TICK_SECONDS", "120")),
        job_timeout=JOB_TIMEOUT,
    )
