"""Real servers for integration tests: Redis, PostgreSQL, the app itself, headless Chromium.

Each fixture starts what it needs itself (on a free port, in a temporary folder) and stops
it afterwards; nothing relies on a system service. Redis and PostgreSQL are started by
`tests/throwaway.py`, which the benchmark and CI use too. A missing program skips the tests that
need it, unless OKR_REQUIRE_SERVERS=1 (set by .ci/run), which turns the skip into a failure
so CI cannot pass by testing less.
"""

from __future__ import annotations

import contextlib
import os
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from sqlalchemy.engine import make_url

from tests.throwaway import PostgresCluster, RedisServer, Unavailable, free_port, wait_for

__all__ = ["free_port"]  # tests take free ports from here

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


def _required() -> bool:
    return os.environ.get("OKR_REQUIRE_SERVERS", "").strip().lower() in {"1", "true", "yes"}


def unavailable(reason: str):
    """Skip for want of a server, or fail when CI demands every server."""
    if _required():
        pytest.fail(f"{reason} (OKR_REQUIRE_SERVERS=1 makes this a failure)", pytrace=False)
    pytest.skip(reason)


def _wait_for(check, what: str, proc=None, log=None) -> None:
    """`throwaway.wait_for` for a fixture: a server that never answers fails the test."""
    try:
        wait_for(check, what, proc, log)
    except RuntimeError as error:
        pytest.fail(str(error), pytrace=False)


def _started(server):
    """Start a throwaway server; a missing program is `unavailable`, a failure a failure."""
    try:
        return server.start()
    except Unavailable as error:
        unavailable(str(error))
    except RuntimeError as error:
        pytest.fail(str(error), pytrace=False)


# --- Redis -------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory) -> Iterator[str]:
    """A private redis-server for the session; tests flush what they need themselves."""
    server = RedisServer(tmp_path_factory.mktemp("redis"))
    _started(server)
    try:
        yield server.url
    finally:
        server.stop()


# --- PostgreSQL ----------------------------------------------------------------------------


@contextlib.contextmanager
def postgres_cluster() -> Iterator[str]:
    """A throwaway PostgreSQL cluster in a temporary folder; yields a URL to a fresh database."""
    cluster = PostgresCluster()
    try:
        _started(cluster)
        yield cluster.create("flagpost_test")
    finally:
        cluster.stop()


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
