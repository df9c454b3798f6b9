"""Throwaway Redis and PostgreSQL servers: started on a free loopback port in a folder of
their own, stopped and removed afterwards. Nothing relies on a system service.

The one place these servers are started, for the tests (`tests/servers.py` wraps them in
fixtures), the benchmark (`bench/common.py`) and CI (`.ci/run` calls the command below).
Standard library only, so CI can run it before anything is installed; it lives under
tests/ because the wheel carries no test code.

    python -m tests.throwaway postgres start FOLDER [DATABASE ...]   # prints the server URL
    python -m tests.throwaway postgres stop FOLDER
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

STARTUP_SECONDS = 60


class Unavailable(RuntimeError):
    """The program a server needs is not installed here; `str()` says how to install it."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(
    check: Callable[[], bool],
    what: str,
    proc: subprocess.Popen | None = None,
    log: Path | None = None,
) -> None:
    """Until `check()` is true; RuntimeError with the end of the log when it never is."""
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            break
        with contextlib.suppress(OSError):
            if check():
                return
        time.sleep(0.05)
    detail = log.read_text(errors="replace")[-2000:] if log and log.exists() else ""
    raise RuntimeError(f"{what} did not start within {STARTUP_SECONDS}s\n{detail}")


def stop_process(proc: subprocess.Popen, timeout: float = 15) -> None:
    """Stop a server we started: SIGTERM, then SIGKILL if it does not go."""
    if proc.poll() is not None:
        return
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


# --- Redis -------------------------------------------------------------------------------


