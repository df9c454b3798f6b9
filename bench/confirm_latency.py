"""How long a reply waits for its confirmation, on the production path, under a burst.

    python bench/confirm_latency.py [--replies 200] [--workers 2] [--fork]
                                    [--web-workers 4] [--rate 0] [--people 1000]

Everything runs as production runs it, on loopback: PostgreSQL (durable, from
`tests.throwaway`), Redis, gunicorn with `-c python:okr.gunicorn_conf` serving the app,
`okr worker` processes (`--no-fork` unless `--fork`), and an aiosmtpd server as the mail
relay. A generated company (bench/workload.py) gets this week's forms, and its people's
replies (bench/steps/replies.py: real answers in the usual mail clients' styles) are
posted to the inbound web hook, signed, from 8 client threads as fast as the server takes
them (`--rate N`: one thread, N replies a second). Each reply's latency runs from the
moment its POST starts to the moment its confirmation (In-Reply-To: the reply) is
received by the SMTP server. A few replies are posted first and answered, so that no
process is measured while it starts.

The bare processing time is the same replies stored, processed in batches and their
confirmations sent to the same SMTP server by one process, in one go, on a copy of the
same database (no web server, no queue, no waiting): the least time the whole burst can
take on one core. The ratio is the p95 latency divided by it.

It prints the figures and writes them as JSON to bench/out/confirm_latency.json (or
--output); the machine's load is in it. bench/README.md has the latest figures.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import hmac
import http.client
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from email.parser import BytesHeaderParser
from email.policy import compat32
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.common import (  # noqa: E402
    INBOUND_SECRET,
    OUT,
    Postgres,
    Redis,
    descendants,
    free_port,
    percentile,
    production_env,
    run_child,
    stop,
)
from bench.steps.replies import read_all, write_all  # noqa: E402

WARMUP = 10
CLIENT_THREADS = 8
WAIT_SECONDS = 300  # for the last confirmation; a burst takes seconds
RUN_OKR = "from okr.cli import main; main()"


# --- the relay: when each confirmation arrives -------------------------------------------------


class Relay:
    """An SMTP server on loopback noting when the answer to each reply arrives."""

    def __init__(self) -> None:
        self.port = free_port()
        self.lock = threading.Lock()
        self.arrived: dict[str, float] = {}  # the reply's Message-ID -> when answered
        self.messages = 0
        self.controller = None

    async def handle_DATA(self, server, session, envelope) -> str:  # noqa: N802 - aiosmtpd's name
        now = time.monotonic()
        raw = envelope.original_content or b""
        answered = BytesHeaderParser(policy=compat32).parsebytes(raw).get("In-Reply-To")
        with self.lock:
            self.messages += 1
            if answered:
                self.arrived.setdefault(answered.strip(), now)
        return "250 OK"

    def start(self) -> Relay:
        from aiosmtpd.controller import Controller

        self.controller = Controller(self, hostname="127.0.0.1", port=self.port, ready_timeout=10)
        self.controller.start()
        return self

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

    def wait_for(self, ids: list[str], seconds: float) -> dict[str, float]:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            with self.lock:
                if all(one in self.arrived for one in ids):
                    break
            time.sleep(0.02)
        with self.lock:
            return {one: self.arrived[one] for one in ids if one in self.arrived}


# --- the run -----------------------------------------------------------------------------------


class Run:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.workdir = Path(args.workdir)
        self.logs = self.workdir / "logs"
        self.relay = Relay()
        self.redis: Redis | None = None
        self.postgres: Postgres | None = None
        self.processes: list[subprocess.Popen] = []
        self.counter = 0

    def env(self, url: str, redis: bool = True) -> dict[str, str]:
        redis_url = self.redis.url if redis and self.redis is not None else None
        return production_env(url, self.workdir / "instance", self.relay.port, redis_url)

    def child(self, task: str, env: dict[str, str], spec: dict) -> dict:
        """One step of bench/run.py (`bare`: of this file) in a fresh process."""
        self.counter += 1
        if task == "bare":
            command = [sys.executable, __file__, "--bare", "{spec}", "{result}"]
        else:
            command = [sys.executable, str(ROOT / "bench" / "run.py"), "--child", task]
            command += ["--spec", "{spec}", "--result", "{result}"]
        return run_child(command, env, spec, self.logs / f"{self.counter:02d}-{task}")

    def spawn(self, name: str, command: list[str], env: dict[str, str]) -> subprocess.Popen:
        with (self.logs / f"{name}.log").open("wb") as log:
            proc = subprocess.Popen(
                command,
                cwd=ROOT,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self.processes.append(proc)
        return proc

    def run(self) -> dict:
        from okr import weeks

        shutil.rmtree(self.workdir, ignore_errors=True)
        self.logs.mkdir(parents=True)
        args = self.args
        self.relay.start()
        try:
            self.redis = Redis(self.workdir / "redis").start()
            self.postgres = Postgres().start()
            week = weeks.current()
            url = self.postgres.create("latency")
            self.child(
                "setup.generate", self.env(url, redis=False), {"size": args.people, "week": week}
            )
            replies_file = self.workdir / "replies.bin"
            self.child(
                "replies.prepare",
                self.env(url, redis=False),
                {"week": week, "file": str(replies_file)},
            )
            warmup, burst = pick(replies_file, WARMUP, args.replies)
            bare = self.bare(url, burst)
            return {"bare": bare, **self.measure(url, warmup, burst)}
        finally:
            for proc in reversed(self.processes):
                with contextlib.suppress(Exception):
                    stop(proc)
            for server in (self.postgres, self.redis, self.relay):
                if server is not None:
                    with contextlib.suppress(Exception):
                        server.stop()

    def bare(self, url: str, burst: list[bytes]) -> dict:
        """The same replies through one process on a copy of the database, no queue."""
        import psycopg

        with psycopg.connect(url, autocommit=True) as connection:
            connection.execute("CREATE DATABASE latency_bare TEMPLATE latency")
        path = self.workdir / "bare.bin"
        write_all(path, burst)
        before = self.relay.messages
        env = self.env(url.rsplit("/", 1)[0] + "/latency_bare", redis=False)
        result = self.child("bare", env, {"file": str(path)})
        result["confirmations_received"] = self.relay.messages - before
        with self.relay.lock:  # the burst answers the same replies again, on the other database
            self.relay.arrived.clear()
        return result

    def measure(self, url: str, warmup: list[bytes], burst: list[bytes]) -> dict:
        args = self.args
        env = self.env(url)
        port = free_port()
        web = [
            sys.executable, "-m", "gunicorn", "-c", "python:okr.gunicorn_conf",
            "--workers", str(args.web_workers), "--bind", f"127.0.0.1:{port}", "app:create_app()",
        ]  # fmt: skip
        server = self.spawn("gunicorn", web, env)
        worker = [sys.executable, "-c", RUN_OKR, "worker"] + ([] if args.fork else ["--no-fork"])
        workers = [self.spawn(f"worker-{n}", worker, env) for n in range(args.workers)]
        wait_until_up(port, server, self.redis.url, args.workers)
        post_all(port, warmup, threads=CLIENT_THREADS)  # every process has started and served
        missing = set(message_ids(warmup)) - set(self.relay.wait_for(message_ids(warmup), 60))
        if missing:
            raise RuntimeError(f"{len(missing)} warm-up replies got no confirmation")
        load_before = os.getloadavg()
        cpu_before = cpu_seconds([server, *workers])
        started = time.monotonic()
        posted = post_all(port, burst, threads=1 if args.rate else CLIENT_THREADS, rate=args.rate)
        ids = message_ids(burst)
        arrived = self.relay.wait_for(ids, WAIT_SECONDS)
        window = max(arrived.values(), default=started) - started
        cpu = cpu_seconds([server, *workers]) - cpu_before
        latencies = [arrived[one] - posted[one][0] for one in ids if one in arrived]
        statuses: dict[str, int] = {}
        for _, status in posted.values():
            statuses[str(status)] = statuses.get(str(status), 0) + 1
        last_post = max(start for start, _ in posted.values()) - started
        batches = taken_along(self.logs, args.workers)
        return {
            "replies": len(burst),
            "confirmed": len(latencies),
            "unconfirmed": len(burst) - len(latencies),
            "statuses": statuses,
            "posting_seconds": round(last_post, 3),
            "last_confirmation_seconds": round(window, 3),
            "p50_s": round(statistics.median(latencies), 3) if latencies else None,
            "p95_s": round(percentile(latencies, 0.95), 3) if latencies else None,
            "max_s": round(max(latencies), 3) if latencies else None,
            "batches_taken_along": len(batches),
            "largest_batch": max(batches, default=None),
            "cpu_seconds_web_and_workers": round(cpu, 2),
            "load_average_before": [round(x, 2) for x in load_before],
            "load_average_after": [round(x, 2) for x in os.getloadavg()],
        }


def pick(path: Path, warmup: int, count: int) -> tuple[list[bytes], list[bytes]]:
    """Replies of distinct people that get a confirmation (no automatic replies, no second
    delivery), in the file's order: `warmup` of them, then `count` others."""
    chosen: list[bytes] = []
    senders: set[str] = set()
    for raw in read_all(path):
        head = BytesHeaderParser(policy=compat32).parsebytes(raw)
        sender = str(head.get("From", ""))
        if head.get("Auto-Submitted") or sender in senders:
            continue
        senders.add(sender)
        chosen.append(raw)
        if len(chosen) == warmup + count:
            break
    if len(chosen) < warmup + count:
        raise SystemExit(f"only {len(chosen)} replies in the company: ask for more --people")
    return chosen[:warmup], chosen[warmup:]


