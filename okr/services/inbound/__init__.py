"""Store first, then process: the one pipeline behind the three inbound doors.

`store` keeps the raw bytes (deduplicated by content hash) and commits before anything
else happens (`store.py`); `process` is idempotent and safe to run twice, so a door may
answer as soon as `store` returned, and an RQ retry or a second delivery changes nothing.
`process_many` processes several stored messages in one transaction (`batch.py`), with
bounces (`bounces.py`) and confirmations (`confirm.py`) settled on the way. Processing
returns the outbox rows it queued; the door's job or command hands them to the senders.
"""

from __future__ import annotations

from .batch import BATCH_SIZE, Processed, process, process_many
from .confirm import MAX_CONFIRMATIONS_PER_DAY
from .store import (
    MessageTooLarge,
    Stored,
    Taken,
    count_attempts,
    finish,
    is_our_message_id,
    parsed,
    settle,
    store,
    take,
)

__all__ = [
    "BATCH_SIZE",
    "MAX_CONFIRMATIONS_PER_DAY",
    "MessageTooLarge",
    "Processed",
    "Stored",
    "Taken",
    "count_attempts",
    "finish",
    "is_our_message_id",
    "parsed",
    "process",
    "process_many",
    "settle",
    "store",
    "take",
]
