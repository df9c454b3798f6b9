"""`okr serve` and `okr quickstart` as a new user runs them: links in mail point at the
server they started, and a port in use is one line, before anything says "ready"."""

from __future__ import annotations

import http.cookiejar
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from datetime import UTC, datetime
from email import message_from_bytes, policy
from pathlib import Path

import pytest

from okr.cli import setup
from okr.extensions import db
from okr.ticker import start_in_process
from tests.conftest import make_kr, make_person, start_schedules
from tests.servers import free_port
from tests.test_weekly_form_rq import REPO, RUN_OKR


def _mails(folder: Path) -> list:
    return [
        message_from_bytes(path.read_bytes(), policy=policy.default)
        for path in sorted(folder.glob("*.eml"))
    ]


def _text(message) -> str:
    return message.get_body(preferencelist=("plain",)).get_content()


def _links(message) -> list[str]:
    return re.findall(r"https?://[^\s)>\]]+", _text(message))


# --- the base URL of links in mail ------------------------------------------------------------


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("127.0.0.1", "http://127.0.0.1:5731"),
        ("0.0.0.0", "http://127.0.0.1:5731"),  # noqa: S104 - a wildcard is not a link
        ("::", "http://127.0.0.1:5731"),
        ("::1", "http://[::1]:5731"),
        ("okr.local", "http://okr.local:5731"),
    ],
)
def test_without_okr_base_url_links_point_at_the_served_host_and_port(app, host, expected):
    setup.point_links_here(app, host, 5731)
    assert app.config["BASE_URL"] == expected


def test_okr_base_url_wins_over_host_and_port(tmp_path, monkeypatch):
    from okr import create_app

    monkeypatch.setenv("OKR_BASE_URL", "https://okr.example.com/")
    app = create_app({"TESTING": True}, instance_path=str(tmp_path))
    setup.point_links_here(app, "0.0.0.0", 5731)  # noqa: S104
    assert app.config["BASE_URL"] == "https://okr.example.com"


def test_mail_from_the_in_process_ticker_links_to_the_served_port(app, runner):
    """Forms and digests are composed by the ticker thread; they read the same config."""
    start_schedules(datetime(2026, 11, 19, 14, 0, tzinfo=UTC))
    boss = make_person("boss@example.com", "Bo Boss")
    dana = make_person("dana@example.com", "Dana", manager=boss)
    make_kr(dana)
    setup.point_links_here(app, "0.0.0.0", 5731)  # noqa: S104 - what `okr serve` does
    from okr import clock

    clock.freeze(datetime(2026, 11, 19, 16, 0, tzinfo=UTC))  # Thursday 16:00 in UTC
    db.session.remove()
    ticker = start_in_process(app)
    outbox = Path(app.config["OUTBOX_DIR"])
    try:
        deadline = time.monotonic() + 30
        while not list(outbox.glob("*.eml")) and time.monotonic() < deadline:
            ticker.stopped.wait(0.05)
    finally:
        ticker.stop()
        ticker.join(timeout=10)
    [form] = _mails(outbox)
    assert "dana@example.com" in form["To"]
    assert any(link.startswith("http://127.0.0.1:5731/status/") for link in _links(form))
    assert runner.invoke(args=["send-digests", "--now"]).exit_code == 0
    [digest] = [m for m in _mails(outbox) if "boss@example.com" in m["To"]]
    assert any(link.startswith("http://127.0.0.1:5731/digest") for link in _links(digest))
    for message in _mails(outbox):
        assert "flagpost.test" not in _text(message)


# --- a port already in use ----------------------------------------------------------------------


@pytest.fixture
def busy_port() -> Iterator[int]:
    """A port another program listens on."""
    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen(1)
        yield other.getsockname()[1]


@pytest.mark.parametrize("command", ["serve", "quickstart"])
def test_a_port_in_use_is_one_line_before_anything_is_ready(app, runner, busy_port, command):
    result = runner.invoke(args=[command, "--port", str(busy_port)])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert lines == [
        f"Error: port {busy_port} on 127.0.0.1 is already in use by another program; "
        f"choose another with --port, for example: okr {command} --port {busy_port + 1}"
    ]
    assert "Traceback" not in result.output


def test_a_host_that_does_not_resolve_is_one_line(app, runner):
    result = runner.invoke(args=["serve", "--host", "no-such-host.invalid", "--port", "5999"])
    assert result.exit_code == 1
    assert result.output.startswith("Error: cannot listen on no-such-host.invalid port 5999: ")
    assert len(result.output.strip().splitlines()) == 1


# --- quickstart for real --------------------------------------------------------------------------


def _quickstart_env(tmp_path: Path) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("OKR_", "MAIL_")) and key not in {"DATABASE_URL", "REDIS_URL"}
    }
    env.update(PYTHONPATH=str(REPO), OKR_INSTANCE_PATH=str(tmp_path / "instance"))
    env["PYTHONUNBUFFERED"] = "1"
    return env


def _ask_for_a_sign_in_link(base: str, email: str) -> None:
    opener = urllib.request.build_opener(
        urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
    )
    page = opener.open(f"{base}/signin", timeout=10).read().decode()
    token = re.search(r'name="link-csrf_token" type="hidden" value="([^"]+)"', page).group(1)
    form = urllib.parse.urlencode({"link-csrf_token": token, "link-email": email}).encode()
    opener.open(f"{base}/signin", data=form, timeout=10).read()


def test_quickstart_on_another_port_mails_links_to_that_port(tmp_path):
    """The whole new-user path in a process of its own: `okr quickstart --port P`, then a
    sign-in link asked for on the page; the mail's link opens this server."""
    port = free_port()
    log = tmp_path / "quickstart.log"
    with log.open("wb") as sink:
        proc = subprocess.Popen(
            [sys.executable, "-c", RUN_OKR, "quickstart", "--port", str(port)],
            cwd=REPO,
            env=_quickstart_env(tmp_path),
            stdin=subprocess.DEVNULL,
            stdout=sink,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + 120
        while "Flagpost is running at" not in log.read_text():
            assert proc.poll() is None, log.read_text()
            assert time.monotonic() < deadline, log.read_text()
            time.sleep(0.1)
        output = log.read_text()
        base = f"http://127.0.0.1:{port}"
        assert f"Open:      {base}/" in output
        assert "Database:  created (" in output
        assert "alembic" not in output.lower()  # no migration noise, one line instead
        _ask_for_a_sign_in_link(base, "maya.chen@example.com")
        outbox = tmp_path / "instance" / "outbox"
        deadline = time.monotonic() + 30
        while not list(outbox.glob("*.eml")):
            assert time.monotonic() < deadline, log.read_text()
            time.sleep(0.1)
        [mail] = _mails(outbox)
        [link] = [link for link in _links(mail) if "/signin/link/" in link]
        assert link.startswith(f"{base}/signin/link/")
        with urllib.request.urlopen(link, timeout=10) as response:  # noqa: S310 - our server
            assert response.status == 200
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