def message_ids(raws: list[bytes]) -> list[str]:
    parser = BytesHeaderParser(policy=compat32)
    return [parser.parsebytes(raw)["Message-ID"].strip() for raw in raws]


def post_all(
    port: int, raws: list[bytes], threads: int, rate: float = 0
) -> dict[str, tuple[float, int]]:
    """POST each reply to the web hook, signed; {Message-ID: (when the POST began, status)}."""
    ids = message_ids(raws)
    found: dict[str, tuple[float, int]] = {}
    start = time.monotonic()

    def post(n: int) -> None:
        if rate:
            time.sleep(max(0.0, start + n / rate - time.monotonic()))
        raw = raws[n]
        signature = hmac.new(INBOUND_SECRET.encode(), raw, hashlib.sha256).hexdigest()
        began = time.monotonic()
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        try:
            connection.request(
                "POST",
                "/inbound/email",
                body=raw,
                headers={
                    "Content-Type": "message/rfc822",
                    "X-Flagpost-Signature": f"sha256={signature}",
                },
            )
            status = connection.getresponse().status
        finally:
            connection.close()
        found[ids[n]] = (began, status)

    with ThreadPoolExecutor(threads) as pool:
        list(pool.map(post, range(len(raws))))
    return found


def wait_until_up(port: int, server: subprocess.Popen, redis_url: str, workers: int) -> None:
    from redis import Redis as Client
    from rq import Worker

    deadline = time.monotonic() + 60
    connection = Client.from_url(redis_url)
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"gunicorn exited with {server.returncode}")
        with contextlib.suppress(OSError):
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", "/static/style.css")
            if conn.getresponse().status == 200 and len(Worker.all(connection)) >= workers:
                return
        time.sleep(0.2)
    raise RuntimeError("gunicorn or the workers did not start")


