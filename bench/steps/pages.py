"""Step 4, pages: the board and the admin OKR pages under a loopback load generator.

The app is served by a real WSGI server in its own process group (gunicorn with one sync
worker per core when gunicorn is installed, else Werkzeug's threaded server), from the
same environment as every other step. `load` (a separate process) signs in as the admin
through the real sign-in form (CSRF and all), then, per page kind, sends a fixed number of
GET requests from a few client threads (closed loop, one new connection per request,
http.client) and records each request's latency from connect to the last byte.

The bare limit is the same server and client fetching the stylesheet (`/static/style.css`):
routing, the session and the WSGI round trip, with no page behind it.
"""

from __future__ import annotations

import http.client
import importlib.util
import random
import re
import sys
import threading
import time
import urllib.parse
from queue import Empty, Queue

from bench.common import Timer, make_app, summary_ms

SEED = 99
KINDS = ("board", "board_red", "board_search", "people", "person_okrs", "digest")
# The goal (p95 under 100 ms) is for the board and the admin OKR pages; the digest page
# (a manager's whole organisation, several hundred key results on one page) is measured
# and shown beside them, not judged.
JUDGED = ("board", "board_red", "board_search", "people", "person_okrs")
DESCRIPTIONS = {
    "board": "company board, a random page of 25 people",
    "board_red": "board filtered to red, first pages",
    "board_search": "board searched by a last name",
    "people": "admin people list, a random page of 50",
    "person_okrs": "admin OKR page of a random person",
    "digest": "digest page of a random manager",
    "static": "bare limit: /static/style.css",
}
WARMUP = 10


def server_command(port: int, workers: int) -> tuple[list[str], str]:
    """The WSGI server command, and a one-line description for the results."""
    if importlib.util.find_spec("gunicorn") is not None:
        command = [sys.executable, "-m", "gunicorn", "--workers", str(workers)]
        command += ["--bind", f"127.0.0.1:{port}", "--log-level", "warning", "app:create_app()"]
        return command, f"gunicorn, {workers} sync workers"
    code = (
        "from werkzeug.serving import run_simple; from okr import create_app; "
        f"run_simple('127.0.0.1', {port}, create_app(), threaded=True)"
    )
    return [sys.executable, "-c", code], "werkzeug run_simple, threaded"


def _targets(rng: random.Random, count: int) -> dict[str, list[str]]:
    from sqlalchemy import func, select

    from bench.workload import LAST
    from okr.extensions import db
    from okr.models import Person
    from okr.services.status import board_page

    app = make_app()
    with app.app_context():
        ids = db.session.scalars(select(Person.id).where(Person.active.is_(True))).all()
        managers = db.session.scalars(
            select(Person.manager_id).where(Person.manager_id.is_not(None)).distinct()
        ).all()
        people_pages = -(-(db.session.scalar(select(func.count()).select_from(Person))) // 50)
        from okr import weeks

        week = weeks.current()
        board_pages = board_page(week, per_page=25).pages
        red_pages = board_page(week, status="red", per_page=25).pages

    def pick(make) -> list[str]:
        return [make() for _ in range(count + WARMUP)]

    return {
        "board": pick(lambda: f"/?page={rng.randint(1, board_pages)}"),
        "board_red": pick(lambda: f"/?status=red&page={rng.randint(1, min(red_pages, 10))}"),
        "board_search": pick(lambda: "/?" + urllib.parse.urlencode({"q": rng.choice(LAST)})),
        "people": pick(lambda: f"/admin/people?page={rng.randint(1, people_pages)}"),
        "person_okrs": pick(lambda: f"/admin/people/{rng.choice(ids)}/okrs"),
        "digest": pick(lambda: f"/digest/{rng.choice(managers)}"),
        "static": pick(lambda: "/static/style.css"),
    }


def _request(port: int, method: str, path: str, headers: dict, body: bytes | None = None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        data = response.read()
        return response.status, response.getheaders(), data
    finally:
        connection.close()


def _cookie(headers: list[tuple[str, str]]) -> str | None:
    for name, value in headers:
        if name.lower() == "set-cookie" and value.startswith("session="):
            return value.split(";", 1)[0]
    return None


def sign_in(port: int) -> str:
    """The admin's session cookie, through GET and POST /signin with the CSRF token."""
    from bench.workload import ADMIN_EMAIL, ADMIN_PASSWORD

    status, headers, page = _request(port, "GET", "/signin", {})
    assert status == 200, status
    cookie = _cookie(headers)
    text = page.decode()
    match = re.search(r'name="pw-csrf_token"[^>]*value="([^"]+)"', text) or re.search(
        r'value="([^"]+)"[^>]*name="pw-csrf_token"', text
    )
    assert match and cookie, "no CSRF token or session cookie on the sign-in page"
    form = urllib.parse.urlencode(
        {"pw-csrf_token": match.group(1), "pw-email": ADMIN_EMAIL, "pw-password": ADMIN_PASSWORD}
    ).encode()
    status, headers, _ = _request(
        port,
        "POST",
        "/signin",
        {"Cookie": cookie, "Content-Type": "application/x-www-form-urlencoded"},
        form,
    )
    signed = _cookie(headers)
    assert status == 302 and signed, f"sign-in failed with {status}"
    return signed


def _fire(port: int, headers: dict, urls: list[str], concurrency: int) -> tuple:
    """GET every url from `concurrency` closed-loop client threads: latencies, errors, wall."""
    work: Queue[str] = Queue()
    for path in urls:
        work.put(path)
    samples: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()

    def client() -> None:
        while True:
            try:
                path = work.get_nowait()
            except Empty:
                return
            start = time.perf_counter()
            status, _, body = _request(port, "GET", path, headers)
            elapsed = time.perf_counter() - start
            with lock:
                samples.append(elapsed)
                if status != 200 or not body:
                    errors.append(f"{status} {path}")

    threads = [threading.Thread(target=client) for _ in range(concurrency)]
    with Timer() as timer:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    return samples, errors, timer.seconds


def _run(port: int, cookie: str, urls: list[str], concurrency: int) -> tuple[dict, list]:
    headers = {"Cookie": cookie}
    _fire(port, headers, urls[:WARMUP], concurrency)  # every server worker warms up
    samples, errors, seconds = _fire(port, headers, urls[WARMUP:], concurrency)
    result = summary_ms(samples)
    result["throughput_rps"] = round(len(samples) / seconds, 1)
    result["errors"] = len(errors)
    result["first_errors"] = errors[:3]
    return result, samples


def load(spec: dict) -> dict:
    rng = random.Random(SEED)
    targets = _targets(rng, spec["requests"])
    cookie = sign_in(spec["port"])
    kinds = {}
    pooled: list[float] = []
    for kind in (*KINDS, "static"):
        kinds[kind], samples = _run(spec["port"], cookie, targets[kind], spec["concurrency"])
        kinds[kind]["what"] = DESCRIPTIONS[kind]
        kinds[kind]["judged"] = kind in JUDGED
        if kind in JUDGED:
            pooled += samples
    return {
        "kinds": kinds,
        "pages": summary_ms(pooled),
        "requests_per_kind": spec["requests"],
        "concurrency": spec["concurrency"],
    }
