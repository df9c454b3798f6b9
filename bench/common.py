"""What every benchmark step shares: the app from the environment, timers, counters, servers.

The orchestrator (`bench/run.py`) starts the servers (SMTP sink, Redis, PostgreSQL) and
runs each measurement in a fresh Python process with the environment a production process
would get (`DATABASE_URL`, `OKR_SECRET_KEY`, `MAIL_*`, ...), so a step's peak memory is its
own and no step warms a cache for the next.
"""

from __future__ import annotations

import contextlib
import json
import os
import resource
import statistics
import subprocess
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from tests.throwaway import (
    PostgresCluster,
    RedisServer,
    free_port,
    stop_process,
)

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
SENDER = "Flagpost <flagpost@okr.bench.example>"
SECRET_KEY = "bench-secret-key-that-is-long-enough-0123456789abcdef"  # noqa: S105
INBOUND_SECRET = "bench-inbound-secret"  # noqa: S105
stop = stop_process  # bench/run.py stops the servers it started with it


def production_env(
    url: str, instance: Path, smtp_port: int, redis_url: str | None = None
) -> dict[str, str]:
    """The environment a production process gets (and nothing of the caller's own Flagpost
    settings): the database at `url`, the SMTP relay on `smtp_port`, Redis if given."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("OKR_", "MAIL_")) and key not in {"DATABASE_URL", "REDIS_URL"}
    }
    env.update(
        PYTHONPATH=str(ROOT),
        PYTHONUNBUFFERED="1",
        DATABASE_URL=url,
        OKR_SECRET_KEY=SECRET_KEY,
        OKR_INSTANCE_PATH=str(instance),
        OKR_BASE_URL="http://127.0.0.1:5000",
        OKR_INBOUND_SECRET=INBOUND_SECRET,
        MAIL_SERVER="127.0.0.1",
        MAIL_PORT=str(smtp_port),
        MAIL_TIMEOUT="30",
        MAIL_DEFAULT_SENDER=SENDER,
    )
    if redis_url is not None:
        env["REDIS_URL"] = redis_url
    return env


def run_child(
    command: list[str], env: dict[str, str], spec: dict, stem: Path, timeout: float | None = None
) -> dict:
    """Run one measured step in a fresh process: its spec in `stem`.spec.json, its output in
    `stem`.log, its result read back from `stem`.result.json (a failure names the log).
    `{spec}` and `{result}` in `command` stand for those two paths."""
    spec_path = stem.with_name(f"{stem.name}.spec.json")
    result_path = stem.with_name(f"{stem.name}.result.json")
    log_path = stem.with_name(f"{stem.name}.log")
    spec_path.write_text(json.dumps(spec))
    os.sync()  # data just written (a generated company, replies) is on disk before timing
    with log_path.open("wb") as log:
        code = subprocess.run(
            [part.format(spec=spec_path, result=result_path) for part in command],
            env=env,
            cwd=ROOT,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            timeout=timeout,
            check=False,
        ).returncode
    if code != 0 or not result_path.exists():
        tail = log_path.read_text(errors="replace")[-3000:]
        raise RuntimeError(f"{stem.name} failed (exit {code}), see {log_path}:\n{tail}")
    return json.loads(result_path.read_text())


def peak_rss_mb() -> float:
    """This process's peak resident memory (ru_maxrss is in KiB on Linux)."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def vm_hwm_mb(pid: int) -> float | None:
    """Another live process's peak resident memory, from /proc."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        return None
    return None


def descendants(pid: int) -> list[int]:
    found: list[int] = []
    for children in Path(f"/proc/{pid}/task").glob("*/children"):
        with contextlib.suppress(OSError):
            for child in children.read_text().split():
                found += [int(child), *descendants(int(child))]
    return found


def make_app():
    """The app exactly as `okr` builds it: from the environment."""
    from okr import create_app

    return create_app()


@dataclass
class QueryCounter:
    """Counts SQL statements sent to the database while `active`."""

    count: int = 0
    active: bool = True

    def attach(self, engine) -> QueryCounter:
        from sqlalchemy import event

        def before(*_args, **_kwargs) -> None:
            if self.active:
                self.count += 1

        event.listen(engine, "before_cursor_execute", before)
        return self


class Timer:
    def __init__(self) -> None:
        self.seconds = 0.0

    def __enter__(self) -> Timer:
        self._start = time.perf_counter()
        return self

    def __exit__(self, *_exc) -> None:
        self.seconds = time.perf_counter() - self._start


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(0, min(len(ordered) - 1, round(share * (len(ordered) - 1))))
    return ordered[rank]


def summary_ms(samples: list[float]) -> dict:
    return {
        "requests": len(samples),
        "median_ms": round(statistics.median(samples) * 1000, 2) if samples else None,
        "p95_ms": round(percentile(samples, 0.95) * 1000, 2) if samples else None,
        "max_ms": round(max(samples) * 1000, 2) if samples else None,
    }


# --- servers ---------------------------------------------------------------------------------


def write_frame(out, recipients: list[str], raw: bytes) -> None:
    """One received message: its envelope recipients and its bytes, length-prefixed."""
    head = ",".join(recipients).encode()
    out.write(len(head).to_bytes(4, "big") + head + len(raw).to_bytes(4, "big") + raw)


def read_frames(path: Path) -> list[tuple[list[str], bytes]]:
    data, found, at = path.read_bytes(), [], 0
    while at < len(data):
        n = int.from_bytes(data[at : at + 4], "big")
        recipients = data[at + 4 : at + 4 + n].decode().split(",")
        at += 4 + n
        n = int.from_bytes(data[at : at + 4], "big")
        found.append((recipients, data[at + 4 : at + 4 + n]))
        at += 4 + n
    return found


@dataclass
class SinkStats:
    messages: int = 0
    bytes: int = 0
    sizes: list[int] = field(default_factory=list)
    first: float | None = None
    last: float | None = None


class SMTPSink:
    """A real SMTP server on loopback (aiosmtpd) that accepts and counts every message.

    It runs in a thread of the orchestrator, which does nothing else while a step runs
    in its own process, so the server has a core's worth of Python to itself.
    """

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.stats = SinkStats()
        self.port = free_port()
        self.controller = None
        self.kept = None  # a file every message is written to, while recording

    def record(self, path: Path) -> None:
        """Keep every message from now to the next `take`: the bare limit sends them again."""
        with self.lock:
            self.kept = path.open("wb")

    async def handle_DATA(self, server, session, envelope) -> str:  # noqa: N802 - aiosmtpd's name
        size = len(envelope.original_content or b"")
        now = time.perf_counter()
        with self.lock:
            if self.kept is not None:
                write_frame(self.kept, list(envelope.rcpt_tos), envelope.original_content)
            stats = self.stats
            stats.messages += 1
            stats.bytes += size
            stats.sizes.append(size)
            if stats.first is None:
                stats.first = now
            stats.last = now
        return "250 OK"

    def start(self) -> SMTPSink:
        from aiosmtpd.controller import Controller

        self.controller = Controller(self, hostname="127.0.0.1", port=self.port, ready_timeout=10)
        self.controller.start()
        return self

    def take(self) -> SinkStats:
        """The counts since the last call, and start counting afresh."""
        with self.lock:
            stats, self.stats = self.stats, SinkStats()
            if self.kept is not None:
                self.kept.close()
                self.kept = None
        return stats

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None


# The throwaway servers are the tests' own (`tests/throwaway.py`): one way to start them.
Redis = RedisServer


class Postgres(PostgresCluster):
    """A throwaway PostgreSQL cluster on loopback, as the tests and .ci/run start one, but
    durable (fsync on): the benchmark measures what production pays."""

    def __init__(self) -> None:
        super().__init__(durable=True)


@contextlib.contextmanager
def started(*servers) -> Iterator[None]:
    try:
        yield
    finally:
        for server in reversed(servers):
            with contextlib.suppress(Exception):
                server.stop()
