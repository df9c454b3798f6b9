"""Real servers for integration tests: Redis, PostgreSQL, the app itself, headless Chromium.

Each fixture starts what it needs itself (on a free port, in a temporary folder) and stops
it afterwards; nothing relies on a system service. A missing program skips the tests that
need it, unless OKR_REQUIRE_SERVERS=1 (set by .ci/run), which turns the skip into a failure
so CI cannot pass by testing less.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from sqlalchemy.engine import make_url

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
STARTUP_SECONDS = 30


def _required() -> bool:
    return os.environ.get("OKR_REQUIRE_SERVERS", "").strip().lower() in {"1", "true", "yes"}


def unavailable(reason: str):
    """Skip for want of a server, or fail when CI demands every server."""
    if _required():
        pytest.fail(f"{reason} (OKR_REQUIRE_SERVERS=1 makes this a failure)", pytrace=False)
    pytest.skip(reason)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_for(check, what: str, proc: subprocess.Popen | None = None, log: Path | None = None):
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            break
        with contextlib.suppress(OSError):
            if check():
                return
        time.sleep(0.05)
    detail = log.read_text(errors="replace")[-2000:] if log and log.exists() else ""
    pytest.fail(f"{what} did not start within {STARTUP_SECONDS}s\n{detail}", pytrace=False)


# --- Redis -------------------------------------------------------------------------------


def _redis_pong(port: int) -> bool:
    with socket.create_connection(("127.0.0.1", port), timeout=1) as sock:
        sock.sendall(b"PING\r\n")
        return sock.recv(16).startswith(b"+PONG")


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory) -> Iterator[str]:
    """A private redis-server for the session; tests flush what they need themselves."""
    exe = shutil.which("redis-server")
    if exe is None:
        unavailable("redis-server is not installed (apt-get install redis-server)")
    folder = tmp_path_factory.mktemp("redis")
    port = free_port()
    log = folder / "redis.log"
    command = [exe, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly"]
    command += ["no", "--dir", str(folder), "--logfile", str(log)]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait_for(lambda: _redis_pong(port), "redis-server", proc, log)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


# --- PostgreSQL ----------------------------------------------------------------------------


def _postgres_bin() -> Path | None:
    # Debian keeps the server programs off PATH, one folder per major version: take the newest.
    found = [Path(p).parent for p in glob.glob("/usr/lib/postgresql/*/bin/initdb")]
    found.sort(key=lambda bindir: int(bindir.parent.name) if bindir.parent.name.isdigit() else 0)
    if found:
        return found[-1]
    # Elsewhere initdb is on PATH, perhaps as a link into the real folder.
    initdb = shutil.which("initdb")
    return Path(initdb).resolve().parent if initdb else None


def _as_postgres_user() -> list[str]:
    """initdb refuses to run as root: then run the server as the `postgres` user."""
    if os.geteuid() != 0:
        return []
    runuser = shutil.which("runuser")
    if runuser is None:
        unavailable("running as root needs runuser (util-linux) to start PostgreSQL")
    try:
        import pwd

        pwd.getpwnam("postgres")
    except KeyError:
        unavailable("running as root needs a `postgres` system user to start PostgreSQL")
    return [runuser, "-u", "postgres", "--"]


def _postgres_accepts(url: str) -> bool:
    import psycopg

    try:
        with psycopg.connect(url, connect_timeout=2):
            return True
    except psycopg.OperationalError:
        return False


@contextlib.contextmanager
def postgres_cluster() -> Iterator[str]:
    """A throwaway PostgreSQL cluster in a temporary folder; yields a URL to a fresh database."""
    bindir = _postgres_bin()
    if bindir is None:
        unavailable("PostgreSQL is not installed (apt-get install postgresql)")
    prefix = _as_postgres_user()
    folder = Path(tempfile.mkdtemp(prefix="flagpost-pg-"))
    data, log = folder / "data", folder / "server.log"
    if prefix:
        shutil.chown(folder, "postgres", "postgres")

    def run(*args: str) -> None:
        done = subprocess.run(
            [*prefix, *args], capture_output=True, text=True, stdin=subprocess.DEVNULL, check=False
        )
        if done.returncode != 0:
            pytest.fail(f"{' '.join(args)} failed:\n{done.stdout}{done.stderr}", pytrace=False)

    port = free_port()
    started = False
    try:
        run(str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust",
            "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")  # fmt: skip
        run_options = (
            f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        run(str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log), "-w", "-t", "60",
            "-o", run_options, "start")  # fmt: skip
        started = True
        admin_url = f"postgresql://postgres@127.0.0.1:{port}/postgres"
        _wait_for(lambda: _postgres_accepts(admin_url), "PostgreSQL", log=log)
        import psycopg

        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute("CREATE DATABASE flagpost_test")
        yield f"postgresql://postgres@127.0.0.1:{port}/flagpost_test"
    finally:
        if started:
            subprocess.run(
                [*prefix, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"],
                capture_output=True,
                stdin=subprocess.DEVNULL,
                check=False,
            )
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """TEST_DATABASE_URL when set (CI's own server), else a cluster started for this session."""
    given = os.environ.get("TEST_DATABASE_URL")
    if given:
        if not make_url(given).drivername.startswith("postgres"):
            pytest.fail(f"TEST_DATABASE_URL is not a PostgreSQL URL: {given}", pytrace=False)
        yield given
        return
    with postgres_cluster() as url:
        yield url


def libpq_url(url: str) -> str:
    """The same database as a plain postgresql:// URL that psycopg.connect accepts."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


@pytest.fixture
def fresh_postgres_url(postgres_url) -> Iterator[str]:
    """An empty database of its own on the PostgreSQL server, dropped after the test."""
    import psycopg

    name = f"flagpost_{uuid.uuid4().hex[:12]}"
    server = libpq_url(postgres_url)
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield make_url(server).set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(server, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# --- The app on a real HTTP server ----------------------------------------------------------


@pytest.fixture
def live_server(app: Flask) -> Iterator[str]:
    """Serve `app` on 127.0.0.1 in a thread; yields the base URL, which BASE_URL points at.

    Each request runs in the server's threads with its own app context and session, so data a
    test makes must be committed first. Close browser contexts before this fixture ends
    (request it before `browser_page`), or keep-alive connections hold up the shutdown.
    """
    from werkzeug.serving import WSGIRequestHandler, make_server

    class Handler(WSGIRequestHandler):
        timeout = 5  # an idle keep-alive connection cannot stall the shutdown for long

    server = make_server("127.0.0.1", 0, app, threaded=True, request_handler=Handler)
    base = f"http://127.0.0.1:{server.server_port}"
    previous = app.config["BASE_URL"]
    app.config["BASE_URL"] = base  # links in mail point at this server
    thread = threading.Thread(target=server.serve_forever, name="live-server", daemon=True)
    thread.start()
    try:
        yield base
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
        app.config["BASE_URL"] = previous


# --- Headless Chromium -----------------------------------------------------------------------


@pytest.fixture(scope="session")
def chromium_browser():
    """One headless Chromium per session (starting it costs about a second)."""
    if not Path(CHROMIUM).exists():
        unavailable(f"{CHROMIUM} is not installed (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("playwright is not installed (pip install -e '.[test]')")
    playwright = sync_playwright().start()
    try:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
    except Exception:
        playwright.stop()
        raise
    try:
        yield browser
    finally:
        browser.close()
        playwright.stop()


@pytest.fixture
def browser_page(chromium_browser):
    """A fresh browser context (no cookies) and page per test."""
    context = chromium_browser.new_context()
    context.set_default_timeout(15_000)
    page = context.new_page()
    try:
        yield page
    finally:
        context.close()