def taken_along(logs: Path, workers: int) -> list[int]:
    """The size of each batch a reply's job took along, from the workers' logs (warm-up
    included: a few small ones)."""
    sizes = []
    for n in range(workers):
        for line in (logs / f"worker-{n}.log").read_text(errors="replace").splitlines():
            found = re.search(r"and (\d+) waiting replies taken along", line)
            if found:
                sizes.append(int(found.group(1)) + 1)
    return sizes


def cpu_seconds(procs: list[subprocess.Popen]) -> float:
    """User and system time of these processes and their children so far (from /proc)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for proc in procs:
        for pid in [proc.pid, *descendants(proc.pid)]:
            with contextlib.suppress(OSError, IndexError, ValueError):
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                total += (int(fields[11]) + int(fields[12])) / tick
    return total


# --- the bare processing time (in a child process, see Run.bare) ------------------------------


def bare(spec: dict) -> dict:
    """Store every reply, then process them in batches as large as a job takes (the job
    function itself, sending each batch's confirmations), in this one process."""
    from bench.common import make_app
    from okr import jobs
    from okr.services.inbound import store

    app = make_app()
    with app.app_context():
        started = time.perf_counter()
        ids = [store(raw, "bench").id for raw in read_all(Path(spec["file"]))]
        size = jobs.TAKE_ALONG + 1
        states: dict[str, int] = {}
        for start in range(0, len(ids), size):
            for state, n in jobs.process_inbound_batch(ids[start : start + size]).items():
                states[state] = states.get(state, 0) + n
        seconds = time.perf_counter() - started
    return {"replies": len(ids), "seconds": round(seconds, 3), "states": states}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--replies", type=int, default=200, help="replies in the burst")
    parser.add_argument("--workers", type=int, default=2, help="okr worker processes")
    parser.add_argument("--fork", action="store_true", help="workers fork per job (RQ's default)")
    parser.add_argument("--web-workers", type=int, default=4, help="gunicorn workers")
    parser.add_argument("--rate", type=float, default=0, help="replies a second (0: a burst)")
    parser.add_argument("--people", type=int, default=1000, help="company size")
    parser.add_argument("--output", help="JSON file (default bench/out/confirm_latency.json)")
    parser.add_argument("--workdir", default=str(OUT / "latency"))
    parser.add_argument("--bare", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.bare:
        spec_path, result_path = args.bare
        Path(result_path).write_text(json.dumps(bare(json.loads(Path(spec_path).read_text()))))
        return 0
    from bench.run import machine

    result = {
        "command": "python bench/confirm_latency.py "
        + " ".join(sys.argv[1:] if argv is None else argv),
        "machine": machine(),
        "workers": args.workers,
        "worker_mode": "fork per job" if args.fork else "--no-fork",
        "web_workers": args.web_workers,
        "rate": args.rate or "burst",
        "people": args.people,
        **Run(args).run(),
    }
    bare_seconds = result["bare"]["seconds"]
    if result.get("p95_s") is not None and bare_seconds:
        result["p95_over_bare"] = round(result["p95_s"] / bare_seconds, 2)
    output = Path(args.output) if args.output else OUT / "confirm_latency.json"
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(result, indent=1) + "\n")
    print(
        f"{result['replies']} replies ({result['rate']}), {args.workers} workers "
        f"({result['worker_mode']}), {args.web_workers} web workers: confirmation "
        f"p50 {result['p50_s']} s, p95 {result['p95_s']} s, max {result['max_s']} s; "
        f"{result['unconfirmed']} unconfirmed; last after {result['last_confirmation_seconds']} s; "
        f"bare {bare_seconds} s (p95 {result.get('p95_over_bare')}x); "
        f"{result['batches_taken_along']} batches, largest {result['largest_batch']}; load "
        f"{result['load_average_before'][0]} -> {result['load_average_after'][0]} on "
        f"{result['machine']['cores']} cores"
    )
    return 0 if result["unconfirmed"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
