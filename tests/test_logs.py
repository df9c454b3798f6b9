"""One log format: dated, one line per event, with the request or job it belongs to."""

from __future__ import annotations

import json
import logging
import re

import pytest

from okr import logs
from okr.config import ConfigError, load

LINE = re.compile(
    r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z "
    r"(DEBUG|INFO|WARNING|ERROR|CRITICAL) [\w.]+ \[[^\]]+\] "
)


def _lines(capsys) -> list[str]:
    return [line for line in capsys.readouterr().err.splitlines() if line.strip()]


def test_a_traceback_stays_on_its_line(app, capsys):
    try:
        raise ValueError("bad\nvalue")
    except ValueError:
        logging.getLogger("okr.jobs").exception("processing failed")
    (line,) = _lines(capsys)
    assert LINE.match(line), line
    assert " ERROR okr.jobs [-] processing failed | Traceback" in line
    assert "ValueError: bad\\nvalue" in line


def test_each_request_is_one_line_with_its_id_and_never_its_token(app, client, capsys):
    response = client.get("/signin/link/SECRET-TOKEN-123", headers={"X-Request-ID": "lb-77"})
    assert response.headers["X-Request-ID"] == "lb-77"
    access = [line for line in _lines(capsys) if " okr.access " in line]
    assert len(access) == 1, access
    assert LINE.match(access[0])
    assert "[req=lb-77] GET /signin/link/<token> " in access[0]
    assert "SECRET-TOKEN" not in access[0]


def test_a_request_id_is_made_when_none_or_a_bad_one_is_given(app, client, capsys):
    made = client.get("/signin", headers={"X-Request-ID": "evil\x1b[31m id"}).headers[
        "X-Request-ID"
    ]
    assert re.fullmatch(r"[0-9a-f]{12}", made)
    assert f"[req={made}] GET /signin 200" in "\n".join(_lines(capsys))
    other = client.get("/signin").headers["X-Request-ID"]
    assert other != made


def test_lines_outside_a_request_carry_no_request_id(app, client, capsys):
    client.get("/signin")
    logging.getLogger("okr.workers").info("after the request")
    assert _lines(capsys)[-1].endswith("INFO okr.workers [-] after the request")


def test_json_lines_for_log_shippers(app, client, capsys):
    logs.configure("json", "INFO")
    try:
        client.get("/signin", headers={"X-Request-ID": "abc"})
        entries = [json.loads(line) for line in _lines(capsys)]
    finally:
        logs.configure("text", "INFO")
    (access,) = [entry for entry in entries if entry["logger"] == "okr.access"]
    assert access["context"] == "req=abc"
    assert access["level"] == "INFO"
    assert access["message"].startswith("GET /signin 200 ")
    assert access["time"].endswith("Z")


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"OKR_LOG_FORMAT": "xml"}, "OKR_LOG_FORMAT must be one of text, json"),
        ({"OKR_LOG_LEVEL": "loud"}, "OKR_LOG_LEVEL must be one of DEBUG, INFO"),
    ],
)
def test_log_settings_are_checked(tmp_path, env, message):
    with pytest.raises(ConfigError, match=message):
        load(env, str(tmp_path))
    assert load({"OKR_LOG_LEVEL": "warning"}, str(tmp_path))["LOG_LEVEL"] == "WARNING"


def test_gunicorn_logs_in_the_one_format(tmp_path):
    """gunicorn as the web unit runs it: its own lines (start, workers) and the app's
    access lines are all in our format; no line in gunicorn's own."""
    import os
    import shutil
    import signal
    import subprocess
    import sys
    import time
    import urllib.request
    from pathlib import Path

    from tests.throwaway import free_port

    gunicorn = Path(sys.executable).with_name("gunicorn")
    assert gunicorn.exists() or shutil.which("gunicorn"), "gunicorn is a test dependency"
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OKR_", "DATABASE_URL"))}
    env.update(OKR_INSTANCE_PATH=str(tmp_path), OKR_LOG_LEVEL="info")
    env.pop("REDIS_URL", None)
    env.pop("MAIL_SERVER", None)
    log = tmp_path / "gunicorn.log"
    with log.open("w") as out:
        server = subprocess.Popen(
            [str(gunicorn) if gunicorn.exists() else "gunicorn", "-c", "python:okr.gunicorn_conf",
             "--workers", "2", "--bind", f"127.0.0.1:{port}", "app:create_app()"],
            cwd=tmp_path, env=env, stdout=out, stderr=subprocess.STDOUT,
        )  # fmt: skip
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    with urllib.request.urlopen(f"http://127.0.0.1:{port}/signin", timeout=5):
                        break
                except OSError:
                    assert server.poll() is None, log.read_text()
                    assert time.monotonic() < deadline, log.read_text()
                    time.sleep(0.3)
        finally:
            server.send_signal(signal.SIGTERM)
            server.wait(timeout=60)
    lines = [line for line in log.read_text().splitlines() if line.strip()]
    assert any("gunicorn" in line and "Booting worker" in line for line in lines), lines
    assert any(" okr.access " in line and "GET /signin 200" in line for line in lines), lines
    assert [line for line in lines if not LINE.match(line)] == []
