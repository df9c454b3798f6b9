"""Flagpost benchmarks: a generated company end to end, each step against its bare limit.

    python bench/run.py [--sizes 1000,10000] [--db sqlite,postgres] [--quick]
                        [--requests N] [--output DIR] [--workdir DIR]

For each database and company size: generate the company (fixed seed), then measure, each
in a fresh process, our path and the bare limit in the same run:

1. forms: compose and send every form through the outbox to an SMTP server on loopback,
   against smtplib sending as many built messages of the same sizes over one connection;
   then 1 and 2 RQ workers on Redis (throughput of 2 against 1);
2. replies: store, authenticate, understand, record, queue the confirmation, against
   `email.message_from_bytes` + `get_body`;
3. digests: every manager's digest, against one plain SQL read of the rows they need;
4. pages: board and admin pages under a loopback load generator, against a static file;

with the peak memory of each step and the growth from the smallest to the largest size.
It prints a table and writes RESULTS.md and results.json: into bench/ for the full run
(both sizes, both databases), into bench/out/ otherwise, or into --output. `--quick` is
1,000 people on SQLite only. Everything it starts (SMTP sink, Redis, PostgreSQL, WSGI
server, workers) listens on 127.0.0.1 only and is stopped at the end.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import os
import platform
import shutil
import signal
import socket
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import report  # noqa: E402
from bench.common import (  # noqa: E402
    OUT,
    Postgres,
    Redis,
    SMTPSink,
    descendants,
    free_port,
    production_env,
    run_child,
    stop,
    vm_hwm_mb,
)

DEFAULT_SIZES = (1000, 10000)
DEFAULT_DBS = ("sqlite", "postgres")
CHILD_TIMEOUT = 1800
RQ_REPEATS = 3  # runs of one and of two RQ workers, alternately; the median counts
RUN_OKR = "from okr.cli import main; main()"
GOALS = report.GOALS


def _child_main(task: str, spec_path: str, result_path: str) -> int:
    """Inside a fresh process: run one measurement and write its JSON result."""
    from bench.common import peak_rss_mb

    module_name, function = task.rsplit(".", 1)
    module = importlib.import_module(f"bench.steps.{module_name}")
    spec = json.loads(Path(spec_path).read_text())
    result = getattr(module, function)(spec)
    result["peak_rss_mb"] = peak_rss_mb()
    Path(result_path).write_text(json.dumps(result, default=str))
    return 0


def _median_run(runs: list[dict]) -> dict:
    """The run with the median throughput (a run without a send window counts lowest)."""
    ranked = sorted(runs, key=lambda r: r["forms_per_second"] or 0)
    return dict(ranked[len(ranked) // 2])


class Bench:
    def __init__(self, args: argparse.Namespace) -> None:
        self.sizes = args.sizes
        self.steps = args.steps
        self.dbs = args.dbs
        self.requests = args.requests
        self.concurrency = args.concurrency
        self.workdir = Path(args.workdir)
        self.logs = self.workdir / "logs"
        self.sink = SMTPSink()
        self.redis: Redis | None = None
        self.postgres: Postgres | None = None
        self.notes: list[str] = []
        self.counter = 0
        self.loads: list[float] = []  # 1-minute load average after each measurement

    # --- processes ---------------------------------------------------------------------------

    def env(self, url: str, folder: Path, redis: bool = False) -> dict[str, str]:
        redis_url = self.redis.url if redis and self.redis is not None else None
        return production_env(url, folder / "instance", self.sink.port, redis_url)

    def child(self, task: str, env: dict[str, str], spec: dict) -> dict:
        self.counter += 1
        command = [sys.executable, str(ROOT / "bench" / "run.py"), "--child", task]
        command += ["--spec", "{spec}", "--result", "{result}"]
        started = time.perf_counter()
        stem = self.logs / f"{self.counter:03d}-{task}"
        result = run_child(command, env, spec, stem, timeout=CHILD_TIMEOUT)
        result["process_seconds"] = round(time.perf_counter() - started, 2)
        result["load_average_after"] = round(os.getloadavg()[0], 2)
        self.loads.append(os.getloadavg()[0])
        return result

    def say(self, text: str) -> None:
        print(text, flush=True)

    # --- one company ----------------------------------------------------------------------

    def database(self, kind: str, size: int, folder: Path) -> str:
        if kind == "sqlite":
            return f"sqlite:///{folder / 'okr.sqlite'}"
        assert self.postgres is not None
        return self.postgres.create(f"bench_{size}")

    def company(self, kind: str, size: int, week: str) -> dict:
        folder = self.workdir / f"{kind}-{size}"
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        url = self.database(kind, size, folder)
        env = self.env(url, folder)
        env_rq = self.env(url, folder, redis=True)
        run: dict = {"db": kind, "size": size, "week": week, "steps": {}}
        self.say(f"\n== {kind}, {size:,} people, week {week}")

        setup = self.child("setup.generate", env, {"size": size, "week": week})
        run["workload"] = setup["workload"] | {"generate_seconds": round(setup["seconds"], 2)}
        self.say(f"   company generated in {setup['seconds']:.1f}s: {_brief(setup['workload'])}")

        steps = {
            "forms": lambda: self.forms(env, week),
            "forms_rq": lambda: self.forms_rq(env_rq, week, folder),
            "replies": lambda: self.replies(env, env_rq, week, folder),
            "digests": lambda: self.digests(env, week),
            "pages": lambda: self.pages(env, folder),
        }
        for name, measure in steps.items():
            if name not in self.steps:
                run["steps"][name] = report.skipped(name, "not selected (--steps)")
                continue
            if name == "forms_rq" and self.redis is None:
                run["steps"][name] = report.skipped(name, "redis-server is not installed")
                continue
            try:
                run["steps"][name] = measure()
            except Exception as error:  # one broken step must not lose the whole run
                self.say(f"   {name} FAILED: {error}")
                run["steps"][name] = report.skipped(name, f"failed: {str(error)[:300]}")
        for name, step in run["steps"].items():
            self.say("   " + report.one_line(name, step))
        return run

    def forms(self, env: dict, week: str) -> dict:
        kept = self.logs / "forms-sent.bin"
        self.sink.take()
        self.sink.record(kept)
        ours = self.child("forms.ours", env, {"week": week})
        received = self.sink.take()
        assert received.messages == ours["forms"], (received.messages, ours["forms"])
        bare = self.bare_mail(env, week, "forms", kept)
        again = self.sink.take()
        assert again.messages == ours["forms"] and again.bytes == received.bytes
        outbox_only = self.child("forms.precomposed", env, {"week": week})
        assert self.sink.take().messages == ours["forms"]
        ours["precomposed_seconds"] = round(outbox_only["seconds"], 3)
        ours["precomposed_ratio"] = round(outbox_only["seconds"] / bare["seconds"], 2)
        ours["mean_bytes"] = round(received.bytes / max(received.messages, 1))
        ours["forms_per_second"] = round(ours["forms"] / ours["seconds"], 1)
        return report.step("forms", ours["seconds"], bare["seconds"], ours, bare)

    def bare_mail(self, env: dict, week: str, read: str, kept: Path) -> dict:
        """One SQL read, then the bytes the sink kept sent again over one connection."""
        spec = {"week": week, "read": read, "file": str(kept), "port": self.sink.port}
        try:
            return self.child("bare_mail.send", env, spec)
        finally:
            kept.unlink(missing_ok=True)

    def forms_rq(self, env: dict, week: str, folder: Path) -> dict:
        """One worker, then two, RQ_REPEATS times alternately; the median of each counts.

        A run at 1,000 people sends for a few seconds only, and one run apart from the
        others (the operating system, a worker's start) moved the ratio by a third."""
        runs: dict[int, list[dict]] = {1: [], 2: []}
        for _ in range(RQ_REPEATS):
            for workers in (1, 2):
                runs[workers].append(self._rq_run(env, week, folder, workers))
        one, two = (_median_run(runs[n]) for n in (1, 2))
        for n, chosen in ((1, one), (2, two)):
            chosen["repeats"] = [r["forms_per_second"] for r in runs[n]]
        return report.step(
            "forms_rq",
            two["forms_per_second"],
            one["forms_per_second"],
            two,
            one,
            peak_rss_mb=max(r["peak_rss_mb"] or 0 for n in (1, 2) for r in runs[n]),
        )

    def _rq_run(self, env: dict, week: str, folder: Path, workers: int) -> dict:
        self.redis.flush()
        prepared = self.child("forms.rq_prepare", env, {"week": week})
        self.sink.take()
        wall, memory = self.workers(env, workers, folder)
        received = self.sink.take()
        check = self.child("forms.rq_check", env, {"week": week})
        window = (received.last or 0) - (received.first or 0)
        assert received.messages == prepared["forms"], (received.messages, prepared)
        assert check["states"] == {"sent": prepared["forms"]}, check
        return {
            "workers": workers,
            "forms": prepared["forms"],
            "jobs": prepared["jobs"],
            "wall_seconds": round(wall, 3),
            "send_window_seconds": round(window, 3),
            "forms_per_second": round(received.messages / window, 1) if window else None,
            "forms_per_second_wall": round(received.messages / wall, 1),
            "peak_rss_mb": memory,
        }

    def workers(self, env: dict, count: int, folder: Path) -> tuple[float, float | None]:
        """`okr worker --burst` processes draining the queue: wall time and peak memory."""
        procs = []
        peak = 0.0
        started = time.perf_counter()
        try:
            for n in range(count):
                log = (self.logs / f"worker-{folder.name}-{count}-{n}.log").open("wb")
                procs.append(
                    subprocess.Popen(
                        [sys.executable, "-c", RUN_OKR, "worker", "--burst"],
                        cwd=ROOT,
                        env=env,
                        stdin=subprocess.DEVNULL,
                        stdout=log,
                        stderr=subprocess.STDOUT,
                    )
                )
                log.close()
            deadline = time.monotonic() + CHILD_TIMEOUT
            while any(p.poll() is None for p in procs):
                if time.monotonic() > deadline:
                    raise RuntimeError("the RQ workers did not finish")
                for proc in procs:
                    for pid in [proc.pid, *descendants(proc.pid)]:
                        peak = max(peak, vm_hwm_mb(pid) or 0)
                time.sleep(0.1)
            wall = time.perf_counter() - started
        finally:
            for proc in procs:
                stop(proc)
        codes = [p.returncode for p in procs]
        if any(codes):
            raise RuntimeError(f"an RQ worker failed: exit codes {codes}, logs in {self.logs}")
        return wall, peak or None

    def replies(self, env: dict, env_rq: dict, week: str, folder: Path) -> dict:
        path = folder / "replies.bin"
        prepared = self.child("replies.prepare", env, {"week": week, "file": str(path)})
        if self.redis is not None:
            self.redis.flush()
            ours = self.child("replies.ours", env_rq, {"week": week, "file": str(path)})
            self.redis.flush()
        else:  # the confirmation is then sent at once to the SMTP sink: note it
            self.notes.append("replies: without Redis each confirmation was sent, not queued")
            ours = self.child("replies.ours", env, {"week": week, "file": str(path)})
        self.sink.take()
        bare = self.child("replies.bare", env, {"file": str(path)})
        ours["mix"] = prepared
        return report.step("replies", ours["seconds"], bare["seconds"], ours, bare)

    def digests(self, env: dict, week: str) -> dict:
        kept = self.logs / "digests-sent.bin"
        self.sink.take()
        self.sink.record(kept)
        ours = self.child("digests.ours", env, {"week": week})
        received = self.sink.take()
        assert received.messages == ours["sent"], (received.messages, ours["sent"])
        ours["mean_bytes"] = round(received.bytes / max(received.messages, 1))
        bare = self.bare_mail(env, week, "digests", kept)
        again = self.sink.take()
        assert again.messages == ours["sent"] and again.bytes == received.bytes
        return report.step("digests", ours["seconds"], bare["seconds"], ours, bare)

    def pages(self, env: dict, folder: Path) -> dict:
        from bench.steps.pages import server_command

        port = free_port()
        command, served_by = server_command(port, workers=os.cpu_count() or 2)
        log = (self.logs / f"server-{folder.name}.log").open("wb")
        server = subprocess.Popen(
            command, cwd=ROOT, env=env, stdin=subprocess.DEVNULL, stdout=log, stderr=log
        )
        log.close()
        try:
            _wait_port(port, server)
            result = self.child(
                "pages.load",
                env,
                {"port": port, "requests": self.requests, "concurrency": self.concurrency},
            )
            memory = [vm_hwm_mb(pid) for pid in [server.pid, *descendants(server.pid)]]
        finally:
            stop(server)
        result["served_by"] = served_by
        result["server_peak_rss_mb"] = max((m for m in memory if m), default=None)
        result["load_generator_peak_rss_mb"] = result.pop("peak_rss_mb")
        static = result["kinds"]["static"]
        return report.step(
            "pages",
            result["pages"]["p95_ms"],
            static["p95_ms"],
            result,
            static,
            peak_rss_mb=result["server_peak_rss_mb"],
        )

    # --- everything ------------------------------------------------------------------------

    def run(self) -> dict:
        from okr import weeks

        shutil.rmtree(self.logs, ignore_errors=True)
        self.logs.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        results: dict = {
            "started": datetime.now(UTC).isoformat(timespec="seconds"),
            "command": "python bench/run.py " + " ".join(sys.argv[1:]),
            "machine": machine(),
            "sizes": self.sizes,
            "databases": self.dbs,
            "goals": GOALS,
            "runs": [],
        }
        self.sink.start()
        try:
            if shutil.which("redis-server"):
                self.redis = Redis(self.workdir / "redis").start()
            else:
                self.notes.append("redis-server is not installed: RQ figures are skipped")
            if "postgres" in self.dbs:
                self.postgres = Postgres().start()
                results["machine"]["postgresql"] = self.postgres.version()
            week = weeks.current()
            for kind in self.dbs:
                for size in self.sizes:
                    results["runs"].append(self.company(kind, size, week))
                    partial = self.workdir / "results-partial.json"
                    partial.write_text(json.dumps(results, indent=1, default=str))
        finally:
            for server in (self.postgres, self.redis, self.sink):
                if server is not None:
                    with contextlib.suppress(Exception):
                        server.stop()
        results["seconds"] = round(time.perf_counter() - started, 1)
        cores = os.cpu_count() or 1
        results["load_average"] = {
            "cores": cores,
            "max_after_a_step": round(max(self.loads, default=0), 2),
            "mean_after_a_step": round(sum(self.loads) / max(len(self.loads), 1), 2),
        }
        if max(self.loads, default=0) > cores + 0.5:
            self.notes.append(
                f"the machine was busy with other work during the run (1-minute load average "
                f"up to {max(self.loads):.1f} on {cores} cores): figures are noisier than on "
                "an idle machine, ratios less so (ours and bare run back to back)"
            )
        results["notes"] = self.notes
        report.finish(results)
        return results


def _brief(workload: dict) -> str:
    return (
        f"{workload['key_results']:,} key results, {workload['check_ins']:,} check-ins, "
        f"{workload['managers']:,} managers, levels {workload['level_sizes']}"
    )


def _wait_port(port: int, proc: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the WSGI server exited with {proc.returncode}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 1):
            return
        time.sleep(0.1)
    raise RuntimeError("the WSGI server did not start")


def machine() -> dict:
    cpu = ""
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory = ""
    with contextlib.suppress(OSError):
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f"{kb / 1024 / 1024:.1f} GiB"
    redis = shutil.which("redis-server")
    redis_version = ""
    if redis:
        out = subprocess.run([redis, "--version"], capture_output=True, text=True, check=False)
        redis_version = " ".join(out.stdout.split()[:3])
    return {
        "cpu": cpu or platform.processor(),
        "cores": os.cpu_count(),
        "memory": memory,
        "os": platform.platform(),
        "python": platform.python_version(),
        "redis": redis_version,
    }


def _sizes(text: str) -> list[int]:
    return [int(part.replace("_", "")) for part in text.split(",") if part.strip()]


def _dbs(text: str) -> list[str]:
    names = [part.strip() for part in text.split(",") if part.strip()]
    for name in names:
        if name not in DEFAULT_DBS:
            raise argparse.ArgumentTypeError(f"unknown database {name!r}: sqlite or postgres")
    return names


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=_sizes, help="company sizes (default 1000,10000)")
    parser.add_argument("--db", dest="dbs", type=_dbs, help="sqlite,postgres (default both)")
    parser.add_argument("--quick", action="store_true", help="1,000 people on SQLite only")
    parser.add_argument(
        "--steps",
        type=lambda text: [p.strip() for p in text.split(",") if p.strip()],
        default=list(report.ORDER),
        help="a subset of forms,forms_rq,replies,digests,pages (default all; replies need forms)",
    )
    parser.add_argument("--requests", type=int, default=200, help="requests per page kind")
    parser.add_argument("--concurrency", type=int, default=2, help="load generator threads")
    parser.add_argument("--output", help="folder for RESULTS.md and results.json")
    parser.add_argument("--workdir", default=str(OUT), help="databases, logs (bench/out)")
    parser.add_argument(
        "--report-only",
        metavar="RESULTS_JSON",
        help="only write RESULTS.md again from a results.json (after editing ANALYSIS.md)",
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--spec", help=argparse.SUPPRESS)
    parser.add_argument("--result", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return _child_main(args.child, args.spec, args.result)
    if args.report_only:
        source = Path(args.report_only)
        results = json.loads(source.read_text())
        (source.parent / "RESULTS.md").write_text(report.markdown(results))
        print(report.table(results))
        return 0
    # Stopped from outside (SIGTERM, or SIGINT in the background): stop every server first.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    signal.signal(signal.SIGINT, lambda *_: sys.exit(130))
    if args.quick:
        args.sizes = args.sizes or [1000]
        args.dbs = args.dbs or ["sqlite"]
    args.sizes = args.sizes or list(DEFAULT_SIZES)
    args.dbs = args.dbs or list(DEFAULT_DBS)
    full = (
        sorted(args.sizes) == sorted(DEFAULT_SIZES)
        and sorted(args.dbs) == sorted(DEFAULT_DBS)
        and sorted(args.steps) == sorted(report.ORDER)
    )
    output = Path(args.output) if args.output else (ROOT / "bench" if full else OUT)
    output.mkdir(parents=True, exist_ok=True)
    bench = Bench(args)
    results = bench.run()
    markdown = report.markdown(results)
    (output / "results.json").write_text(json.dumps(results, indent=1, default=str) + "\n")
    (output / "RESULTS.md").write_text(markdown)
    print()
    print(report.table(results))
    print(
        f"\nWrote {output / 'RESULTS.md'} and {output / 'results.json'} "
        f"in {results['seconds'] / 60:.1f} minutes."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