class RedisServer:
    """A private redis-server without persistence, in `folder`."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.port = free_port()
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> RedisServer:
        exe = shutil.which("redis-server")
        if exe is None:
            raise Unavailable("redis-server is not installed (apt-get install redis-server)")
        self.folder.mkdir(parents=True, exist_ok=True)
        log = self.folder / "redis.log"
        command = [exe, "--port", str(self.port), "--bind", "127.0.0.1", "--save", ""]
        command += ["--appendonly", "no", "--dir", str(self.folder), "--logfile", str(log)]
        self.proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            wait_for(self._pong, "redis-server", self.proc, log)
        except BaseException:
            self.stop()
            raise
        return self

    def _pong(self) -> bool:
        with socket.create_connection(("127.0.0.1", self.port), timeout=1) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")

    def flush(self) -> None:
        with socket.create_connection(("127.0.0.1", self.port), timeout=5) as sock:
            sock.sendall(b"FLUSHALL\r\n")
            sock.recv(16)

    def stop(self) -> None:
        if self.proc is not None:
            stop_process(self.proc, timeout=10)
            self.proc = None


# --- PostgreSQL ----------------------------------------------------------------------------


def postgres_bin() -> Path | None:
    """Where initdb and pg_ctl are: Debian keeps them off PATH, one folder per major version
    (take the newest); elsewhere initdb is on PATH, perhaps as a link into the real folder."""
    found = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    if found:
        return found[-1].parent
    initdb = shutil.which("initdb")
    return Path(initdb).resolve().parent if initdb else None


def _as_postgres_user() -> list[str]:
    """initdb refuses to run as root: then the cluster belongs to the `postgres` user."""
    if os.geteuid() != 0:
        return []
    runuser = shutil.which("runuser")
    if runuser is None:
        raise Unavailable("running as root needs runuser (util-linux) to start PostgreSQL")
    import pwd

    try:
        pwd.getpwnam("postgres")
    except KeyError:
        raise Unavailable(
            "running as root needs a `postgres` system user to start PostgreSQL"
        ) from None
    return [runuser, "-u", "postgres", "--"]


# Settings for a test server: nothing written is worth an fsync.
FAST = "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"


class PostgresCluster:
    """A throwaway PostgreSQL cluster in `folder` (a new temporary one by default).

    `durable=False` (tests, CI) turns fsync off; the benchmark keeps it on, to measure what
    production pays. The cluster outlives this object until `stop()`: pg_ctl runs it in the
    background, so a command can start it and another stop it (`.ci/run`).
    """

    def __init__(
        self, folder: Path | None = None, durable: bool = False, port: int | None = None
    ) -> None:
        self.folder = Path(folder) if folder else None
        self.durable = durable
        self.port = port or free_port()
        self.bindir = postgres_bin()

    @property
    def data(self) -> Path:
        assert self.folder is not None
        return self.folder / "data"

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def _run(self, *args: str) -> None:
        done = subprocess.run(
            [*_as_postgres_user(), *args],
            capture_output=True,
            text=True,
            stdin=subprocess.DEVNULL,
            check=False,
        )
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(args)} failed:\n{done.stdout}{done.stderr}")

    def start(self) -> PostgresCluster:
        if self.bindir is None:
            raise Unavailable("PostgreSQL is not installed (apt-get install postgresql)")
        owner = _as_postgres_user()
        if self.folder is None:
            self.folder = Path(tempfile.mkdtemp(prefix="flagpost-pg."))
        self.folder.mkdir(parents=True, exist_ok=True)
        self.folder.chmod(0o755)
        if owner:
            shutil.chown(self.folder, "postgres", "postgres")
        self._run(str(self.bindir / "initdb"), "-D", str(self.data), "-U", "postgres",
                  "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")  # fmt: skip
        return self.resume()

    def resume(self) -> PostgresCluster:
        """Start the server of an existing cluster again (after `stop(remove=False)`), on
        the same port, as a database restart would."""
        assert self.bindir is not None and self.folder is not None
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1"
        if not self.durable:
            options += " " + FAST
        try:
            self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data),
                      "-l", str(self.folder / "server.log"), "-w", "-t", "60",
                      "-o", options, "start")  # fmt: skip
        except RuntimeError as error:
            log = self.folder / "server.log"
            detail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"PostgreSQL did not start: {error}\n{detail}") from None
        return self

    def create(self, database: str) -> str:
        """A new empty database (dropped first if it exists); its URL."""
        assert self.bindir is not None
        where = ("-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres")
        self._run(str(self.bindir / "dropdb"), "--if-exists", *where, database)
        self._run(str(self.bindir / "createdb"), *where, database)
        return self.url(database)

    def version(self) -> str:
        if self.bindir is None:
            return ""
        done = subprocess.run(
            [str(self.bindir / "postgres"), "-V"], capture_output=True, text=True, check=False
        )
        return done.stdout.strip()

    def stop(self, remove: bool = True) -> None:
        """Stop the server (at once when it is a test's: nothing in it is kept) and remove
        its folder."""
        if self.folder is None:
            return
        if self.bindir is not None and (self.data / "postmaster.pid").exists():
            mode = "fast" if self.durable else "immediate"
            subprocess.run(
                [
                    *_as_postgres_user(),
                    str(self.bindir / "pg_ctl"),
                    "-D",
                    str(self.data),
                    "-m",
                    mode,
                    "-w",
                    "stop",
                ],  # fmt: skip
                capture_output=True,
                stdin=subprocess.DEVNULL,
                check=False,
            )
        if remove:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None


# --- The command .ci/run uses ----------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.throwaway", description=__doc__)
    parser.add_argument("server", choices=["postgres"])
    parser.add_argument("action", choices=["start", "stop"])
    parser.add_argument("folder", type=Path, help="the cluster's folder (made by start)")
    parser.add_argument("databases", nargs="*", help="databases to create after starting")
    args = parser.parse_args(argv)
    cluster = PostgresCluster(args.folder)
    if args.action == "stop":
        cluster.stop(remove=False)  # the caller removes its own folder
        return 0
    try:
        cluster.start()
        for name in args.databases:
            cluster.create(name)
    except (Unavailable, RuntimeError) as error:
        print(error, file=sys.stderr)
        cluster.stop(remove=False)
        return 1
    print(cluster.url("").rstrip("/"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
